#include "PathToReady.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace rw::PathToReady {

namespace {

constexpr double Eps = 1e-9;

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathToReady)
};

// The lowest raw score that is displayed as at least `shown`.
double thresholdFor(double shown)
{
    return shown - 0.5 - 1e-9;
}

struct Candidate
{
    int domain = 0;
    int item = 0;
    double cost = 0.0;
    double domainGain = 0.0; // points gained in its domain
    double overallGain = 0.0; // percentage points gained overall
    bool forced = false; // an unmet blocker
    bool estimated = true;
};

class Search
{
public:
    Search(const QVector<Candidate>& candidates, double overallNeed, const QVector<double>& domainNeed,
        qint64 limit)
        : m_c(candidates)
        , m_overallNeed(overallNeed)
        , m_domainNeed(domainNeed)
        , m_limit(limit)
    {
    }

    // Returns the chosen candidates (indices) of least cost, or nothing when no set satisfies the needs.
    std::optional<QVector<int>> run(bool* optimal)
    {
        m_order.clear();
        QVector<int> chosen;
        double cost = 0.0;
        QVector<double> domainLeft = m_domainNeed;
        double overallLeft = m_overallNeed;
        for (int i = 0; i < m_c.size(); ++i) {
            if (m_c[i].forced) {
                chosen.append(i);
                cost += m_c[i].cost;
                overallLeft -= m_c[i].overallGain;
                domainLeft[m_c[i].domain] -= m_c[i].domainGain;
            } else {
                m_order.append(i);
            }
        }
        // Most gain per hour first: good plans are found early, so the bound prunes more.
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
            const double ea = m_c[a].overallGain / std::max(m_c[a].cost, 1e-9);
            const double eb = m_c[b].overallGain / std::max(m_c[b].cost, 1e-9);
            return ea > eb;
        });
        // For the counting bound: from each position on, the largest overall gain and the least cost.
        const int n = int(m_order.size());
        m_suffixMaxGain.assign(n + 1, 0.0);
        m_suffixMinCost.assign(n + 1, std::numeric_limits<double>::infinity());
        for (int k = n - 1; k >= 0; --k) {
            m_suffixMaxGain[k] = std::max(m_suffixMaxGain[k + 1], m_c[m_order[k]].overallGain);
            m_suffixMinCost[k] = std::min(m_suffixMinCost[k + 1], m_c[m_order[k]].cost);
        }
        greedy(chosen, cost, overallLeft, domainLeft);
        m_chosen = chosen;
        dfs(0, cost, overallLeft, domainLeft);
        *optimal = m_nodes <= m_limit;
        if (!m_found)
            return std::nullopt;
        return m_best;
    }

