#include "ProjectFile.h"
#include "SqlProblem.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QtEndian>
#include <sqlite3.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("readiness-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sqlProblem(q.lastError());
    return false;
}

} // namespace

ProjectFile::~ProjectFile()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    // The lock goes last, after SQLite has let go of the file.
    m_lock.reset();
}

ProjectError ProjectFile::inspect(const QString& path, HeaderInfo* info)
{
    using Kind = ProjectError::Kind;
    const QFileInfo fi(path);
    const QString shown = nativePath(path);
    if (!fi.exists())
        return ProjectError::make(Kind::NotFound, Tr::tr("There is no file at %1.").arg(shown));
    if (!fi.isFile())
        return ProjectError::make(
            Kind::NotAFile, Tr::tr("%1 is a folder or a device, not a project file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ProjectError::make(Kind::Unreadable,
            Tr::tr("%1 cannot be read: %2. Check the file's permissions.").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return ProjectError::make(Kind::Empty,
            Tr::tr(
                "%1 is empty (0 bytes). It is not a Readiness Workbench project; it may be a file whose copy "
                "or download did not finish.")
                .arg(shown));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return ProjectError::make(Kind::NotAProject,
            Tr::tr("%1 is not a Readiness Workbench project (it is not an SQLite database).").arg(shown));

    const auto be32 = [&header](int offset) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(header.constData()) + offset);
    };
    quint32 pageSize = qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(header.constData()) + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = be32(24);
    const quint32 pageCount = be32(28);
    const quint32 validFor = be32(92);
    const qint32 applicationId = qint32(be32(68));
    const int userVersion = int(be32(60));
    if (info)
        *info = { applicationId, userVersion, size };

    // The page count in the header is trustworthy only when SQLite says so (valid-for == change counter),
    // and not while a hot journal waits to roll an interrupted transaction back.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!hotJournal && pageCount > 0 && changeCounter == validFor && pageSize >= 512) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (size < expected)
            return ProjectError::make(Kind::Truncated,
                Tr::tr(
                    "%1 is truncated: it holds %2 of the %3 bytes its header describes. It may have been cut "
                    "short by an interrupted copy or download; open the original instead.")
                    .arg(shown)
                    .arg(size)
                    .arg(expected));
    }
    if (applicationId != ApplicationId)
        return ProjectError::make(Kind::ForeignDatabase,
            Tr::tr("%1 is an SQLite database, but not a Readiness Workbench project.").arg(shown));
    if (userVersion > SchemaVersion)
        return ProjectError::make(Kind::TooNew,
            Tr::tr(
                "%1 was written by a newer version of Readiness Workbench (project format %2; this version "
                "reads up to %3). Update Readiness Workbench to open it; the file has not been changed.")
                .arg(shown)
                .arg(userVersion)
                .arg(SchemaVersion));
    if (userVersion < 1)
        return ProjectError::make(Kind::Damaged,
            Tr::tr("%1 is marked as a Readiness Workbench project but has no schema version; it is damaged.")
                .arg(shown));
    return {};
}

QString ProjectFile::lockHolder(const QString& path)
{
    QLockFile lock(lockPath(path));
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return Tr::tr("another program");
    QString user;
    const QFileInfo proc(QStringLiteral("/proc/%1").arg(pid));
    if (proc.exists())
        user = proc.owner();
    if (app.isEmpty())
        app = Tr::tr("another program");
    if (user.isEmpty())
        return Tr::tr("%1, process %2 on host %3").arg(app).arg(pid).arg(host);
    return Tr::tr("%1, process %2 of user %3 on host %4").arg(app).arg(pid).arg(user, host);
}

namespace {

// A process killed between creating its lock and writing who holds it leaves an empty lock, which
// QLockFile never takes as stale (we give it no age limit). A live process writes its lock at once: a
// lock still empty after a moment is such a leftover, and is removed. (A lock we cannot read, another
// user's say, is not empty and stays.)
bool leftEmpty(QLockFile& lock, const QString& lockFile)
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        const QFileInfo info(lockFile);
        if (!info.exists() || info.size() > 0)
            return false;
        QThread::msleep(50);
    }
    return lock.removeStaleLockFile();
}

} // namespace

bool ProjectFile::connect(bool readOnly, QString* error)
{
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = sqlProblem(db);
        return false;
    }
    // foreign_keys: cascades from domains to items and from evidence to its links.
    // journal_mode DELETE with synchronous FULL: every committed edit is in the one file itself, so a
    // copy of that file is always complete, and a crash leaves at most a journal that SQLite rolls back.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!readOnly
        && (!exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"), error)
            || !exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error)))
        return false;
    return true;
}

