// The PDF report as a stakeholder receives it, checked with tools nobody here wrote: every checklist row
// once in the text (pdftotext), never under the footer; an outline of every section and domain, contents
// entries that are links to their pages (qpdf --json); the document information (pdfinfo); the front
// matter, the classification marking on every page, scope and limitations, and the method and scale.
// Run on the 18-domain NIST SP 800-53 LOW baseline, whose long controls span pages.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using TestSupport::runCli;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QJsonDocument json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_pdf;
    QStringList m_keys;
    QStringList m_domains;

private slots:
    void initTestCase()
    {
        QString error;
        const auto nist
            = Template::load(QStringLiteral(READINESS_FIXTURES_DIR
                                 "/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"),
                &error);
        QVERIFY2(nist, qPrintable(error));
        m_project = m_dir.filePath(QStringLiteral("nist.readiness"));
        ProjectError e;
        auto project = Project::create(
            m_project, *nist, QStringLiteral("NIST LOW: records system"), QStringLiteral("Dana Reyes"), &e);
        QVERIFY2(project, qPrintable(e.message));
        const ItemStatus cycle[] = { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet, ItemStatus::Met,
            ItemStatus::NotApplicable };
        int n = 0;
        for (const Domain& d : project->assessment().domains) {
            m_domains << d.title;
            for (const Item& i : d.items) {
                m_keys << i.key;
                if (n++ % 4 == 3)
                    continue;
                Item answered = i;
                answered.status = cycle[n % 5];
                answered.note = QStringLiteral(
                    "Checked on site with the system owner; logs reviewed for the last 90 days.");
                QVERIFY(!project->updateItem(i.key, answered));
            }
        }
        project.reset();
        m_pdf = m_dir.filePath(QStringLiteral("nist.pdf"));
        const auto r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("-o"), m_pdf, QStringLiteral("--prepared-for"),
            QStringLiteral("Records system steering board"), QStringLiteral("--prepared-by"),
            QStringLiteral("Dana Reyes, Northwind Assurance"), QStringLiteral("--document-version"),
            QStringLiteral("2.1"), QStringLiteral("--final"), QStringLiteral("--classification"),
            QStringLiteral("Confidential"), QStringLiteral("--limitations"),
            QStringLiteral("Interviews only; no technical testing.") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_keys.size(), 149);
    }

    void everyChecklistRowIsWrittenOnce()
    {
        // The checklists section, page by page: a row begins with its key, once; nothing is written in the
        // footer's place.
        const QString text
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), m_pdf, QStringLiteral("-") });
        const QStringList pages = text.split(QChar(0x0c));
        QVERIFY(pages.size() > 20);
        QHash<QString, int> rows;
        bool inChecklists = false;
        for (const QString& page : pages) {
            const QStringList lines = page.split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                const QString t = line.trimmed();
                if (t == QLatin1String("Checklists"))
                    inChecklists = true;
                else if (t == QLatin1String("Gaps and findings"))
                    inChecklists = false;
                if (!inChecklists)
                    continue;
                const QString first = t.section(QLatin1Char(' '), 0, 0);
                if (m_keys.contains(first))
                    ++rows[first];
            }
            // The footer is the page's last text; no row text shares its line.
            QStringList filled;
            for (const QString& line : lines) {
                if (!line.trimmed().isEmpty())
                    filled << line;
            }
            if (!filled.isEmpty() && filled.constLast().contains(QLatin1String("Page "))) {
                const QString footer = filled.constLast();
                QVERIFY2(!footer.contains(QLatin1String("Checked on site"))
                        && !QRegularExpression(QStringLiteral("\\b[a-z]{2}-\\d+\\b"))
                                .match(footer)
                                .hasMatch(),
                    qPrintable(footer));
            }
        }
        for (const QString& key : m_keys)
            QVERIFY2(rows.value(key) == 1,
                qPrintable(QStringLiteral("%1 is written %2 times").arg(key).arg(rows.value(key))));
    }

    void outlineAndContentsLeadToTheirPages()
    {
        const QJsonObject doc
            = json(run(QStringLiteral("qpdf"), { QStringLiteral("--json"), m_pdf })).object();
        const QJsonArray outlines = doc.value(QStringLiteral("outlines")).toArray();
        QStringList titles;
        int lastPage = 0;
        QJsonArray domains;
        for (const QJsonValue& v : outlines) {
            const QJsonObject o = v.toObject();
            titles << o.value(QStringLiteral("title")).toString();
            const int page = o.value(QStringLiteral("destpageposfrom1")).toInt();
            QVERIFY2(page >= lastPage, qPrintable(titles.constLast()));
            lastPage = page;
            if (titles.constLast() == QLatin1String("Checklists"))
                domains = o.value(QStringLiteral("kids")).toArray();
        }
        for (const char* section :
            { "Cover", "Executive summary", "Scope and limitations", "Method and rating scale",
                "Scores by domain", "Checklists", "Gaps and findings", "Sign-offs", "Evidence manifest" })
            QVERIFY2(titles.contains(QLatin1String(section)), section);
        QCOMPARE(domains.size(), 18);
        for (int i = 0; i < domains.size(); ++i)
            QCOMPARE(domains.at(i).toObject().value(QStringLiteral("title")).toString(),
                QStringLiteral("%1. %2").arg(i + 1).arg(m_domains.at(i)));

        // The section headings' pages, as pdftotext sees them, are the outline's.
        for (const QJsonValue& v : outlines) {
            const QJsonObject o = v.toObject();
            const QString title = o.value(QStringLiteral("title")).toString();
            if (title == QLatin1String("Cover"))
                continue;
            const QString page = QString::number(o.value(QStringLiteral("destpageposfrom1")).toInt());
            const QString text = run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), page, QStringLiteral("-l"), page, m_pdf, QStringLiteral("-") });
            QVERIFY2(text.contains(title), qPrintable(title + QStringLiteral(" is not on page ") + page));
        }

        // The contents: one link per section, each to the page its number names.
        const QJsonObject objects
            = json(run(QStringLiteral("qpdf"),
                       { QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), m_pdf }))
                  .object()
                  .value(QStringLiteral("qpdf"))
                  .toArray()
                  .at(1)
                  .toObject();
        QHash<QString, int> pageOfObject;
        for (const QJsonValue& v : doc.value(QStringLiteral("pages")).toArray())
            pageOfObject.insert(v.toObject().value(QStringLiteral("object")).toString(),
                v.toObject().value(QStringLiteral("pageposfrom1")).toInt());
        QVector<int> targets;
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject value = it.value().toObject().value(QStringLiteral("value")).toObject();
            if (value.value(QStringLiteral("/Subtype")).toString() != QLatin1String("/Link"))
                continue;
            const QJsonArray dest = value.value(QStringLiteral("/Dest")).toArray();
            QVERIFY(!dest.isEmpty());
            targets << pageOfObject.value(dest.at(0).toString());
        }
        QCOMPARE(targets.size(), titles.size() - 1); // every section but the cover
        std::sort(targets.begin(), targets.end());
        QVector<int> outlinePages;
        for (const QJsonValue& v : outlines) {
            if (v.toObject().value(QStringLiteral("title")).toString() != QLatin1String("Cover"))
                outlinePages << v.toObject().value(QStringLiteral("destpageposfrom1")).toInt();
        }
        QCOMPARE(targets, outlinePages);
        // The contents page prints the same numbers.
        const QString contents = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                QStringLiteral("2"), m_pdf, QStringLiteral("-") });
        for (const QJsonValue& v : outlines) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("title")).toString() == QLatin1String("Cover"))
                continue;
            const QRegularExpression line(
                QRegularExpression::escape(o.value(QStringLiteral("title")).toString())
                + QStringLiteral("\\s+(\\d+)"));
            const auto m = line.match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(o.value(QStringLiteral("title")).toString()));
            QCOMPARE(m.captured(1).toInt(), o.value(QStringLiteral("destpageposfrom1")).toInt());
        }
    }

    void frontMatterAndDocumentInformation()
    {
        const QString info = run(QStringLiteral("pdfinfo"), { m_pdf });
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+NIST LOW: records system"))),
            qPrintable(info));
        QVERIFY(
            info.contains(QRegularExpression(QStringLiteral("Author:\\s+Dana Reyes, Northwind Assurance"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+Readiness assessment report"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Keywords:\\s+.*Final.*Confidential"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Metadata Stream:\\s+yes"))));
        const int pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages > 20);

        const QString cover = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), m_pdf,
                QStringLiteral("-") });
        QVERIFY(cover.contains(QStringLiteral("Records system steering board")));
        QVERIFY(cover.contains(QStringLiteral("Dana Reyes, Northwind Assurance")));
        QVERIFY(cover.contains(QStringLiteral("Version 2.1 · Final")));
        // The marking is on every page.
        const QStringList texts = run(QStringLiteral("pdftotext"), { m_pdf, QStringLiteral("-") })
                                      .split(QChar(0x0c), Qt::SkipEmptyParts);
        int marked = 0;
        for (const QString& page : texts)
            marked += page.contains(QStringLiteral("CONFIDENTIAL")) ? 1 : 0;
        QCOMPARE(marked, pages);

        const QString all = run(QStringLiteral("pdftotext"), { m_pdf, QStringLiteral("-") }).simplified();
        QVERIFY(all.contains(QStringLiteral("Interviews only; no technical testing.")));
        QVERIFY2(
            all.contains(QStringLiteral("37 items not assessed yet")), "the limitations count what is open");
        QVERIFY(all.contains(QStringLiteral("Until one of its items is assessed a domain is not started")));
        // The rating scale from the checklist's own bands.
        QVERIFY(all.contains(QStringLiteral("Ready 90–100")) || all.contains(QStringLiteral("Ready 90-100")));

        // Still a sound PDF, and still verifiable.
        QProcess check;
        check.start(QStringLiteral("qpdf"), { QStringLiteral("--check"), m_pdf });
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 0);
        QCOMPARE(runCli({ QStringLiteral("verify"), m_pdf, QStringLiteral("--project"), m_project }).exitCode,
            1); // unsigned
    }
};

QTEST_GUILESS_MAIN(TestReportDocument)
#include "TestReportDocument.moc"
