#pragma once

// The audit log as a graph in memory, for merging: the entries in the one order every copy replays them
// in, each with the positions of its parents, and whether one entry saw another when it was written.

#include "AuditLog.h"

#include <QHash>
#include <QVector>

namespace rw {

class LogGraph
{
public:
    // entries must be in replay order (AuditLog::sortForReplay): every parent before its children.
    explicit LogGraph(const QVector<AuditEntry>& entries);

    // Whether the entry at ancestor was written before the entry at of and seen by it (through parents).
    bool isAncestor(int ancestor, int of) const;
    int indexOf(const QString& hash) const { return m_index.value(hash, -1); }
    const QVector<int>& parents(int i) const { return m_parents.at(i); }
    int size() const { return int(m_parents.size()); }

private:
    QHash<QString, int> m_index;
    QVector<QVector<int>> m_parents;
    QVector<bool> m_chained; // written before the log was a graph: every graph entry follows them all
    mutable QVector<int> m_seen; // per entry, the search that last reached it
    mutable QVector<int> m_stack;
    mutable int m_search = 0;
};

} // namespace rw