namespace {

bool writableByBits(const QFileInfo& info)
{
    // The permission bits are checked as well as access(): an administrator may write anything, but a
    // file or folder marked read-only is meant to stay unchanged.
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

} // namespace

ProjectError ProjectFile::recoverInterrupted(const QString& path, bool* recovered)
{
    using Kind = ProjectError::Kind;
    *recovered = false;
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() <= 0)
        return {};
    const QFileInfo fi(path);
    const QString shown = nativePath(fi.absoluteFilePath());
    if (!writableByBits(fi) || !writableByBits(QFileInfo(fi.absolutePath())))
        return ProjectError::make(Kind::Interrupted,
            Tr::tr(
                "The last change to %1 was interrupted, and it cannot be undone here because the file or its "
                "folder is read-only: the journal %2 beside it holds what the change overwrote. Make the "
                "file and its folder writable and open it again (the interrupted change is then rolled "
                "back); never copy the file without its journal.")
                .arg(shown, nativePath(QFileInfo(journal).absoluteFilePath())));
    // SQLite rolls a hot journal back when a writable connection first reads; a journal of a transaction
    // still running in another process is not hot and is left alone.
    sqlite3* db = nullptr;
    const int opened = sqlite3_open_v2(
        QFile::encodeName(fi.absoluteFilePath()).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (opened == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    *recovered = QFileInfo(journal).size() <= 0;
    return {};
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, Access access, ProjectError* error)
{
    using Kind = ProjectError::Kind;
    HeaderInfo header;
    if (ProjectError e = inspect(path, &header)) {
        *error = e;
        return nullptr;
    }
    // An interrupted change is rolled back before anything reads the file, whichever way it is opened.
    bool recovered = false;
    if (ProjectError e = recoverInterrupted(path, &recovered)) {
        *error = e;
        return nullptr;
    }
    if (recovered) {
        if (ProjectError e = inspect(path, &header)) {
            *error = e;
            return nullptr;
        }
    }
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_recovered = recovered;
    file->m_path = QFileInfo(path).absoluteFilePath();
    const QString shown = nativePath(file->m_path);

    bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        const QFileInfo fi(file->m_path);
        const QFileInfo dir(fi.absolutePath());
        // The permission bits are checked as well as access(): an administrator may write anything, but
        // a file or folder marked read-only is meant to stay unchanged.
        constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (!fi.isWritable() || !(fi.permissions() & anyWrite)) {
            readOnly = true;
            file->m_readOnlyReason = Tr::tr("The file is read-only.");
        } else if (!dir.isWritable() || !(dir.permissions() & anyWrite)) {
            readOnly = true;
            file->m_readOnlyReason = Tr::tr("The folder that holds the file is read-only.");
        }
    }
    if (!readOnly) {
        auto lock = std::make_unique<QLockFile>(lockPath(file->m_path));
        lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError
            && leftEmpty(*lock, lockPath(file->m_path)))
            lock->tryLock(0);
        if (!lock->isLocked()) {
            if (lock->error() == QLockFile::LockFailedError) {
                *error = ProjectError::make(Kind::Locked,
                    Tr::tr("%1 is already open in %2. Close it there, or open it read-only.")
                        .arg(shown, lockHolder(file->m_path)));
                return nullptr;
            }
            readOnly = true;
            // Most often the disk is full (the lock is a small file beside the project): say so.
            const QStorageInfo disk(QFileInfo(file->m_path).absolutePath());
            file->m_readOnlyReason = disk.isValid() && disk.bytesAvailable() < 64 * 1024
                ? Tr::tr(
                    "The disk is full: no lock can be taken beside the file. Free some space and open it "
                    "again to edit it.")
                : Tr::tr("No lock can be taken beside the file.");
        } else {
            file->m_lock = std::move(lock);
        }
    }
    file->m_readOnly = readOnly;
    if (readOnly && header.userVersion < OldestReadable) {
        *error = ProjectError::make(Kind::TooOld,
            Tr::tr(
                "%1 was written by an older version of Readiness Workbench and must be upgraded, which needs "
                "write access. Open a writable copy of it.")
                .arg(shown));
        return nullptr;
    }

    QString sqlError;
    if (!file->connect(readOnly, &sqlError)) {
        *error = ProjectError::make(Kind::Damaged, Tr::tr("%1 could not be opened: %2").arg(shown, sqlError));
        return nullptr;
    }
    if (header.userVersion < SchemaVersion && !readOnly) {
        if (ProjectError e = file->migrate(header.userVersion)) {
            *error = e;
            return nullptr;
        }
        file->m_upgradedFrom = header.userVersion;
    }
    return file;
}

ProjectError ProjectFile::migrate(int fromVersion)
{
    // All steps in one transaction: a file is either fully upgraded or left exactly as it was.
    return write([fromVersion](QSqlDatabase& db, QString* error) {
        for (int v = fromVersion + 1; v <= SchemaVersion; ++v) {
            for (const QString& sql : Schema::step(v)) {
                if (!exec(db, sql, error))
                    return false;
            }
        }
        return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error);
    });
}

