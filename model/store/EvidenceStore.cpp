#include "EvidenceStore.h"
#include "SqlProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "SqlBind.h"
#include <QSqlDriver>
#include <future>
#include <memory>
#include <openssl/evp.h>
#include <sqlite3.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)
};

// SHA-256 through OpenSSL, which uses the processor's SHA instructions where there are any.
class Sha256
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr);
    }
    void add(const char* data, qint64 size) { EVP_DigestUpdate(m_ctx.get(), data, size_t(size)); }
    QString hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
};

// Each commit is fsync'd (synchronous = FULL): a batch of 128 chunks keeps their cost small against
// writing the bytes, while a failing commit (a full disk) is still found within 128 MiB.
constexpr int ChunksPerCommit = 128;

bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = sqlProblem(q.lastError());
    return false;
}

// Commits a batch; a commit that fails (the disk is full, say) has rolled the batch back.
bool commit(QSqlDatabase& db, QString* error)
{
    if (db.commit())
        return true;
    *error = sqlProblem(db);
    return false;
}

// Removes content. SQLite as Debian builds it overwrites deleted content, which puts every freed page of
// a large file in the rollback journal: on a full disk the removal itself would fail, and an import cut
// short by a full disk would stay in the file. FAST overwrites only what is written anyway; the freed
// pages are then cut off the end of the file (incremental auto-vacuum), so nothing of them stays in it.
// The pragma frees one page per step, and QtSql steps a statement without result columns only once, so
// both run through SQLite itself.
bool removeContent(QSqlDatabase& db, const QString& where, const QVariantList& values, int* removed)
{
    sqlite3* raw = sqliteHandle(db);
    if (raw)
        sqlite3_exec(raw, "PRAGMA secure_delete = FAST", nullptr, nullptr, nullptr);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM blob WHERE ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    if (removed)
        *removed = ok ? q.numRowsAffected() : 0;
    q.finish();
    if (raw) {
        sqlite3_exec(raw, "PRAGMA secure_delete = ON", nullptr, nullptr, nullptr);
        if (ok)
            sqlite3_exec(raw, "PRAGMA incremental_vacuum", nullptr, nullptr, nullptr);
    }
    return ok;
}

void discard(QSqlDatabase& db, qint64 blobId)
{
    db.rollback();
    removeContent(db, QStringLiteral("id = ?"), { blobId }, nullptr);
}

} // namespace

