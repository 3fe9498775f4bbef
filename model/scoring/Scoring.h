#pragma once

// The scoring rules every score on screen, in charts and in reports comes from. Pure functions: an
// assessment in, numbers and labels out.
//
// - Met earns all of an item's points, not met none, partially met the assessor's points (default half);
//   not applicable leaves the item out of both sides; not yet assessed earns nothing. An item that does
//   not apply (its condition does not hold, or it is of no implementation group chosen) counts as not
//   applicable. Answers other than a status give a status and points by the rules in Answers.h.
// - A domain scores earned / possible x 100 over its applicable items; with none it has no score.
// - The overall score is the weighted mean of the scored domains; a domain weighs its template weight,
//   or its possible points where the template sets none.
// - Bands apply to the displayed (whole-percent) score; an unmet blocker forces the lowest status.
// - Adjustments stand beside the computed score: both are always available.

#include "domain/Assessment.h"

#include <optional>

namespace rw {

struct DomainScore
{
    QString key;
    QString title;
    double weight = 0.0; // the weight used in the overall mean
    bool weightFromTemplate = false;
    double earned = 0.0;
    double possible = 0.0;
    int items = 0;
    int assessed = 0; // items with any status other than "not assessed"
    int applicable = 0; // items not marked not applicable
    int unmetBlockers = 0;
    std::optional<double> computed;
    std::optional<double> adjusted;
    QString adjustmentReason;
    std::optional<double> target;

    std::optional<double> score() const { return adjusted ? adjusted : computed; }
    double assessedFraction() const { return items == 0 ? 0.0 : double(assessed) / items; }
    // No item assessed yet (and no adjustment): shown as "not started", never graded.
    bool isNotStarted() const { return assessed == 0 && possible > 0 && !adjusted; }
};

struct OverallScore
{
    std::optional<double> computed; // from the computed domain scores, no adjustment anywhere
    std::optional<double> score; // with every adjustment applied (equal to computed when none)
    bool adjusted = false; // any adjustment (overall or domain) changes the figure
    std::optional<double> overallAdjustment;
    QString adjustmentReason;
    int unmetBlockers = 0;
    int items = 0;
    int assessed = 0;
};

// A score as shown: the whole percent and the labels the bands give it.
struct ScoreLabel
{
    std::optional<double> score;
    std::optional<int> display;
    QString grade;
    QString rating;
    QString status;
};

namespace Scoring {

// Points an item earns for its status (0 for not applicable, which is left out of the ratio anyway).
double earnedPoints(const Item& item);
// Whether an item counts in its domain's ratio.
inline bool isApplicable(const Item& item)
{
    return item.effectiveStatus() != ItemStatus::NotApplicable && item.question.isScored();
}

DomainScore scoreDomain(const Domain& domain, const Adjustment* adjustment = nullptr);
OverallScore scoreOverall(const QVector<DomainScore>& domains, const Adjustment* overallAdjustment = nullptr);

// The whole percent a score is shown as (half rounds up).
int displayed(double score);
ScoreLabel label(std::optional<double> score, const Bands& bands, int unmetBlockers = 0);
// Unset when the domain has no target or no score.
std::optional<bool> meetsTarget(const DomainScore& domain);

} // namespace Scoring

// The scores of a whole assessment, kept current one domain at a time: an edit to one item rescores
// its domain and the overall mean, not the whole checklist.
class Scoreboard
{
public:
    Scoreboard() = default;
    explicit Scoreboard(const Assessment& assessment) { recomputeAll(assessment); }

    void recomputeAll(const Assessment& assessment);
    void recomputeDomain(const Assessment& assessment, int domainIndex);
    void recomputeOverall(const Assessment& assessment);

    const QVector<DomainScore>& domains() const { return m_domains; }
    const OverallScore& overall() const { return m_overall; }

private:
    QVector<DomainScore> m_domains;
    OverallScore m_overall;
};

} // namespace rw
