#include "EditCommand.h"

#include "Document.h"

rw::Project* EditCommand::project() const
{
    return m_document->project();
}

rw::ProjectError EditCommand::apply()
{
    const rw::ProjectError e = doRedo();
    m_skipNextRedo = !e;
    return e;
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        // QUndoStack::push() calls redo(); the edit was already applied by Document::push().
        m_skipNextRedo = false;
        return;
    }
    report(doRedo());
}

void EditCommand::undo()
{
    report(doUndo());
}

void EditCommand::report(const rw::ProjectError& e)
{
    if (!e)
        return;
    // The file refused the step (for example it became read-only): the stack must not claim otherwise.
    setObsolete(true);
    emit m_document->error(e.message);
}

ItemCommand::ItemCommand(
    const QString& key, const rw::Item& before, const rw::Item& after, const QString& text, bool typing)
    : EditCommand(text)
    , m_key(key)
    , m_before(before)
    , m_after(after)
    , m_typing(typing)
{
}

bool ItemCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ItemCommand*>(other);
    if (!m_typing || !next->m_typing || next->m_key != m_key)
        return false;
    m_after = next->m_after;
    return true;
}

rw::ProjectError ItemCommand::doRedo()
{
    return project()->updateItem(m_key, m_after);
}

rw::ProjectError ItemCommand::doUndo()
{
    return project()->updateItem(m_key, m_before);
}

ImportResultsCommand::ImportResultsCommand(
    const QVector<rw::ResultsImport::Change>& changes, const QString& text)
    : EditCommand(text)
    , m_changes(changes)
{
}

rw::ProjectError ImportResultsCommand::doRedo()
{
    return rw::ResultsImport::apply(*project(), m_changes);
}

rw::ProjectError ImportResultsCommand::doUndo()
{
    return rw::ResultsImport::apply(*project(), m_changes, true);
}
