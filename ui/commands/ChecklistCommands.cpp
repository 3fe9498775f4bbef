#include "ChecklistCommands.h"

using namespace rw;

DomainCommand::DomainCommand(const QString& text, const Domain& domain, int position)
    : EditCommand(text)
    , m_adds(true)
    , m_key(domain.key)
{
    m_removed.domain = domain;
    m_removed.position = position;
}

DomainCommand::DomainCommand(const QString& text, const QString& key)
    : EditCommand(text)
    , m_adds(false)
    , m_key(key)
{
}

ProjectError DomainCommand::put()
{
    if (ProjectError e = project()->restoreDomain(m_removed))
        return e;
    // A domain added for the first time has its identity now; keep it for the next redo.
    const int index = project()->assessment().domainIndex(m_key);
    if (index >= 0 && m_removed.domain.uuid.isEmpty())
        m_removed.domain = project()->assessment().domains.at(index);
    return {};
}

ProjectError DomainCommand::take()
{
    return project()->removeDomain(m_key, &m_removed);
}

ItemStructureCommand::ItemStructureCommand(
    const QString& text, const QString& domainKey, const Item& item, int position)
    : EditCommand(text)
    , m_adds(true)
    , m_key(item.key)
{
    m_removed.item = item;
    m_removed.domainKey = domainKey;
    m_removed.position = position;
}

ItemStructureCommand::ItemStructureCommand(const QString& text, const QString& key)
    : EditCommand(text)
    , m_adds(false)
    , m_key(key)
{
}

ProjectError ItemStructureCommand::put()
{
    if (ProjectError e = project()->restoreItem(m_removed))
        return e;
    if (const Item* stored = project()->item(m_key); stored && m_removed.item.uuid.isEmpty())
        m_removed.item = *stored;
    return {};
}

ProjectError ItemStructureCommand::take()
{
    return project()->removeItem(m_key, &m_removed);
}
