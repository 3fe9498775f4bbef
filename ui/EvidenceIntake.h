#pragma once

// Evidence coming into the open project and going out of it: files chosen or dropped and images pasted
// are queued and attached one after the other in the background (EvidenceImport), with progress and
// Cancel in the window's status bar; web links are added through their dialog; stored evidence is
// opened as a read-only copy or saved elsewhere. Every attachment is an undoable document intent.

#include "store/EvidenceStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

class Document;
class EvidenceImport;
class ItemPanel;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

class EvidenceIntake : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over window; an attachment to the item the panel shows is selected there.
    EvidenceIntake(QWidget* window, ItemPanel* panel);
    ~EvidenceIntake() override;

    // The progress and Cancel of the attachments under way, for the status bar.
    QWidget* progressBox() const { return m_box; }
    // Stops what is under way for the previous document.
    void setDocument(Document* document);
    bool isImporting() const;
    void cancel();

    void attachFiles(const QString& itemKey, const QStringList& paths);
    void chooseFiles(const QString& itemKey);
    void pasteImage(const QString& itemKey);
    void addLink(const QString& itemKey);
    void openEvidence(qint64 id);
    void saveCopy(qint64 id);
    // A new version of a piece of evidence, chosen from a file; the earlier one is kept.
    void newVersion(qint64 id);

signals:
    void message(const QString& text, int timeout);

private:
    struct Pending
    {
        QString itemKey;
        QString path;
        QString name;
        qint64 reviseId = 0; // a new version of this evidence
    };

    void startNext();
    void finished(const std::optional<rw::EvidenceStore::Stored>& stored, const rw::ProjectError& error);
    void showError(const QString& message);

    QWidget* m_window;
    ItemPanel* m_panel;
    Document* m_document = nullptr;
    QWidget* m_box;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QList<Pending> m_queue;
    QPointer<EvidenceImport> m_import;
    Pending m_importing;
    QTemporaryDir m_scratch;
};