std::unique_ptr<ProjectFile> ProjectFile::create(
    const QString& path, const std::function<bool(QSqlDatabase&, QString*)>& fill, ProjectError* error)
{
    using Kind = ProjectError::Kind;
    const QFileInfo target(path);
    const QString shown = nativePath(target.absoluteFilePath());
    if (target.exists()) {
        *error = ProjectError::make(Kind::Exists,
            Tr::tr("%1 already exists; choose another name. Nothing was overwritten.").arg(shown));
        return nullptr;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        *error = ProjectError::make(
            Kind::NotFound, Tr::tr("The folder %1 does not exist.").arg(nativePath(target.absolutePath())));
        return nullptr;
    }
    // Build the project under a temporary name and rename it into place when complete, so that a
    // failure never leaves a half-made project at path.
    const QString temp = target.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temp);
    QString sqlError;
    bool ok = false;
    {
        std::unique_ptr<ProjectFile> file(new ProjectFile);
        file->m_path = temp;
        // Incremental auto-vacuum (settable only before the first table) lets removed evidence give its
        // space back to the file system instead of leaving the file at its largest size. Pages of 16 KiB
        // (also settable only then) write evidence bytes in a quarter of the writes 4 KiB pages need, at
        // little cost to a small edit (docs/PERFORMANCE.md).
        if (file->connect(false, &sqlError)) {
            QSqlDatabase db = file->database();
            if (exec(db, QStringLiteral("PRAGMA page_size = 16384"), &sqlError)
                && exec(db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), &sqlError)) {
                const ProjectError e = file->write([&fill](QSqlDatabase& fresh, QString* err) {
                    for (int v = 1; v <= SchemaVersion; ++v) {
                        for (const QString& sql : Schema::step(v)) {
                            if (!exec(fresh, sql, err))
                                return false;
                        }
                    }
                    if (!exec(fresh, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), err)
                        || !exec(fresh, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), err))
                        return false;
                    return fill(fresh, err);
                });
                ok = !e;
                if (e)
                    sqlError = e.message;
            }
        }
    }
    if (!ok || !QFile::rename(temp, target.absoluteFilePath())) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        *error = ProjectError::make(ok ? Kind::Exists : Kind::Io,
            ok ? Tr::tr("%1 could not be created: a file of that name appeared meanwhile.").arg(shown)
               : Tr::tr("%1 could not be created: %2").arg(shown, sqlError));
        return nullptr;
    }
    return open(target.absoluteFilePath(), Access::ReadWrite, error);
}

ProjectError ProjectFile::write(const std::function<bool(QSqlDatabase&, QString*)>& body)
{
    using Kind = ProjectError::Kind;
    if (m_readOnly)
        return ProjectError::make(Kind::ReadOnly,
            Tr::tr("This project is open read-only; the change was not made. %1").arg(m_readOnlyReason));
    QSqlDatabase db = database();
    if (!db.transaction())
        return ProjectError::make(
            Kind::Io, Tr::tr("The project file could not be written: %1").arg(sqlProblem(db)));
    QString error;
    if (!body(db, &error)) {
        db.rollback();
        return ProjectError::make(error.isEmpty() ? Kind::Io : Kind::Invalid,
            error.isEmpty() ? Tr::tr("The change could not be written to the project file.") : error);
    }
    if (!db.commit()) {
        const QString reason = sqlProblem(db);
        db.rollback();
        return ProjectError::make(Kind::Io, Tr::tr("The change could not be saved: %1").arg(reason));
    }
    return {};
}

ProjectError ProjectFile::write(
    const AuditEntry& entry, const std::function<bool(QSqlDatabase&, QString*)>& body)
{
    return write([&entry, &body](QSqlDatabase& db, QString* error) {
        return body(db, error) && AuditLog::append(db, entry, error);
    });
}

ProjectError ProjectFile::read(const std::function<bool(QSqlDatabase&, QString*)>& body) const
{
    QSqlDatabase db = database();
    // A deferred transaction holds one read snapshot from its first read until it ends.
    const bool began = db.transaction();
    QString error;
    const bool ok = body(db, &error);
    if (began)
        db.commit();
    if (!ok)
        return ProjectError::make(
            ProjectError::Kind::Damaged, Tr::tr("The project file could not be read: %1").arg(error));
    return {};
}

ProjectError ProjectFile::saveCopy(const QString& targetPath) const
{
    using Kind = ProjectError::Kind;
    const QFileInfo target(targetPath);
    if (target.exists())
        return ProjectError::make(Kind::Exists,
            Tr::tr("%1 already exists; choose another name.").arg(nativePath(target.absoluteFilePath())));
    const QString temp = target.absoluteFilePath() + QStringLiteral(".copying");
    QFile::remove(temp);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec() || !QFile::rename(temp, target.absoluteFilePath())) {
        const QString reason
            = q.lastError().isValid() ? sqlProblem(q.lastError()) : Tr::tr("the file could not be renamed");
        QFile::remove(temp);
        return ProjectError::make(Kind::Io,
            Tr::tr("The copy %1 could not be written: %2")
                .arg(nativePath(target.absoluteFilePath()), reason));
    }
    return {};
}

} // namespace rw
