#pragma once

// The checklist's structure: a domain or an item is added or removed. Both directions are the same
// pair of Project calls (remove, which returns everything needed to put it back, and restore), so one
// command per kind serves adding and removing; what was removed comes back with its identity, answers,
// links and adjustment.

#include "EditCommand.h"

class DomainCommand : public EditCommand
{
public:
    // Adds domain at position (redo adds, undo removes).
    DomainCommand(const QString& text, const rw::Domain& domain, int position);
    // Removes the domain key (redo removes, undo puts it back).
    DomainCommand(const QString& text, const QString& key);

protected:
    rw::ProjectError doRedo() override { return m_adds ? put() : take(); }
    rw::ProjectError doUndo() override { return m_adds ? take() : put(); }

private:
    rw::ProjectError put();
    rw::ProjectError take();

    bool m_adds;
    QString m_key;
    rw::Project::RemovedDomain m_removed;
};

class ItemStructureCommand : public EditCommand
{
public:
    ItemStructureCommand(const QString& text, const QString& domainKey, const rw::Item& item, int position);
    ItemStructureCommand(const QString& text, const QString& key);

protected:
    rw::ProjectError doRedo() override { return m_adds ? put() : take(); }
    rw::ProjectError doUndo() override { return m_adds ? take() : put(); }

private:
    rw::ProjectError put();
    rw::ProjectError take();

    bool m_adds;
    QString m_key;
    rw::Project::RemovedItem m_removed;
};
