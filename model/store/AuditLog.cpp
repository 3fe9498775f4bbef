#include "AuditLog.h"
#include "SqlProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

#include "SqlBind.h"
#include "signing/DeviceIdentity.h"

namespace rw::AuditLog {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry fromQuery(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.by = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityKey = q.value(5).toString();
    e.before = q.value(6).toString();
    e.after = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.entityUuid = q.value(10).toString();
    e.device = q.value(11).toString();
    e.signature = q.value(12).toString();
    return e;
}

QByteArray checkpointMessage(qint64 rows, const QString& head)
{
    return QByteArrayLiteral("readiness-audit-checkpoint:") + QByteArray::number(rows) + ':'
        + head.toLatin1();
}

// The columns of an entry; a file of version 4 (opened read-only, not upgraded) has no device columns.
QString selectColumns(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    const bool signedEntries
        = q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('audit') WHERE name = 'device'"))
        && q.next();
    return signedEntries
        ? QStringLiteral("SELECT id, at, by, action, entity, entity_key, before, after, prev_hash, "
                         "hash, entity_uuid, device, signature FROM audit")
        : QStringLiteral("SELECT id, at, by, action, entity, entity_key, before, after, prev_hash, "
                         "hash, entity_uuid, '', '' FROM audit");
}

} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString computeHash(const AuditEntry& e)
{
    // The row's id is part of what is hashed, so that rows cannot be reordered; fields are separated by
    // the ASCII unit separator, which no field holds unescaped in its JSON or text.
    // The entity's UUID joined the hashed fields with schema version 4; entries written before have
    // none and keep the hash they were written with, so old logs still verify.
    QStringList fields { QString::number(e.id), e.prevHash, timestamp(e.at), e.by, e.action, e.entity,
        e.entityKey, e.before, e.after };
    if (!e.entityUuid.isEmpty())
        fields << e.entityUuid;
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString headHash(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

qint64 rowCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool append(QSqlDatabase& db, AuditEntry entry, QString* error)
{
    QSqlQuery last(db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"))) {
        *error = sqlProblem(last.lastError());
        return false;
    }
    if (last.next()) {
        const qint64 previous = last.value(0).toLongLong();
        // A log whose last id is at the integer limit (only a doctored file has one) takes no more
        // entries: the next id would wrap around.
        if (previous >= std::numeric_limits<qint64>::max() - 1 || previous < 0) {
            *error
                = Tr::tr("the audit log's last entry has the id %1, which no entry can follow").arg(previous);
            return false;
        }
        entry.id = previous + 1;
        entry.prevHash = last.value(1).toString();
    } else {
        entry.id = 1;
        entry.prevHash = genesisHash();
    }
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored with millisecond precision, so hash what is stored.
    entry.at = QDateTime::fromString(timestamp(entry.at), Qt::ISODateWithMs);
    entry.hash = computeHash(entry);
    // Signed by this computer's device key, and so is the checkpoint that records the new head.
    const DeviceIdentity* device = DeviceIdentity::current();
    if (device) {
        entry.device = device->publicKey();
        entry.signature = device->sign(entry.hash.toLatin1());
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (id, at, by, action, entity, entity_key, before, after, "
                             "prev_hash, hash, entity_uuid, device, signature) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addBind(q, entry.id);
    addBind(q, timestamp(entry.at));
    addBind(q, entry.by);
    addBind(q, entry.action);
    addBind(q, entry.entity);
    addBind(q, entry.entityKey);
    addBind(q, entry.before);
    addBind(q, entry.after);
    addBind(q, entry.prevHash);
    addBind(q, entry.hash);
    addBind(q, entry.entityUuid);
    addBind(q, entry.device);
    addBind(q, entry.signature);
    if (!q.exec()) {
        *error = sqlProblem(q.lastError());
        return false;
    }
    if (!device)
        return true;
    QSqlQuery checkpoint(db);
    checkpoint.prepare(
        QStringLiteral("INSERT OR REPLACE INTO audit_checkpoint (id, rows, head, device, signature) "
                       "VALUES (1, ?, ?, ?, ?)"));
    addBind(checkpoint, entry.id);
    addBind(checkpoint, entry.hash);
    addBind(checkpoint, entry.device);
    addBind(checkpoint, device->sign(checkpointMessage(entry.id, entry.hash)));
    if (!checkpoint.exec()) {
        *error = sqlProblem(checkpoint.lastError());
        return false;
    }
    return true;
}

QVector<AuditEntry> entries(const QSqlDatabase& db, qint64 limit)
{
    QVector<AuditEntry> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = selectColumns(db);
    if (limit >= 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT %2) ORDER BY id").arg(sql).arg(limit);
    else
        sql += QStringLiteral(" ORDER BY id");
    if (!q.exec(sql))
        return result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

AuditVerdict verify(const QSqlDatabase& db)
{
    AuditVerdict v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectColumns(db) + QStringLiteral(" ORDER BY id"))) {
        v.intact = false;
        v.reason = QCoreApplication::translate("AuditLog", "The audit log cannot be read: %1")
                       .arg(sqlProblem(q.lastError()));
        return v;
    }
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    bool signedBefore = false;
    while (q.next()) {
        const AuditEntry e = fromQuery(q);
        ++v.rows;
        QString problem;
        if (e.id != expectedId)
            problem = QCoreApplication::translate("AuditLog", "row %1 follows row %2: rows are missing")
                          .arg(e.id)
                          .arg(expectedId - 1);
        else if (e.prevHash != expectedPrev)
            problem = QCoreApplication::translate("AuditLog",
                "row %1 does not follow from the row before it (its link to the previous row was changed)")
                          .arg(e.id);
        else if (computeHash(e) != e.hash)
            problem = QCoreApplication::translate("AuditLog",
                "row %1 was changed after it was written (its content no longer matches its hash)")
                          .arg(e.id);
        else if (!e.device.isEmpty() && !DeviceIdentity::verify(e.device, e.hash.toLatin1(), e.signature))
            problem = QCoreApplication::translate(
                "AuditLog", "row %1 was rewritten: its device's signature (device %2) no longer matches it")
                          .arg(e.id)
                          .arg(DeviceIdentity::fingerprint(e.device));
        else if (e.device.isEmpty() && signedBefore)
            problem = QCoreApplication::translate("AuditLog",
                "row %1 is not signed, though the rows before it are: it was written or rewritten outside "
                "the application")
                          .arg(e.id);
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBrokenId = e.id;
            v.reason = problem;
            return v;
        }
        signedBefore = signedBefore || !e.device.isEmpty();
        expectedPrev = e.hash;
        ++expectedId;
    }
    v.headHash = expectedPrev;
    if (v.rows == 0) {
        v.intact = false;
        v.reason = QCoreApplication::translate("AuditLog",
            "the log is empty, though every project's log begins with its creation: it was removed");
        return v;
    }
    // The checkpoint: how long the log was and where it ended when it was last written, signed. A log
    // cut short, or ended somewhere else, no longer matches it.
    QSqlQuery checkpoint(db);
    const bool read
        = checkpoint.exec(QStringLiteral("SELECT rows, head, device, signature FROM audit_checkpoint"));
    if (read && checkpoint.next()) {
        const qint64 rows = checkpoint.value(0).toLongLong();
        const QString head = checkpoint.value(1).toString();
        const QString device = checkpoint.value(2).toString();
        if (!DeviceIdentity::verify(device, checkpointMessage(rows, head), checkpoint.value(3).toString())) {
            v.intact = false;
            v.reason = QCoreApplication::translate(
                "AuditLog", "the log's checkpoint was changed: its signature no longer matches it");
        } else if (rows != v.rows || head != v.headHash) {
            v.intact = false;
            v.reason = rows > v.rows
                ? QCoreApplication::translate("AuditLog",
                    "the log ends at row %1, but its checkpoint records %2 rows: rows were removed "
                    "from its end")
                      .arg(v.rows)
                      .arg(rows)
                : QCoreApplication::translate("AuditLog",
                    "the log ends at row %1 with another head than its checkpoint records (%2 rows)")
                      .arg(v.rows)
                      .arg(rows);
        }
    } else if (signedBefore) {
        v.intact = false;
        v.reason = QCoreApplication::translate("AuditLog",
            "the log's checkpoint is missing, though its rows are signed: rows may have been removed");
    }
    return v;
}

} // namespace rw::AuditLog
