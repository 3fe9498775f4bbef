#include "ChecklistCommands.h"

using namespace rw;

template <> ProjectError DomainCommand::put()
{
    if (ProjectError e = project()->restoreDomain(m_removed))
        return e;
    // A domain added for the first time has its identity now; keep it for the next redo.
    const int index = project()->assessment().domainIndex(m_key);
    if (index >= 0 && m_removed.domain.uuid.isEmpty())
        m_removed.domain = project()->assessment().domains.at(index);
    return {};
}

template <> ProjectError DomainCommand::take()
{
    return project()->removeDomain(m_key, &m_removed);
}

template <> ProjectError ItemStructureCommand::put()
{
    if (ProjectError e = project()->restoreItem(m_removed))
        return e;
    if (const Item* stored = project()->item(m_key); stored && m_removed.item.uuid.isEmpty())
        m_removed.item = *stored;
    return {};
}

template <> ProjectError ItemStructureCommand::take()
{
    return project()->removeItem(m_key, &m_removed);
}
