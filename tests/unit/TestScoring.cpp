// The scoring rules of DESIGN.md, case by case: statuses, N/A, partial points, weights and points,
// bands on the displayed score, blockers, adjustments and targets.

#include "scoring/Scoring.h"

#include <QTest>

using namespace rw;

namespace {

// A domain from a compact spec: one token per item, "<status><points>[:<partial points>][!]" where the
// status is m (met), p (partial), u (unmet), n (not applicable) or o (not assessed), and ! marks a blocker.
Domain domain(const QString& key, const QString& spec, std::optional<double> weight = {},
    std::optional<double> target = {})
{
    Domain d;
    d.key = key;
    d.title = key;
    d.weight = weight;
    d.target = target;
    int n = 0;
    for (QString token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Item i;
        i.key = QStringLiteral("%1-%2").arg(key).arg(++n);
        i.text = i.key;
        if (token.endsWith(QLatin1Char('!'))) {
            i.blocker = true;
            token.chop(1);
        }
        const QChar s = token.at(0);
        i.status = s == QLatin1Char('m') ? ItemStatus::Met
            : s == QLatin1Char('p')      ? ItemStatus::Partial
            : s == QLatin1Char('u')      ? ItemStatus::Unmet
            : s == QLatin1Char('n')      ? ItemStatus::NotApplicable
                                         : ItemStatus::Open;
        const QStringList parts = token.mid(1).split(QLatin1Char(':'));
        i.points = parts.value(0).isEmpty() ? 1.0 : parts.value(0).toDouble();
        if (parts.size() > 1)
            i.partialPoints = parts.at(1).toDouble();
        d.items.append(i);
    }
    return d;
}

Assessment assessment(const QVector<Domain>& domains)
{
    Assessment a;
    a.bands = Bands::defaults();
    a.domains = domains;
    return a;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void domainScore_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("earned");
        QTest::addColumn<double>("possible");
        QTest::addColumn<double>("score"); // -1: no score
        QTest::addColumn<int>("assessed");

        QTest::newRow("all met") << "m1 m2 m3" << 6.0 << 6.0 << 100.0 << 3;
        QTest::newRow("unmet earns nothing") << "m1 u1" << 1.0 << 2.0 << 50.0 << 2;
        QTest::newRow("not assessed earns nothing but counts") << "m1 o1 o2" << 1.0 << 4.0 << 25.0 << 1;
        QTest::newRow("partial defaults to half") << "p2" << 1.0 << 2.0 << 50.0 << 1;
        QTest::newRow("partial earns the assessor's points") << "p2:1.5 m2" << 3.5 << 4.0 << 87.5 << 2;
        QTest::newRow("partial points are capped at the item's") << "p2:5" << 2.0 << 2.0 << 100.0 << 1;
        QTest::newRow("not applicable leaves both sides") << "m1 n5" << 1.0 << 1.0 << 100.0 << 2;
        QTest::newRow("all not applicable has no score") << "n1 n2" << 0.0 << 0.0 << -1.0 << 2;
        QTest::newRow("empty domain has no score") << "" << 0.0 << 0.0 << -1.0 << 0;
        QTest::newRow("release validation infrastructure 20/25")
            << "m5 m4 m4 m4 u4 m4" << 21.0 << 25.0 << 84.0 << 6;
    }

    void domainScore()
    {
        QFETCH(QString, spec);
        QFETCH(double, earned);
        QFETCH(double, possible);
        QFETCH(double, score);
        QFETCH(int, assessed);
        const DomainScore s = Scoring::scoreDomain(domain(QStringLiteral("D"), spec));
        QCOMPARE(s.earned, earned);
        QCOMPARE(s.possible, possible);
        QCOMPARE(s.assessed, assessed);
        if (score < 0) {
            QVERIFY(!s.computed.has_value());
            QVERIFY(!s.score().has_value());
        } else {
            QVERIFY(s.computed.has_value());
            QCOMPARE(*s.computed, score);
        }
    }

