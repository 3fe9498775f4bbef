// readiness-cli convert, new --template and export on real third-party checklists: the built binary,
// as a pipeline would run it.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(READINESS_FIXTURES_DIR "/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void convertWritesOurTemplateFormat_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("domains");
        QTest::addColumn<int>("items");
        QTest::newRow("OSCAL catalog") << QStringLiteral("oscal/basic-catalog.json") << 2 << 4;
        QTest::newRow("NIST LOW") << QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json") << 18 << 149;
        QTest::newRow("lens") << QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json") << 1 << 11;
        QTest::newRow("questionnaire") << QStringLiteral("prr-questionnaire/questions.json") << 7 << 71;
    }

    void convertWritesOurTemplateFormat()
    {
        QFETCH(QString, source);
        QFETCH(int, domains);
        QFETCH(int, items);
        const QString out = path(QFileInfo(source).baseName() + QStringLiteral(".template.json"));
        auto r = runCli({ QStringLiteral("convert"), fixture(source), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("%1 domains, %2 items").arg(domains).arg(items)));
        const QJsonObject t = QJsonDocument::fromJson(readAll(out)).object();
        QCOMPARE(t.value(QStringLiteral("format")).toString(), QStringLiteral("readiness-workbench-template"));
        QCOMPARE(t.value(QStringLiteral("domains")).toArray().size(), domains);

        // The written template and the source itself both make the same project.
        const QString a = path(QFileInfo(source).baseName() + QStringLiteral("-a.readiness"));
        const QString b = path(QFileInfo(source).baseName() + QStringLiteral("-b.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), a, QStringLiteral("--template"), out }).exitCode, 0);
        r = runCli({ QStringLiteral("new"), b, QStringLiteral("--template"), fixture(source) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("%1 domains, %2 items").arg(domains).arg(items)));
        const auto scoreA = runCli({ QStringLiteral("score"), a, QStringLiteral("--json") });
        const auto scoreB = runCli({ QStringLiteral("score"), b, QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(scoreA.out.toUtf8()).object().value(QStringLiteral("domains")),
            QJsonDocument::fromJson(scoreB.out.toUtf8()).object().value(QStringLiteral("domains")));
    }

    void assessedChecklistGoesOutAsCsvWithTheScoresNumbers()
    {
        const QString p = path(QStringLiteral("lens.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"), fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")) }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("overview01"), QStringLiteral("--status"), QStringLiteral("met") }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("overview02"), QStringLiteral("--status"), QStringLiteral("partial"),
                             QStringLiteral("--points"), QStringLiteral("0.25"), QStringLiteral("--note"), QStringLiteral("=1+1, \"quoted\"") })
                     .exitCode,
            0);
        const QString csv = path(QStringLiteral("lens.csv"));
        auto r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "domain,key,text,guidance,points,blocker,status,earned,owner,note,evidence\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("\"'=1+1, \"\"quoted\"\"\"")));

        // The earned points in the CSV add up to what `score --json` says.
        const QJsonObject score = QJsonDocument::fromJson(runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out.toUtf8()).object();
        const QJsonObject domain = score.value(QStringLiteral("domains")).toArray().first().toObject();
        double earned = 0;
        int assessed = 0;
        const QString back = path(QStringLiteral("back.readiness"));
        r = runCli({ QStringLiteral("new"), back, QStringLiteral("--template"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 domains, 11 items")));
        // The status and earned columns of the assessed rows.
        for (const QString& row : text.split(QStringLiteral("\r\n"))) {
            if (row.contains(QStringLiteral(",met,")))
                ++assessed, earned += 1;
            if (row.contains(QStringLiteral(",partial,0.25,")))
                ++assessed, earned += 0.25;
        }
        QCOMPARE(assessed, 2);
        QCOMPARE(domain.value(QStringLiteral("earned")).toDouble(), earned);

        r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), csv });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown export format \"xlsx\"")));
    }

    void notAChecklistChangesNothing()
    {
        const QString p = path(QStringLiteral("never.readiness"));
        const auto r = runCli({ QStringLiteral("new"), p, QStringLiteral("--template"), fixture(QStringLiteral("prr-questionnaire/advice.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("is not a checklist this version reads")));
        QVERIFY(!QFile::exists(p));
        const auto c = runCli({ QStringLiteral("convert"), fixture(QStringLiteral("oscal/ifa_assessment-plan-example.json")), QStringLiteral("-o"),
            path(QStringLiteral("plan.json")) });
        QCOMPARE(c.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("plan.json"))));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
