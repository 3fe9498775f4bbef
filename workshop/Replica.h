#pragma once

// One side's copy in a live workshop: what it holds, what another side with given heads lacks, and
// taking in what another side sent, through the merge (Merge::apply), so that live edits obey the same
// rules, checks and conflict inbox as copies merged later. Entries of a device the log says was removed
// from the workshop are refused (with whatever follows them).

#include "store/AuditLog.h"
#include "store/Merge.h"
#include "store/ProjectError.h"

#include <QSet>
#include <QStringList>
#include <QVector>

namespace rw {
class Project;
}

namespace rw::workshop {

class Replica
{
public:
    explicit Replica(Project* project);

    Project* project() const { return m_project; }
    QStringList heads() const;
    QString assessmentUuid() const;
    QString firstHash() const { return m_firstHash; }
    bool holds(const QString& hash) const;

    // The entries this copy holds that a side whose heads are theirHeads lacks (heads it does not know
    // are passed over: what they lead to is sent again and taken as held).
    QVector<AuditEntry> missingFor(const QStringList& theirHeads) const;
    // Entries written to this copy's log since the last call (its own edits and entries taken in).
    QVector<AuditEntry> newEntries();
    // Whether entries go as a pack rather than as messages: evidence bytes must travel with them, or one
    // of them (a note pasted whole) is too large for a frame.
    static bool needsPack(const QVector<AuditEntry>& entries);

    // Takes in entries another side sent (checked one by one); taken receives those that were new.
    ProjectError take(QVector<AuditEntry> entries, QVector<AuditEntry>* taken);
    // Takes in a pack another side sent.
    ProjectError takePack(const QString& path, QVector<AuditEntry>* taken);

    QSet<QString> removedDevices() const { return m_removed; }

private:
    void dropRemoved(QVector<AuditEntry>& entries);
    ProjectError apply(const MergeSource& source, QVector<AuditEntry>* taken);
    void refreshHeld();

    Project* m_project;
    QSet<QString> m_held;
    QSet<QString> m_removed;
    QString m_firstHash; // the log's first entry: it never changes, and every exchange names it
    qint64 m_rows = 0;
};

} // namespace rw::workshop
