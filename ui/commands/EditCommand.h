#pragma once

// Undo commands. Each writes the project file through Project (one transaction with its audit row) and
// its undo writes the exact inverse; Document creates them for its named intents, views never do.
// The commands, by subject: ItemCommand (every change to one item's answer, folding typing into one
// step), ChangeValue (the generic value change), ChangeRecord (records: add, change, remove) and the
// checklist's structure (DomainCommand, ItemStructureCommand).

#include "exchange/ResultsImport.h"
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

// Ids of commands that merge with the next of the same id (QUndoCommand::id()).
enum class CommandId { None = -1, ItemTyping = 1, DetailsTyping = 2 };

class ItemCommand : public EditCommand
{
public:
    ItemCommand(
        const QString& key, const rw::Item& before, const rw::Item& after, const QString& text, bool typing);

    int id() const override { return int(m_typing ? CommandId::ItemTyping : CommandId::None); }
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

// Results imported from a spreadsheet or a questionnaire: many items' fields in one undo step.
class ImportResultsCommand : public EditCommand
{
public:
    ImportResultsCommand(const QVector<rw::ResultsImport::Change>& changes, const QString& text);

protected:
    rw::ProjectError doRedo() override;
    rw::ProjectError doUndo() override;

private:
    QVector<rw::ResultsImport::Change> m_changes;
};
