#pragma once

// Streams a file into the project on a worker thread with its own database connection, so that a 2 GB
// video does not freeze the window. Reports progress, can be cancelled (leaving nothing behind), and
// hands the stored content back for the undoable "attach" on the GUI thread.

#include "store/EvidenceStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

class EvidenceImport : public QObject
{
    Q_OBJECT

public:
    EvidenceImport(const QString& projectPath, const QString& filePath, QObject* parent = nullptr);
    ~EvidenceImport() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_watcher.isRunning(); }
    QString filePath() const { return m_filePath; }

signals:
    void progress(qint64 done, qint64 total);
    // stored is set on success; otherwise error says why (cancelled imports say so too).
    void finished(const std::optional<rw::EvidenceStore::Stored>& stored, const rw::ProjectError& error);

private:
    struct Result
    {
        std::optional<rw::EvidenceStore::Stored> stored;
        rw::ProjectError error;
    };

    Result run();

    QString m_projectPath;
    QString m_filePath;
    std::atomic<bool> m_cancelled { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    QFutureWatcher<Result> m_watcher;
};
