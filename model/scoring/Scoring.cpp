#include "Scoring.h"

#include <algorithm>
#include <cmath>

namespace rw {
namespace Scoring {

double earnedPoints(const Item& item)
{
    switch (item.effectiveStatus()) {
    case ItemStatus::Met:
        return item.points;
    case ItemStatus::Partial:
        return std::clamp(item.partialPoints.value_or(item.points / 2.0), 0.0, item.points);
    case ItemStatus::Open:
    case ItemStatus::Unmet:
    case ItemStatus::NotApplicable:
        return 0.0;
    }
    return 0.0;
}

DomainScore scoreDomain(const Domain& domain, const Adjustment* adjustment)
{
    DomainScore s;
    s.key = domain.key;
    s.title = domain.title;
    s.target = domain.target;
    s.items = domain.items.size();
    for (const Item& item : domain.items) {
        const ItemStatus status = item.effectiveStatus();
        if (status != ItemStatus::Open)
            ++s.assessed;
        if (item.blocker && status == ItemStatus::Unmet)
            ++s.unmetBlockers;
        if (!isApplicable(item))
            continue;
        ++s.applicable;
        s.possible += item.points;
        s.earned += earnedPoints(item);
    }
    // Until one of its items is assessed a domain is not started: it has no score (and so no grade or
    // rating), rather than a failing 0 %.
    if (s.possible > 0 && s.assessed > 0)
        s.computed = s.earned / s.possible * 100.0;
    s.weightFromTemplate = domain.weight.has_value();
    s.weight = domain.weight.value_or(s.possible);
    if (adjustment) {
        s.adjusted = adjustment->score;
        s.adjustmentReason = adjustment->reason;
    }
    return s;
}

namespace {

std::optional<double> weightedMean(const QVector<DomainScore>& domains, bool withAdjustments)
{
    // Once anything is assessed, a domain not started yet counts with 0 %, as its open items would:
    // the overall score never looks better for leaving a domain out.
    bool anyStarted = false;
    for (const DomainScore& d : domains)
        anyStarted = anyStarted || d.assessed > 0 || (withAdjustments && d.adjusted);
    double sum = 0.0;
    double weights = 0.0;
    for (const DomainScore& d : domains) {
        std::optional<double> score = withAdjustments ? d.score() : d.computed;
        if (!score && anyStarted && d.isNotStarted())
            score = 0.0;
        if (!score || d.weight <= 0)
            continue;
        sum += *score * d.weight;
        weights += d.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

} // namespace

OverallScore scoreOverall(const QVector<DomainScore>& domains, const Adjustment* overallAdjustment)
{
    OverallScore o;
    bool anyDomainAdjusted = false;
    for (const DomainScore& d : domains) {
        o.unmetBlockers += d.unmetBlockers;
        o.items += d.items;
        o.assessed += d.assessed;
        anyDomainAdjusted = anyDomainAdjusted || d.adjusted.has_value();
    }
    o.computed = weightedMean(domains, false);
    if (overallAdjustment) {
        o.overallAdjustment = overallAdjustment->score;
        o.adjustmentReason = overallAdjustment->reason;
        o.score = overallAdjustment->score;
    } else {
        o.score = anyDomainAdjusted ? weightedMean(domains, true) : o.computed;
    }
    o.adjusted = overallAdjustment || anyDomainAdjusted;
    return o;
}

int displayed(double score)
{
    // The epsilon keeps x.5 that floating point holds as x.4999999 rounding up, as a reader expects.
    return int(std::floor(score + 0.5 + 1e-9));
}

ScoreLabel label(std::optional<double> score, const Bands& bands, int unmetBlockers)
{
    ScoreLabel l;
    l.score = score;
    if (!score) {
        if (unmetBlockers > 0)
            l.status = bands.notReadyStatus();
        return l;
    }
    const int shown = displayed(*score);
    l.display = shown;
    l.grade = bands.grade(shown);
    l.rating = bands.rating(shown);
    l.status = unmetBlockers > 0 ? bands.notReadyStatus() : bands.status(shown);
    return l;
}

std::optional<bool> meetsTarget(const DomainScore& domain)
{
    const std::optional<double> score = domain.score();
    if (!domain.target || !score)
        return std::nullopt;
    return displayed(*score) >= *domain.target;
}

} // namespace Scoring

void Scoreboard::recomputeAll(const Assessment& assessment)
{
    m_domains.clear();
    m_domains.reserve(assessment.domains.size());
    for (const Domain& d : assessment.domains)
        m_domains.append(Scoring::scoreDomain(d, assessment.adjustmentFor(d.key)));
    recomputeOverall(assessment);
}

void Scoreboard::recomputeDomain(const Assessment& assessment, int domainIndex)
{
    if (m_domains.size() != assessment.domains.size()) {
        recomputeAll(assessment);
        return;
    }
    const Domain& d = assessment.domains.at(domainIndex);
    m_domains[domainIndex] = Scoring::scoreDomain(d, assessment.adjustmentFor(d.key));
    recomputeOverall(assessment);
}

void Scoreboard::recomputeOverall(const Assessment& assessment)
{
    m_overall = Scoring::scoreOverall(m_domains, assessment.adjustmentFor(QString()));
}

} // namespace rw
