#pragma once

// Undo commands for merging: taking in other copies' entries, and deciding a conflict. Both write the log
// (other copies' entries, or a decision whose parents are the writes in conflict); their undo takes those
// entries, and anything written after them, out of this copy's log again and brings the tables back.
// Evidence bytes a merge brought stay in the file until it is next opened, so redo needs no source.

#include "EditCommand.h"
#include "store/Merge.h"

class MergeCommand : public EditCommand
{
public:
    // sources: the copies to take in, in order; what each brought is kept for redo.
    MergeCommand(const QString& text, QVector<const rw::MergeSource*> sources);
    const QVector<rw::MergePreview>& results() const { return m_results; }

protected:
    rw::ProjectError doRedo() override;
    rw::ProjectError doUndo() override;

private:
    QVector<const rw::MergeSource*> m_sources; // only for the first application
    QVector<rw::MergePreview> m_results;
    QVector<rw::AuditEntry> m_entries; // everything brought, for redo
    qint64 m_rowsBefore = -1;
};

class DecideConflictCommand : public EditCommand
{
public:
    enum class Decision { Value, PutBack, KeepRemoved };
    DecideConflictCommand(const QString& text, const rw::MergeConflict& conflict, Decision decision,
        const QJsonValue& value = {});

protected:
    rw::ProjectError doRedo() override;
    rw::ProjectError doUndo() override;

private:
    rw::MergeConflict m_conflict;
    Decision m_decision;
    QJsonValue m_value;
    qint64 m_rowsBefore = -1;
};