    void overallWeightsAreNormalised()
    {
        // Weights 20 and 30 do not sum to 100: the mean divides by the weights present.
        const Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m1 m1"), 20),
            domain(QStringLiteral("B"), QStringLiteral("m1 u1"), 30) });
        const Scoreboard board(a);
        QCOMPARE(*board.overall().computed, (100.0 * 20 + 50.0 * 30) / 50);
    }

    void overallWithoutWeightsUsesPossiblePoints()
    {
        // The validation summary's categories: 20/25, 25/30, 15/20, 25/25 give 85/100, grade B, mostly ready.
        const Assessment a = assessment({ domain(QStringLiteral("INF"), QStringLiteral("m5 m5 m5 m5 u5")),
            domain(QStringLiteral("SEC"), QStringLiteral("m5 m5 m5 m5 m5 u5")),
            domain(QStringLiteral("PERF"), QStringLiteral("m5 m5 m5 u5")),
            domain(QStringLiteral("COMP"), QStringLiteral("m5 m5 m5 m5 m5")) });
        const Scoreboard board(a);
        QCOMPARE(*board.overall().computed, 85.0);
        const ScoreLabel l = Scoring::label(board.overall().score, a.bands);
        QCOMPARE(l.grade, QStringLiteral("B"));
        QCOMPARE(l.status, QStringLiteral("Mostly ready"));
        QCOMPARE(board.domains().at(0).weight, 25.0);
    }

    void unscoredDomainsAreLeftOutOfTheMean()
    {
        const Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m1"), 50),
            domain(QStringLiteral("B"), QStringLiteral("n1 n1"), 50),
            domain(QStringLiteral("C"), QString(), 10) });
        const Scoreboard board(a);
        QCOMPARE(*board.overall().computed, 100.0);
    }

    void nothingScoredHasNoOverall()
    {
        const Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("n1"), 50) });
        const Scoreboard board(a);
        QVERIFY(!board.overall().computed.has_value());
        const ScoreLabel l = Scoring::label(board.overall().score, a.bands);
        QVERIFY(!l.display.has_value());
        QVERIFY(l.grade.isEmpty());
    }

    void newAssessmentIsNotStartedRatherThanFailing()
    {
        // Nothing answered: no overall score, grade or status, and every domain not started.
        Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("o1 o1"), 50, 80),
            domain(QStringLiteral("B"), QStringLiteral("o1 o1 o1"), 50) });
        const Scoreboard fresh(a);
        QVERIFY(!fresh.overall().computed.has_value());
        const ScoreLabel l = Scoring::label(fresh.overall().score, a.bands, fresh.overall().unmetBlockers);
        QVERIFY(l.grade.isEmpty());
        QVERIFY(l.status.isEmpty());
        for (const DomainScore& d : fresh.domains()) {
            QVERIFY(d.isNotStarted());
            QVERIFY(!d.score().has_value());
            QVERIFY(Scoring::label(d.score(), a.bands).rating.isEmpty());
            QVERIFY(!Scoring::meetsTarget(d).has_value());
        }

        // One answer: that domain is scored; the one not started counts with 0 % in the overall score,
        // as its open items would, so leaving it out never looks better.
        a.domains[0].items[0].status = ItemStatus::Met;
        const Scoreboard started(a);
        QCOMPARE(*started.domains().at(0).computed, 50.0);
        QVERIFY(!started.domains().at(0).isNotStarted());
        QVERIFY(started.domains().at(1).isNotStarted());
        QVERIFY(!started.domains().at(1).computed.has_value());
        QCOMPARE(*started.overall().computed, (50.0 * 50 + 0.0 * 50) / 100);

        // An item marked not applicable starts its domain too.
        a.domains[1].items[0].status = ItemStatus::NotApplicable;
        const Scoreboard withNa(a);
        QCOMPARE(*withNa.domains().at(1).computed, 0.0);
    }

    void bandsApplyToTheDisplayedScore_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("display");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("rating");
        QTest::addColumn<QString>("status");
        QTest::newRow("100") << 100.0 << 100 << "A+"
                             << "Excellent"
                             << "Ready";
        QTest::newRow("96.5 shows 97") << 96.5 << 97 << "A+"
                                       << "Excellent"
                                       << "Ready";
        QTest::newRow("92.5 shows 93") << 92.5 << 93 << "A"
                                       << "Excellent"
                                       << "Ready";
        QTest::newRow("92.49 shows 92") << 92.49 << 92 << "A-"
                                        << "Good"
                                        << "Ready";
        QTest::newRow("89.5 shows 90") << 89.5 << 90 << "A-"
                                       << "Good"
                                       << "Ready";
        QTest::newRow("89.49 shows 89") << 89.49 << 89 << "B+"
                                        << "Good"
                                        << "Mostly ready";
        QTest::newRow("84.5 shows 85") << 84.5 << 85 << "B"
                                       << "Good"
                                       << "Mostly ready";
        QTest::newRow("79.5 shows 80") << 79.5 << 80 << "B-"
                                       << "Fair"
                                       << "Mostly ready";
        QTest::newRow("79.4 shows 79") << 79.4 << 79 << "C+"
                                       << "Fair"
                                       << "Not ready";
        QTest::newRow("69.5 shows 70") << 69.5 << 70 << "C-"
                                       << "Fair"
                                       << "Not ready";
        QTest::newRow("69.4 shows 69") << 69.4 << 69 << "D+"
                                       << "Poor"
                                       << "Not ready";
        QTest::newRow("59.6 shows 60") << 59.6 << 60 << "D-"
                                       << "Poor"
                                       << "Not ready";
        QTest::newRow("0") << 0.0 << 0 << "F"
                           << "Poor"
                           << "Not ready";
        // 17 of 19 points is 89.47...: the reader sees 89, so the status must be "Mostly ready".
        QTest::newRow("17/19") << 17.0 / 19.0 * 100 << 89 << "B+"
                               << "Good"
                               << "Mostly ready";
        // 0.895 * 100 is 89.49999... in binary floating point; a reader still expects 90.
        QTest::newRow("0.895 * 100") << 0.895 * 100 << 90 << "A-"
                                     << "Good"
                                     << "Ready";
    }

    void bandsApplyToTheDisplayedScore()
    {
        QFETCH(double, score);
        QFETCH(int, display);
        QFETCH(QString, grade);
        QFETCH(QString, rating);
        QFETCH(QString, status);
        const ScoreLabel l = Scoring::label(score, Bands::defaults());
        QCOMPARE(*l.display, display);
        QCOMPARE(l.grade, grade);
        QCOMPARE(l.rating, rating);
        QCOMPARE(l.status, status);
    }

    void unmetBlockerForcesNotReady()
    {
        // 19 of 20 points met: 95 %, which would be Ready, but the one unmet item is a blocker.
        const Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m19 u1!")) });
        const Scoreboard board(a);
        QCOMPARE(board.overall().unmetBlockers, 1);
        const ScoreLabel l = Scoring::label(board.overall().score, a.bands, board.overall().unmetBlockers);
        QCOMPARE(*l.display, 95);
        QCOMPARE(l.grade, QStringLiteral("A"));
        QCOMPARE(l.status, QStringLiteral("Not ready"));
    }

    void blockerThatIsMetOrOpenDoesNotForce()
    {
        const Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m19! m1")) });
        const Scoreboard board(a);
        QCOMPARE(board.overall().unmetBlockers, 0);
        const Assessment b = assessment({ domain(QStringLiteral("A"), QStringLiteral("m19 p1!")) });
        QCOMPARE(Scoreboard(b).overall().unmetBlockers, 0);
    }

    void adjustedDomainStandsBesideComputed()
    {
        Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m1 u1"), 50),
            domain(QStringLiteral("B"), QStringLiteral("m1"), 50) });
        Adjustment adj;
        adj.domainKey = QStringLiteral("A");
        adj.score = 90;
        adj.reason = QStringLiteral("Compensating control in place");
        a.adjustments.append(adj);
        const Scoreboard board(a);
        const DomainScore& d = board.domains().at(0);
        QCOMPARE(*d.computed, 50.0);
        QCOMPARE(*d.adjusted, 90.0);
        QCOMPARE(*d.score(), 90.0);
        QCOMPARE(d.adjustmentReason, adj.reason);
        QVERIFY(board.overall().adjusted);
        QCOMPARE(*board.overall().computed, 75.0);
        QCOMPARE(*board.overall().score, 95.0);
    }

    void adjustedOverallStandsBesideComputed()
    {
        Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m17 u3")) });
        Adjustment adj;
        adj.score = 92;
        adj.reason = QStringLiteral("With week 4 context");
        a.adjustments.append(adj);
        const Scoreboard board(a);
        QCOMPARE(*board.overall().computed, 85.0);
        QCOMPARE(*board.overall().score, 92.0);
        QCOMPARE(board.overall().adjustmentReason, adj.reason);
        QCOMPARE(Scoring::label(board.overall().score, a.bands).grade, QStringLiteral("A-"));
        QCOMPARE(Scoring::label(board.overall().computed, a.bands).grade, QStringLiteral("B"));
    }

    void targets_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("meets"); // -1 unknown, 0 no, 1 yes
        QTest::newRow("at the target") << "m4 u1" << 80.0 << 1;
        QTest::newRow("below") << "m3 u1" << 80.0 << 0;
        // 199 / 250 = 79.6 %, shown as 80 %: the reader sees the target met, so it is.
        QTest::newRow("displayed reaches it") << "m199 u51" << 80.0 << 1;
        QTest::newRow("not scored") << "n1" << 80.0 << -1;
    }

    void targets()
    {
        QFETCH(QString, spec);
        QFETCH(double, target);
        QFETCH(int, meets);
        const DomainScore s = Scoring::scoreDomain(domain(QStringLiteral("D"), spec, {}, target));
        const std::optional<bool> m = Scoring::meetsTarget(s);
        if (meets < 0)
            QVERIFY(!m.has_value());
        else
            QCOMPARE(*m, meets == 1);
    }

    void rescoringOneDomainMatchesFullRescore()
    {
        Assessment a = assessment({ domain(QStringLiteral("A"), QStringLiteral("m1 o1 o1"), 60),
            domain(QStringLiteral("B"), QStringLiteral("m1 u1"), 40) });
        Scoreboard board(a);
        a.domains[0].items[1].status = ItemStatus::Met;
        board.recomputeDomain(a, 0);
        const Scoreboard fresh(a);
        QCOMPARE(*board.overall().score, *fresh.overall().score);
        QCOMPARE(*board.domains().at(0).computed, *fresh.domains().at(0).computed);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
