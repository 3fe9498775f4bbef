#pragma once

// "What is the least we must do to be ready?": the smallest-effort set of open, partially met or unmet
// items which, once met, make the assessment Ready (displayed overall score at the Ready band, no unmet
// blocker) and bring every domain to its target. The plan works on computed scores (adjustments are the
// assessors' view, not something work can change).
//
// An item's effort is the assessor's estimate on the item, or else its share of the open
// recommendations linked to it (a recommendation's effort divided among the items it addresses). An
// item with neither has no known remedy and is never planned; a blocker without one makes Ready
// unreachable, and the plan says so.

#include "Scoring.h"

#include <QStringList>
#include <optional>

namespace rw {

struct PlanStep
{
    QString itemKey;
    QString domainKey;
    double effort = 0.0;
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
    double totalEffort = 0.0;
    std::optional<double> scoreBefore;
    QStringList reasons; // why Ready cannot be reached
};

namespace PathToReady {

std::optional<double> itemEffort(const Assessment& assessment, const Item& item);
ReadinessPlan plan(const Assessment& assessment, qint64 searchLimit = 2000000);

} // namespace PathToReady

} // namespace rw
