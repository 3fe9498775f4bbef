#pragma once

// The figures every view and report shows beside the scores, computed in one place: the open risks by
// probability and impact, the item statuses by domain and the findings' effort by priority and state.
// The dashboard, the heat map, the presenter and the Markdown, PDF and JSON reports all read these, so
// they cannot disagree (a closed risk, for one, is in none of the matrices).

#include "domain/Assessment.h"

#include <array>

namespace rw::Figures {

// Open risks (every state but closed) by probability and impact, 1 to 5 each.
struct RiskMatrix
{
    std::array<std::array<int, 5>, 5> counts {}; // [probability - 1][impact - 1]
    int open = 0;

    int count(int probability, int impact) const
    {
        return counts[qBound(1, probability, 5) - 1][qBound(1, impact, 5) - 1];
    }
};
RiskMatrix openRisks(const QVector<Risk>& risks);

// How many items have each status, in the order Met, Partial, Unmet, NotApplicable, Open.
struct StatusCounts
{
    std::array<int, 5> counts {};
    int of(ItemStatus s) const;
    int total() const;
};
constexpr std::array<ItemStatus, 5> StatusOrder { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
    ItemStatus::NotApplicable, ItemStatus::Open };
StatusCounts statuses(const Domain& domain);
StatusCounts statuses(const Assessment& assessment);

// The findings' estimated hours, by priority (Critical first) and state (Open, InProgress, Done).
struct Effort
{
    std::array<std::array<double, 3>, 4> hours {}; // [priority][state]
    double ofPriority(Priority p) const;
    double ofState(FindingState s) const;
    double total() const;
};
Effort effort(const QVector<Finding>& findings);

} // namespace rw::Figures