private:
    static bool satisfied(double overallLeft, const QVector<double>& domainLeft)
    {
        if (overallLeft > Eps)
            return false;
        for (double d : domainLeft) {
            if (d > Eps)
                return false;
        }
        return true;
    }

    void record(const QVector<int>& chosen, double cost)
    {
        if (!m_found || cost < m_bestCost - Eps
            || (std::abs(cost - m_bestCost) <= Eps && chosen.size() < m_best.size())) {
            m_found = true;
            m_bestCost = cost;
            m_best = chosen;
        }
    }

    // A first plan: add items by efficiency until every need is met, then drop what is not needed.
    void greedy(QVector<int> chosen, double cost, double overallLeft, QVector<double> domainLeft)
    {
        for (int i : m_order) {
            if (satisfied(overallLeft, domainLeft))
                break;
            const Candidate& c = m_c[i];
            if (overallLeft <= Eps && domainLeft[c.domain] <= Eps)
                continue;
            chosen.append(i);
            cost += c.cost;
            overallLeft -= c.overallGain;
            domainLeft[c.domain] -= c.domainGain;
        }
        if (!satisfied(overallLeft, domainLeft))
            return;
        for (int k = chosen.size() - 1; k >= 0; --k) {
            const Candidate& c = m_c[chosen[k]];
            if (c.forced)
                continue;
            QVector<double> without = domainLeft;
            without[c.domain] += c.domainGain;
            if (satisfied(overallLeft + c.overallGain, without)) {
                overallLeft += c.overallGain;
                domainLeft = without;
                cost -= c.cost;
                chosen.removeAt(k);
            }
        }
        record(chosen, cost);
    }

    // The least cost that can still meet the needs with items from position `from` on (fractional
    // knapsack relaxations: overall alone, and every domain on its own, summed).
    double bound(int from, double overallLeft, const QVector<double>& domainLeft) const
    {
        QVector<double> domainCost(domainLeft.size(), 0.0);
        QVector<double> domainStill = domainLeft;
        // Items in m_order are sorted by overall efficiency; per-domain efficiency is proportional
        // within a domain (overall gain = domain gain x a constant), so the same order serves both.
        double overallCost = 0.0;
        double overallStill = overallLeft;
        for (int k = from; k < m_order.size(); ++k) {
            const Candidate& c = m_c[m_order[k]];
            if (overallStill > Eps) {
                if (c.overallGain >= overallStill)
                    overallCost += c.cost * (overallStill / c.overallGain), overallStill = 0;
                else
                    overallCost += c.cost, overallStill -= c.overallGain;
            }
            double& need = domainStill[c.domain];
            if (need > Eps && c.domainGain > 0) {
                if (c.domainGain >= need)
                    domainCost[c.domain] += c.cost * (need / c.domainGain), need = 0;
                else
                    domainCost[c.domain] += c.cost, need -= c.domainGain;
            }
        }
        if (overallStill > Eps)
            return std::numeric_limits<double>::infinity();
        // Whole items: at least as many as the need takes at the largest gain left, each at least the least
        // cost left. With many items alike (a fresh checklist at the default effort) this is what proves a
        // plan smallest.
        double counted = 0.0;
        if (overallLeft > Eps && m_suffixMaxGain[from] > 0)
            counted = std::ceil((overallLeft - Eps) / m_suffixMaxGain[from] - 1e-9) * m_suffixMinCost[from];
        double sum = 0.0;
        for (int d = 0; d < domainStill.size(); ++d) {
            if (domainStill[d] > Eps)
                return std::numeric_limits<double>::infinity();
            sum += domainCost[d];
        }
        return std::max({ overallCost, sum, counted });
    }

    void dfs(int k, double cost, double overallLeft, QVector<double>& domainLeft)
    {
        if (++m_nodes > m_limit)
            return;
        if (satisfied(overallLeft, domainLeft)) {
            record(m_chosen, cost);
            return;
        }
        if (k >= m_order.size())
            return;
        const double lb = bound(k, overallLeft, domainLeft);
        if (!std::isfinite(lb) || (m_found && cost + lb >= m_bestCost - Eps))
            return;
        const Candidate& c = m_c[m_order[k]];
        // Take it (only if it helps a need that is still open), then leave it.
        if (overallLeft > Eps || domainLeft[c.domain] > Eps) {
            m_chosen.append(m_order[k]);
            domainLeft[c.domain] -= c.domainGain;
            dfs(k + 1, cost + c.cost, overallLeft - c.overallGain, domainLeft);
            domainLeft[c.domain] += c.domainGain;
            m_chosen.removeLast();
        }
        dfs(k + 1, cost, overallLeft, domainLeft);
    }

    const QVector<Candidate>& m_c;
    double m_overallNeed;
    QVector<double> m_domainNeed;
    qint64 m_limit;
    qint64 m_nodes = 0;
    QVector<int> m_order;
    std::vector<double> m_suffixMaxGain;
    std::vector<double> m_suffixMinCost;
    QVector<int> m_chosen;
    bool m_found = false;
    double m_bestCost = 0.0;
    QVector<int> m_best;
};

} // namespace

std::optional<double> itemEffort(const Assessment& a, const Item& item)
{
    if (item.effortHours)
        return *item.effortHours;
    std::optional<double> share;
    for (const Finding& f : a.findings) {
        if (f.state == FindingState::Done || !f.effortHours || !f.itemKeys.contains(item.key))
            continue;
        share = share.value_or(0.0) + *f.effortHours / f.itemKeys.size();
    }
    return share;
}

