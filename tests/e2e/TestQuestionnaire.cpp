// The HTML questionnaire in a real browser: readiness-cli writes it, headless Chromium opens it (as a
// person would, from a file), fills it in and saves the answers through the page's own Save button, and
// readiness-cli import-results takes the answers in. Also: what is typed survives closing the page,
// text from the project cannot become markup or script, and the page loads nothing from anywhere.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

// A page that opens the questionnaire in a frame and runs `steps` (JavaScript with `w`, `d` the frame's
// window and document, `save()` clicking Save and resolving to the saved file's text) and shows what
// `steps` returns as JSON in #result.
QByteArray driver(const QString& form, const QString& steps)
{
    return QStringLiteral(R"(<!doctype html><html><body><pre id="result">pending</pre>
<iframe id="f" src="%1" style="width:1200px;height:800px"></iframe>
<script>
const f = document.getElementById('f');
f.addEventListener('load', async () => {
  const out = document.getElementById('result');
  try {
    const w = f.contentWindow, d = w.document;
    let captured = null;
    const create = w.URL.createObjectURL.bind(w.URL);
    w.URL.createObjectURL = (blob) => { captured = blob; return create(blob); };
    const save = async () => { d.getElementById('save-answers').click(); return captured ? await captured.text() : null; };
    const pick = (key, value) => d.querySelector(`input[name="status-${key}"][value="${value}"]`).click();
    const type = (id, text) => { const e = d.getElementById(id); e.value = text; e.dispatchEvent(new w.Event('input')); };
    const result = await (async () => { %2 })();
    out.textContent = JSON.stringify(result);
  } catch (e) { out.textContent = 'error ' + e; }
});
</script></body></html>)")
        .arg(form, steps)
        .toUtf8();
}

} // namespace

class TestQuestionnaire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_profile; // the browser's own storage, kept between runs like a person's browser
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Opens the driver page in headless Chromium and returns what the steps returned.
    QJsonValue inBrowser(const QString& form, const QString& steps)
    {
        const QString page = path(QStringLiteral("driver-%1.html").arg(++m_pages));
        TestSupport::writeFile(page, driver(QFileInfo(form).fileName(), steps));
        // A quiet browser: no keyring, no background traffic, no extensions (a keyring or session bus that
        // does not answer would otherwise keep it waiting). A browser that still hangs is run once more.
        const QStringList arguments { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
            QStringLiteral("--password-store=basic"), QStringLiteral("--use-mock-keychain"),
            QStringLiteral("--disable-extensions"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-sync"), QStringLiteral("--disable-dev-shm-usage"),
            QStringLiteral("--allow-file-access-from-files"),
            QStringLiteral("--user-data-dir=") + m_profile.path(),
            QStringLiteral("--virtual-time-budget=10000"), QStringLiteral("--dump-dom"),
            QUrl::fromLocalFile(page).toString() };
        QProcess browser;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        browser.setProcessEnvironment(environment);
        bool finished = false;
        for (int attempt = 0; attempt < 2 && !finished; ++attempt) {
            browser.start(QStringLiteral(READINESS_CHROMIUM), arguments);
            finished = browser.waitForFinished(60000);
            if (!finished) {
                qWarning("the browser did not finish within 60 s (attempt %d)", attempt + 1);
                browser.kill();
                browser.waitForFinished();
            }
        }
        if (!finished)
            return {};
        const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
        const QRegularExpressionMatch m = QRegularExpression(
            QStringLiteral("<pre id=\"result\">(.*?)</pre>"), QRegularExpression::DotMatchesEverythingOption)
                                              .match(dom);
        QString text = m.captured(1);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        if (!text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('['))
            && !text.startsWith(QLatin1Char('"')))
            qWarning("the page said: %s", qPrintable(text.left(500)));
        return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().at(0);
    }
    int m_pages = 0;

