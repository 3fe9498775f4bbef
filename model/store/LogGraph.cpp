#include "LogGraph.h"

namespace rw {

LogGraph::LogGraph(const QVector<AuditEntry>& entries)
    : m_parents(entries.size())
    , m_chained(entries.size())
    , m_seen(entries.size(), -1)
{
    m_index.reserve(entries.size());
    for (int i = 0; i < entries.size(); ++i)
        m_index.insert(entries.at(i).hash, i);
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        m_chained[i] = !e.inGraph();
        if (!e.inGraph()) {
            if (i > 0 && m_chained.at(i - 1))
                m_parents[i].append(i - 1);
            continue;
        }
        for (const QString& parent : e.parents) {
            const int p = m_index.value(parent, -1);
            if (p >= 0 && p < i)
                m_parents[i].append(p);
        }
    }
}

bool LogGraph::isAncestor(int ancestor, int of) const
{
    if (ancestor < 0 || of < 0 || ancestor >= of)
        return false;
    // The chain precedes the whole graph.
    if (m_chained.at(ancestor))
        return true;
    // Back from of, only through entries after the ancestor in the order (a parent always comes before
    // its children, so nothing before it can lead to it).
    ++m_search;
    m_stack.clear();
    m_stack.append(of);
    while (!m_stack.isEmpty()) {
        const int e = m_stack.takeLast();
        for (int p : m_parents.at(e)) {
            if (p == ancestor)
                return true;
            if (p < ancestor || m_seen.at(p) == m_search)
                continue;
            m_seen[p] = m_search;
            m_stack.append(p);
        }
    }
    return false;
}

} // namespace rw
