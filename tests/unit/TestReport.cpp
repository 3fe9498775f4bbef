// Reports: the Markdown and JSON carry the engine's numbers, show computed beside adjusted, and no text an
// assessor types can change the report's structure.

#include "TestSupport.h"

#include "report/JsonWriter.h"
#include "report/MarkdownWriter.h"
#include "scoring/Figures.h"

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
        QTest::newRow("emphasis") << "*bold* and _under_"
                                  << "\\*bold\\* and \\_under\\_";
        QTest::newRow("html") << "<script>alert(1)</script>"
                              << "\\<script\\>alert(1)\\</script\\>";
        QTest::newRow("table pipe") << "a | b"
                                    << "a \\| b";
        QTest::newRow("heading") << "# Approved"
                                 << "\\# Approved";
        QTest::newRow("list at start") << "- item"
                                       << "\\- item";
        QTest::newRow("ordered list at start") << "1. first"
                                               << "1\\. first";
        QTest::newRow("version mid text") << "release 4.2 on 2026-11-14"
                                          << "release 4.2 on 2026-11-14";
        QTest::newRow("link") << "[click](http://x)"
                              << "\\[click\\](http://x)";
        QTest::newRow("entity") << "&lt; and a & b"
                                << "\\&lt; and a & b";
        QTest::newRow("newline") << "line one\nline two"
                                 << "line one / line two";
        QTest::newRow("code") << "`rm -rf`"
                              << "\\`rm -rf\\`";
    }

    void markdownEscapesWhatAssessorsType()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownWriter::escape(input), expected);
    }

    void aClosedRiskIsInNoMatrix()
    {
        // Two risks at probability 4, impact 5: one open, one closed. Every matrix counts one.
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("risks.readiness")));
        QVERIFY(p);
        Risk open;
        open.title = QStringLiteral("Open risk");
        open.probability = 4;
        open.impact = 5;
        QVERIFY(!p->saveRisk(open));
        Risk closed = open;
        closed.title = QStringLiteral("Closed risk");
        closed.state = RiskState::Closed;
        QVERIFY(!p->saveRisk(closed));
        const Figures::RiskMatrix matrix = Figures::openRisks(p->assessment().risks);
        QCOMPARE(matrix.count(4, 5), 1);
        QCOMPARE(matrix.open, 1);

        const Report r = Report::build(*p);
        const QString md = QString::fromUtf8(MarkdownWriter::write(r));
        // The Markdown matrix's row for probability 4: impact 5 holds 1, not 2.
        const qsizetype matrixAt = md.indexOf(QStringLiteral("Open risks by probability"));
        QVERIFY(matrixAt > 0);
        const qsizetype rowAt = md.indexOf(QStringLiteral("\n| 4 |"), matrixAt);
        QVERIFY(rowAt > 0);
        const QStringList cells
            = md.mid(rowAt + 1, md.indexOf(QLatin1Char('\n'), rowAt + 1) - rowAt - 1).split(QLatin1Char('|'));
        // "", " 4 ", impact 1 .. 5, "".
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells.at(6).trimmed(), QStringLiteral("1"));
        QVERIFY(md.contains(QStringLiteral("Closed risk"))); // still listed in the register
        const QJsonObject json = QJsonDocument::fromJson(JsonWriter::report(r)).object();
        QCOMPARE(json.value(QStringLiteral("open_risk_matrix")).toArray().at(1).toArray().at(4).toInt(),
            1); // probability 4, impact 5
        QCOMPARE(json.value(QStringLiteral("risks")).toArray().size(), 2);
        // The status counts every output reads add up to the checklist.
        const Figures::StatusCounts counts = Figures::statuses(p->assessment());
        QCOMPARE(counts.total(), p->scores().overall().items);
        QCOMPARE(json.value(QStringLiteral("item_statuses")).toObject().value(QStringLiteral("open")).toInt(),
            counts.of(ItemStatus::Open));
        // score --json prints the same figures, overall and by domain.
        const QJsonObject scores = JsonWriter::scores(r);
        QCOMPARE(
            scores.value(QStringLiteral("item_statuses")).toObject().value(QStringLiteral("met")).toInt(),
            counts.of(ItemStatus::Met));
        int notAssessed = 0;
        for (const QJsonValue& d : scores.value(QStringLiteral("domains")).toArray())
            notAssessed += d.toObject()
                               .value(QStringLiteral("item_statuses"))
                               .toObject()
                               .value(QStringLiteral("open"))
                               .toInt();
        QCOMPARE(notAssessed, counts.of(ItemStatus::Open));
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
        QVERIFY(!p->setItemNote(
            QStringLiteral("SEC-01"), QStringLiteral("| broken | table |\n## Fake heading\n<b>bold</b>")));
        const QString md = QString::fromUtf8(MarkdownWriter::write(Report::build(*p)));
        QVERIFY(!md.contains(QStringLiteral("\n## Fake heading")));
        QVERIFY(!md.contains(QStringLiteral("<b>")));
        QVERIFY(md.contains(
            QStringLiteral("\\| broken \\| table \\| / \\#\\# Fake heading / \\<b\\>bold\\</b\\>")));
        // Every row of the security checklist still has its seven cells.
        for (const QString& line : md.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("| SEC-01 ")))
                QCOMPARE(line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|"))), 8);
        }
    }

    void reportsCarryTheEngineNumbers()
    {
        auto p = TestSupport::createProject(
            m_dir.filePath(QStringLiteral("numbers.readiness")), QStringLiteral("release-validation"));
        // Infrastructure 20/25 as in the validation summary: every item met except one worth 5.
        for (const Item& i : p->assessment().domains.at(0).items)
            QVERIFY(!p->setItemStatus(
                i.key, i.key == QStringLiteral("INFR-01") ? ItemStatus::Unmet : ItemStatus::Met));
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
        QCOMPARE(
            overall.value(QStringLiteral("computed")).toObject().value(QStringLiteral("display")).toInt(),
            20);
        const QJsonObject infra = json.value(QStringLiteral("domains")).toArray().at(0).toObject();
        QCOMPARE(infra.value(QStringLiteral("earned")).toDouble(), 20.0);
        QCOMPARE(infra.value(QStringLiteral("meets_target")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("head_hash")).toString(),
            r.auditHead);
        QCOMPARE(json.value(QStringLiteral("gaps"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
            QStringLiteral("INFR-01"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "TestReport.moc"