std::optional<EvidenceStore::Stored> EvidenceStore::importFile(
    QSqlDatabase db, const QString& path, const Progress& progress, ProjectError* error)
{
    using Kind = ProjectError::Kind;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProjectError::make(file.exists() ? Kind::Unreadable : Kind::NotFound,
            Tr::tr("The evidence file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    const qint64 total = file.size();
    QString sqlError;

    // The blob row is made first, in its own commit, so that a crash leaves a row marked incomplete.
    qint64 blobId = 0;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO blob (sha256, size, complete) VALUES (NULL, ?, 0)"));
        addBind(q, total);
        if (!run(q, &sqlError)) {
            *error
                = ProjectError::make(Kind::Io, Tr::tr("The evidence could not be stored: %1").arg(sqlError));
            return std::nullopt;
        }
        blobId = q.lastInsertId().toLongLong();
    }

    Sha256 sha;
    QByteArray buffer(int(ChunkSize), Qt::Uninitialized);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)"));
    // A statement still open would keep SQLite from handing freed pages back; finish it first.
    const auto abandon = [&]() {
        insert.finish();
        discard(db, blobId);
    };
    qint64 done = 0;
    int seq = 0;
    bool inTransaction = db.transaction();
    while (true) {
        const qint64 n = file.read(buffer.data(), ChunkSize);
        if (n < 0) {
            abandon();
            *error = ProjectError::make(Kind::Io,
                Tr::tr("Reading %1 failed: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return std::nullopt;
        }
        if (n == 0)
            break;
        // The chunk is hashed on another core while SQLite writes it: both only read the buffer.
        auto hashing = std::async(std::launch::async, [&sha, &buffer, n] { sha.add(buffer.constData(), n); });
        insert.bindValue(0, blobId);
        insert.bindValue(1, seq++);
        insert.bindValue(2, n == ChunkSize ? buffer : QByteArray(buffer.constData(), int(n)));
        const bool inserted = run(insert, &sqlError);
        hashing.wait();
        if (!inserted) {
            abandon();
            *error
                = ProjectError::make(Kind::Io, Tr::tr("The evidence could not be stored: %1").arg(sqlError));
            return std::nullopt;
        }
        done += n;
        if (seq % ChunksPerCommit == 0 && inTransaction) {
            if (!commit(db, &sqlError)) {
                abandon();
                *error = ProjectError::make(
                    Kind::Io, Tr::tr("The evidence could not be stored: %1").arg(sqlError));
                return std::nullopt;
            }
            inTransaction = db.transaction();
        }
        if (progress && !progress(done, total)) {
            abandon();
            *error = ProjectError::make(Kind::Cancelled,
                Tr::tr("The import of %1 was cancelled; nothing was kept.")
                    .arg(QDir::toNativeSeparators(path)));
            return std::nullopt;
        }
    }
    if (inTransaction && !commit(db, &sqlError)) {
        abandon();
        *error = ProjectError::make(Kind::Io, Tr::tr("The evidence could not be stored: %1").arg(sqlError));
        return std::nullopt;
    }

    Stored stored;
    stored.sha256 = sha.hex();
    stored.size = done;
    stored.alreadyStored = contains(db, stored.sha256);
    if (stored.alreadyStored) {
        abandon();
        return stored;
    }
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE blob SET sha256 = ?, size = ?, complete = 1 WHERE id = ?"));
    addBind(finish, stored.sha256);
    addBind(finish, stored.size);
    addBind(finish, blobId);
    if (!run(finish, &sqlError)) {
        discard(db, blobId);
        *error = ProjectError::make(Kind::Io, Tr::tr("The evidence could not be stored: %1").arg(sqlError));
        return std::nullopt;
    }
    return stored;
}

bool EvidenceStore::contains(QSqlDatabase db, const QString& sha256)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM blob WHERE sha256 = ? AND complete = 1"));
    addBind(q, sha256.toLower());
    return q.exec() && q.next();
}

ProjectError EvidenceStore::exportTo(
    QSqlDatabase db, const QString& sha256, QIODevice* out, const Progress& progress)
{
    using Kind = ProjectError::Kind;
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("SELECT id, size FROM blob WHERE sha256 = ? AND complete = 1"));
    addBind(meta, sha256.toLower());
    if (!meta.exec() || !meta.next())
        return ProjectError::make(
            Kind::NotFound, Tr::tr("The project holds no evidence with SHA-256 %1.").arg(sha256));
    const qint64 blobId = meta.value(0).toLongLong();
    const qint64 total = meta.value(1).toLongLong();

    // Through SQLite itself: each chunk is read where SQLite holds it (no copy into a QVariant), hashed
    // on another core while it is written out.
    sqlite3* raw = sqliteHandle(db);
    sqlite3_stmt* chunks = nullptr;
    if (!raw
        || sqlite3_prepare_v2(
               raw, "SELECT data FROM blob_chunk WHERE blob_id = ? ORDER BY seq", -1, &chunks, nullptr)
            != SQLITE_OK)
        return ProjectError::make(Kind::Damaged,
            Tr::tr("The evidence cannot be read: %1")
                .arg(raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("no database")));
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(chunks, &sqlite3_finalize);
    sqlite3_bind_int64(chunks, 1, blobId);
    Sha256 sha;
    qint64 done = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(chunks)) == SQLITE_ROW) {
        const char* data = static_cast<const char*>(sqlite3_column_blob(chunks, 0));
        const qint64 size = sqlite3_column_bytes(chunks, 0);
        auto hashing = std::async(std::launch::async, [&sha, data, size] { sha.add(data, size); });
        const bool written = out->write(data, size) == size;
        hashing.wait();
        if (!written)
            return ProjectError::make(
                Kind::Io, Tr::tr("Writing the evidence failed: %1").arg(out->errorString()));
        done += size;
        if (progress && !progress(done, total))
            return ProjectError::make(Kind::Cancelled, Tr::tr("Cancelled."));
    }
    if (step != SQLITE_DONE)
        return ProjectError::make(Kind::Damaged,
            Tr::tr("The evidence cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(raw))));
    if (done != total || sha.hex() != sha256.toLower())
        return ProjectError::make(Kind::Damaged,
            Tr::tr("The stored evidence %1 is damaged: its content no longer matches its SHA-256.")
                .arg(sha256));
    return {};
}

ProjectError EvidenceStore::exportToFile(
    QSqlDatabase db, const QString& sha256, const QString& path, const Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ProjectError::make(ProjectError::Kind::Io,
            Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (ProjectError e = exportTo(db, sha256, &file, progress)) {
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return ProjectError::make(ProjectError::Kind::Io,
            Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

int EvidenceStore::removeLeftovers(QSqlDatabase db)
{
    int removed = 0;
    removeContent(db,
        QStringLiteral(
            "complete = 0 OR sha256 NOT IN (SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL "
            "UNION SELECT json_extract(r.value, '$.sha256') FROM evidence, json_each(evidence.revisions) r)"),
        {}, &removed);
    return removed;
}

} // namespace rw
