#include "Figures.h"

namespace rw::Figures {

RiskMatrix openRisks(const QVector<Risk>& risks)
{
    RiskMatrix m;
    for (const Risk& r : risks) {
        if (r.state == RiskState::Closed)
            continue;
        ++m.counts[qBound(1, r.probability, 5) - 1][qBound(1, r.impact, 5) - 1];
        ++m.open;
    }
    return m;
}

int StatusCounts::of(ItemStatus s) const
{
    for (size_t i = 0; i < StatusOrder.size(); ++i) {
        if (StatusOrder[i] == s)
            return counts[i];
    }
    return 0;
}

int StatusCounts::total() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

StatusCounts statuses(const Domain& domain)
{
    StatusCounts c;
    for (const Item& item : domain.items) {
        for (size_t i = 0; i < StatusOrder.size(); ++i) {
            if (item.effectiveStatus() == StatusOrder[i])
                ++c.counts[i];
        }
    }
    return c;
}

StatusCounts statuses(const Assessment& assessment)
{
    StatusCounts all;
    for (const Domain& d : assessment.domains) {
        const StatusCounts c = statuses(d);
        for (size_t i = 0; i < all.counts.size(); ++i)
            all.counts[i] += c.counts[i];
    }
    return all;
}

double Effort::ofPriority(Priority p) const
{
    double sum = 0;
    for (double h : hours[size_t(p)])
        sum += h;
    return sum;
}

double Effort::ofState(FindingState s) const
{
    double sum = 0;
    for (const auto& row : hours)
        sum += row[size_t(s)];
    return sum;
}

double Effort::total() const
{
    double sum = 0;
    for (const auto& row : hours) {
        for (double h : row)
            sum += h;
    }
    return sum;
}

Effort effort(const QVector<Finding>& findings)
{
    Effort e;
    for (const Finding& f : findings)
        e.hours[size_t(f.priority)][size_t(f.state)] += f.effortHours.value_or(0.0);
    return e;
}

} // namespace rw::Figures
