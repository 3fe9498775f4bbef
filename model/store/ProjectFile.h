#pragma once

// The project file on disk: one SQLite database with our application_id and schema version. It checks a
// file before SQLite may touch it, takes the lock that keeps a second writer out, migrates older files
// forward and runs every change in one transaction together with its audit row. Project builds on it.

#include "AuditLog.h"
#include "ProjectError.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace rw {

class ProjectFile
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // "RDYW" in the SQLite header's application_id field marks a file as ours.
    static constexpr qint32 ApplicationId = 0x52445957;
    static constexpr int SchemaVersion = 9;
    // The oldest version read without an upgrade (read-only opens cannot upgrade): version 5 only added
    // the audit log's device signatures, which older entries do not have anyway.
    static constexpr int OldestReadable = 4;
    static QString suffix() { return QStringLiteral("readiness"); }

    struct HeaderInfo
    {
        qint32 applicationId = 0;
        int userVersion = 0;
        qint64 size = 0;
    };

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    // Reads only the file's header and says why it is not a project we can open; never writes.
    static ProjectError inspect(const QString& path, HeaderInfo* info = nullptr);
    // Opens a project. With ReadWrite, a file that cannot be written (permissions, read-only folder)
    // opens read-only instead; isReadOnly() and readOnlyReason() say so. A file open in another process
    // fails with Kind::Locked and a message naming that process.
    static std::unique_ptr<ProjectFile> open(const QString& path, Access access, ProjectError* error);
    // Creates a new, empty project at path (refusing to overwrite anything), fills it with fill() inside
    // the creating transaction, and returns it open for writing. Nothing is left at path on failure.
    static std::unique_ptr<ProjectFile> create(
        const QString& path, const std::function<bool(QSqlDatabase&, QString*)>& fill, ProjectError* error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Whether opening rolled back a change that was interrupted (a writer killed mid-transaction).
    bool recoveredInterruptedChange() const { return m_recovered; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    QString connectionName() const { return m_connection; }
    // The schema version the file had before this open upgraded it; 0 when it was current.
    int upgradedFrom() const { return m_upgradedFrom; }

    // Runs body inside one write transaction; commits when it returns true, rolls back otherwise.
    ProjectError write(const std::function<bool(QSqlDatabase&, QString*)>& body);
    // Runs body inside one write transaction and appends the audit row for it in the same transaction.
    ProjectError write(const AuditEntry& entry, const std::function<bool(QSqlDatabase&, QString*)>& body);
    // Runs body inside one read transaction, so that everything it reads belongs to one state.
    ProjectError read(const std::function<bool(QSqlDatabase&, QString*)>& body) const;

    // Writes a consistent single-file copy (VACUUM INTO); refuses to overwrite.
    ProjectError saveCopy(const QString& targetPath) const;

    static QString lockPath(const QString& path) { return path + QStringLiteral(".lock"); }
    // Who holds the lock on path, in words ("readiness-workbench, process 4711 of alice on host lab-3").
    static QString lockHolder(const QString& path);

private:
    // Rolls back a change a crash interrupted (a hot journal beside path), or explains why it cannot.
    static ProjectError recoverInterrupted(const QString& path, bool* recovered);

    ProjectFile() = default;
    bool connect(bool readOnly, QString* error);
    ProjectError migrate(int fromVersion);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    bool m_recovered = false;
    int m_upgradedFrom = 0;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rw
