// readiness-cli convert, new --template and export on real third-party checklists: the built binary,
// as a pipeline would run it.

#include "TestSupport.h"

#include "exchange/Csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(READINESS_FIXTURES_DIR "/") + name;
}

void collectPaths(const QJsonValue& v, const QString& path, QSet<QString>* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + QLatin1Char('.') + it.key();
            out->insert(p);
            collectPaths(it.value(), p, out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            collectPaths(x, path + QStringLiteral("[]"), out);
    }
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// NIST's official OSCAL 1.1.2 schema of the model ("assessment-results" or "poam") checks the files, by
// an independent validator (tests/e2e/validate_oscal.py: python3-jsonschema with python3-regex). Returns
// its exit code (0 valid, 1 invalid) and prints what it says.
int validateOscal(const QString& model, const QStringList& files)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(READINESS_PYTHON),
        QStringList { QStringLiteral(READINESS_SOURCE_DIR "/tests/e2e/validate_oscal.py"),
            fixture(QStringLiteral("oscal/oscal_%1_schema-1.1.2.json").arg(model)) }
            + files);
    if (!p.waitForFinished(120000))
        return -1;
    qInfo().noquote() << QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
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
        QTest::newRow("NIST LOW") << QStringLiteral(
            "oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json")
                                  << 18 << 149;
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
        QCOMPARE(
            t.value(QStringLiteral("format")).toString(), QStringLiteral("readiness-workbench-template"));
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
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")) })
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("overview01"), QStringLiteral("--status"),
                            QStringLiteral("met") })
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("set"), p, QStringLiteral("overview02"), QStringLiteral("--status"),
                            QStringLiteral("partial"), QStringLiteral("--points"), QStringLiteral("0.25"),
                            QStringLiteral("--note"), QStringLiteral("=1+1, \"quoted\"") })
                     .exitCode,
            0);
        // The lens's risk rules read the choices that apply.
        auto chosen = runCli({ QStringLiteral("set"), p, QStringLiteral("overview01"),
            QStringLiteral("--choices"), QStringLiteral("choice2") });
        QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
        QVERIFY2(chosen.out.contains(QStringLiteral("overview01: High risk")), qPrintable(chosen.out));
        chosen = runCli({ QStringLiteral("set"), p, QStringLiteral("overview01"), QStringLiteral("--choices"),
            QStringLiteral("choice7") });
        QCOMPARE(chosen.exitCode, 2);
        QVERIFY(chosen.err.contains(QStringLiteral("no choice \"choice7\"")));
        const QString csv = path(QStringLiteral("lens.csv"));
        auto r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("-o"), csv });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith(
            "\xEF\xBB\xBF"
            "domain,key,text,guidance,points,blocker,status,earned,owner,note,evidence,choices,risk,answer,"
            "answer_shown,does_not_apply\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("\"'=1+1, \"\"quoted\"\"\"")));
        QVERIFY(text.contains(QStringLiteral(",choice2,high,,,\r\n")));

        // The earned points in the CSV add up to what `score --json` says.
        const QJsonObject score = QJsonDocument::fromJson(
            runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out.toUtf8())
                                      .object();
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

        // The other tables.
        for (const QString& table :
            { QStringLiteral("findings"), QStringLiteral("risks"), QStringLiteral("kpis") }) {
            const QString out = path(table + QStringLiteral(".csv"));
            r = runCli(
                { QStringLiteral("export"), p, QStringLiteral("--table"), table, QStringLiteral("-o"), out });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(readAll(out).startsWith("\xEF\xBB\xBF"));
        }
        r = runCli({ QStringLiteral("export"), p, QStringLiteral("--table"), QStringLiteral("people"),
            QStringLiteral("-o"), csv });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown table \"people\"")));
        r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("xlsx"),
            QStringLiteral("-o"), csv });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown export format \"xlsx\"")));
    }

    void oscalExportsPassTheOfficialSchemas()
    {
        // Projects of every kind the workbench makes: the demo (evidence, recommendations, risks), the
        // NIST LOW baseline from its OSCAL catalog with answers, a Well-Architected lens with choices,
        // and a checklist whose keys and text OSCAL's tokens and strings would not take as they are.
        const QString demo = path(QStringLiteral("schema-demo.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), demo }).exitCode, 0);
        const QString nist = path(QStringLiteral("schema-nist.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), nist, QStringLiteral("--template"),
                            fixture(QStringLiteral(
                                "oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json")) })
                     .exitCode,
            0);
        for (const auto& [key, status] : { std::pair { "ac-1", "met" }, std::pair { "ac-2", "unmet" },
                 std::pair { "au-2", "partial" }, std::pair { "si-4", "na" } })
            QCOMPARE(runCli({ QStringLiteral("set"), nist, QLatin1String(key), QStringLiteral("--status"),
                                QLatin1String(status), QStringLiteral("--note"),
                                QStringLiteral("Checked on site: «ok» — 100 % 🙂\nsecond line") })
                         .exitCode,
                0);
        const QString lens = path(QStringLiteral("schema-lens.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), lens, QStringLiteral("--template"),
                            fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")) })
                     .exitCode,
            0);
        const QString odd = path(QStringLiteral("schema-odd.readiness"));
        const QString oddTemplate = path(QStringLiteral("odd.template.json"));
        QFile t(oddTemplate);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QJsonDocument(
            QJsonObject { { QStringLiteral("format"), QStringLiteral("readiness-workbench-template") },
                { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("id"), QStringLiteral("odd") },
                { QStringLiteral("version"), QStringLiteral("1") },
                { QStringLiteral("title"), QStringLiteral("Ödd <keys> & \"quotes\"") },
                { QStringLiteral("domains"),
                    QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("1-UEBER") },
                        { QStringLiteral("title"), QStringLiteral("Über") },
                        { QStringLiteral("items"),
                            QJsonArray {
                                QJsonObject { { QStringLiteral("key"), QStringLiteral("1-UEBER.01") },
                                    { QStringLiteral("text"), QStringLiteral("Ünïcode ✓ and <tags>") } },
                                QJsonObject { { QStringLiteral("key"), QStringLiteral("9") },
                                    { QStringLiteral("text"), QStringLiteral("Digits only") } } } } } } } })
                    .toJson());
        t.close();
        auto r = runCli({ QStringLiteral("new"), odd, QStringLiteral("--template"), oddTemplate });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString& key : { QStringLiteral("1-UEBER.01"), QStringLiteral("9") })
            QCOMPARE(runCli({ QStringLiteral("set"), odd, key, QStringLiteral("--status"),
                                QStringLiteral("unmet") })
                         .exitCode,
                0);

        QStringList results;
        for (const QString& p : { demo, nist, lens, odd }) {
            const QString out = p + QStringLiteral(".ar.json");
            r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("oscal-ar"),
                QStringLiteral("-o"), out });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            results << out;
        }
        QCOMPARE(validateOscal(QStringLiteral("assessment-results"), results), 0);

        const QString poam = path(QStringLiteral("schema-demo.poam.json"));
        r = runCli({ QStringLiteral("export"), demo, QStringLiteral("--format"), QStringLiteral("oscal-poam"),
            QStringLiteral("-o"), poam });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(validateOscal(QStringLiteral("poam"), { poam }), 0);

        // The validator is not a formality: a copy with an id OSCAL does not allow and a party of a kind
        // it does not know is refused, by each schema.
        for (const auto& [file, model, root] :
            { std::tuple { results.first(), QStringLiteral("assessment-results"),
                  QStringLiteral("assessment-results") },
                std::tuple {
                    poam, QStringLiteral("poam"), QStringLiteral("plan-of-action-and-milestones") } }) {
            QJsonObject doc = QJsonDocument::fromJson(readAll(file)).object();
            QJsonObject top = doc.value(root).toObject();
            top.insert(QStringLiteral("uuid"), QStringLiteral("not-a-uuid"));
            doc.insert(root, top);
            const QString forged = file + QStringLiteral(".forged.json");
            QFile f(forged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(doc).toJson());
            f.close();
            QCOMPARE(validateOscal(model, { forged }), 1);
        }
        QCOMPARE(validateOscal(QStringLiteral("poam"), { results.first() }), 1);
    }

    void poamCarriesTheOpenRecommendations()
    {
        // One item per open recommendation; every reference resolves inside the document; done
        // recommendations stay out; with none open the export says why and writes nothing.
        const QString p = path(QStringLiteral("poam.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), p }).exitCode, 0);
        const QString out = path(QStringLiteral("poam.json"));
        auto r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"),
            QStringLiteral("oscal-poam"), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject poam = QJsonDocument::fromJson(readAll(out))
                                     .object()
                                     .value(QStringLiteral("plan-of-action-and-milestones"))
                                     .toObject();
        const auto uuids = [&](const char* list) {
            QSet<QString> s;
            for (const QJsonValue& v : poam.value(QLatin1String(list)).toArray())
                s.insert(v.toObject().value(QStringLiteral("uuid")).toString());
            return s;
        };
        const QSet<QString> findings = uuids("findings");
        const QSet<QString> risks = uuids("risks");
        const QSet<QString> observations = uuids("observations");
        QStringList references;
        for (const QJsonValue& v : poam.value(QStringLiteral("poam-items")).toArray()) {
            const QJsonObject item = v.toObject();
            references << item.value(QStringLiteral("title")).toString().section(QLatin1Char(' '), 0, 0);
            for (const QJsonValue& x : item.value(QStringLiteral("related-findings")).toArray())
                QVERIFY(findings.contains(x.toObject().value(QStringLiteral("finding-uuid")).toString()));
            for (const QJsonValue& x : item.value(QStringLiteral("related-risks")).toArray())
                QVERIFY(risks.contains(x.toObject().value(QStringLiteral("risk-uuid")).toString()));
            for (const QJsonValue& x : item.value(QStringLiteral("related-observations")).toArray())
                QVERIFY(
                    observations.contains(x.toObject().value(QStringLiteral("observation-uuid")).toString()));
        }
        // The same recommendations the findings table lists as not done.
        r = runCli({ QStringLiteral("export"), p, QStringLiteral("--table"), QStringLiteral("findings"),
            QStringLiteral("-o"), path(QStringLiteral("poam-findings.csv")) });
        QCOMPARE(r.exitCode, 0);
        QStringList open;
        const QList<QByteArray> lines = readAll(path(QStringLiteral("poam-findings.csv"))).split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            if (!line.trimmed().isEmpty() && !line.contains(",done,"))
                open << QString::fromUtf8(line.left(line.indexOf(','))).remove(QChar(0xFEFF));
        }
        QVERIFY(!open.isEmpty());
        QCOMPARE(references, open);

        const QString lens = path(QStringLiteral("poam-lens.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), lens, QStringLiteral("--template"),
                            fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")) })
                     .exitCode,
            0);
        const QString none = path(QStringLiteral("poam-none.json"));
        r = runCli({ QStringLiteral("export"), lens, QStringLiteral("--format"), QStringLiteral("oscal-poam"),
            QStringLiteral("-o"), none });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No recommendation is open")), qPrintable(r.err));
        QVERIFY(!QFile::exists(none));
    }

    void resultsComeBackFromASpreadsheet()
    {
        // The checklist goes out as CSV, comes back edited, and is taken in: a dry run first that changes
        // nothing, then the import, attributed; the sheet exported again shows the edits.
        const QString p = path(QStringLiteral("round.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), p }).exitCode, 0);
        const QString out = path(QStringLiteral("round.csv"));
        QCOMPARE(runCli({ QStringLiteral("export"), p, QStringLiteral("-o"), out }).exitCode, 0);
        QString error;
        std::optional<QVector<QStringList>> rows = rw::Csv::parse(readAll(out), &error);
        QVERIFY2(rows, qPrintable(error));
        const QStringList header = rows->first();
        const int key = header.indexOf(QStringLiteral("key"));
        const int status = header.indexOf(QStringLiteral("status"));
        const int note = header.indexOf(QStringLiteral("note"));
        for (QStringList& row : *rows) {
            if (row.at(key) == QLatin1String("SEC-01")) {
                row[status] = QStringLiteral("unmet");
                row[note] = QStringLiteral("Two administrators without MFA, found by the auditee.");
            }
            if (row.at(key) == QLatin1String("PERF-06"))
                row[status] = QStringLiteral("met");
        }
        const QString edited = path(QStringLiteral("round-edited.csv"));
        QFile f(edited);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rw::Csv::write(*rows));
        f.close();
        const QString scoreBefore = runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out;
        const QString logBefore = runCli({ QStringLiteral("log"), p }).out;

        auto r = runCli({ QStringLiteral("import-results"), p, edited, QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 changes")));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was changed.")));
        QCOMPARE(runCli({ QStringLiteral("log"), p }).out, logBefore);

        r = runCli({ QStringLiteral("import-results"), p, edited, QStringLiteral("--by"),
            QStringLiteral("Auditee"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject preview = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(preview.value(QStringLiteral("applied")).toBool());
        QCOMPARE(preview.value(QStringLiteral("changes")).toArray().size(), 2);
        QVERIFY(runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out != scoreBefore);
        QVERIFY(runCli({ QStringLiteral("log"), p }).out.contains(QStringLiteral("Auditee")));
        QCOMPARE(runCli({ QStringLiteral("log"), p, QStringLiteral("--verify") }).exitCode, 0);
        const QString again = path(QStringLiteral("round-again.csv"));
        QCOMPARE(runCli({ QStringLiteral("export"), p, QStringLiteral("-o"), again }).exitCode, 0);
        rows = rw::Csv::parse(readAll(again), &error);
        QVERIFY(rows);
        for (const QStringList& row : std::as_const(*rows)) {
            if (row.at(key) == QLatin1String("SEC-01")) {
                QCOMPARE(row.at(status), QStringLiteral("unmet"));
                QVERIFY(row.at(note).startsWith(QStringLiteral("Two administrators")));
            }
            if (row.at(key) == QLatin1String("PERF-06"))
                QCOMPARE(row.at(status), QStringLiteral("met"));
        }
        // Taken in once: the same sheet again changes nothing.
        r = runCli({ QStringLiteral("import-results"), p, edited });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Nothing to change.")));

        // A sheet with a row that does not match: the rest goes in, the row is named, exit 1.
        const QString partly = path(QStringLiteral("round-partly.csv"));
        QFile g(partly);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("key,owner\nOPS-02,Ana Lima\nOPS-99,Nobody\n");
        g.close();
        r = runCli({ QStringLiteral("import-results"), p, partly });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("line 3 (OPS-99): No item has this key.")));
        QVERIFY(r.out.contains(QStringLiteral("Applied 1 change.")));
        // Not a results file at all: exit 2 and the project is as it was.
        const QString logNow = runCli({ QStringLiteral("log"), p }).out;
        r = runCli(
            { QStringLiteral("import-results"), p, fixture(QStringLiteral("oscal/basic-catalog.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not an answers file")), qPrintable(r.err));
        r = runCli({ QStringLiteral("import-results"), p, path(QStringLiteral("missing.csv")) });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("log"), p }).out, logNow);
    }

    void resultsProjectedOntoAnotherFramework()
    {
        // An assessment of the small framework, projected onto the target framework through the mapping:
        // a met requirement that is equal or covers meets its target; an equal one carries its answer
        // (the weakest of several); one that covers but is not met, a subset or an overlap carry nothing.
        const QString frameworks = QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/");
        const QString small = frameworks + QStringLiteral("small-framework.yaml");
        const QString target = frameworks + QStringLiteral("target-framework.yaml");
        const QString mapping = frameworks + QStringLiteral("mapping-small-to-target.yaml");
        const QString p = path(QStringLiteral("small.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"), small }).exitCode, 0);
        for (const auto& [key, status] :
            { std::pair { "GV.PO-01", "partial" }, std::pair { "GV.RR-01", "unmet" },
                std::pair { "PR.AA-01", "met" }, std::pair { "PR.AA-02", "unmet" },
                std::pair { "PR.AA-03", "met" }, std::pair { "PR.AA-04", "met" } })
            QCOMPARE(runCli({ QStringLiteral("set"), p, QLatin1String(key), QStringLiteral("--status"),
                                QLatin1String(status) })
                         .exitCode,
                0);
        const QString draft = path(QStringLiteral("projected.readiness"));
        auto r = runCli({ QStringLiteral("project-onto"), p, QStringLiteral("--mapping"), mapping,
            QStringLiteral("--from"), small, QStringLiteral("--to"), target, QStringLiteral("-o"), draft,
            QStringLiteral("--by"), QStringLiteral("mapper") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 of 5 requirements")), qPrintable(r.out));
        const QString csv = path(QStringLiteral("projected.csv"));
        QCOMPARE(runCli({ QStringLiteral("export"), draft, QStringLiteral("-o"), csv }).exitCode, 0);
        QString error;
        const auto rows = rw::Csv::parse(readAll(csv), &error);
        QVERIFY(rows);
        QHash<QString, QPair<QString, QString>> got; // key -> status, note
        for (const QStringList& row : rows->mid(1))
            got.insert(row.at(1), { row.at(6), row.at(9) });
        QCOMPARE(got.value(QStringLiteral("ORG-1")).first, QStringLiteral("partial")); // equal, partial
        QVERIFY(got.value(QStringLiteral("ORG-1")).second.contains(QStringLiteral("GV.PO-01 (equal)")));
        QCOMPARE(got.value(QStringLiteral("ORG-2")).first, QStringLiteral("open")); // covers it, not met
        QCOMPARE(got.value(QStringLiteral("ACC-1")).first, QStringLiteral("met")); // an equal one met
        QVERIFY(got.value(QStringLiteral("ACC-1"))
                    .second.contains(QStringLiteral("PR.AA-02 (covers it): Not met")));
        QCOMPARE(got.value(QStringLiteral("ACC-2")).first, QStringLiteral("open")); // subset
        QCOMPARE(got.value(QStringLiteral("ACC-3")).first, QStringLiteral("open")); // intersect
        QVERIFY(runCli({ QStringLiteral("log"), draft }).out.contains(QStringLiteral("mapper")));
        QCOMPARE(runCli({ QStringLiteral("log"), draft, QStringLiteral("--verify") }).exitCode, 0);

        // The other way round through the same mapping: "covers" turns into "part of", which carries
        // nothing; equal stays equal.
        const QString back = path(QStringLiteral("projected-back.readiness"));
        r = runCli({ QStringLiteral("project-onto"), draft, QStringLiteral("--mapping"), mapping,
            QStringLiteral("--from"), target, QStringLiteral("--to"), small, QStringLiteral("-o"), back });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli({ QStringLiteral("export"), back, QStringLiteral("-o"), csv }).exitCode, 0);
        const auto backRows = rw::Csv::parse(readAll(csv), &error);
        QVERIFY(backRows);
        QStringList carried;
        for (const QStringList& row : backRows->mid(1)) {
            if (row.at(6) != QLatin1String("open"))
                carried << row.at(1) + QLatin1Char('=') + row.at(6);
        }
        QCOMPARE(
            carried, (QStringList { QStringLiteral("GV.PO-01=partial"), QStringLiteral("PR.AA-01=met") }));

        // Bad input: the wrong framework for the assessment, a library that is no mapping, an existing
        // output; each says why and writes nothing.
        r = runCli({ QStringLiteral("project-onto"), p, QStringLiteral("--mapping"), mapping,
            QStringLiteral("--from"), target, QStringLiteral("--to"), small, QStringLiteral("-o"),
            path(QStringLiteral("x.readiness")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("was not made from")), qPrintable(r.err));
        r = runCli({ QStringLiteral("project-onto"), p, QStringLiteral("--mapping"), small,
            QStringLiteral("--from"), small, QStringLiteral("--to"), target, QStringLiteral("-o"),
            path(QStringLiteral("x.readiness")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a mapping library")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.readiness"))));
        r = runCli({ QStringLiteral("project-onto"), p, QStringLiteral("--mapping"), mapping,
            QStringLiteral("--from"), small, QStringLiteral("--to"), target, QStringLiteral("-o"), draft });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    }

    void oscalAssessmentResultsHoldTogether()
    {
        // The demo project, exported; every reference resolves, the required fields and value sets of
        // the OSCAL assessment-results model are kept, and the numbers agree with `score --json`.
        const QString p = path(QStringLiteral("demo.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), p }).exitCode, 0);
        const QString out = path(QStringLiteral("demo-ar.json"));
        auto r = runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("oscal-ar"),
            QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject ar = QJsonDocument::fromJson(readAll(out))
                                   .object()
                                   .value(QStringLiteral("assessment-results"))
                                   .toObject();
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        static const QRegularExpression token(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
        for (const char* key : { "uuid", "metadata", "import-ap", "results" })
            QVERIFY2(ar.contains(QLatin1String(key)), key);
        QVERIFY(ar.value(QStringLiteral("uuid")).toString().contains(uuid));
        const QJsonObject metadata = ar.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("oscal-version")).toString(), QStringLiteral("1.1.2"));
        QVERIFY(metadata.value(QStringLiteral("last-modified")).toString().contains(dateTime));

        QSet<QString> resources;
        QHash<QString, QString> hashOf;
        for (const QJsonValue& v :
            ar.value(QStringLiteral("back-matter")).toObject().value(QStringLiteral("resources")).toArray()) {
            const QJsonObject res = v.toObject();
            QVERIFY(res.value(QStringLiteral("uuid")).toString().contains(uuid));
            resources.insert(res.value(QStringLiteral("uuid")).toString());
            for (const QJsonValue& l : res.value(QStringLiteral("rlinks")).toArray()) {
                for (const QJsonValue& h : l.toObject().value(QStringLiteral("hashes")).toArray()) {
                    QCOMPARE(h.toObject().value(QStringLiteral("algorithm")).toString(),
                        QStringLiteral("SHA-256"));
                    hashOf.insert(res.value(QStringLiteral("title")).toString(),
                        h.toObject().value(QStringLiteral("value")).toString());
                }
            }
        }
        QVERIFY(resources.contains(ar.value(QStringLiteral("import-ap"))
                                       .toObject()
                                       .value(QStringLiteral("href"))
                                       .toString()
                                       .mid(1)));
        // The evidence hashes are the stored files' SHA-256, as `evidence` lists them.
        const QString evidence = runCli({ QStringLiteral("evidence"), p }).out;
        QVERIFY(!hashOf.isEmpty());
        for (auto it = hashOf.constBegin(); it != hashOf.constEnd(); ++it)
            QVERIFY2(evidence.contains(it.value()), qPrintable(it.key()));

        const QJsonArray results = ar.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.first().toObject();
        for (const char* key : { "uuid", "title", "description", "start", "reviewed-controls" })
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QVERIFY(result.value(QStringLiteral("start")).toString().contains(dateTime));
        QVERIFY(result.value(QStringLiteral("end")).toString().contains(dateTime));
        QSet<QString> observations;
        for (const QJsonValue& v : result.value(QStringLiteral("observations")).toArray()) {
            const QJsonObject o = v.toObject();
            for (const char* key : { "uuid", "description", "methods", "collected" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            observations.insert(o.value(QStringLiteral("uuid")).toString());
            for (const QJsonValue& e : o.value(QStringLiteral("relevant-evidence")).toArray())
                QVERIFY(resources.contains(e.toObject().value(QStringLiteral("href")).toString().mid(1)));
        }
        QSet<QString> risks;
        int registerRisks = 0;
        for (const QJsonValue& v : result.value(QStringLiteral("risks")).toArray()) {
            const QJsonObject k = v.toObject();
            for (const char* key : { "uuid", "title", "description", "statement", "status" })
                QVERIFY2(k.contains(QLatin1String(key)), key);
            risks.insert(k.value(QStringLiteral("uuid")).toString());
            const QJsonArray characterizations = k.value(QStringLiteral("characterizations")).toArray();
            if (!characterizations.isEmpty()) {
                ++registerRisks;
                QStringList facets;
                for (const QJsonValue& f :
                    characterizations.first().toObject().value(QStringLiteral("facets")).toArray())
                    facets << f.toObject().value(QStringLiteral("name")).toString();
                QCOMPARE(facets, (QStringList { QStringLiteral("likelihood"), QStringLiteral("impact") }));
            }
            for (const QJsonValue& m : k.value(QStringLiteral("remediations")).toArray()) {
                const QString lifecycle = m.toObject().value(QStringLiteral("lifecycle")).toString();
                QVERIFY(
                    lifecycle == QLatin1String("recommendation") || lifecycle == QLatin1String("planned"));
            }
        }
        QJsonObject score = QJsonDocument::fromJson(
            runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out.toUtf8())
                                .object();
        const QString info = runCli({ QStringLiteral("info"), p }).out;
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Risks:\\s+%1\\n").arg(registerRisks))),
            qPrintable(info));
        int satisfied = 0;
        int findings = 0;
        double earned = 0;
        for (const QJsonValue& v : result.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            ++findings;
            const QJsonObject target = f.value(QStringLiteral("target")).toObject();
            QVERIFY(target.value(QStringLiteral("target-id")).toString().contains(token));
            const QString state
                = target.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
            QVERIFY(state == QLatin1String("satisfied") || state == QLatin1String("not-satisfied"));
            satisfied += state == QLatin1String("satisfied");
            for (const QJsonValue& o : f.value(QStringLiteral("related-observations")).toArray())
                QVERIFY(
                    observations.contains(o.toObject().value(QStringLiteral("observation-uuid")).toString()));
            for (const QJsonValue& k : f.value(QStringLiteral("related-risks")).toArray())
                QVERIFY(risks.contains(k.toObject().value(QStringLiteral("risk-uuid")).toString()));
            for (const QJsonValue& pr : f.value(QStringLiteral("props")).toArray()) {
                if (pr.toObject().value(QStringLiteral("name")).toString() == QLatin1String("earned"))
                    earned += pr.toObject().value(QStringLiteral("value")).toString().toDouble();
            }
        }
        double scoreEarned = 0;
        int applicableAssessed = 0;
        for (const QJsonValue& d : score.value(QStringLiteral("domains")).toArray()) {
            scoreEarned += d.toObject().value(QStringLiteral("earned")).toDouble();
            applicableAssessed += d.toObject().value(QStringLiteral("assessed")).toInt();
        }
        QVERIFY(findings > 40);
        QVERIFY(satisfied > 0 && satisfied < findings);
        QVERIFY(qAbs(earned - scoreEarned) < 1e-9);
        QVERIFY(findings <= applicableAssessed);

        // The names and nesting we share with NIST's assessment-results example are the example's own.
        const QJsonObject example = QJsonDocument::fromJson(
            readAll(fixture(QStringLiteral("oscal/ifa_assessment-results-example.json"))))
                                        .object();
        QSet<QString> examplePaths;
        QSet<QString> ourPaths;
        collectPaths(example, QString(), &examplePaths);
        collectPaths(QJsonDocument::fromJson(readAll(out)).object(), QString(), &ourPaths);
        for (const char* shared :
            { ".assessment-results.import-ap.href", ".assessment-results.metadata.oscal-version",
                ".assessment-results.results[].reviewed-controls.control-selections",
                ".assessment-results.results[].findings[].target.target-id",
                ".assessment-results.results[].findings[].target.type",
                ".assessment-results.results[].findings[].target.status.state",
                ".assessment-results.results[].findings[].related-observations[].observation-uuid",
                ".assessment-results.results[].findings[].related-risks[].risk-uuid",
                ".assessment-results.results[].observations[].methods",
                ".assessment-results.results[].observations[].collected",
                ".assessment-results.results[].risks[].statement",
                ".assessment-results.results[].risks[].status" }) {
            QVERIFY2(examplePaths.contains(QLatin1String(shared)), shared);
            QVERIFY2(ourPaths.contains(QLatin1String(shared)), shared);
        }

        // Exported twice, the same things have the same UUIDs.
        const QString again = path(QStringLiteral("demo-ar-2.json"));
        QCOMPARE(runCli({ QStringLiteral("export"), p, QStringLiteral("--format"), QStringLiteral("oscal-ar"),
                            QStringLiteral("-o"), again })
                     .exitCode,
            0);
        const QJsonObject second = QJsonDocument::fromJson(readAll(again))
                                       .object()
                                       .value(QStringLiteral("assessment-results"))
                                       .toObject();
        QCOMPARE(second.value(QStringLiteral("uuid")), ar.value(QStringLiteral("uuid")));
        QCOMPARE(second.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("findings")),
            result.value(QStringLiteral("findings")));
    }

    void notAChecklistChangesNothing()
    {
        const QString p = path(QStringLiteral("never.readiness"));
        const auto r = runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
            fixture(QStringLiteral("prr-questionnaire/advice.json")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("is not a checklist this version reads")));
        QVERIFY(!QFile::exists(p));
        const auto c = runCli(
            { QStringLiteral("convert"), fixture(QStringLiteral("oscal/ifa_assessment-plan-example.json")),
                QStringLiteral("-o"), path(QStringLiteral("plan.json")) });
        QCOMPARE(c.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("plan.json"))));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "TestExchange.moc"
