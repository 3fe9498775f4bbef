// Answers other than a status: the points every answer type earns against hand-computed cases, the
// answers people type, the conditions and implementation groups that make items apply or not, and a
// project that keeps answers through edits, undo, reopening and a replay of its log.

#include "TestSupport.h"

#include "exchange/Csv.h"
#include "exchange/ResultsImport.h"
#include "report/JsonWriter.h"
#include "report/MarkdownWriter.h"
#include "report/Report.h"
#include "scoring/Answers.h"
#include "store/ProjectState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

QString answerTypes()
{
    return QStringLiteral(READINESS_SOURCE_DIR "/tests/data/templates/answer-types.json");
}

Question question(const QByteArray& json)
{
    QString error;
    const std::optional<Question> q = Question::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!q)
        qWarning("%s", qPrintable(error));
    return q.value_or(Question());
}

const QByteArray kMaturity = R"({"type":"level","options":[{"id":"0","title":"Incomplete","score":0},
    {"id":"1","title":"Initial","score":1},{"id":"2","title":"Managed","score":2},
    {"id":"3","title":"Defined","score":3},{"id":"4","title":"Measured","score":4},
    {"id":"5","title":"Optimizing","score":5}]})";
const QByteArray kMaturityTarget3 = R"({"type":"level","target":"3","options":[{"id":"0","score":0},
    {"id":"1","score":1},{"id":"2","score":2},{"id":"3","score":3},{"id":"4","score":4},{"id":"5","score":5}]})";
// Scores from 1 to 5, as framework libraries give them.
const QByteArray kFromOne = R"({"type":"level","options":[{"id":"1","score":1},{"id":"2","score":2},
    {"id":"3","score":3},{"id":"4","score":4},{"id":"5","score":5}]})";
const QByteArray kCoverage = R"({"type":"single","options":[{"id":"0","title":"No","score":0},
    {"id":"1","title":"Some","score":0.25},{"id":"2","title":"Half","score":0.5},{"id":"3","title":"All","score":1}]})";
const QByteArray kSafeguards = R"({"type":"multiple","options":[{"id":"a","score":2},{"id":"b","score":2},
    {"id":"c","score":1},{"id":"none","score":0}]})";
const QByteArray kCapped
    = R"({"type":"multiple","fullScore":3,"options":[{"id":"a","score":2},{"id":"b","score":2},
    {"id":"c","score":1}]})";
const QByteArray kVerdicts = R"({"type":"single","options":[{"id":"pass","score":1,"result":"met"},
    {"id":"cond","score":0.5,"result":"partial"},{"id":"fail","score":0,"result":"unmet"},
    {"id":"none","score":0,"result":"na"}]})";
const QByteArray kAvailability = R"({"type":"number","unit":"%","rules":[{"min":99.9,"share":1},
    {"min":99.5,"share":0.5},{"share":0}]})";
