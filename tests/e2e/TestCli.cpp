// readiness-cli end to end: the built binary, run as a user or a pipeline would run it.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using TestSupport::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QJsonObject scoreJson(const QString& project)
    {
        const TestSupport::CliResult r
            = runCli({ QStringLiteral("score"), project, QStringLiteral("--json") });
        [&] { QCOMPARE(r.exitCode, 0); }();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void versionAndHelp()
    {
        TestSupport::CliResult r = runCli({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        // The version first, then the libraries it runs on (for bug reports).
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("readiness-cli " READINESS_VERSION));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.value(1).startsWith(QStringLiteral("Qt 6.")));
        r = runCli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char* command : { "templates", "new", "info", "set", "adjust", "score", "attach",
                 "evidence", "extract", "report", "log", "finding", "risk", "kpi", "signoff" }) {
            QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))), command);
            const TestSupport::CliResult help = runCli({ QLatin1String(command), QStringLiteral("--help") });
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("Usage: readiness-cli %1").arg(QLatin1String(command))),
                qPrintable(help.out));
        }
        r = runCli({});
        QCOMPARE(r.exitCode, 2);
        r = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
        r = runCli({ QStringLiteral("score") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Missing arguments")));
        r = runCli({ QStringLiteral("score"), path(QStringLiteral("x")), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("bogus")));
    }

    // Control sequences and bidirectional overrides in what people typed or named never reach a terminal
    // or a report raw: a note that would retitle the terminal and ring its bell, an evidence name whose
    // U+202E shows "...exe" as "...png", a title that would clear the screen.
    void typedTextCannotDriveTheTerminal()
    {
        const QString titled = path(QStringLiteral("hostile-title.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), titled, QStringLiteral("--template"),
                            QStringLiteral("release-validation"), QStringLiteral("--title"),
                            QStringLiteral("Review \x1b[2J\x1b[31mred") })
                     .exitCode,
            0);
        const QString project = path(QStringLiteral("hostile.readiness"));
        QVERIFY(TestSupport::makeDemo(project));
        const QString itemKey = QStringLiteral("SEC-03");
        QCOMPARE(runCli({ QStringLiteral("set"), project, itemKey, QStringLiteral("--note"),
                            QStringLiteral("done \x1b]0;pwned\x07 ok \u202Egnp.exe") })
                     .exitCode,
            0);
        const QString evidence = path(QStringLiteral("invoice\u202Egnp.exe"));
        TestSupport::writeFile(evidence, "MZ not really a program");
        QCOMPARE(runCli({ QStringLiteral("attach"), project, itemKey, evidence }).exitCode, 0);

        const auto raw = [](const QString& text) {
            for (const QChar c : text) {
                const ushort u = c.unicode();
                if ((u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7f && u <= 0x9f)
                    || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
                    return true;
            }
            return false;
        };
        for (const QStringList& args :
            { QStringList { QStringLiteral("score"), project },
                QStringList { QStringLiteral("score"), project, QStringLiteral("--json") },
                QStringList { QStringLiteral("info"), titled },
                QStringList { QStringLiteral("score"), titled },
                QStringList { QStringLiteral("log"), project }, QStringList { QStringLiteral("log"), titled },
                QStringList { QStringLiteral("evidence"), project } }) {
            const TestSupport::CliResult r = runCli(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!raw(r.out) && !raw(r.err), qPrintable(args.join(QLatin1Char(' '))));
        }
        // Shown, not hidden: the reader sees that something is there.
        QVERIFY(runCli({ QStringLiteral("evidence"), project })
                    .out.contains(QStringLiteral("invoice\\u202Egnp.exe")));
        QVERIFY(runCli({ QStringLiteral("info"), titled }).out.contains(QStringLiteral("Review \\u001B[2J")));

        const QString markdown = path(QStringLiteral("hostile.md"));
        QCOMPARE(runCli({ QStringLiteral("report"), project, QStringLiteral("--format"),
                            QStringLiteral("markdown"), QStringLiteral("-o"), markdown })
                     .exitCode,
            0);
        const QString text = QString::fromUtf8(TestSupport::fileBytes(markdown));
        QVERIFY(!raw(text));
        QVERIFY(text.contains(QStringLiteral("pwned\u2407")));
        QVERIFY(text.contains(QStringLiteral("U+202E\\]gnp.exe")));
    }

    void templatesAreListed()
    {
        const TestSupport::CliResult r = runCli({ QStringLiteral("templates") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("production-readiness\\s+8\\s+51"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("release-validation\\s+4\\s+24"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("operations-maturity\\s+3\\s+13"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("software-assurance-maturity\\s+5\\s+15"))));
    }

    void wholeAssessmentFromTheCommandLine()
    {
        const QString p = path(QStringLiteral("release.readiness"));
        TestSupport::CliResult r = runCli(
            { QStringLiteral("new"), p, QStringLiteral("--template"), QStringLiteral("release-validation"),
                QStringLiteral("--title"), QStringLiteral("Release 4.2 validation") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("4 domains, 24 items")));
        r = runCli(
            { QStringLiteral("new"), p, QStringLiteral("--template"), QStringLiteral("release-validation") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));

        // Nothing assessed: no score yet, and a pipeline gate fails.
        QJsonObject s = scoreJson(p);
        QVERIFY(
            s.value(QStringLiteral("overall")).toObject().value(QStringLiteral("score")).toDouble() == 0.0);
        r = runCli({ QStringLiteral("score"), p, QStringLiteral("--fail-under"), QStringLiteral("80") });
        QCOMPARE(r.exitCode, 1);

        // The validation summary: Infrastructure 20/25, Security 25/30, Performance 15/20, Compliance 25/25.
        const QStringList unmet { QStringLiteral("INFR-01"), QStringLiteral("SECU-05"),
            QStringLiteral("PERF-01") };
        const QString wholeOfPerf04 = QStringLiteral("PERF-04");
        for (const char* k :
            { "INFR-01", "INFR-02", "INFR-03", "INFR-04", "INFR-05", "INFR-06", "SECU-01", "SECU-02",
                "SECU-03", "SECU-04", "SECU-05", "SECU-06", "PERF-01", "PERF-02", "PERF-03", "PERF-04",
                "PERF-05", "PERF-06", "COMP-01", "COMP-02", "COMP-03", "COMP-04", "COMP-05", "COMP-06" }) {
            const QString key = QLatin1String(k);
            QStringList args { QStringLiteral("set"), p, key, QStringLiteral("--status"),
                unmet.contains(key) ? QStringLiteral("unmet") : QStringLiteral("met"), QStringLiteral("--by"),
                QStringLiteral("auditor") };
            if (key == wholeOfPerf04)
                args = QStringList { QStringLiteral("set"), p, key, QStringLiteral("--status"),
                    QStringLiteral("partial"), QStringLiteral("--points"), QStringLiteral("2"),
                    QStringLiteral("--note"), QStringLiteral("Limits set for 4 of 6 services") };
            r = runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(key + QStringLiteral(": ") + r.err));
        }
        s = scoreJson(p);
        QJsonObject overall = s.value(QStringLiteral("overall")).toObject();
        // 20 + 25 + (20 - 4 - 1) + 25 = 85 of 100: grade B, mostly ready.
        QCOMPARE(overall.value(QStringLiteral("score")).toDouble(), 85.0);
        QCOMPARE(overall.value(QStringLiteral("display")).toInt(), 85);
        QCOMPARE(overall.value(QStringLiteral("grade")).toString(), QStringLiteral("B"));
        QCOMPARE(overall.value(QStringLiteral("status")).toString(), QStringLiteral("Mostly ready"));
        QVERIFY(!overall.contains(QStringLiteral("computed")));
        const QJsonArray domains = s.value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 4);
        const QJsonObject perf = domains.at(2).toObject();
        QCOMPARE(perf.value(QStringLiteral("key")).toString(), QStringLiteral("PERFORMANCE"));
        QCOMPARE(perf.value(QStringLiteral("earned")).toDouble(), 15.0);
        QCOMPARE(perf.value(QStringLiteral("possible")).toDouble(), 20.0);
        QCOMPARE(perf.value(QStringLiteral("display")).toInt(), 75);
        QCOMPARE(perf.value(QStringLiteral("rating")).toString(), QStringLiteral("Fair"));
        QCOMPARE(perf.value(QStringLiteral("target")).toDouble(), 80.0);
        QCOMPARE(perf.value(QStringLiteral("meets_target")).toBool(), false);
        QCOMPARE(perf.value(QStringLiteral("assessed")).toInt(), 6);
        QCOMPARE(perf.value(QStringLiteral("items")).toInt(), 6);
        QCOMPARE(perf.value(QStringLiteral("weight")).toDouble(), 20.0);

        r = runCli({ QStringLiteral("score"), p, QStringLiteral("--fail-under"), QStringLiteral("85") });
        QCOMPARE(r.exitCode, 0);
        r = runCli({ QStringLiteral("score"), p, QStringLiteral("--fail-under"), QStringLiteral("86") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("below 86")));

        // The assessors adjust "with context": both figures are reported.
        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--overall"), QStringLiteral("--score"),
            QStringLiteral("92") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--reason")));
        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--overall"), QStringLiteral("--score"),
            QStringLiteral("92"), QStringLiteral("--reason"), QStringLiteral("With week 4 context"),
            QStringLiteral("--by"), QStringLiteral("lead") });
        QCOMPARE(r.exitCode, 0);
        overall = scoreJson(p).value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("display")).toInt(), 92);
        QCOMPARE(overall.value(QStringLiteral("grade")).toString(), QStringLiteral("A-"));
        QCOMPARE(overall.value(QStringLiteral("status")).toString(), QStringLiteral("Ready"));
        const QJsonObject computed = overall.value(QStringLiteral("computed")).toObject();
        QCOMPARE(computed.value(QStringLiteral("display")).toInt(), 85);
        QCOMPARE(computed.value(QStringLiteral("grade")).toString(), QStringLiteral("B"));
        r = runCli({ QStringLiteral("score"), p });
        QVERIFY(r.out.contains(QStringLiteral("Overall: 92 %, grade A-, Ready")));
        QVERIFY(r.out.contains(QStringLiteral("computed 85 %, grade B, Mostly ready")));

        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--domain"), QStringLiteral("PERFORMANCE"),
            QStringLiteral("--score"), QStringLiteral("85"), QStringLiteral("--reason"),
            QStringLiteral("Limits verified after the test") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject perfAdjusted
            = scoreJson(p).value(QStringLiteral("domains")).toArray().at(2).toObject();
        QCOMPARE(perfAdjusted.value(QStringLiteral("display")).toInt(), 85);
        QCOMPARE(perfAdjusted.value(QStringLiteral("computed"))
                     .toObject()
                     .value(QStringLiteral("display"))
                     .toInt(),
            75);
        QCOMPARE(perfAdjusted.value(QStringLiteral("meets_target")).toBool(), true);
        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--clear"), QStringLiteral("--overall") });
        QCOMPARE(r.exitCode, 0);
        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--clear"), QStringLiteral("--domain"),
            QStringLiteral("PERFORMANCE") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            scoreJson(p).value(QStringLiteral("overall")).toObject().value(QStringLiteral("display")).toInt(),
            85);

        // Bad values are refused and change nothing.
        const QByteArray before = TestSupport::fileBytes(p);
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("INFR-01"), QStringLiteral("--status"),
            QStringLiteral("done") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("open, met, partial, unmet, na")));
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("NOPE-01"), QStringLiteral("--status"),
            QStringLiteral("met") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("NOPE-01")));
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("INFR-01"), QStringLiteral("--status"),
            QStringLiteral("partial"), QStringLiteral("--points"), QStringLiteral("9") });
        QCOMPARE(r.exitCode, 2);
        r = runCli({ QStringLiteral("adjust"), p, QStringLiteral("--overall"), QStringLiteral("--score"),
            QStringLiteral("120"), QStringLiteral("--reason"), QStringLiteral("x") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(TestSupport::fileBytes(p), before);

        // Evidence: attach, list, extract; the same file twice is stored once.
        const QString shot = path(QStringLiteral("mfa-screenshot.png"));
        TestSupport::writeFile(shot, QByteArray(200000, 'x') + "end");
        r = runCli({ QStringLiteral("attach"), p, QStringLiteral("SECU-05"), shot,
            QStringLiteral("--caption"), QStringLiteral("MFA prompt") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString sha = TestSupport::sha256Of(shot);
        QVERIFY(r.out.contains(sha));
        r = runCli({ QStringLiteral("attach"), p, QStringLiteral("SECU-01"), shot });
        QCOMPARE(r.exitCode, 0);
        r = runCli(
            { QStringLiteral("attach"), p, QStringLiteral("SECU-01"), path(QStringLiteral("missing.png")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.png")));
        r = runCli({ QStringLiteral("evidence"), p });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(sha), 1);
        QVERIFY(r.out.contains(QStringLiteral("SECU-01, SECU-05")));
        r = runCli(
            { QStringLiteral("extract"), p, sha, QStringLiteral("-o"), path(QStringLiteral("out.png")) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(TestSupport::sha256Of(path(QStringLiteral("out.png"))), sha);
        r = runCli({ QStringLiteral("extract"), p, QString(64, QLatin1Char('a')), QStringLiteral("-o"),
            path(QStringLiteral("none.png")) });
        QCOMPARE(r.exitCode, 2);

        // Reports in Markdown and JSON.
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), path(QStringLiteral("r.md")) });
        QCOMPARE(r.exitCode, 0);
        const QString md = QString::fromUtf8(TestSupport::fileBytes(path(QStringLiteral("r.md"))));
        QVERIFY(md.startsWith(QStringLiteral("# Release 4.2 validation")));
        QVERIFY(md.contains(QStringLiteral("**Score 85 / 100 · Grade B · Mostly ready**")));
        QVERIFY(md.contains(QStringLiteral("| Performance | 20 pts | 15 / 20 | 75 % |")));
        QVERIFY(md.contains(QStringLiteral("## Open gaps")));
        QVERIFY(md.contains(QStringLiteral("Limits set for 4 of 6 services")));
        QVERIFY(md.contains(sha));
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("-o"), path(QStringLiteral("r.json")) });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report
            = QJsonDocument::fromJson(TestSupport::fileBytes(path(QStringLiteral("r.json")))).object();
        QCOMPARE(report.value(QStringLiteral("overall")).toObject().value(QStringLiteral("grade")).toString(),
            QStringLiteral("B"));
        QCOMPARE(report.value(QStringLiteral("gaps")).toArray().size(), 4);
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("docx"),
            QStringLiteral("-o"), path(QStringLiteral("r.docx")) });
        QCOMPARE(r.exitCode, 2);

        // Info and the audit log.
        r = runCli({ QStringLiteral("info"), p });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Release 4.2 validation")));
        QVERIFY(r.out.contains(QStringLiteral("24 (24 assessed)")));
        QVERIFY(r.out.contains(QStringLiteral("Project format:      9")));
        r = runCli({ QStringLiteral("log"), p, QStringLiteral("--verify") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        r = runCli({ QStringLiteral("log"), p, QStringLiteral("--last"), QStringLiteral("3") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("evidence.attach")));
        QVERIFY(r.out.contains(QStringLiteral("auditor")) || r.out.contains(QStringLiteral("tester")));
    }

    // A pipeline records what a scanner found, a risk, a measured KPI and an approval, changes and removes
    // them; the project, the report's JSON and the audit log (attributed to --by) show each step, and bad
    // input changes nothing.
    void recordsFromThePipeline()
    {
        const QString p = path(QStringLiteral("records.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            QStringLiteral("release-validation") })
                     .exitCode,
            0);
        const auto list = [&](const QString& kind) {
            const TestSupport::CliResult r
                = runCli({ kind, QStringLiteral("list"), p, QStringLiteral("--json") });
            [&] { QCOMPARE(r.exitCode, 0); }();
            return QJsonDocument::fromJson(r.out.toUtf8()).array();
        };
        const auto logRows = [&] {
            return runCli({ QStringLiteral("log"), p })
                .out.count(QRegularExpression(QStringLiteral("(?m)^\\s+\\d+  ")));
        };
        QCOMPARE(list(QStringLiteral("finding")).size(), 0);
        QVERIFY(runCli({ QStringLiteral("finding"), QStringLiteral("list"), p })
                    .out.contains(QStringLiteral("No findings")));

        TestSupport::CliResult r
            = runCli({ QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--title"),
                QStringLiteral("CVE-2026-0001 in openssl on web-1"), QStringLiteral("--priority"),
                QStringLiteral("critical"), QStringLiteral("--effort"), QStringLiteral("3"),
                QStringLiteral("--due"), QStringLiteral("2026-12-20"), QStringLiteral("--items"),
                QStringLiteral("SECU-01, SECU-02"), QStringLiteral("--by"), QStringLiteral("scanner") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Added finding F-001")));
        QJsonArray findings = list(QStringLiteral("finding"));
        QCOMPARE(findings.size(), 1);
        QJsonObject f = findings.first().toObject();
        QCOMPARE(f.value(QStringLiteral("id")).toString(), QStringLiteral("F-001"));
        QCOMPARE(f.value(QStringLiteral("priority")).toString(), QStringLiteral("critical"));
        QCOMPARE(f.value(QStringLiteral("effort_hours")).toDouble(), 3.0);
        QCOMPARE(f.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-20"));
        QCOMPARE(f.value(QStringLiteral("items")).toArray(),
            (QJsonArray { QStringLiteral("SECU-01"), QStringLiteral("SECU-02") }));
        const QString uuid = f.value(QStringLiteral("uuid")).toString();
        QVERIFY(!uuid.isEmpty());
        // The audit log names the pipeline as the author.
        QVERIFY(runCli({ QStringLiteral("log"), p })
                    .out.contains(QRegularExpression(QStringLiteral("scanner\\s.*finding\\.add"))));

        // Update by reference (any case) or UUID; "" clears a value.
        r = runCli({ QStringLiteral("finding"), QStringLiteral("update"), p, QStringLiteral("f-001"),
            QStringLiteral("--state"), QStringLiteral("in-progress"), QStringLiteral("--effort"),
            QString() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("finding"), QStringLiteral("update"), p, uuid, QStringLiteral("--owner"),
            QStringLiteral("Ops team") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        f = list(QStringLiteral("finding")).first().toObject();
        QCOMPARE(f.value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
        QVERIFY(f.value(QStringLiteral("effort_hours")).isNull());
        QCOMPARE(f.value(QStringLiteral("owner")).toString(), QStringLiteral("Ops team"));
        // The report carries it as the workbench's own records.
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("-o"), path(QStringLiteral("records.json")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile report(path(QStringLiteral("records.json")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(report.readAll())
                     .object()
                     .value(QStringLiteral("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("CVE-2026-0001 in openssl on web-1"));

        // Bad input: a clear message, exit 2, and the log does not grow.
        const int before = logRows();
        QVERIFY(before > 0);
        const QList<QPair<QStringList, QString>> bad {
            { { QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--items"), QStringLiteral("NOPE-1") },
                QStringLiteral("There is no item with the key \"NOPE-1\"") },
            { { QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--priority"),
                  QStringLiteral("high") },
                QStringLiteral("--title is required") },
            { { QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--priority"), QStringLiteral("urgent") },
                QStringLiteral("Unknown value \"urgent\" for --priority") },
            { { QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--due"), QStringLiteral("next week") },
                QStringLiteral("YYYY-MM-DD") },
            { { QStringLiteral("finding"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--effort"), QStringLiteral("-2") },
                QStringLiteral("cannot be negative") },
            { { QStringLiteral("finding"), QStringLiteral("update"), p, QStringLiteral("F-404"),
                  QStringLiteral("--state"), QStringLiteral("done") },
                QStringLiteral("There is no record with the id \"F-404\"") },
            { { QStringLiteral("finding"), QStringLiteral("update"), p, QStringLiteral("F-001") },
                QStringLiteral("Nothing to update") },
            { { QStringLiteral("finding"), QStringLiteral("remove"), p }, QStringLiteral("needs the id") },
            { { QStringLiteral("finding"), QStringLiteral("close"), p },
                QStringLiteral("Unknown action \"close\"") },
            { { QStringLiteral("risk"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--probability"), QStringLiteral("6") },
                QStringLiteral("rated from 1 to 5") },
            { { QStringLiteral("risk"), QStringLiteral("add"), p, QStringLiteral("--title"),
                  QStringLiteral("x"), QStringLiteral("--impact"), QStringLiteral("high") },
                QStringLiteral("whole number from 1 to 5") },
            { { QStringLiteral("kpi"), QStringLiteral("add"), p, QStringLiteral("--name"),
                  QStringLiteral("x"), QStringLiteral("--target"), QStringLiteral("fast") },
                QStringLiteral("--target needs a number") },
            { { QStringLiteral("signoff"), QStringLiteral("add"), p, QStringLiteral("--name"),
                  QStringLiteral("  ") },
                QStringLiteral("needs the approver's name") },
        };
        for (const auto& [args, message] : bad) {
            r = runCli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message),
                qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
        QCOMPARE(logRows(), before);
        QCOMPARE(list(QStringLiteral("finding")).size(), 1);
        QCOMPARE(list(QStringLiteral("risk")).size(), 0);

        // Risks, KPIs and sign-offs the same way.
        r = runCli({ QStringLiteral("risk"), QStringLiteral("add"), p, QStringLiteral("--title"),
            QStringLiteral("Vendor lock-in"), QStringLiteral("--category"), QStringLiteral("business"),
            QStringLiteral("--probability"), QStringLiteral("2"), QStringLiteral("--impact"),
            QStringLiteral("4") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            list(QStringLiteral("risk")).first().toObject().value(QStringLiteral("severity")).toInt(), 8);
        r = runCli({ QStringLiteral("kpi"), QStringLiteral("add"), p, QStringLiteral("--name"),
            QStringLiteral("p95 latency"), QStringLiteral("--unit"), QStringLiteral("ms"),
            QStringLiteral("--comparator"), QStringLiteral("<="), QStringLiteral("--target"),
            QStringLiteral("300"), QStringLiteral("--actual"), QStringLiteral("340") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            list(QStringLiteral("kpi")).first().toObject().value(QStringLiteral("passes")).toBool(), false);
        const QString kpiId
            = list(QStringLiteral("kpi")).first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(runCli({ QStringLiteral("kpi"), QStringLiteral("update"), p, kpiId,
                            QStringLiteral("--actual"), QStringLiteral("280") })
                     .exitCode,
            0);
        QCOMPARE(
            list(QStringLiteral("kpi")).first().toObject().value(QStringLiteral("passes")).toBool(), true);
        r = runCli({ QStringLiteral("signoff"), QStringLiteral("add"), p, QStringLiteral("--name"),
            QStringLiteral("Dana Lee"), QStringLiteral("--role"), QStringLiteral("CISO"),
            QStringLiteral("--decision"), QStringLiteral("approved") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject signOff = list(QStringLiteral("signoff")).first().toObject();
        QCOMPARE(signOff.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
        // The approval is bound to the log as it stood.
        QVERIFY(!signOff.value(QStringLiteral("audit_head")).toString().isEmpty());

        // Removal, and every step verifies in the log.
        for (const QString& kind : { QStringLiteral("finding"), QStringLiteral("risk"), QStringLiteral("kpi"),
                 QStringLiteral("signoff") }) {
            const QString id = list(kind).first().toObject().value(QStringLiteral("id")).toString();
            r = runCli({ kind, QStringLiteral("remove"), p, id });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(list(kind).size(), 0);
        }
        QCOMPARE(runCli({ QStringLiteral("log"), p, QStringLiteral("--verify") }).exitCode, 0);
    }

    void newFromTemplateFile()
    {
        const QString t = path(QStringLiteral("custom.json"));
        TestSupport::writeFile(
            t, R"({"format":"readiness-workbench-template","formatVersion":1,"id":"custom","title":"Custom",
            "domains":[{"key":"A","title":"Alpha","items":[{"key":"A-1","text":"First"},{"key":"A-2","text":"Second","points":3}]}]})");
        TestSupport::CliResult r = runCli({ QStringLiteral("new"), path(QStringLiteral("custom.readiness")),
            QStringLiteral("--template"), t });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 domains, 2 items")));
        const QString bad = path(QStringLiteral("bad.json"));
        TestSupport::writeFile(bad, "{ \"format\": \"readiness-workbench-template\", ");
        r = runCli({ QStringLiteral("new"), path(QStringLiteral("bad.readiness")),
            QStringLiteral("--template"), bad });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.readiness"))));
    }

    void demoProjectIsFilledIn()
    {
        const QString p = path(QStringLiteral("demo.readiness"));
        TestSupport::CliResult r = runCli({ QStringLiteral("demo"), p });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("info"), p });
        QVERIFY(r.out.contains(QStringLiteral("Evidence:            5")));
        QVERIFY(r.out.contains(QStringLiteral("Milestones:          1")));
        const QJsonObject s = scoreJson(p);
        QVERIFY(s.value(QStringLiteral("overall")).toObject().value(QStringLiteral("score")).toDouble() > 50);
        QCOMPARE(runCli({ QStringLiteral("log"), p, QStringLiteral("--verify") }).exitCode, 0);

        // The path to ready: steps whose efforts add up, ending Ready.
        r = runCli({ QStringLiteral("plan"), p, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(plan.value(QStringLiteral("reachable")).toBool());
        const QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        double total = 0;
        double previous = 0;
        for (const QJsonValue& step : steps) {
            total += step.toObject().value(QStringLiteral("effort")).toDouble();
            QVERIFY(step.toObject().value(QStringLiteral("score_after")).toDouble() >= previous);
            previous = step.toObject().value(QStringLiteral("score_after")).toDouble();
        }
        QCOMPARE(plan.value(QStringLiteral("total_effort")).toDouble(), total);
        QCOMPARE(steps.last().toObject().value(QStringLiteral("status_after")).toString(),
            QStringLiteral("Ready"));
        r = runCli({ QStringLiteral("plan"), p });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("make the assessment Ready")));
    }

    // A fresh assessment has no recommendations and no estimates yet; the path to ready still answers,
    // counting each item at the default effort and saying so, until estimates come in with set --effort.
    // Answers other than a status from the command line: levels, choices, yes/no with a follow-up,
    // numbers; bad answers refused with nothing written; implementation groups chosen later.
    // The evidence lifecycle and the review, end to end: dated evidence that expired shows in the report,
    // versions come back by date, and a final report is refused (exit 1, nothing written) while a flag or
    // a comment thread is open, then made once they are settled and says it is final.
    void evidenceLifecycleAndReviewFromTheCommandLine()
    {
        const QString p = path(QStringLiteral("lifecycle.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            QStringLiteral("production-readiness") })
                     .exitCode,
            0);
        const QString v1 = path(QStringLiteral("dr-plan.txt"));
        TestSupport::writeFile(v1, "DR plan, 2025 edition\n");
        TestSupport::CliResult r
            = runCli({ QStringLiteral("attach"), p, QStringLiteral("DATA-01"), v1, QStringLiteral("--period"),
                QStringLiteral("2025-01-01..2025-03-31"), QStringLiteral("--valid-until"),
                QStringLiteral("2025-12-31"), QStringLiteral("--by"), QStringLiteral("Ana Auditor") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Bad dates are refused and change nothing.
        for (const QStringList& bad :
            { QStringList { QStringLiteral("--collected"), QStringLiteral("2026-02-30") },
                QStringList { QStringLiteral("--period"), QStringLiteral("2026-03-01..2026-01-01") },
                QStringList { QStringLiteral("--collected"), QStringLiteral("2026-01-01"),
                    QStringLiteral("--period"), QStringLiteral("2026-01-01..2026-02-01") } }) {
            r = runCli(QStringList { QStringLiteral("attach"), p, QStringLiteral("DATA-02"), v1 } + bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.isEmpty());
        }
        const QDateTime between = QDateTime::currentDateTimeUtc();
        QTest::qWait(20);
        const QString v2 = path(QStringLiteral("dr-plan-2026.txt"));
        TestSupport::writeFile(v2, "DR plan, 2026 edition\n");
        r = runCli({ QStringLiteral("attach"), p, QStringLiteral("DATA-01"), v2, QStringLiteral("--revise"),
            QStringLiteral("dr-plan.txt"), QStringLiteral("--collected"), QStringLiteral("2026-11-02") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("as version 2")));

        r = runCli({ QStringLiteral("evidence"), p, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject e = all.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("dr-plan-2026.txt"));
        QCOMPARE(e.value(QStringLiteral("collected_from")).toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(e.value(QStringLiteral("review")).toString(), QStringLiteral("unreviewed"));
        const QJsonObject earlier = e.value(QStringLiteral("revisions")).toArray().at(0).toObject();
        QCOMPARE(earlier.value(QStringLiteral("sha256")).toString(), TestSupport::sha256Of(v1));
        QCOMPARE(earlier.value(QStringLiteral("collected_to")).toString(), QStringLiteral("2025-03-31"));
        QCOMPARE(earlier.value(QStringLiteral("valid_until")).toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(earlier.value(QStringLiteral("added_by")).toString(), QStringLiteral("Ana Auditor"));

        // What proof did the project hold at a moment: the version of then.
        const QString out = path(QStringLiteral("then.txt"));
        r = runCli({ QStringLiteral("extract"), p, QStringLiteral("dr-plan-2026.txt"), QStringLiteral("--at"),
            between.toString(Qt::ISODateWithMs), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(TestSupport::fileBytes(out), TestSupport::fileBytes(v1));
        r = runCli({ QStringLiteral("extract"), p, QStringLiteral("dr-plan-2026.txt"), QStringLiteral("--at"),
            QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("-o"), out });
        QCOMPARE(TestSupport::fileBytes(out), TestSupport::fileBytes(v2));
        r = runCli({ QStringLiteral("extract"), p, QStringLiteral("dr-plan-2026.txt"), QStringLiteral("--at"),
            QStringLiteral("2020-01-01"), QStringLiteral("-o"), path(QStringLiteral("never.txt")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("never.txt"))));

        // Expired evidence (a second piece, valid until last year) shows in the report; a rejected one too.
        const QString scan = path(QStringLiteral("scan.txt"));
        TestSupport::writeFile(scan, "vulnerability scan\n");
        QCOMPARE(runCli({ QStringLiteral("attach"), p, QStringLiteral("SEC-03"), scan,
                            QStringLiteral("--collected"), QStringLiteral("2025-05-01"),
                            QStringLiteral("--valid-until"), QStringLiteral("2025-11-01") })
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("evidence"), p, QStringLiteral("dr-plan-2026.txt"),
                            QStringLiteral("--reject"), QStringLiteral("Unsigned draft") })
                     .exitCode,
            0);
        const QString draft = path(QStringLiteral("draft.md"));
        QCOMPARE(runCli({ QStringLiteral("report"), p, QStringLiteral("-o"), draft }).exitCode, 0);
        const QString md = QString::fromUtf8(TestSupport::fileBytes(draft));
        QVERIFY2(
            md.contains(QStringLiteral("- **scan.txt** (SEC-03): expired on 1 Nov 2025")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("rejected: Unsigned draft")));
        QVERIFY(md.contains(QStringLiteral("- **DATA-01** (")));

        // The review: a flag and a comment keep the report from being final.
        QCOMPARE(runCli({ QStringLiteral("flag"), p, QStringLiteral("SEC-03"), QStringLiteral("--reason"),
                            QStringLiteral("Scan is out of date") })
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("comment"), p, QStringLiteral("DATA-01"),
                            QStringLiteral("Need the signed plan") })
                     .exitCode,
            0);
        r = runCli({ QStringLiteral("review"), p, QStringLiteral("--json") });
        const QJsonObject review = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(review.value(QStringLiteral("open_flags")).toArray().size(), 1);
        QCOMPARE(review.value(QStringLiteral("unresolved_comments")).toArray().size(), 1);
        QCOMPARE(review.value(QStringLiteral("can_be_final")).toBool(), false);
        const qint64 commentId = review.value(QStringLiteral("unresolved_comments"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger();
        const QString final = path(QStringLiteral("final.md"));
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--final"), QStringLiteral("-o"), final });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("cannot be final")));
        QVERIFY(!QFile::exists(final));
        QCOMPARE(runCli({ QStringLiteral("report"), p, QStringLiteral("--final"), QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("final.pdf")) })
                     .exitCode,
            1);
        QVERIFY(!QFile::exists(path(QStringLiteral("final.pdf"))));

        QCOMPARE(runCli({ QStringLiteral("review"), p, QStringLiteral("--accept"), QStringLiteral("SEC-03"),
                            QStringLiteral("--sign-off"), QStringLiteral("SEC"), QStringLiteral("--by"),
                            QStringLiteral("Rita Reviewer") })
                     .exitCode,
            0);
        QCOMPARE(
            runCli({ QStringLiteral("comment"), p, QStringLiteral("--resolve"), QString::number(commentId) })
                .exitCode,
            0);
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--final"), QStringLiteral("-o"), final });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString finalText = QString::fromUtf8(TestSupport::fileBytes(final));
        QVERIFY(finalText.contains(QStringLiteral("· Final |")));
        QVERIFY(finalText.contains(QStringLiteral("| Security & Compliance | Rita Reviewer |")));
        QVERIFY(
            runCli({ QStringLiteral("review"), p }).out.contains(QStringLiteral("the report can be final")));
    }

    void answersFromTheCommandLine()
    {
        const QString p = path(QStringLiteral("ops.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            QStringLiteral("operations-maturity") })
                     .exitCode,
            0);
        const auto set = [&](const QString& key, const QString& answer) {
            return runCli({ QStringLiteral("set"), p, key, QStringLiteral("--answer"), answer });
        };
        TestSupport::CliResult r = set(QStringLiteral("SVC-01"), QStringLiteral("Managed"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("answered 2 – Managed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1.33333 of 2 points")));
        QVERIFY(r.out.contains(QStringLiteral("below its target")));
        QCOMPARE(set(QStringLiteral("SUP-01"), QStringLiteral("no")).exitCode, 0);
        r = set(QStringLiteral("SUP-02"), QStringLiteral("3"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("does not apply")), qPrintable(r.out));
        QCOMPARE(set(QStringLiteral("RES-04"), QStringLiteral("99.95 %")).exitCode, 0);
        // Refused, with the reason, and the log unchanged.
        const auto logLength = [&] {
            return runCli({ QStringLiteral("log"), p }).out.count(QLatin1Char('\n'));
        };
        const qsizetype entries = logLength();
        QVERIFY(entries > 3);
        for (const auto& [key, answer] :
            QVector<QPair<QString, QString>> { { QStringLiteral("SVC-02"), QStringLiteral("9") },
                { QStringLiteral("RES-04"), QStringLiteral("fast") },
                { QStringLiteral("RES-05"), QStringLiteral("2026-13-01") },
                { QStringLiteral("SUP-03"), QStringLiteral("cert, gold") },
                { QStringLiteral("NOPE-1"), QStringLiteral("1") } }) {
            r = set(key, answer);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.trimmed().isEmpty());
        }
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("SVC-02"), QStringLiteral("--status"),
            QStringLiteral("met") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("give the answer")), qPrintable(r.err));
        QCOMPARE(logLength(), entries);
        // score --json counts by the same rules: SVC 2 of 6 points (1.33 + nothing assessed yet for the
        // rest), RES 1 of 1 applicable scored point, SUP "no" 0 of 1 with its three follow-ups left out.
        r = runCli({ QStringLiteral("score"), p, QStringLiteral("--json") });
        const QJsonArray domains
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("domains")).toArray();
        QCOMPARE(domains.size(), 3);
        QCOMPARE(domains.at(2).toObject().value(QStringLiteral("possible")).toDouble(), 1.0);
        QCOMPARE(domains.at(2).toObject().value(QStringLiteral("applicable")).toInt(), 1);
        QVERIFY(
            std::abs(domains.at(0).toObject().value(QStringLiteral("earned")).toDouble() - 1.333333) < 1e-6);
        // The report shows the answer as given and its gap; the CSV carries the answer.
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), path(QStringLiteral("ops.md")) });
        QCOMPARE(r.exitCode, 0);
        const QString md = QString::fromUtf8(TestSupport::fileBytes(path(QStringLiteral("ops.md"))));
        QVERIFY(md.contains(QStringLiteral("2 – Managed → ")));
        QVERIFY(md.contains(QStringLiteral("Applies only when SUP-01 is answered Yes.")));
        // Implementation groups: a checklist without them says so and refuses a group.
        r = runCli({ QStringLiteral("groups"), p, QStringLiteral("--set"), QStringLiteral("IG1") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no implementation groups")), qPrintable(r.err));
        const QString t = path(QStringLiteral("types.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), t, QStringLiteral("--template"),
                            QStringLiteral(READINESS_SOURCE_DIR "/tests/data/templates/answer-types.json") })
                     .exitCode,
            0);
        r = runCli({ QStringLiteral("groups"), t, QStringLiteral("--set"), QStringLiteral("IG1") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("In scope: IG1.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 item(s) do not apply"))
            || r.out.contains(QStringLiteral("2 items do not apply")));
        r = runCli({ QStringLiteral("groups"), t, QStringLiteral("--set"), QStringLiteral("IG7") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("IG1, IG2")) || r.err.contains(QStringLiteral("IG2, IG1")));
        QCOMPARE(runCli({ QStringLiteral("groups"), t, QStringLiteral("--all") }).exitCode, 0);
    }

    void freshAssessmentHasAPathToReady()
    {
        const QString p = path(QStringLiteral("fresh.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            QStringLiteral("release-validation") })
                     .exitCode,
            0);
        const auto plan = [&](const QStringList& extra = {}) {
            const TestSupport::CliResult r
                = runCli(QStringList { QStringLiteral("plan"), p, QStringLiteral("--json") } + extra);
            [&] { QCOMPARE(r.exitCode, 0); }();
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        QJsonObject before = plan();
        QVERIFY(before.value(QStringLiteral("reachable")).toBool());
        const QJsonArray steps = before.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() > 10);
        QCOMPARE(before.value(QStringLiteral("unestimated_steps")).toInt(), steps.size());
        QCOMPARE(before.value(QStringLiteral("default_effort")).toDouble(), 4.0);
        QCOMPARE(before.value(QStringLiteral("total_effort")).toDouble(), 4.0 * steps.size());
        QVERIFY(!steps.first().toObject().value(QStringLiteral("estimated")).toBool());
        TestSupport::CliResult r = runCli({ QStringLiteral("plan"), p });
        QVERIFY(r.out.contains(QStringLiteral("4 h (default)")));
        QVERIFY(r.out.contains(QStringLiteral("set --effort")));
        QCOMPARE(plan({ QStringLiteral("--default-effort"), QStringLiteral("2") })
                     .value(QStringLiteral("total_effort"))
                     .toDouble(),
            2.0 * steps.size());
        r = runCli({ QStringLiteral("plan"), p, QStringLiteral("--default-effort"), QStringLiteral("-1") });
        QCOMPARE(r.exitCode, 2);

        // An estimate: the cheap item leads the plan and counts as estimated; a large one drops out.
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("SECU-03"), QStringLiteral("--effort"),
            QStringLiteral("0.5"), QStringLiteral("--by"), QStringLiteral("lead") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("SECU-04"), QStringLiteral("--effort"),
                            QStringLiteral("80") })
                     .exitCode,
            0);
        QJsonObject after = plan();
        const QJsonArray afterSteps = after.value(QStringLiteral("steps")).toArray();
        QCOMPARE(afterSteps.first().toObject().value(QStringLiteral("item")).toString(),
            QStringLiteral("SECU-03"));
        QVERIFY(afterSteps.first().toObject().value(QStringLiteral("estimated")).toBool());
        for (const QJsonValue& step : afterSteps)
            QVERIFY(step.toObject().value(QStringLiteral("item")).toString() != QStringLiteral("SECU-04"));
        QCOMPARE(after.value(QStringLiteral("unestimated_steps")).toInt(), afterSteps.size() - 1);
        // Cleared again with "", refused when negative; the log names who estimated.
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("SECU-03"), QStringLiteral("--effort"),
                            QString() })
                     .exitCode,
            0);
        QCOMPARE(plan().value(QStringLiteral("unestimated_steps")).toInt(),
            plan().value(QStringLiteral("steps")).toArray().size());
        r = runCli({ QStringLiteral("set"), p, QStringLiteral("SECU-03"), QStringLiteral("--effort"),
            QStringLiteral("-2") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot be negative")));
        QVERIFY(
            runCli({ QStringLiteral("log"), p }).out.contains(QRegularExpression(QStringLiteral("lead\\s"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
