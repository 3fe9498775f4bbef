#pragma once

// Bringing copies of one project together, from their logs. A project's state is a function of its log
// (ProjectState::replay), and the log is a graph of signed entries (AuditLog), so merging copies is the
// union of their entries: replayed in one fixed order (chained entries by id, then entries of the graph
// by clock, device and hash), every copy arrives at the same state whatever the order of merges. Per
// field the write that comes last in that order wins; two writes of one field that did not see each
// other (neither is an ancestor of the other) are a conflict, and so is a record removed in one copy and
// changed in another.
//
// This version previews a merge without changing anything: what the other copy holds that this one
// lacks (by person and by domain), the conflicts, and how every domain's score and the overall would
// move. Writing the merge is the next step (docs/merging.md).

#include "AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace rw {

class Project;

struct MergeConflict
{
    QString entity; // "item", "finding", "assessment", ...
    QString key; // the record as people name it ("SEC-03", a finding's title)
    QString field; // the field both wrote, or empty when one copy removed the record the other changed
    QString mine; // this copy's value (JSON), or empty when it removed the record
    QString theirs;
    QString mineBy;
    QString theirsBy;
    QDateTime mineAt;
    QDateTime theirsAt;
    bool theirsWins = false; // the value every copy shows until somebody decides
};

struct MergePreview
{
    QString problem; // why the copies cannot be merged; empty when they can
    QVector<AuditEntry> incoming; // the other copy's entries this one lacks, in the order they apply
    int outgoing = 0; // this copy's entries the other lacks
    QVector<MergeConflict> conflicts;
    struct Move
    {
        QString key;
        QString title;
        std::optional<double> from;
        std::optional<double> to;
    };
    QVector<Move> domains; // every domain of the merged project, and its computed score before and after
    std::optional<double> overallFrom;
    std::optional<double> overallTo;
    QHash<QString, QString> domainOfItem; // item UUID -> its domain's key, in the merged project
};

namespace Merge {

// What merging from into into would do. Both logs must verify (Project::verifyAudit) before.
MergePreview preview(const Project& into, const Project& from);

} // namespace Merge

} // namespace rw