private slots:
    void answeredInABrowserAndImported()
    {
        const QString p = path(QStringLiteral("demo.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), p }).exitCode, 0);
        const QString form = path(QStringLiteral("form.html"));
        TestSupport::CliResult r = runCli({ QStringLiteral("questionnaire"), p, QStringLiteral("-o"), form });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray html = TestSupport::fileBytes(form);
        // Self-contained: no address to fetch anything from, and a policy that forbids connections.
        QVERIFY(!html.contains("src=\"http"));
        QVERIFY(!html.contains("<link"));
        QVERIFY(html.contains("connect-src 'none'"));

        // The page shows every item with its answers and the current state; a person answers two,
        // gives a name and saves.
        const QJsonObject saved = inBrowser(form, QStringLiteral(R"(
            const before = { items: d.querySelectorAll('.item').length, progress: d.querySelector('.progress').textContent,
              guidance: d.querySelectorAll('.item details').length, scripts: [...d.scripts].filter(s => s.src).length };
            type('answered-by', 'Kim Auditee');
            pick('SEC-01', 'unmet');
            type('note-SEC-01', 'Two administrators have no MFA.');
            pick('PERF-03', 'met');
            const file = await save();
            return { before, progress: d.querySelector('.progress').textContent, file: JSON.parse(file) };)"))
                                      .toObject();
        QVERIFY2(!saved.isEmpty(), "the browser run gave no result");
        const QJsonObject before = saved.value(QStringLiteral("before")).toObject();
        QCOMPARE(before.value(QStringLiteral("items")).toInt(), 51);
        QVERIFY(before.value(QStringLiteral("guidance")).toInt() > 40);
        QCOMPARE(before.value(QStringLiteral("scripts")).toInt(), 0);
        QCOMPARE(before.value(QStringLiteral("progress")).toString(), QStringLiteral("0 of 51 answered"));
        QCOMPARE(saved.value(QStringLiteral("progress")).toString(), QStringLiteral("2 of 51 answered"));
        const QJsonObject file = saved.value(QStringLiteral("file")).toObject();
        QCOMPARE(
            file.value(QStringLiteral("format")).toString(), QStringLiteral("readiness-workbench-answers"));
        QCOMPARE(file.value(QStringLiteral("answeredBy")).toString(), QStringLiteral("Kim Auditee"));
        QCOMPARE(file.value(QStringLiteral("answers")).toArray().size(), 2);

        // Closed and opened again: the answers are still there.
        const QJsonObject again
            = inBrowser(form, QStringLiteral(R"(return { progress: d.querySelector('.progress').textContent,
                note: d.getElementById('note-SEC-01').value, name: d.getElementById('answered-by').value };)"))
                  .toObject();
        QCOMPARE(again.value(QStringLiteral("progress")).toString(), QStringLiteral("2 of 51 answered"));
        QCOMPARE(again.value(QStringLiteral("note")).toString(),
            QStringLiteral("Two administrators have no MFA."));
        QCOMPARE(again.value(QStringLiteral("name")).toString(), QStringLiteral("Kim Auditee"));

        // The answers file goes in with the same preview as a spreadsheet, under the name given.
        const QString answers = path(QStringLiteral("answers.json"));
        TestSupport::writeFile(answers, QJsonDocument(file).toJson());
        r = runCli({ QStringLiteral("import-results"), p, answers, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject preview = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(preview.value(QStringLiteral("kind")).toString(), QStringLiteral("answers"));
        QCOMPARE(preview.value(QStringLiteral("other_assessment")).toBool(), false);
        QCOMPARE(preview.value(QStringLiteral("changes")).toArray().size(), 2);
        const QJsonArray items = QJsonDocument::fromJson(
            runCli({ QStringLiteral("score"), p, QStringLiteral("--json") }).out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("domains"))
                                     .toArray();
        QVERIFY(!items.isEmpty());
        r = runCli({ QStringLiteral("export"), p, QStringLiteral("-o"), path(QStringLiteral("after.csv")) });
        QCOMPARE(r.exitCode, 0);
        const QString csv = QString::fromUtf8(TestSupport::fileBytes(path(QStringLiteral("after.csv"))));
        QVERIFY(csv.contains(QRegularExpression(
            QStringLiteral("SEC-01,[^\\n]*,unmet,[^\\n]*Two administrators have no MFA"))));
        QVERIFY(runCli({ QStringLiteral("log"), p }).out.contains(QStringLiteral("Kim Auditee")));

        // The same answers brought to another assessment of the same checklist: said, and only what
        // matches is taken (here all keys do).
        const QString other = path(QStringLiteral("other.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), other }).exitCode, 0);
        r = runCli({ QStringLiteral("import-results"), other, answers, QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("questionnaire of another assessment")), qPrintable(r.err));
    }

    // Items asked other than with a status: the page asks for the level, the choices, yes or no, the
    // number, date and text; what is given comes back as answers and scores by the same rules.
    void typedAnswersInTheBrowser()
    {
        const QString p = path(QStringLiteral("types.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), p, QStringLiteral("--template"),
                            QStringLiteral(READINESS_SOURCE_DIR "/tests/data/templates/answer-types.json") })
                     .exitCode,
            0);
        const QString form = path(QStringLiteral("types.html"));
        QCOMPARE(runCli({ QStringLiteral("questionnaire"), p, QStringLiteral("-o"), form }).exitCode, 0);
        const QJsonObject saved = inBrowser(form, QStringLiteral(R"(
            const answer = (key, value) => d.querySelector(`input[name="answer-${key}"][value="${value}"]`).click();
            const field = (key, text) => { const e = d.querySelector(`input[name="answer-${key}"]`); e.value = text;
              e.dispatchEvent(new w.Event('input')); return e.type; };
            const levels = d.querySelectorAll('input[name="answer-OPS-01"]').length;
            const statuses = d.querySelectorAll('input[name="status-OPS-01"]').length + 10 * d.querySelectorAll('input[name="status-OPS-05"]').length;
            answer('OPS-01', '3');
            answer('OPS-04', 'yes');
            answer('OPS-06', 'offsite');
            answer('OPS-06', 'immutable');
            const kinds = [field('SLO-01', '99.95'), field('SLO-02', '2026-10-01'), field('SLO-03', 'The change board')];
            const file = await save();
            return { levels, statuses, kinds, progress: d.querySelector('.progress').textContent, file: JSON.parse(file) };)"))
                                      .toObject();
        QVERIFY2(!saved.isEmpty(), "the browser run gave no result");
        QCOMPARE(saved.value(QStringLiteral("levels")).toInt(), 7); // six levels and "not answered"
        // The statuses are asked only of an item answered with a status (OPS-05: five).
        QCOMPARE(saved.value(QStringLiteral("statuses")).toInt(), 50);
        QCOMPARE(saved.value(QStringLiteral("kinds")).toArray(),
            (QJsonArray { QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("text") }));
        QCOMPARE(saved.value(QStringLiteral("progress")).toString(), QStringLiteral("6 of 12 answered"));
        const QString answers = path(QStringLiteral("typed-answers.json"));
        TestSupport::writeFile(
            answers, QJsonDocument(saved.value(QStringLiteral("file")).toObject()).toJson());
        TestSupport::CliResult r = runCli({ QStringLiteral("import-results"), p, answers });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = runCli({ QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("-o"), path(QStringLiteral("types.json")) });
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byKey;
        const QJsonObject report
            = QJsonDocument::fromJson(TestSupport::fileBytes(path(QStringLiteral("types.json")))).object();
        for (const QJsonValue& d : report.value(QStringLiteral("checklists")).toArray()) {
            for (const QJsonValue& i : d.toObject().value(QStringLiteral("items")).toArray())
                byKey.insert(i.toObject().value(QStringLiteral("key")).toString(), i.toObject());
        }
        QVERIFY2(byKey.size() == 12, qPrintable(QString::number(byKey.size())));
        QCOMPARE(byKey.value(QStringLiteral("OPS-01")).value(QStringLiteral("status")).toString(),
            QStringLiteral("met"));
        QCOMPARE(byKey.value(QStringLiteral("OPS-04")).value(QStringLiteral("answer")).toString(),
            QStringLiteral("yes"));
        QCOMPARE(byKey.value(QStringLiteral("OPS-06")).value(QStringLiteral("earned")).toDouble(),
            0.8); // (2 + 2) / 5
        QCOMPARE(byKey.value(QStringLiteral("SLO-01")).value(QStringLiteral("status")).toString(),
            QStringLiteral("met"));
        QCOMPARE(byKey.value(QStringLiteral("SLO-02")).value(QStringLiteral("answer")).toString(),
            QStringLiteral("2026-10-01"));
        QCOMPARE(byKey.value(QStringLiteral("SLO-03")).value(QStringLiteral("answer")).toString(),
            QStringLiteral("The change board"));
    }

    void projectTextStaysText()
    {
        // Titles, item texts and guidance that would be markup or end the page's script are shown as
        // the characters they are; the page still works.
        const QString tmpl = path(QStringLiteral("hostile.template.json"));
        const QString evil = QStringLiteral(
            "</script><script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">");
        TestSupport::writeFile(tmpl,
            QJsonDocument(
                QJsonObject { { QStringLiteral("format"), QStringLiteral("readiness-workbench-template") },
                    { QStringLiteral("formatVersion"), 1 },
                    { QStringLiteral("id"), QStringLiteral("hostile") },
                    { QStringLiteral("version"), QStringLiteral("1") }, { QStringLiteral("title"), evil },
                    { QStringLiteral("domains"),
                        QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("EV") },
                            { QStringLiteral("title"), evil },
                            { QStringLiteral("items"),
                                QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("EV-01") },
                                    { QStringLiteral("text"), evil },
                                    { QStringLiteral("guidance"), evil } } } } } } } })
                .toJson());
        const QString p = path(QStringLiteral("hostile.readiness"));
        TestSupport::CliResult r = runCli({ QStringLiteral("new"), p, QStringLiteral("--template"), tmpl,
            QStringLiteral("--title"), evil });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString form = path(QStringLiteral("hostile.html"));
        QCOMPARE(runCli({ QStringLiteral("questionnaire"), p, QStringLiteral("-o"), form }).exitCode, 0);
        const QJsonObject shown = inBrowser(form, QStringLiteral(R"(
            return { title: d.title, items: d.querySelectorAll('.item').length, imgs: d.querySelectorAll('img').length,
              heading: d.querySelector('.item h3').textContent, scripts: d.scripts.length };)"))
                                      .toObject();
        QVERIFY2(!shown.isEmpty(), "the browser run gave no result");
        QCOMPARE(shown.value(QStringLiteral("items")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("imgs")).toInt(), 0);
        QCOMPARE(shown.value(QStringLiteral("scripts")).toInt(), 2); // the data and the page's own
        QVERIFY(shown.value(QStringLiteral("title")).toString() != QStringLiteral("owned"));
        QVERIFY(
            shown.value(QStringLiteral("heading")).toString().contains(QStringLiteral("</script><script>")));
    }

    void badInputIsRefused()
    {
        const QString p = path(QStringLiteral("bad.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), p }).exitCode, 0);
        TestSupport::CliResult r = runCli({ QStringLiteral("questionnaire"), p });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("-o OUT is required")));
        r = runCli({ QStringLiteral("questionnaire"), p, QStringLiteral("--domains"), QStringLiteral("NOPE"),
            QStringLiteral("-o"), path(QStringLiteral("x.html")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no domain with the key \"NOPE\"")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.html"))));
        // Only open items, only one domain.
        const QString form = path(QStringLiteral("sec.html"));
        QCOMPARE(runCli({ QStringLiteral("questionnaire"), p, QStringLiteral("--domains"),
                            QStringLiteral("SEC"), QStringLiteral("-o"), form })
                     .exitCode,
            0);
        QCOMPARE(inBrowser(form, QStringLiteral("return d.querySelectorAll('.item').length;")).toInt(), 8);
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "TestQuestionnaire.moc"
