// Results coming back from a spreadsheet or a questionnaire: matched by key, every change previewed,
// every row that does not fit named with its line and reason, and applied (and undone) on the fields
// the file gives only.

#include "TestSupport.h"

#include "exchange/Csv.h"
#include "exchange/ResultsImport.h"
#include "store/DemoProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

// The demo's checklist as the CSV export writes it, with the cells of some rows replaced.
QByteArray editedSheet(const Assessment& a, const QHash<QString, QHash<QString, QString>>& edits,
    const QVector<QStringList>& extraRows = {})
{
    QVector<QStringList> rows = Csv::checklist(a);
    const QStringList header = rows.first();
    for (QStringList& row : rows) {
        const QString key = row.at(header.indexOf(QStringLiteral("key")));
        for (auto it = edits.value(key).constBegin(); it != edits.value(key).constEnd(); ++it)
            row[header.indexOf(it.key())] = it.value();
    }
    for (QStringList extra : extraRows) {
        while (extra.size() < header.size())
            extra << QString();
        rows << extra;
    }
    return Csv::write(rows);
}

QStringList keysOf(const QVector<ResultsImport::Change>& changes)
{
    QStringList keys;
    for (const ResultsImport::Change& c : changes)
        keys << c.key;
    return keys;
}

} // namespace

class TestResultsImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private slots:
    void init()
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.readiness").arg(++n));
        ProjectError e;
        QVERIFY(DemoProject::create(path, &e));
        m_project = Project::open(path, ProjectFile::Access::ReadWrite, &e);
        QVERIFY(m_project);
    }

    void unchangedSheetChangesNothing()
    {
        const QByteArray sheet = Csv::write(Csv::checklist(m_project->assessment()));
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->kind, QStringLiteral("csv"));
        QCOMPARE(preview->rows, m_project->assessment().itemCount());
        QCOMPARE(preview->unchanged, preview->rows);
        QVERIFY(preview->changes.isEmpty());
        QVERIFY(preview->skipped.isEmpty());
    }

    void editedSheetBecomesChanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("status"); // expected afterwards
        QTest::addColumn<double>("earned");
        QTest::newRow("status key") << "SEC-01"
                                    << "status"
                                    << "unmet" << QStringList { QStringLiteral("status") } << "unmet" << 0.0;
        QTest::newRow("status label")
            << "SEC-01"
            << "status"
            << "Not applicable" << QStringList { QStringLiteral("status") } << "na" << 0.0;
        QTest::newRow("status word") << "INF-02"
                                     << "status"
                                     << "YES" << QStringList { QStringLiteral("status") } << "met" << 1.0;
        QTest::newRow("partial with earned")
            << "SEC-01"
            << "status"
            << "partial" << QStringList { QStringLiteral("status"), QStringLiteral("earned") } << "partial"
            << 0.5;
        QTest::newRow("owner") << "OPS-02"
                               << "owner"
                               << "Ana Lima" << QStringList { QStringLiteral("owner") } << "" << -1.0;
        QTest::newRow("note cleared") << "SEC-01"
                                      << "note"
                                      << "" << QStringList { QStringLiteral("note") } << "" << -1.0;
    }

    void editedSheetBecomesChanges()
    {
        QFETCH(QString, key);
        QFETCH(QString, column);
        QFETCH(QString, cell);
        QFETCH(QStringList, fields);
        QFETCH(QString, status);
        QFETCH(double, earned);
        const Item before = *m_project->item(key);
        const QByteArray sheet = editedSheet(m_project->assessment(), { { key, { { column, cell } } } });
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(keysOf(preview->changes), QStringList { key });
        QCOMPARE(preview->changes.first().fields, fields);
        QVERIFY(preview->skipped.isEmpty());

        QVERIFY(!ResultsImport::apply(*m_project, preview->changes));
        const Item* after = m_project->item(key);
        if (!status.isEmpty())
            QCOMPARE(toKey(after->status), status);
        if (earned >= 0)
            QCOMPARE(Scoring::earnedPoints(*after), earned * after->points);
        if (column == QLatin1String("owner"))
            QCOMPARE(after->owner, cell);
        if (column == QLatin1String("note"))
            QCOMPARE(after->note, cell);
        // Undone: the item as it was.
        QVERIFY(!ResultsImport::apply(*m_project, preview->changes, true));
        QCOMPARE(m_project->item(key)->status, before.status);
        QCOMPARE(m_project->item(key)->note, before.note);
        QCOMPARE(m_project->item(key)->owner, before.owner);
        QCOMPARE(m_project->item(key)->partialPoints, before.partialPoints);
    }

    void spreadsheetsOfOtherLocalesAndToolsAreRead()
    {
        // Semicolons and a decimal comma (a German spreadsheet), columns in another order, header in
        // capitals, no other columns, CRLF.
        const QByteArray sheet = "Status;KEY;Earned\r\npartial;SEC-01;0,25\r\nmet;PERF-03;\r\n";
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->rows, 2);
        QVERIFY(preview->skipped.isEmpty());
        QCOMPARE(
            keysOf(preview->changes), (QStringList { QStringLiteral("SEC-01"), QStringLiteral("PERF-03") }));
        QCOMPARE(*preview->changes.first().after.partialPoints, 0.25);
        QVERIFY(!ResultsImport::apply(*m_project, preview->changes));
        QCOMPARE(Scoring::earnedPoints(*m_project->item(QStringLiteral("SEC-01"))), 0.25);
        QCOMPARE(m_project->item(QStringLiteral("PERF-03"))->status, ItemStatus::Met);
    }

    void rowsThatDoNotFitAreNamed()
    {
        const QByteArray sheet = editedSheet(m_project->assessment(),
            { { QStringLiteral("SEC-01"), { { QStringLiteral("status"), QStringLiteral("done") } } },
                { QStringLiteral("PERF-01"),
                    { { QStringLiteral("status"), QStringLiteral("partial") },
                        { QStringLiteral("earned"), QStringLiteral("7") } } },
                { QStringLiteral("OPS-01"), { { QStringLiteral("choices"), QStringLiteral("c1") } } },
                { QStringLiteral("OPS-02"), { { QStringLiteral("owner"), QStringLiteral("Ana") } } } },
            { { QStringLiteral("X"), QStringLiteral("NOPE-1") },
                { QStringLiteral("X"), QStringLiteral("sec-02") },
                { QStringLiteral("X"), QStringLiteral("OPS-02"), QString(), QString(), QString(), QString(),
                    QStringLiteral("met") },
                { QStringLiteral("X"), QString() } });
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY2(preview, qPrintable(error));
        // Only the good row changes; every other is named with its line.
        QCOMPARE(keysOf(preview->changes), QStringList { QStringLiteral("OPS-02") });
        QHash<QString, QString> reasons;
        for (const ResultsImport::Skipped& s : preview->skipped) {
            QVERIFY(s.line > 1);
            reasons.insert(s.key, s.reason);
        }
        QCOMPARE(preview->skipped.size(), 7);
        QVERIFY(reasons.value(QStringLiteral("SEC-01")).contains(QStringLiteral("Unknown status \"done\"")));
        QVERIFY(reasons.value(QStringLiteral("PERF-01")).contains(QStringLiteral("from 0 to 1")));
        QVERIFY(reasons.value(QStringLiteral("OPS-01")).contains(QStringLiteral("has no choices")));
        QVERIFY(reasons.value(QStringLiteral("NOPE-1")).contains(QStringLiteral("No item has this key")));
        QVERIFY(reasons.value(QStringLiteral("sec-02")).contains(QStringLiteral("did you mean SEC-02")));
        QVERIFY(reasons.value(QStringLiteral("OPS-02")).contains(QStringLiteral("more than once")));
        QVERIFY(reasons.value(QString()).contains(QStringLiteral("no key")));
    }

    void filesThatCannotBeMatchedAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key column") << QByteArray("item,status\nSEC-01,met\n") << "no \"key\" column";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("other JSON") << QByteArray("{\"format\":\"readiness-workbench-template\"}")
                                    << "not an answers file";
        QTest::newRow("broken JSON") << QByteArray("{\"format\": \"readiness-workbench-answers\", ")
                                     << "looks like JSON";
        QTest::newRow("newer answers")
            << QByteArray("{\"format\":\"readiness-workbench-answers\",\"formatVersion\":7,\"answers\":[]}")
            << "newer version";
        QTest::newRow("answers without list")
            << QByteArray("{\"format\":\"readiness-workbench-answers\",\"formatVersion\":1}") << "no list";
    }

    void filesThatCannotBeMatchedAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ResultsImport::read(m_project->assessment(), content, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void answersFileIsReadLikeASheet()
    {
        const QJsonObject answers { { QStringLiteral("format"),
                                        QStringLiteral("readiness-workbench-answers") },
            { QStringLiteral("formatVersion"), 1 },
            { QStringLiteral("answeredBy"), QStringLiteral("Kim Auditee") },
            { QStringLiteral("answers"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("SEC-01") },
                        { QStringLiteral("status"), QStringLiteral("unmet") },
                        { QStringLiteral("note"), QStringLiteral("MFA is missing for two admins.") } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("INF-02") },
                        { QStringLiteral("status"), QStringLiteral("partial") },
                        { QStringLiteral("earned"), 0.5 } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("ZZZ") },
                        { QStringLiteral("status"), QStringLiteral("met") } } } } };
        QString error;
        const auto preview
            = ResultsImport::read(m_project->assessment(), QJsonDocument(answers).toJson(), &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->kind, QStringLiteral("answers"));
        QCOMPARE(preview->answeredBy, QStringLiteral("Kim Auditee"));
        QCOMPARE(
            keysOf(preview->changes), (QStringList { QStringLiteral("SEC-01"), QStringLiteral("INF-02") }));
        QCOMPARE(preview->changes.first().fields,
            (QStringList { QStringLiteral("status"), QStringLiteral("note") }));
        QCOMPARE(preview->skipped.size(), 1);
        QCOMPARE(preview->skipped.first().line, 3);
    }

    void applyKeepsEditsMadeSinceThePreview()
    {
        // The preview changes SEC-01's status; meanwhile somebody writes its note. Applying sets the
        // status and keeps the note; undoing restores the status and still keeps the note.
        const QByteArray sheet = "key,status\nSEC-01,unmet\n";
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY(preview);
        Item edited = *m_project->item(QStringLiteral("SEC-01"));
        const ItemStatus was = edited.status;
        edited.note = QStringLiteral("Written while the preview was open.");
        QVERIFY(!m_project->updateItem(QStringLiteral("SEC-01"), edited));
        QVERIFY(!ResultsImport::apply(*m_project, preview->changes));
        QCOMPARE(m_project->item(QStringLiteral("SEC-01"))->status, ItemStatus::Unmet);
        QCOMPARE(m_project->item(QStringLiteral("SEC-01"))->note, edited.note);
        QVERIFY(!ResultsImport::apply(*m_project, preview->changes, true));
        QCOMPARE(m_project->item(QStringLiteral("SEC-01"))->status, was);
        QCOMPARE(m_project->item(QStringLiteral("SEC-01"))->note, edited.note);
    }

    void aRefusedChangeTakesTheWholeImportBack()
    {
        // Two changes; the second item is removed before applying: nothing stays applied.
        const QByteArray sheet = "key,owner\nSEC-01,Ana\nSEC-02,Ben\n";
        QString error;
        const auto preview = ResultsImport::read(m_project->assessment(), sheet, &error);
        QVERIFY(preview);
        QCOMPARE(preview->changes.size(), 2);
        const QString owner = m_project->item(QStringLiteral("SEC-01"))->owner;
        QVERIFY(!m_project->removeItem(QStringLiteral("SEC-02")));
        const ProjectError e = ResultsImport::apply(*m_project, preview->changes);
        QVERIFY(e);
        QVERIFY(e.message.contains(QStringLiteral("SEC-02")));
        QCOMPARE(m_project->item(QStringLiteral("SEC-01"))->owner, owner);
    }
};

QTEST_GUILESS_MAIN(TestResultsImport)
#include "TestResultsImport.moc"