const QByteArray kLatency
    = R"({"type":"number","unit":"ms","rules":[{"max":200,"share":1},{"min":200,"max":500,"share":0.25}]})";

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    // Every answer type against points worked out by hand (an item worth 4 points).
    void scoring_data()
    {
        QTest::addColumn<QByteArray>("question");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("earned");

        const auto row = [](const char* name, const QByteArray& q, const QString& typed, ItemStatus s,
                             double earned) { QTest::newRow(name) << q << typed << int(s) << earned; };
        const QByteArray yesNo = R"({"type":"yesno"})";
        row("yes", yesNo, QStringLiteral("yes"), ItemStatus::Met, 4);
        row("no", yesNo, QStringLiteral("nein"), ItemStatus::Unmet, 0);
        row("unanswered", yesNo, QString(), ItemStatus::Open, 0);
        // Levels: (score - lowest) / (highest - lowest) of the points.
        row("level 0 of 5", kMaturity, QStringLiteral("0"), ItemStatus::Unmet, 0);
        row("level 2 of 5", kMaturity, QStringLiteral("2"), ItemStatus::Partial, 4 * 2 / 5.0);
        row("level by title", kMaturity, QStringLiteral("defined"), ItemStatus::Partial, 4 * 3 / 5.0);
        row("level 5 of 5", kMaturity, QStringLiteral("5"), ItemStatus::Met, 4);
        // With a target of 3: the way to the target, all points at or above it.
        row("level 2, target 3", kMaturityTarget3, QStringLiteral("2"), ItemStatus::Partial, 4 * 2 / 3.0);
        row("level 3, target 3", kMaturityTarget3, QStringLiteral("3"), ItemStatus::Met, 4);
        row("level 4, target 3", kMaturityTarget3, QStringLiteral("4"), ItemStatus::Met, 4);
        row("level 1 of 1-5", kFromOne, QStringLiteral("1"), ItemStatus::Unmet, 0);
        row("level 3 of 1-5", kFromOne, QStringLiteral("3"), ItemStatus::Partial, 2);
        // One choice: its score over the highest score.
        row("coverage some", kCoverage, QStringLiteral("Some"), ItemStatus::Partial, 1);
        row("coverage half", kCoverage, QStringLiteral("2"), ItemStatus::Partial, 2);
        row("coverage all", kCoverage, QStringLiteral("3"), ItemStatus::Met, 4);
        row("coverage none", kCoverage, QStringLiteral("0"), ItemStatus::Unmet, 0);
        // Several choices: the sum over the full score (2 + 2 + 1 = 5 unless set), at most all points.
        row("a and c", kSafeguards, QStringLiteral("a, c"), ItemStatus::Partial, 4 * 3 / 5.0);
        row("all", kSafeguards, QStringLiteral("a;b;c"), ItemStatus::Met, 4);
        row("none of these", kSafeguards, QStringLiteral("none"), ItemStatus::Unmet, 0);
        row("capped", kCapped, QStringLiteral("a,b"), ItemStatus::Met, 4);
        row("under the cap", kCapped, QStringLiteral("b"), ItemStatus::Partial, 4 * 2 / 3.0);
        // A verdict on the choice gives the status.
        row("verdict met", kVerdicts, QStringLiteral("pass"), ItemStatus::Met, 4);
        row("verdict partial", kVerdicts, QStringLiteral("cond"), ItemStatus::Partial, 2);
        row("verdict not applicable", kVerdicts, QStringLiteral("none"), ItemStatus::NotApplicable, 0);
        // Numbers: the first rule that holds.
        row("99.95 %", kAvailability, QStringLiteral("99.95"), ItemStatus::Met, 4);
        row("99,7 %", kAvailability, QStringLiteral("99,7 %"), ItemStatus::Partial, 2);
        row("98 %", kAvailability, QStringLiteral("98"), ItemStatus::Unmet, 0);
        row("150 ms", kLatency, QStringLiteral("150"), ItemStatus::Met, 4);
        row("300 ms", kLatency, QStringLiteral("300 ms"), ItemStatus::Partial, 1);
        row("900 ms (no rule)", kLatency, QStringLiteral("900"), ItemStatus::Unmet, 0);
        // Recorded, not scored.
        row("date", R"({"type":"date"})", QStringLiteral("2026-10-01"), ItemStatus::NotApplicable, 0);
        row("text", R"({"type":"text"})", QStringLiteral("The change board"), ItemStatus::NotApplicable, 0);
    }
    void scoring()
    {
        QFETCH(QByteArray, question);
        QFETCH(QString, typed);
        QFETCH(int, status);
        QFETCH(double, earned);
        Item item;
        item.points = 4;
        item.question = ::question(question);
        QVERIFY(item.question.type != QuestionType::Status);
        QString error;
        const std::optional<QJsonValue> answer = Answers::parse(item.question, typed, &error);
        QVERIFY2(answer, qPrintable(error));
        item.answer = *answer;
        QVERIFY(Answers::fits(item.question, item.answer));
        const Answers::Outcome outcome = Answers::evaluate(item.question, item.answer, item.points);
        item.status = outcome.status;
        item.partialPoints = outcome.partialPoints;
        QCOMPARE(int(item.status), status);
        QVERIFY2(std::abs(Scoring::earnedPoints(item) - earned) < 1e-6,
            qPrintable(QStringLiteral("%1 != %2").arg(Scoring::earnedPoints(item)).arg(earned)));
        // The value a file holds reads back to the same answer.
        QCOMPARE(
            Answers::parse(item.question, Answers::valueText(item.question, item.answer), &error).value(),
            item.answer);
        // Dates and texts never count in the ratio.
        QCOMPARE(Scoring::isApplicable(item),
            item.question.isScored() && item.status != ItemStatus::NotApplicable);
    }

    void badAnswersAreRefusedWithTheReason()
    {
        QString error;
        QVERIFY(!Answers::parse(question(kMaturity), QStringLiteral("7"), &error));
        QVERIFY2(error.contains(QStringLiteral("Incomplete")), qPrintable(error)); // the levels are listed
        QVERIFY(!Answers::parse(question(R"({"type":"yesno"})"), QStringLiteral("maybe"), &error));
        QVERIFY(!Answers::parse(question(kAvailability), QStringLiteral("high"), &error));
        QVERIFY(!Answers::parse(question(R"({"type":"date"})"), QStringLiteral("2026-02-30"), &error));
        QVERIFY(!Answers::parse(question(kSafeguards), QStringLiteral("a, z"), &error));
        QVERIFY(error.contains(QStringLiteral("\"z\"")));
        // Templates that cannot be answered are refused.
        QVERIFY(!Question::fromJson(QJsonDocument::fromJson(R"({"type":"number"})").object(), &error));
        QVERIFY(!Question::fromJson(
            QJsonDocument::fromJson(R"({"type":"level","target":"9","options":[{"id":"0"},{"id":"1"}]})")
                .object(),
            &error));
        QVERIFY(!Question::fromJson(QJsonDocument::fromJson(R"({"type":"colour"})").object(), &error));
    }

    void gapsAndDigits()
    {
        const Question q = question(kMaturityTarget3);
        QCOMPARE(Answers::gap(q, QJsonValue(QStringLiteral("1"))).value(), 2);
        QCOMPARE(Answers::gap(q, QJsonValue(QStringLiteral("4"))).value(), 0);
        QVERIFY(!Answers::gap(q, QJsonValue()));
        // A digit picks the level with that id; for choices without digit ids, the place in the list.
        QCOMPARE(Answers::answerForDigit(q, {}, 0).value(), QJsonValue(QStringLiteral("0")));
        QCOMPARE(Answers::answerForDigit(q, {}, 4).value(), QJsonValue(QStringLiteral("4")));
        QVERIFY(!Answers::answerForDigit(q, {}, 7));
        // A status carried over from another framework: the answer that gives it.
        QCOMPARE(Answers::answerForStatus(q, ItemStatus::Met).value(),
            QJsonValue(QStringLiteral("3"))); // the target
        QCOMPARE(Answers::answerForStatus(q, ItemStatus::Unmet).value(), QJsonValue(QStringLiteral("0")));
        QVERIFY(!Answers::answerForStatus(q, ItemStatus::Partial));
        QCOMPARE(Answers::answerForStatus(question(kVerdicts), ItemStatus::Unmet).value(),
            QJsonValue(QStringLiteral("fail")));
        QCOMPARE(Answers::answerForStatus(question(R"({"type":"yesno"})"), ItemStatus::Met).value(),
            QJsonValue(QStringLiteral("yes")));
        const Question several = question(kSafeguards);
        QJsonValue picked = Answers::answerForDigit(several, {}, 2).value();
        QCOMPARE(picked, QJsonValue(QJsonArray { QStringLiteral("b") }));
        picked = Answers::answerForDigit(several, picked, 1).value();
        QCOMPARE(picked, QJsonValue(QJsonArray { QStringLiteral("a"), QStringLiteral("b") }));
        picked = Answers::answerForDigit(several, picked, 2).value(); // toggles off
        QCOMPARE(picked, QJsonValue(QJsonArray { QStringLiteral("a") }));
    }

    // The test checklist end to end in a project: answers, conditions, groups, undo and the log.
    void projectKeepsAnswersConditionsAndGroups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("answers.readiness"));
        auto p = TestSupport::createProject(path, answerTypes());
        QVERIFY(p);
        const auto answer = [&](const QString& key, const QString& typed) {
            Item updated = *p->item(key);
            QString error;
            updated.answer = Answers::parse(updated.question, typed, &error).value();
            return p->updateItem(key, updated);
        };
        QVERIFY(!answer(QStringLiteral("OPS-01"), QStringLiteral("2")));
        QCOMPARE(p->item(QStringLiteral("OPS-01"))->status, ItemStatus::Partial);
        QCOMPARE(
            *p->item(QStringLiteral("OPS-01"))->partialPoints, 1.333333); // 2 points x 2/3, kept to 6 places
        // A status cannot stand in for a level; not applicable can.
        Item met = *p->item(QStringLiteral("OPS-01"));
        met.status = ItemStatus::Met;
        QVERIFY(p->updateItem(QStringLiteral("OPS-01"), met));
        met.status = ItemStatus::NotApplicable;
        QVERIFY(!p->updateItem(QStringLiteral("OPS-01"), met));
        QCOMPARE(p->item(QStringLiteral("OPS-01"))->answer, QJsonValue(QStringLiteral("2"))); // kept
        // Yes/no takes met and not met as yes and no.
        Item yes = *p->item(QStringLiteral("OPS-04"));
        yes.status = ItemStatus::Met;
        QVERIFY(!p->updateItem(QStringLiteral("OPS-04"), yes));
        QCOMPARE(p->item(QStringLiteral("OPS-04"))->answer, QJsonValue(QStringLiteral("yes")));
        QVERIFY(p->item(QStringLiteral("OPS-05"))->doesNotApply.isEmpty());
        // OPS-05 applies only after "yes" to OPS-04: a "no" leaves it out of the ratio, saying why.
        const DomainScore before = p->scores().domains().at(0);
        QVERIFY(!answer(QStringLiteral("OPS-04"), QStringLiteral("no")));
        const Item* follow = p->item(QStringLiteral("OPS-05"));
        QVERIFY(follow->doesNotApply.contains(QStringLiteral("OPS-04")));
        QCOMPARE(follow->effectiveStatus(), ItemStatus::NotApplicable);
        QCOMPARE(p->scores().domains().at(0).possible, before.possible - follow->points);
        // Implementation groups chosen after creation: SLO-04 (IG2 only) stops applying.
        AssessmentInfo info = p->assessment().info;
        info.implementationGroups = { QStringLiteral("IG1") };
        QVERIFY(!p->setInfo(info));
        QVERIFY(!p->item(QStringLiteral("SLO-04"))->doesNotApply.isEmpty());
        QVERIFY(p->item(QStringLiteral("SLO-05"))->doesNotApply.isEmpty());
        info.implementationGroups = { QStringLiteral("IG9") };
        QVERIFY(p->setInfo(info)); // no such group
        // Every type stored, reopened and replayed from the log to the same state.
        QVERIFY(!answer(QStringLiteral("OPS-06"), QStringLiteral("offsite, tested")));
        QVERIFY(!answer(QStringLiteral("SLO-01"), QStringLiteral("99.7")));
        QVERIFY(!answer(QStringLiteral("SLO-02"), QStringLiteral("2026-10-01")));
        QVERIFY(!answer(QStringLiteral("SLO-03"), QStringLiteral("The change board")));
        const QJsonObject state = ProjectState::state(p->assessment());
        QString error;
        const std::optional<QJsonObject> replayed = ProjectState::replayLog(p->auditLog(), &error);
        QVERIFY2(replayed, qPrintable(error));
        QVERIFY2(*replayed == state,
            qPrintable(ProjectState::differences(*replayed, state).join(QLatin1Char('\n'))));
        p.reset();
        ProjectError e;
        p = Project::open(path, ProjectFile::Access::ReadWrite, &e);
        QVERIFY2(p, qPrintable(e.message));
        QCOMPARE(ProjectState::state(p->assessment()), state);
        QVERIFY(!p->item(QStringLiteral("OPS-05"))->doesNotApply.isEmpty()); // settled again on opening
        QVERIFY(!p->item(QStringLiteral("SLO-04"))->doesNotApply.isEmpty());

        // Reports and the sheet show the answer as given and what it earns.
        const Report r = Report::build(*p, {});
        const QString markdown = QString::fromUtf8(MarkdownWriter::write(r));
        QVERIFY2(markdown.contains(QStringLiteral("2 – Managed → ")), qPrintable(markdown.left(4000)));
        QVERIFY(markdown.contains(QStringLiteral("(target 3 – Defined, 1 level")));
        QVERIFY(markdown.contains(QStringLiteral("Applies only when OPS-04 is answered Yes.")));
        QVERIFY(markdown.contains(QStringLiteral("A maturity level earns its share")));
        QVERIFY(markdown.contains(QStringLiteral("Recorded (not scored)"))); // the date and the text
        const QVector<QStringList> sheet = Csv::checklist(p->assessment());
        const int answerColumn = int(sheet.first().indexOf(QStringLiteral("answer")));
        QVERIFY(answerColumn > 0);
        bool found = false;
        for (const QStringList& row : sheet)
            found = found
                || (row.contains(QStringLiteral("OPS-06"))
                    && row.at(answerColumn) == QStringLiteral("offsite; tested"));
        QVERIFY(found);
        // The sheet read back with one answer changed: only that answer is previewed.
        QVector<QStringList> edited = sheet;
        for (QStringList& row : edited) {
            if (row.contains(QStringLiteral("OPS-01")))
                row[answerColumn] = QStringLiteral("4");
        }
        const std::optional<ResultsImport::Preview> preview
            = ResultsImport::read(p->assessment(), Csv::write(edited), &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->changes.size(), 1);
        QCOMPARE(preview->changes.first().fields, QStringList { QStringLiteral("answer") });
        QVERIFY(!ResultsImport::apply(*p, preview->changes));
        QCOMPARE(p->item(QStringLiteral("OPS-01"))->status, ItemStatus::Met);
    }

    // Built-in maturity templates: valid, answered by levels or coverage, and scored.
    void builtinMaturityTemplates()
    {
        for (const QString& id :
            { QStringLiteral("operations-maturity"), QStringLiteral("software-assurance-maturity") }) {
            const std::optional<Template> t = Template::builtin(id);
            QVERIFY2(t, qPrintable(id));
            int typed = 0;
            for (const TemplateDomain& d : t->domains) {
                for (const TemplateItem& i : d.items)
                    typed += i.question.type != QuestionType::Status ? 1 : 0;
            }
            QCOMPARE(typed, t->itemCount());
        }
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "TestAnswers.moc"
