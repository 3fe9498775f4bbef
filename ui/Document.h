#pragma once

// An open project in the workbench: the Project, its undo stack and whether it may be edited. Every edit
// the window makes goes through push(): the command is applied once, and only an edit that succeeded
// lands on the undo stack; a refused edit is reported and changes nothing.

#include "store/Project.h"

#include <QObject>
#include <QUndoStack>
#include <functional>
#include <memory>

class EditCommand;

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<rw::Project> project, QObject* parent = nullptr);
    ~Document() override;

    rw::Project* project() const { return m_project.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isReadOnly() const { return m_project->isReadOnly(); }

    // Applies command; on success the undo stack owns it, on failure it is deleted and error() says why.
    bool push(EditCommand* command);

    // Asked before the first edit is applied (the window asks who is assessing); an edit is refused,
    // silently, while it returns false.
    void setBeforeFirstEdit(std::function<bool()> check) { m_beforeFirstEdit = std::move(check); }

    // Shorthands for the commonest edits.
    bool setItem(const QString& key, const rw::Item& updated, const QString& text, bool typing = false);
    bool setItemStatus(const QString& key, rw::ItemStatus status);

signals:
    // An edit could not be made (or undone); the message says why, in the user's words.
    void error(const QString& message);

private:
    std::unique_ptr<rw::Project> m_project;
    QUndoStack* m_undoStack;
    std::function<bool()> m_beforeFirstEdit;
};
