#include "Pack.h"

#include "EvidenceStore.h"
#include "LogGraph.h"
#include "Project.h"
#include "ProjectSql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace rw::Pack {

using namespace rw::sql;

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString connectionName()
{
    return QStringLiteral("pack-") + QUuid::createUuid().toString(QUuid::Id128);
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = sqlProblem(q.lastError());
    return false;
}

// A pack open for reading.
class PackSource : public MergeSource
{
public:
    ~PackSource() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    bool hasContent(const QString& sha256) const override
    {
        return EvidenceStore::contains(database(), sha256);
    }
    bool copyContent(const QString& sha256, QSqlDatabase& into, QString* error) const override
    {
        return Pack::copyContent(database(), sha256, into, error);
    }
    QString m_connection = connectionName();
};

QStringList namedContent(const QVector<AuditEntry>& entries)
{
    QStringList shas;
    for (const AuditEntry& e : entries) {
        if (e.entity != QLatin1String("evidence") || e.after.isEmpty())
            continue;
        const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
        QStringList named { after.value(QStringLiteral("sha256")).toString() };
        for (const QJsonValue& r : after.value(QStringLiteral("revisions")).toArray())
            named << r.toObject().value(QStringLiteral("sha256")).toString();
        for (const QString& sha : std::as_const(named)) {
            if (!sha.isEmpty() && !shas.contains(sha))
                shas << sha;
        }
    }
    return shas;
}

} // namespace

bool isPack(const QString& path)
{
    ProjectFile::HeaderInfo info;
    ProjectFile::inspect(path, &info);
    return info.applicationId == ApplicationId;
}

std::unique_ptr<MergeSource> open(const QString& path, ProjectError* error)
{
    using Kind = ProjectError::Kind;
    ProjectFile::HeaderInfo info;
    const ProjectError inspected = ProjectFile::inspect(path, &info);
    if (inspected.kind != Kind::ForeignDatabase || info.applicationId != ApplicationId) {
        *error = inspected ? inspected
                           : ProjectError::make(Kind::NotAProject,
                               Merge::Tr::tr("%1 is a project, not a pack.").arg(shown(path)));
        return nullptr;
    }
    if (info.userVersion > FormatVersion) {
        *error = ProjectError::make(Kind::TooNew,
            Merge::Tr::tr(
                "%1 is a pack of a newer format (%2; this version reads up to %3). Update Readiness "
                "Workbench to merge it; nothing was changed.")
                .arg(shown(path))
                .arg(info.userVersion)
                .arg(FormatVersion));
        return nullptr;
    }
    auto pack = std::make_unique<PackSource>();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), pack->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    const auto damaged = [&](const QString& why) {
        *error = ProjectError::make(
            Kind::Damaged, Merge::Tr::tr("The pack %1 is damaged or cut short: %2").arg(shown(path), why));
        return nullptr;
    };
    if (!db.open())
        return damaged(sqlProblem(db.lastError()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return damaged(sqlProblem(q.lastError()));
    if (q.value(0).toString() != QLatin1String("ok"))
        return damaged(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT assessment_uuid, title, first_hash, entries FROM pack WHERE id = 1"))
        || !q.next())
        return damaged(Merge::Tr::tr("it has no description of what it holds"));
    pack->path = path;
    pack->isPack = true;
    pack->assessmentUuid = q.value(0).toString();
    pack->title = q.value(1).toString();
    pack->firstHash = q.value(2).toString();
    const qint64 expected = q.value(3).toLongLong();
    pack->entries = AuditLog::entries(db);
    if (pack->entries.size() != expected)
        return damaged(
            Merge::Tr::tr("it should hold %1 entries but holds %2").arg(expected).arg(pack->entries.size()));
    return pack;
}

QVector<AuditEntry> missingFrom(const Project& project, const MergeSource& other)
{
    QSet<QString> held;
    for (const AuditEntry& e : other.entries)
        held.insert(e.hash);
    QVector<AuditEntry> result;
    for (const AuditEntry& e : project.auditLog()) {
        if (!held.contains(e.hash))
            result.append(e);
    }
    return result;
}

QVector<AuditEntry> since(const Project& project, const QString& heads, QString* error)
{
    QVector<AuditEntry> log = project.auditLog();
    AuditLog::sortForReplay(log);
    const LogGraph graph(log);
    // Everything the heads lead to (themselves included) is held by the receiver.
    QSet<int> held;
    QVector<int> stack;
    for (const QString& given :
        heads.split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts)) {
        int found = -1;
        for (int i = 0; i < log.size() && given.size() >= 12; ++i) {
            if (log.at(i).hash.startsWith(given.toLower()))
                found = i;
        }
        if (found < 0) {
            *error = Merge::Tr::tr("the log holds no entry %1 (give a head's hash, at least its first 12 "
                                   "digits, as log or a report shows it)")
                         .arg(given);
            return {};
        }
        stack << found;
    }
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        if (held.contains(i))
            continue;
        held.insert(i);
        stack << graph.parents(i);
    }
    QVector<AuditEntry> result;
    for (int i = 0; i < log.size(); ++i) {
        if (!held.contains(i))
            result.append(log.at(i));
    }
    return result;
}

