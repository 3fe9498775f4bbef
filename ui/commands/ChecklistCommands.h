#pragma once

// The checklist's structure: a domain or an item is added or removed. Both directions are the same
// pair of Project calls (remove, which returns everything needed to put it back, and restore), so one
// command serves adding and removing either; what was removed comes back with its identity, answers,
// links and adjustment.

#include "EditCommand.h"

// Removed is what Project's remove returns and its restore takes (RemovedDomain, RemovedItem).
template <typename Removed> class StructureCommand : public EditCommand
{
public:
    // Adds what added holds under key (redo adds, undo removes).
    StructureCommand(const QString& text, const QString& key, const Removed& added)
        : EditCommand(text)
        , m_adds(true)
        , m_key(key)
        , m_removed(added)
    {
    }
    // Removes key (redo removes, undo puts it back).
    StructureCommand(const QString& text, const QString& key)
        : EditCommand(text)
        , m_adds(false)
        , m_key(key)
    {
    }

protected:
    rw::ProjectError doRedo() override { return m_adds ? put() : take(); }
    rw::ProjectError doUndo() override { return m_adds ? take() : put(); }

private:
    rw::ProjectError put();
    rw::ProjectError take();

    bool m_adds;
    QString m_key;
    Removed m_removed;
};

using DomainCommand = StructureCommand<rw::Project::RemovedDomain>;
using ItemStructureCommand = StructureCommand<rw::Project::RemovedItem>;
