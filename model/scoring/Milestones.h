#pragma once

// Comparing two milestones (or a milestone with now): the change of every domain's score and of the
// overall score, and the items whose status changed.

#include "domain/Assessment.h"

#include <optional>

namespace rw {

struct DomainDelta
{
    QString key;
    QString title;
    std::optional<double> from;
    std::optional<double> to;
    std::optional<double> change() const
    {
        if (!from || !to)
            return std::nullopt;
        return *to - *from;
    }
};

struct StatusChange
{
    QString itemKey;
    QString itemText;
    ItemStatus from = ItemStatus::Open;
    ItemStatus to = ItemStatus::Open;
};

struct MilestoneComparison
{
    std::optional<double> overallFrom;
    std::optional<double> overallTo;
    QVector<DomainDelta> domains;
    QVector<StatusChange> changedItems;
};

namespace Milestones {

MilestoneComparison compare(const Assessment& assessment, const Snapshot& from, const Snapshot& to);

} // namespace Milestones

} // namespace rw
