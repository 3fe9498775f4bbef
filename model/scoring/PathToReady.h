#pragma once

// "What is the least we must do to be ready?": the smallest-effort set of open, partially met or unmet
// items which, once met, make the assessment Ready (displayed overall score at the Ready band, no unmet
// blocker) and bring every domain to its target. The plan works on computed scores (adjustments are the
// assessors' view, not something work can change).
//
// An item's effort is the assessor's estimate on the item, or else its share of the open
// recommendations linked to it (a recommendation's effort divided among the items it addresses). An
// item with neither is counted at the default effort (DefaultEffortHours unless the caller gives
// another), so that a fresh assessment without recommendations has a plan too; the plan says how many of
// its steps rest on that default. Ready is unreachable only when meeting every open item would not reach
// it.

#include "Scoring.h"

#include <QStringList>
#include <optional>

namespace rw {

struct PlanStep
{
    QString itemKey;
    QString domainKey;
    double effort = 0.0;
    bool estimated = true; // false: the item has no estimate and counts at the default effort
    double scoreAfter = 0.0; // computed overall score once this and the steps before it are done
    QString statusAfter;
};

struct ReadinessPlan
{
    bool reachable = false;
    bool alreadyReady = false;
    // Proven smallest; false when the search was cut short on a very large checklist (the plan is then
    // the best one found).
    bool optimal = true;
    QVector<PlanStep> steps;
    double totalEffort = 0.0; // estimates plus the default effort of the steps without one
    int unestimatedSteps = 0;
    double defaultEffort = 0.0; // what each of those counts
    std::optional<double> scoreBefore;
    QStringList reasons; // why Ready cannot be reached
};

namespace PathToReady {

// What an item without an estimate or a recommendation with one counts: half a working day.
constexpr double DefaultEffortHours = 4.0;

std::optional<double> itemEffort(const Assessment& assessment, const Item& item);
ReadinessPlan plan(
    const Assessment& assessment, qint64 searchLimit = 2000000, double defaultEffort = DefaultEffortHours);

} // namespace PathToReady

} // namespace rw