ReadinessPlan plan(const Assessment& a, qint64 searchLimit, double defaultEffort)
{
    ReadinessPlan result;
    result.defaultEffort = defaultEffort;
    // Computed scores: the plan ignores adjustments.
    Assessment plain = a;
    plain.adjustments.clear();
    const Scoreboard board(plain);
    const OverallScore& overall = board.overall();
    result.scoreBefore = overall.computed;
    const double readyAt = a.bands.readyThreshold();

    double totalWeight = 0.0;
    for (const DomainScore& d : board.domains()) {
        if (d.possible > 0 && d.weight > 0)
            totalWeight += d.weight;
    }

    QVector<Candidate> candidates;
    QVector<double> domainNeed(a.domains.size(), 0.0);
    for (int di = 0; di < a.domains.size(); ++di) {
        const Domain& domain = a.domains[di];
        const DomainScore& ds = board.domains()[di];
        if (ds.possible <= 0)
            continue; // nothing applicable: no score, no target to reach
        if (domain.target)
            domainNeed[di] = std::max(0.0, thresholdFor(*domain.target) / 100.0 * ds.possible - ds.earned);
        for (int ii = 0; ii < domain.items.size(); ++ii) {
            const Item& item = domain.items[ii];
            if (item.status == ItemStatus::Met || !Scoring::isApplicable(item))
                continue;
            const double gain = item.points - Scoring::earnedPoints(item);
            const bool forced = item.blocker && item.status == ItemStatus::Unmet;
            const std::optional<double> effort = itemEffort(a, item);
            Candidate c;
            c.domain = di;
            c.item = ii;
            c.cost = effort.value_or(defaultEffort);
            c.estimated = effort.has_value();
            c.domainGain = gain;
            c.overallGain = totalWeight > 0 && ds.weight > 0
                ? gain / ds.possible * 100.0 * ds.weight / totalWeight
                : 0.0;
            c.forced = forced;
            candidates.append(c);
        }
    }
    // Before anything is assessed the overall score is not shown, but the plan starts from 0 %: that is
    // what every open item earns.
    const std::optional<double> overallNow = overall.computed ? overall.computed
        : totalWeight > 0                                     ? std::optional<double>(0.0)
                                                              : std::nullopt;
    const double overallNeed = overallNow ? std::max(0.0, thresholdFor(readyAt) - *overallNow)
                                          : std::numeric_limits<double>::infinity();
    if (!overallNow)
        result.reasons << Tr::tr("Nothing has been scored yet.");

    const bool blockersClear
        = std::none_of(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.forced; });
    result.alreadyReady = result.reasons.isEmpty() && blockersClear && overallNeed <= Eps
        && std::all_of(domainNeed.begin(), domainNeed.end(), [](double n) { return n <= Eps; });
    if (result.alreadyReady) {
        result.reachable = true;
        return result;
    }
    if (!result.reasons.isEmpty())
        return result;

    bool optimal = true;
    Search search(candidates, overallNeed, domainNeed, searchLimit);
    const std::optional<QVector<int>> chosen = search.run(&optimal);
    result.optimal = optimal;
    if (!chosen) {
        // Say which need cannot be met even with every open item met.
        double overallMax = 0.0;
        QVector<double> domainMax(a.domains.size(), 0.0);
        for (const Candidate& c : candidates) {
            overallMax += c.overallGain;
            domainMax[c.domain] += c.domainGain;
        }
        for (int d = 0; d < a.domains.size(); ++d) {
            if (domainNeed[d] > domainMax[d] + Eps)
                result.reasons << Tr::tr("%1 cannot reach its target of %2 % even with every open item met.")
                                      .arg(a.domains[d].title)
                                      .arg(*a.domains[d].target);
        }
        if (overallNeed > overallMax + Eps)
            result.reasons
                << Tr::tr("The overall score cannot reach %1 % even with every open item met.").arg(readyAt);
        if (result.reasons.isEmpty())
            result.reasons << Tr::tr(
                "No set of open items meets every target and the Ready threshold together.");
        return result;
    }
    result.reachable = true;

    // Steps in the order they pay off: blockers first, then most gain per hour; each with the score it
    // reaches.
    QVector<int> steps = *chosen;
    std::sort(steps.begin(), steps.end(), [&candidates](int x, int y) {
        const Candidate& a1 = candidates[x];
        const Candidate& b1 = candidates[y];
        if (a1.forced != b1.forced)
            return a1.forced;
        return a1.overallGain / std::max(a1.cost, 1e-9) > b1.overallGain / std::max(b1.cost, 1e-9);
    });
    Assessment after = plain;
    for (int i : steps) {
        const Candidate& c = candidates[i];
        Item& item = after.domains[c.domain].items[c.item];
        item.status = ItemStatus::Met;
        const Scoreboard now(after);
        PlanStep step;
        step.itemKey = item.key;
        step.domainKey = after.domains[c.domain].key;
        step.effort = c.cost;
        step.estimated = c.estimated;
        result.unestimatedSteps += c.estimated ? 0 : 1;
        step.scoreAfter = now.overall().computed.value_or(0.0);
        step.statusAfter
            = Scoring::label(now.overall().computed, after.bands, now.overall().unmetBlockers).status;
        result.steps.append(step);
        result.totalEffort += c.cost;
    }
    return result;
}

} // namespace rw::PathToReady
