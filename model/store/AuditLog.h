#pragma once

// The audit log: every change with who, when, what, before and after. Each row carries the SHA-256 of
// the previous row and of itself, so that a row changed, inserted or removed outside the application
// breaks the chain. Reports quote the head hash to bind themselves to one state of the project.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rw {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString by;
    QString action; // what was done, for example "item.status"
    QString entity; // the kind of thing changed, for example "item"
    QString entityKey; // which one, as people name it, for example "SEC-03"
    QString entityUuid; // which one, as every copy of the project names it (empty in older entries)
    // The fields that changed, as JSON objects: before holds their old values (empty when the record was
    // created), after their new ones (empty when it was removed). Replaying after from the log's start
    // rebuilds the project (see ProjectState::replay).
    QString before;
    QString after;
    QString prevHash;
    QString hash;
    // The device that wrote it (its Ed25519 public key, base64) and its signature of hash; empty in
    // entries written before devices signed them.
    QString device;
    QString signature;
};

struct AuditVerdict
{
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0;
    QString reason;
    QString headHash;
};

namespace AuditLog {

QString genesisHash();
QString computeHash(const AuditEntry& entry);
// Appends entry (its at is set now if unset) after the current head. Call inside the change's transaction.
bool append(QSqlDatabase& db, AuditEntry entry, QString* error);
QString headHash(const QSqlDatabase& db);
qint64 rowCount(const QSqlDatabase& db);
QVector<AuditEntry> entries(const QSqlDatabase& db, qint64 limit = -1);
AuditVerdict verify(const QSqlDatabase& db);

} // namespace AuditLog

} // namespace rw
