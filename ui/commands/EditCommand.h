#pragma once

// Undo commands. Each writes the project file through Project (one transaction with its audit row) and
// its undo writes the exact inverse. ItemCommand covers every change to one item and folds typing in a
// note into one step; FunctionCommand pairs any edit with its inverse for the rarer edits, so that the
// number of command classes stays small (as Tiled's ChangeValue does).

#include "store/Project.h"

#include <QUndoCommand>
#include <functional>

class Document;

class EditCommand : public QUndoCommand
{
public:
    explicit EditCommand(const QString& text)
        : QUndoCommand(text)
    {
    }

    void setDocument(Document* document) { m_document = document; }
    // The first application, before the command is on the stack; an error keeps it off the stack.
    rw::ProjectError apply();

    void redo() final;
    void undo() final;

protected:
    rw::Project* project() const;
    virtual rw::ProjectError doRedo() = 0;
    virtual rw::ProjectError doUndo() = 0;

private:
    void report(const rw::ProjectError& e);

    Document* m_document = nullptr;
    bool m_skipNextRedo = false;
};

enum CommandId { ItemTypingId = 1 };

class ItemCommand : public EditCommand
{
public:
    ItemCommand(
        const QString& key, const rw::Item& before, const rw::Item& after, const QString& text, bool typing);

    int id() const override { return m_typing ? ItemTypingId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    rw::ProjectError doRedo() override;
    rw::ProjectError doUndo() override;

private:
    QString m_key;
    rw::Item m_before;
    rw::Item m_after;
    bool m_typing;
};

class FunctionCommand : public EditCommand
{
public:
    using Step = std::function<rw::ProjectError(rw::Project&)>;
    FunctionCommand(const QString& text, Step redo, Step undo)
        : EditCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }

protected:
    rw::ProjectError doRedo() override { return m_redo(*project()); }
    rw::ProjectError doUndo() override { return m_undo(*project()); }

private:
    Step m_redo;
    Step m_undo;
};