bool copyContent(const QSqlDatabase& fromDb, const QString& sha256, QSqlDatabase& into, QString* error)
{
    if (EvidenceStore::contains(into, sha256))
        return true;
    QSqlDatabase from = fromDb;
    QSqlQuery blob(from);
    blob.prepare(QStringLiteral("SELECT id, size FROM blob WHERE sha256 = ? AND complete = 1"));
    addBind(blob, sha256);
    if (!blob.exec() || !blob.next()) {
        *error = Merge::Tr::tr("the evidence bytes %1 are missing").arg(sha256.left(12));
        return false;
    }
    const qint64 id = blob.value(0).toLongLong();
    const qint64 size = blob.value(1).toLongLong();
    // Any leftover of an earlier, unfinished import of the same content makes way.
    QVariant newId;
    if (!run(into, QStringLiteral("DELETE FROM blob WHERE sha256 = ?"), { sha256 }, error)
        || !run(into, QStringLiteral("INSERT INTO blob (sha256, size, complete) VALUES (?, ?, 0)"),
            { sha256, size }, error, &newId))
        return false;
    QSqlQuery chunks(from);
    chunks.setForwardOnly(true);
    chunks.prepare(QStringLiteral("SELECT seq, data FROM blob_chunk WHERE blob_id = ? ORDER BY seq"));
    addBind(chunks, id);
    if (!chunks.exec()) {
        *error = sqlProblem(chunks.lastError());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    QSqlQuery put(into);
    put.prepare(QStringLiteral("INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)"));
    while (chunks.next()) {
        const QByteArray data = chunks.value(1).toByteArray();
        hash.addData(data);
        copied += data.size();
        addBind(put, newId);
        addBind(put, chunks.value(0));
        addBind(put, data);
        if (!rw::sql::exec(put, error))
            return false;
    }
    if (copied != size || QString::fromLatin1(hash.result().toHex()) != sha256) {
        *error = Merge::Tr::tr(
            "the evidence bytes %1 do not match their SHA-256: they were changed or cut short")
                     .arg(sha256.left(12));
        return false;
    }
    return run(into, QStringLiteral("UPDATE blob SET complete = 1 WHERE id = ?"), { newId }, error);
}

ProjectError write(const Project& project, const QVector<AuditEntry>& entries, const QString& path,
    const std::function<bool(const QString&)>& skip, qint64* bytes)
{
    using Kind = ProjectError::Kind;
    if (QFileInfo::exists(path))
        return ProjectError::make(Kind::Exists,
            Merge::Tr::tr("%1 exists already; choose another name for the pack.").arg(shown(path)));
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    const QString connection = connectionName();
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(part);
        ok = db.open();
        if (!ok)
            error = sqlProblem(db.lastError());
        QString first;
        {
            QSqlQuery q(project.file().database());
            if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id LIMIT 1")) && q.next())
                first = q.value(0).toString();
        }
        const QStringList schema {
            QStringLiteral("PRAGMA page_size = 1024"),
            QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(FormatVersion),
            QStringLiteral("PRAGMA journal_mode = OFF"),
            QStringLiteral("BEGIN"),
            QStringLiteral(
                "CREATE TABLE pack (id INTEGER PRIMARY KEY CHECK (id = 1), assessment_uuid TEXT NOT "
                "NULL, title TEXT NOT NULL, first_hash TEXT NOT NULL, entries INTEGER NOT NULL, "
                "made_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT NOT NULL, action "
                "TEXT NOT NULL, entity TEXT NOT NULL, entity_key TEXT NOT NULL, before TEXT NOT NULL, "
                "after TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, entity_uuid TEXT NOT "
                "NULL, device TEXT NOT NULL, signature TEXT NOT NULL, hlc TEXT NOT NULL, parents TEXT "
                "NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE blob (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, size INTEGER NOT NULL "
                "DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE blob_chunk (blob_id INTEGER NOT NULL REFERENCES blob (id) ON DELETE "
                           "CASCADE, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (blob_id, seq))"),
        };
        for (const QString& sql : schema) {
            if (ok)
                ok = exec(db, sql, &error);
        }
        if (ok)
            ok = run(db,
                QStringLiteral("INSERT INTO pack (id, assessment_uuid, title, first_hash, entries, made_at) "
                               "VALUES (1, ?, ?, ?, ?, ?)"),
                { project.assessment().info.uuid, project.assessment().info.title, first, int(entries.size()),
                    iso(QDateTime::currentDateTimeUtc()) },
                &error);
        qint64 id = 0;
        for (AuditEntry e : entries) {
            if (!ok)
                break;
            e.id = ++id;
            ok = AuditLog::insert(db, e, &error);
        }
        QSqlDatabase source = project.file().database();
        for (const QString& sha : namedContent(entries)) {
            if (!ok)
                break;
            if ((skip && skip(sha)) || !EvidenceStore::contains(source, sha))
                continue;
            ok = copyContent(source, sha, db, &error);
        }
        if (ok)
            ok = exec(db, QStringLiteral("COMMIT"), &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok && !QFile::rename(part, path)) {
        ok = false;
        error = Merge::Tr::tr("the pack could not be moved to %1").arg(shown(path));
    }
    if (!ok) {
        QFile::remove(part);
        return ProjectError::make(
            Kind::Io, Merge::Tr::tr("The pack %1 could not be written: %2").arg(shown(path), error));
    }
    if (bytes)
        *bytes = QFileInfo(path).size();
    return {};
}

} // namespace rw::Pack
