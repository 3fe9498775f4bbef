// Templates: the built-in ones are complete and real, a file works like a built-in, and every kind of
// malformed template is refused with a message that says where and what.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rw;

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void productionReadinessHasTheEightWeightedDomains()
    {
        const std::optional<Template> t = Template::builtin(QStringLiteral("production-readiness"));
        QVERIFY(t);
        const QVector<QPair<QString, double>> expected { { QStringLiteral("Infrastructure & Architecture"),
                                                             20 },
            { QStringLiteral("Security & Compliance"), 25 },
            { QStringLiteral("Performance & Scalability"), 20 },
            { QStringLiteral("Monitoring & Observability"), 15 },
            { QStringLiteral("Data Management & Backup"), 10 },
            { QStringLiteral("Operational Readiness"), 5 }, { QStringLiteral("Documentation & Training"), 3 },
            { QStringLiteral("Risk Management"), 2 } };
        QCOMPARE(t->domains.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(t->domains.at(i).title, expected.at(i).first);
            QCOMPARE(*t->domains.at(i).weight, expected.at(i).second);
        }
    }

    void releaseValidationIsScoredInPoints()
    {
        const std::optional<Template> t = Template::builtin(QStringLiteral("release-validation"));
        QVERIFY(t);
        const QVector<double> points { 25, 30, 20, 25 };
        QCOMPARE(t->domains.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const TemplateDomain& d = t->domains.at(i);
            QVERIFY(!d.weight.has_value());
            QCOMPARE(*d.target, 80.0);
            double sum = 0;
            for (const TemplateItem& item : d.items)
                sum += item.points;
            QCOMPARE(sum, points.at(i));
        }
    }

    void builtinItemsAreSpecificAndGuided()
    {
        for (const QString& id : Template::builtinIds()) {
            const std::optional<Template> t = Template::builtin(id);
            QVERIFY2(t, qPrintable(id));
            QSet<QString> texts;
            for (const TemplateDomain& d : t->domains) {
                // A maturity model rates a few processes per domain, each on its levels.
                const bool rated
                    = !d.items.isEmpty() && d.items.first().question.type != QuestionType::Status;
                QVERIFY2(d.items.size() >= (rated ? 3 : 6), qPrintable(d.key));
                for (const TemplateItem& i : d.items) {
                    QVERIFY2(i.text.size() >= 30, qPrintable(i.key));
                    QVERIFY2(i.guidance.size() >= 60, qPrintable(i.key));
                    QVERIFY2(!texts.contains(i.text), qPrintable(i.key));
                    texts.insert(i.text);
                }
            }
        }
    }

    void templateFileWorksLikeBuiltin()
    {
        QTemporaryDir dir;
        const std::optional<Template> builtin = Template::builtin(QStringLiteral("release-validation"));
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        TestSupport::writeFile(path, builtin->toJson());
        QString error;
        const std::optional<Template> fromFile = Template::load(path, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->toJson(), builtin->toJson());
        auto project = TestSupport::createProject(dir.filePath(QStringLiteral("p.readiness")), path);
        QVERIFY(project);
        QCOMPARE(project->assessment().itemCount(), builtin->itemCount());
        QCOMPARE(project->assessment().domains.at(1).title, QStringLiteral("Security"));
    }

    void projectChecklistRoundTripsAsTemplate()
    {
        QTemporaryDir dir;
        auto project = TestSupport::createProject(dir.filePath(QStringLiteral("p.readiness")));
        const Template t = Template::fromAssessment(project->assessment());
        QString error;
        const std::optional<Template> again = Template::fromJson(t.toJson(), QStringLiteral("t"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->itemCount(), 51);
        QCOMPARE(*again->domains.at(1).weight, 25.0);
        QVERIFY(again->domains.at(1).items.at(0).blocker);
    }

    void malformedTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head
            = R"({"format":"readiness-workbench-template","formatVersion":1,"id":"t","title":"T",)";
        QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \n}") << "not valid JSON";
        QTest::newRow("parse error has a line") << QByteArray("{\n\n  \"a\": [1,,2]\n}") << "line 3";
        QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"something-else"})") << "not a Readiness Workbench template";
        QTest::newRow("newer format")
            << QByteArray(R"({"format":"readiness-workbench-template","formatVersion":7})")
            << "template format 7";
        QTest::newRow("no domains") << head + R"("domains":[]})"
                                    << "\"domains\" must be a non-empty list";
        QTest::newRow("domain without title") << head + R"("domains":[{"key":"A","items":[]}]})"
                                              << "domains[0]: \"title\" is missing";
        QTest::newRow("item without text")
            << head + R"("domains":[{"key":"A","title":"A","items":[{"key":"A-1"}]}]})"
            << "domains[0].items[0]: \"text\" is missing";
        QTest::newRow("duplicate item key") << head
                + R"("domains":[{"key":"A","title":"A","items":[{"key":"X","text":"a"}]},{"key":"B","title":"B","items":[{"key":"X","text":"b"}]}]})"
                                            << "\"X\" is used twice";
        QTest::newRow("zero points") << head
                + R"("domains":[{"key":"A","title":"A","items":[{"key":"A-1","text":"a","points":0}]}]})"
                                     << "\"points\" must be a number";
        QTest::newRow("target above 100")
            << head + R"("domains":[{"key":"A","title":"A","target":120,"items":[]}]})"
            << "\"target\" must be a number from 0 to 100";
        QTest::newRow("blocker not boolean") << head
                + R"("domains":[{"key":"A","title":"A","items":[{"key":"A-1","text":"a","blocker":"yes"}]}]})"
                                             << "\"blocker\" must be true or false";
        QTest::newRow("key with spaces") << head + R"("domains":[{"key":"A B","title":"A","items":[]}]})"
                                         << "\"key\" may hold only";
        QTest::newRow("bands without zero") << head
                + R"("bands":{"grades":[{"label":"A","min":50}]},"domains":[{"key":"A","title":"A","items":[]}]})"
                                            << "band starting at 0";
    }

    void malformedTemplatesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Template::fromJson(json, QStringLiteral("bad.json"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
    }

    void unknownTemplateNamesTheBuiltins()
    {
        QString error;
        QVERIFY(!Template::load(QStringLiteral("no-such-template"), &error));
        QVERIFY(error.contains(QStringLiteral("production-readiness")));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "TestTemplates.moc"
