#pragma once

// The audit log: every change with who, when, what, before and after. From version 7 the log is a graph,
// as git's commits are: each entry names the hashes of the entries it follows (its parents: the heads of
// the log when it was written, one unless copies were merged), carries a hybrid logical clock that
// grows along every parent edge whatever the computers' clocks say, and is signed by the device that
// wrote it. Its hash covers its content, its device and its sorted parents, never its row id, so an
// entry keeps its hash in every copy it is merged into. Entries written before version 7 form a chain
// by row id and previous hash, and still verify; the first new entry follows the old head. Reports quote
// the head(s) to bind themselves to one state of the project.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace rw {

class DeviceIdentity;

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
    // From version 7: the hybrid logical clock ("PPPPPPPPPPPPP.CCCCC": Unix milliseconds and a counter,
    // ordered as text) and the parents' hashes, sorted. Empty in chained entries written before.
    QString hlc;
    QStringList parents;

    bool inGraph() const { return !hlc.isEmpty(); }
};

struct AuditVerdict
{
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0;
    QString reason;
    QString headHash; // the heads, sorted and separated by spaces (one unless copies were merged)
};

namespace AuditLog {

QString genesisHash();
QString computeHash(const AuditEntry& entry);
// Appends entry (its at is set now if unset) after the current heads, and after any parents it names.
// Call inside the change's transaction.
bool append(QSqlDatabase& db, AuditEntry entry, QString* error);
// Stores an entry as it is (one merged from another copy: its hash, parents and signature are its own).
bool insert(QSqlDatabase& db, const AuditEntry& entry, QString* error);
// Records the log's length and heads, signed by device.
bool writeCheckpoint(
    QSqlDatabase& db, qint64 rows, const QString& heads, const DeviceIdentity& device, QString* error);
// The log's heads, sorted and separated by spaces: the entries no other follows (one unless copies were
// merged and nothing was written since).
QString headHash(const QSqlDatabase& db);
// The hybrid logical clock of an entry that follows entries with the clocks given, written now.
QString nextClock(const QStringList& parentClocks, qint64 nowMs);
// Why one entry taken from elsewhere (a pack) cannot be trusted: not signed, its hash not its content's,
// or its signature not its device's; empty when it can.
QString checkEntry(const AuditEntry& entry);
// The one order every copy replays entries in: the chain every copy of an older file shares, by id; then
// the graph by clock, device and hash (a clock is after its parents', so parents come first).
bool replaysBefore(const AuditEntry& a, const AuditEntry& b);
void sortForReplay(QVector<AuditEntry>& entries);
qint64 rowCount(const QSqlDatabase& db);
// Whether the log holds entries of more than one copy: more than one head, or an entry with several
// parents (a log of an older format, without parents, has none).
bool hasMerges(const QSqlDatabase& db);
QVector<AuditEntry> entries(const QSqlDatabase& db, qint64 limit = -1);
AuditVerdict verify(const QSqlDatabase& db);

} // namespace AuditLog

} // namespace rw
