#include "Document.h"

#include "commands/EditCommand.h"

Document::Document(std::unique_ptr<rw::Project> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
}

Document::~Document()
{
    // Commands refer to the project: they go first.
    m_undoStack->clear();
}

bool Document::push(EditCommand* command)
{
    if (m_beforeFirstEdit) {
        if (!m_beforeFirstEdit()) {
            delete command;
            return false;
        }
        m_beforeFirstEdit = nullptr;
    }
    command->setDocument(this);
    if (const rw::ProjectError e = command->apply()) {
        emit error(e.message);
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

bool Document::setItem(const QString& key, const rw::Item& updated, const QString& text, bool typing)
{
    const rw::Item* current = m_project->item(key);
    if (!current)
        return false;
    return push(new ItemCommand(key, *current, updated, text, typing));
}

bool Document::setItemStatus(const QString& key, rw::ItemStatus status)
{
    const rw::Item* current = m_project->item(key);
    if (!current || current->status == status)
        return false;
    rw::Item updated = *current;
    updated.status = status;
    return setItem(key, updated, tr("Set %1 to %2").arg(key, rw::toLabel(status)));
}
