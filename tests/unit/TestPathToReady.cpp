// The path to ready against brute force: on many small random assessments, the plan is feasible and as
// cheap as the cheapest subset that makes the assessment Ready and meets every target, items without an
// estimate counted at the default effort; and it says how many of its steps rest on that default.

#include "scoring/PathToReady.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace rw;

namespace {

Assessment randomAssessment(QRandomGenerator& r)
{
    Assessment a;
    a.bands = Bands::defaults();
    const int domains = 1 + int(r.bounded(3));
    int left = 12;
    for (int d = 0; d < domains; ++d) {
        Domain domain;
        domain.key = QStringLiteral("D%1").arg(d);
        domain.title = domain.key;
        if (r.bounded(2))
            domain.weight = 5 + int(r.bounded(30));
        if (r.bounded(3))
            domain.target = 60 + int(r.bounded(36));
        const int items = std::min(left, 2 + int(r.bounded(4)));
        left -= items;
        for (int i = 0; i < items; ++i) {
            Item item;
            item.key = QStringLiteral("%1-%2").arg(domain.key).arg(i);
            item.text = item.key;
            item.points = r.bounded(4) == 0 ? 0.5 : double(1 + r.bounded(3));
            const ItemStatus statuses[] = { ItemStatus::Open, ItemStatus::Met, ItemStatus::Met,
                ItemStatus::Partial, ItemStatus::Unmet, ItemStatus::NotApplicable };
            item.status = statuses[r.bounded(6)];
            if (item.status == ItemStatus::Partial && r.bounded(2))
                item.partialPoints = item.points * r.bounded(4) / 4.0;
            item.blocker = r.bounded(8) == 0;
            if (r.bounded(7) != 0)
                item.effortHours = double(1 + r.bounded(20));
            domain.items.append(item);
        }
        a.domains.append(domain);
    }
    return a;
}

bool isReadyWithTargets(const Assessment& a)
{
    const Scoreboard board(a);
    if (Scoring::label(board.overall().computed, a.bands, board.overall().unmetBlockers).status
        != a.bands.statuses.first().label)
        return false;
    for (const DomainScore& d : board.domains()) {
        // A domain not started yet has no score to show, but it has not reached its target either.
        if (d.target && d.possible > 0 && Scoring::displayed(d.computed.value_or(0.0)) < *d.target)
            return false;
    }
    return true;
}

struct Best
{
    bool found = false;
    double cost = 0.0;
};

Best bruteForce(const Assessment& a)
{
    QVector<QPair<int, int>> candidates;
    QVector<double> costs;
    for (int d = 0; d < a.domains.size(); ++d) {
        for (int i = 0; i < a.domains[d].items.size(); ++i) {
            const Item& item = a.domains[d].items[i];
            if (item.status == ItemStatus::Met || item.status == ItemStatus::NotApplicable)
                continue;
            candidates.append({ d, i });
            costs.append(item.effortHours.value_or(PathToReady::DefaultEffortHours));
        }
    }
    Best best;
    for (quint32 mask = 0; mask < (1u << candidates.size()); ++mask) {
        Assessment b = a;
        double cost = 0.0;
        for (int k = 0; k < candidates.size(); ++k) {
            if (mask & (1u << k)) {
                b.domains[candidates[k].first].items[candidates[k].second].status = ItemStatus::Met;
                cost += costs[k];
            }
        }
        if ((!best.found || cost < best.cost - 1e-9) && isReadyWithTargets(b)) {
            best.found = true;
            best.cost = cost;
        }
    }
    return best;
}

} // namespace

