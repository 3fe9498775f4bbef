// Reports: the Markdown and JSON carry the engine's numbers, show computed beside adjusted, and no text an
// assessor types can change the report's structure.

#include "TestSupport.h"

#include "report/JsonWriter.h"
#include "report/MarkdownWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace rw;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void markdownEscapesWhatAssessorsType_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emphasis") << "*bold* and _under_" << "\\*bold\\* and \\_under\\_";
        QTest::newRow("html") << "<script>alert(1)</script>" << "\\<script\\>alert(1)\\</script\\>";
        QTest::newRow("table pipe") << "a | b" << "a \\| b";
        QTest::newRow("heading") << "# Approved" << "\\# Approved";
        QTest::newRow("list at start") << "- item" << "\\- item";
        QTest::newRow("ordered list at start") << "1. first" << "1\\. first";
        QTest::newRow("version mid text") << "release 4.2 on 2026-11-14" << "release 4.2 on 2026-11-14";
        QTest::newRow("link") << "[click](http://x)" << "\\[click\\](http://x)";
        QTest::newRow("entity") << "&lt; and a & b" << "\\&lt; and a & b";
        QTest::newRow("newline") << "line one\nline two" << "line one / line two";
        QTest::newRow("code") << "`rm -rf`" << "\\`rm -rf\\`";
    }

    void markdownEscapesWhatAssessorsType()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownWriter::escape(input), expected);
    }

    void textBarsHaveHalfCellPrecision()
    {
        QCOMPARE(MarkdownWriter::bar(100, 10), QString(10, QChar(0x2588)));
        QCOMPARE(MarkdownWriter::bar(0, 4), QString(4, QChar(0x2591)));
        QCOMPARE(MarkdownWriter::bar(85, 10), QString(8, QChar(0x2588)) + QChar(0x258C) + QChar(0x2591));
        QCOMPARE(MarkdownWriter::bar(85, 10).size(), 10);
    }

    void injectedItemTextStaysLiteral()
    {
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("inject.readiness")));
        QVERIFY(!p->setItemNote(QStringLiteral("SEC-01"), QStringLiteral("| broken | table |\n## Fake heading\n<b>bold</b>")));
        const QString md = QString::fromUtf8(MarkdownWriter::write(Report::build(*p)));
        QVERIFY(!md.contains(QStringLiteral("\n## Fake heading")));
        QVERIFY(!md.contains(QStringLiteral("<b>")));
        QVERIFY(md.contains(QStringLiteral("\\| broken \\| table \\| / \\#\\# Fake heading / \\<b\\>bold\\</b\\>")));
        // Every row of the security checklist still has its seven cells.
        for (const QString& line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("| SEC-01 ")))
                QCOMPARE(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 8);
        }
    }

    void reportsCarryTheEngineNumbers()
    {
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("numbers.readiness")), QStringLiteral("release-validation"));
        // Infrastructure 20/25 as in the validation summary: every item met except one worth 5.
        for (const Item& i : p->assessment().domains.at(0).items)
            QVERIFY(!p->setItemStatus(i.key, i.key == QStringLiteral("INFR-01") ? ItemStatus::Unmet : ItemStatus::Met));
        QVERIFY(!p->setAdjustment(QString(), 92, QStringLiteral("With week 4 context")));
        const Report r = Report::build(*p);
        const QString md = QString::fromUtf8(MarkdownWriter::write(r));
        QVERIFY(md.contains(QStringLiteral("| Infrastructure | 25 pts | 20 / 25 | 80 % |")));
        QVERIFY(md.contains(QStringLiteral("**Score 92 / 100 · Grade A- · Ready**")));
        QVERIFY(md.contains(QStringLiteral("Computed score: 20 % (grade F, Not ready)")));
        QVERIFY(md.contains(QStringLiteral("Reason for the adjustment: With week 4 context")));
        QVERIFY(md.contains(r.auditHead));

        const QJsonObject json = QJsonDocument::fromJson(JsonWriter::report(r)).object();
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("display")).toInt(), 92);
        QCOMPARE(overall.value(QStringLiteral("computed")).toObject().value(QStringLiteral("display")).toInt(), 20);
        const QJsonObject infra = json.value(QStringLiteral("domains")).toArray().at(0).toObject();
        QCOMPARE(infra.value(QStringLiteral("earned")).toDouble(), 20.0);
        QCOMPARE(infra.value(QStringLiteral("meets_target")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("head_hash")).toString(), r.auditHead);
        QCOMPARE(json.value(QStringLiteral("gaps")).toArray().at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("INFR-01"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "TestReport.moc"
