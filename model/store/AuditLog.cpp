#include "AuditLog.h"
#include "SqlProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>
#include <tuple>

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
    e.hlc = q.value(13).toString();
    const QString parents = q.value(14).toString();
    if (!parents.isEmpty())
        e.parents = parents.split(QLatin1Char(' '));
    return e;
}

QByteArray checkpointMessage(qint64 rows, const QString& head)
{
    return QByteArrayLiteral("readiness-audit-checkpoint:") + QByteArray::number(rows) + ':'
        + head.toLatin1();
}

// The columns of an entry; a file of an older version (opened read-only, not upgraded) lacks the
// device columns (before 5) and the clock and parents (before 7).
QString selectColumns(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    QStringList present;
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('audit')"))) {
        while (q.next())
            present << q.value(0).toString();
    }
    QStringList columns;
    for (const char* name : { "id", "at", "by", "action", "entity", "entity_key", "before", "after",
             "prev_hash", "hash", "entity_uuid", "device", "signature", "hlc", "parents" }) {
        const QString column = QString::fromLatin1(name);
        columns << (present.contains(column) ? column : QStringLiteral("''"));
    }
    return QStringLiteral("SELECT %1 FROM audit").arg(columns.join(QStringLiteral(", ")));
}

QString sha256(const QStringList& fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString computeHash(const AuditEntry& e)
{
    // Fields are separated by the ASCII unit separator, which no field holds unescaped in its JSON or text.
    if (e.inGraph()) {
        // An entry of the graph: its parents and clock fix its place, its device who wrote it; the row
        // id is local to one copy and is not hashed.
        QStringList parents = e.parents;
        parents.sort();
        return sha256(
            { QStringLiteral("readiness-audit-v7"), parents.join(QLatin1Char(' ')), e.hlc, timestamp(e.at),
                e.by, e.device, e.action, e.entity, e.entityKey, e.entityUuid, e.before, e.after });
    }
    // A chained entry (before version 7): the row's id is part of what is hashed, so that rows cannot be
    // reordered. The entity's UUID joined the hashed fields with schema version 4; entries written before
    // have none and keep the hash they were written with, so old logs still verify.
    QStringList fields { QString::number(e.id), e.prevHash, timestamp(e.at), e.by, e.action, e.entity,
        e.entityKey, e.before, e.after };
    if (!e.entityUuid.isEmpty())
        fields << e.entityUuid;
    return sha256(fields);
}

QString headHash(const QSqlDatabase& db)
{
    // The checkpoint records the heads; a log without one (written before version 5) is a chain that
    // ends in its last row.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT head FROM audit_checkpoint")) && q.next())
        return q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

QString nextClock(const QStringList& parentClocks, qint64 nowMs)
{
    QString latest;
    for (const QString& c : parentClocks)
        latest = qMax(latest, c);
    const qint64 parentMs = latest.section(QLatin1Char('.'), 0, 0).toLongLong();
    const qint64 parentCount = latest.section(QLatin1Char('.'), 1, 1).toLongLong();
    // Never behind a parent, even when this computer's clock is: the counter orders what the
    // milliseconds cannot.
    const qint64 ms = qMax(nowMs, parentMs);
    const qint64 count = ms == parentMs && !latest.isEmpty() ? parentCount + 1 : 0;
    return QStringLiteral("%1.%2").arg(ms, 13, 10, QLatin1Char('0')).arg(count, 5, 10, QLatin1Char('0'));
}

QString checkEntry(const AuditEntry& e)
{
    if (!e.inGraph() || e.device.isEmpty())
        return Tr::tr("entry %1 is not a signed entry of a graph log").arg(e.hash.left(12));
    if (computeHash(e) != e.hash)
        return Tr::tr("entry %1 was changed after it was written (its content no longer matches its hash)")
            .arg(e.hash.left(12));
    if (!DeviceIdentity::verify(e.device, e.hash.toLatin1(), e.signature))
        return Tr::tr("entry %1's signature (device %2) does not match it")
            .arg(e.hash.left(12), DeviceIdentity::fingerprint(e.device));
    return {};
}

bool replaysBefore(const AuditEntry& a, const AuditEntry& b)
{
    if (a.inGraph() != b.inGraph())
        return !a.inGraph();
    if (!a.inGraph())
        return a.id < b.id;
    return std::tie(a.hlc, a.device, a.hash) < std::tie(b.hlc, b.device, b.hash);
}

void sortForReplay(QVector<AuditEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(), replaysBefore);
}

bool hasMerges(const QSqlDatabase& db)
{
    if (headHash(db).contains(QLatin1Char(' ')))
        return true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    return q.exec(QStringLiteral("SELECT 1 FROM audit WHERE instr(parents, ' ') > 0 LIMIT 1")) && q.next();
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
    if (!last.exec(QStringLiteral("SELECT max(id) FROM audit")) || !last.next()) {
        *error = sqlProblem(last.lastError());
        return false;
    }
    const qint64 previous = last.value(0).toLongLong();
    // A log whose last id is at the integer limit (only a doctored file has one) takes no more entries:
    // the next id would wrap around.
    if (previous >= std::numeric_limits<qint64>::max() - 1 || previous < 0) {
        *error = Tr::tr("the audit log's last entry has the id %1, which no entry can follow").arg(previous);
        return false;
    }
    entry.id = previous + 1;
    // It follows the heads (and any entry it names itself, such as the writes a decision settles), and its
    // clock follows theirs.
    const QString heads = previous > 0 ? headHash(db) : QString();
    if (!heads.isEmpty())
        entry.parents += heads.split(QLatin1Char(' '));
    entry.parents.removeDuplicates();
    entry.parents.sort();
    QStringList clocks;
    for (const QString& parent : std::as_const(entry.parents)) {
        QSqlQuery clock(db);
        clock.prepare(QStringLiteral("SELECT hlc FROM audit WHERE hash = ?"));
        addBind(clock, parent);
        if (clock.exec() && clock.next())
            clocks << clock.value(0).toString();
    }
    entry.prevHash = entry.parents.isEmpty() ? genesisHash() : entry.parents.constFirst();
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored with millisecond precision, so hash what is stored.
    entry.at = QDateTime::fromString(timestamp(entry.at), Qt::ISODateWithMs);
    entry.hlc = nextClock(clocks, QDateTime::currentMSecsSinceEpoch());
    // Signed by this computer's device key, and so is the checkpoint that records the new head.
    const DeviceIdentity* device = DeviceIdentity::current();
    if (device)
        entry.device = device->publicKey();
    entry.hash = computeHash(entry);
    if (device)
        entry.signature = device->sign(entry.hash.toLatin1());
    if (!insert(db, entry, error))
        return false;
    if (!device)
        return true;
    return writeCheckpoint(db, entry.id, entry.hash, *device, error);
}

bool insert(QSqlDatabase& db, const AuditEntry& entry, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit (id, at, by, action, entity, entity_key, before, after, "
                             "prev_hash, hash, entity_uuid, device, signature, hlc, parents) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    addBind(q, entry.hlc);
    addBind(q, entry.parents.join(QLatin1Char(' ')));
    if (!q.exec()) {
        *error = sqlProblem(q.lastError());
        return false;
    }
    return true;
}

bool writeCheckpoint(
    QSqlDatabase& db, qint64 rows, const QString& heads, const DeviceIdentity& device, QString* error)
{
    QSqlQuery checkpoint(db);
    checkpoint.prepare(
        QStringLiteral("INSERT OR REPLACE INTO audit_checkpoint (id, rows, head, device, signature) "
                       "VALUES (1, ?, ?, ?, ?)"));
    addBind(checkpoint, rows);
    addBind(checkpoint, heads);
    addBind(checkpoint, device.publicKey());
    addBind(checkpoint, device.sign(checkpointMessage(rows, heads)));
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
    bool graphBefore = false;
    QHash<QString, QString> clockOf; // every entry's hash, and its clock (empty for chained entries)
    QSet<QString> followed;
    while (q.next()) {
        const AuditEntry e = fromQuery(q);
        ++v.rows;
        QString problem;
        if (e.id != expectedId) {
            problem = Tr::tr("row %1 follows row %2: rows are missing").arg(e.id).arg(expectedId - 1);
        } else if (clockOf.contains(e.hash)) {
            problem = Tr::tr("row %1 repeats an entry the log already holds").arg(e.id);
        } else if (e.inGraph()) {
            for (const QString& parent : e.parents) {
                if (!clockOf.contains(parent)) {
                    problem = Tr::tr("row %1 follows an entry the log does not hold (entries were removed)")
                                  .arg(e.id);
                    break;
                }
                if (clockOf.value(parent) >= e.hlc) {
                    problem
                        = Tr::tr("row %1's clock is not after the clock of an entry it follows").arg(e.id);
                    break;
                }
            }
            if (problem.isEmpty() && e.parents.isEmpty() && v.rows > 1)
                problem = Tr::tr("row %1 follows no entry, though it is not the first").arg(e.id);
            if (problem.isEmpty()
                && e.prevHash != (e.parents.isEmpty() ? genesisHash() : e.parents.constFirst()))
                problem = Tr::tr("row %1 does not follow from the row before it (its link to the previous "
                                 "row was changed)")
                              .arg(e.id);
        } else if (graphBefore) {
            problem = Tr::tr("row %1 is chained the old way after entries that name their parents: it was "
                             "written outside the application")
                          .arg(e.id);
        } else if (e.prevHash != expectedPrev) {
            problem = Tr::tr(
                "row %1 does not follow from the row before it (its link to the previous row was changed)")
                          .arg(e.id);
        }
        if (problem.isEmpty()) {
            if (e.device.isEmpty() && (signedBefore || e.inGraph()))
                problem = Tr::tr("row %1 is not signed, though the rows before it are: it was written or "
                                 "rewritten outside the application")
                              .arg(e.id);
            else if (computeHash(e) != e.hash)
                problem = Tr::tr(
                    "row %1 was changed after it was written (its content no longer matches its hash)")
                              .arg(e.id);
            else if (!e.device.isEmpty() && !DeviceIdentity::verify(e.device, e.hash.toLatin1(), e.signature))
                problem
                    = Tr::tr("row %1 was rewritten: its device's signature (device %2) no longer matches it")
                          .arg(e.id)
                          .arg(DeviceIdentity::fingerprint(e.device));
        }
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBrokenId = e.id;
            v.reason = problem;
            return v;
        }
        signedBefore = signedBefore || !e.device.isEmpty();
        graphBefore = graphBefore || e.inGraph();
        if (e.inGraph()) {
            for (const QString& parent : e.parents)
                followed.insert(parent);
        } else if (e.prevHash != genesisHash()) {
            followed.insert(e.prevHash);
        }
        clockOf.insert(e.hash, e.hlc);
        expectedPrev = e.hash;
        ++expectedId;
    }
    QStringList heads;
    for (auto it = clockOf.cbegin(); it != clockOf.cend(); ++it) {
        if (!followed.contains(it.key()))
            heads << it.key();
    }
    heads.sort();
    v.headHash = heads.isEmpty() ? genesisHash() : heads.join(QLatin1Char(' '));
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
