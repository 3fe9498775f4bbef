#include "MergeCommands.h"

MergeCommand::MergeCommand(const QString& text, QVector<const rw::MergeSource*> sources)
    : EditCommand(text)
    , m_sources(std::move(sources))
{
}

rw::ProjectError MergeCommand::doRedo()
{
    if (m_rowsBefore >= 0) // again, after an undo: the same entries (the bytes are still in the file)
        return project()->absorb(m_entries);
    m_rowsBefore = project()->auditRows();
    for (const rw::MergeSource* source : std::as_const(m_sources)) {
        rw::MergePreview result;
        if (const rw::ProjectError e = rw::Merge::apply(*project(), *source, &result)) {
            // Those merged before stay merged only if all do: one step, all or nothing.
            if (project()->auditRows() != m_rowsBefore)
                project()->absorb({}, {}, m_rowsBefore);
            m_rowsBefore = -1;
            return e;
        }
        m_entries += result.incoming;
        m_results.append(std::move(result));
    }
    m_sources.clear();
    return {};
}

rw::ProjectError MergeCommand::doUndo()
{
    return project()->absorb({}, {}, m_rowsBefore);
}

DecideConflictCommand::DecideConflictCommand(
    const QString& text, const rw::MergeConflict& conflict, Decision decision, const QJsonValue& value)
    : EditCommand(text)
    , m_conflict(conflict)
    , m_decision(decision)
    , m_value(value)
{
}

rw::ProjectError DecideConflictCommand::doRedo()
{
    m_rowsBefore = project()->auditRows();
    if (m_decision == Decision::Value)
        return project()->resolveConflict(m_conflict, m_value);
    return project()->settleRemoval(m_conflict, m_decision == Decision::PutBack);
}

rw::ProjectError DecideConflictCommand::doUndo()
{
    return project()->absorb({}, {}, m_rowsBefore);
}