class TestPathToReady : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForceOnRandomAssessments()
    {
        QRandomGenerator r(4242);
        int reachable = 0;
        int unreachable = 0;
        for (int round = 0; round < 2000; ++round) {
            const Assessment a = randomAssessment(r);
            const ReadinessPlan plan = PathToReady::plan(a);
            const Best best = bruteForce(a);
            const QByteArray where = QByteArray("round ") + QByteArray::number(round);
            QVERIFY2(plan.optimal, where.constData());
            QCOMPARE(plan.reachable, best.found);
            if (!best.found) {
                QVERIFY2(!plan.reasons.isEmpty(), where.constData());
                // Only when nothing at all applies (every item not applicable): no score to raise.
                const Scoreboard board(a);
                QVERIFY2(std::all_of(board.domains().begin(), board.domains().end(),
                             [](const DomainScore& d) { return d.possible <= 0; }),
                    where.constData());
                ++unreachable;
                continue;
            }
            ++reachable;
            QVERIFY2(std::abs(plan.totalEffort - best.cost) < 1e-6,
                qPrintable(QStringLiteral("round %1: plan %2 h, brute force %3 h")
                               .arg(round)
                               .arg(plan.totalEffort)
                               .arg(best.cost)));
            // Doing the plan's steps really makes the assessment ready.
            Assessment done = a;
            for (const PlanStep& step : plan.steps) {
                for (Domain& d : done.domains) {
                    for (Item& i : d.items) {
                        if (i.key == step.itemKey)
                            i.status = ItemStatus::Met;
                    }
                }
            }
            QVERIFY2(isReadyWithTargets(done), where.constData());
            if (!plan.steps.isEmpty())
                QCOMPARE(plan.steps.last().statusAfter, QStringLiteral("Ready"));
            QCOMPARE(plan.alreadyReady, plan.steps.isEmpty());
            int unestimated = 0;
            for (const PlanStep& step : plan.steps) {
                for (const Domain& d : a.domains) {
                    for (const Item& i : d.items) {
                        if (i.key == step.itemKey) {
                            QCOMPARE(step.estimated, i.effortHours.has_value());
                            unestimated += i.effortHours ? 0 : 1;
                        }
                    }
                }
            }
            QCOMPARE(plan.unestimatedSteps, unestimated);
        }
        // Every open item can be met and the targets are at most 95 %: with the default effort for
        // items without an estimate, Ready is within reach unless nothing applies, as brute force confirms.
        qInfo("%d reachable, %d unreachable", reachable, unreachable);
        QVERIFY(reachable > 1900);
    }

    void freshAssessmentHasAPlan()
    {
        // Nothing assessed, no recommendations, no estimates: a plan all the same, every step at the
        // default effort and said to be; an item with a small estimate is taken before the others.
        Assessment a;
        a.bands = Bands::defaults();
        Domain d;
        d.key = QStringLiteral("OPS");
        d.title = QStringLiteral("Operations");
        for (int n = 1; n <= 10; ++n) {
            Item i;
            i.key = QStringLiteral("OPS-%1").arg(n, 2, 10, QLatin1Char('0'));
            i.text = i.key;
            d.items.append(i);
        }
        a.domains = { d };
        ReadinessPlan plan = PathToReady::plan(a);
        QVERIFY(plan.reachable);
        QVERIFY(plan.reasons.isEmpty());
        QCOMPARE(plan.steps.size(), 9); // 90 % reaches the Ready band; 80 % does not
        QCOMPARE(plan.unestimatedSteps, 9);
        QCOMPARE(plan.totalEffort, 9 * PathToReady::DefaultEffortHours);
        QCOMPARE(plan.defaultEffort, PathToReady::DefaultEffortHours);

        a.domains[0].items[4].effortHours = 1.0;
        a.domains[0].items[7].effortHours = 40.0;
        plan = PathToReady::plan(a);
        QCOMPARE(plan.steps.size(), 9);
        QCOMPARE(plan.steps.first().itemKey, QStringLiteral("OPS-05"));
        QVERIFY(plan.steps.first().estimated);
        QCOMPARE(plan.unestimatedSteps, 8);
        QCOMPARE(plan.totalEffort, 1.0 + 8 * PathToReady::DefaultEffortHours);
        for (const PlanStep& s : plan.steps)
            QVERIFY(s.itemKey != QStringLiteral("OPS-08")); // the 40 h item is the one left out

        // A caller's own default.
        plan = PathToReady::plan(a, 2000000, 2.0);
        QCOMPARE(plan.totalEffort, 1.0 + 8 * 2.0);
        // A large fresh checklist, every item alike: the plan is proven smallest, not cut short (the
        // search counts whole items in its bound).
        Assessment large;
        large.bands = Bands::defaults();
        for (int dn = 0; dn < 3; ++dn) {
            Domain domain;
            domain.key = QStringLiteral("D%1").arg(dn);
            domain.title = domain.key;
            for (int n = 0; n < 50; ++n) {
                Item i;
                i.key = QStringLiteral("D%1-%2").arg(dn).arg(n);
                i.text = i.key;
                domain.items.append(i);
            }
            large.domains.append(domain);
        }
        plan = PathToReady::plan(large, 100000);
        QVERIFY(plan.reachable);
        QVERIFY(plan.optimal);
        QCOMPARE(plan.steps.size(), 135); // a displayed 90 % (the Ready band) of 150 items
    }

    void blockerWithoutEstimateCountsAtTheDefault()
    {
        Assessment a;
        a.bands = Bands::defaults();
        Domain d;
        d.key = QStringLiteral("SEC");
        d.title = QStringLiteral("Security");
        Item ok;
        ok.key = QStringLiteral("SEC-01");
        ok.text = ok.key;
        ok.points = 19;
        ok.status = ItemStatus::Met;
        Item blocker;
        blocker.key = QStringLiteral("SEC-02");
        blocker.text = blocker.key;
        blocker.blocker = true;
        blocker.status = ItemStatus::Unmet;
        d.items = { ok, blocker };
        a.domains = { d };
        ReadinessPlan plan = PathToReady::plan(a);
        QVERIFY(plan.reachable);
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().itemKey, QStringLiteral("SEC-02"));
        QVERIFY(!plan.steps.first().estimated);
        QCOMPARE(plan.unestimatedSteps, 1);
        QCOMPARE(plan.totalEffort, PathToReady::DefaultEffortHours);

        // A recommendation linked to the blocker gives it a remedy and an effort.
        Finding f;
        f.title = QStringLiteral("Enforce MFA");
        f.effortHours = 6;
        f.itemKeys = { QStringLiteral("SEC-02") };
        a.findings = { f };
        plan = PathToReady::plan(a);
        QVERIFY(plan.reachable);
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().itemKey, QStringLiteral("SEC-02"));
        QCOMPARE(plan.totalEffort, 6.0);
        QVERIFY(plan.steps.first().estimated);
        QCOMPARE(plan.unestimatedSteps, 0);
        QCOMPARE(plan.steps.first().statusAfter, QStringLiteral("Ready"));
    }

    void readyAssessmentNeedsNothing()
    {
        Assessment a;
        a.bands = Bands::defaults();
        Domain d;
        d.key = QStringLiteral("A");
        d.title = d.key;
        Item i;
        i.key = QStringLiteral("A-1");
        i.text = i.key;
        i.status = ItemStatus::Met;
        d.items = { i };
        a.domains = { d };
        const ReadinessPlan plan = PathToReady::plan(a);
        QVERIFY(plan.reachable);
        QVERIFY(plan.alreadyReady);
        QVERIFY(plan.steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPathToReady)
#include "TestPathToReady.moc"
