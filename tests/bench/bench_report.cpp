// The signed PDF report of a 1,000-item project: export time (report built, laid out, charts drawn,
// written and signed) and size, against LibreOffice converting the same report content to PDF
// (`soffice --headless --convert-to pdf`), measured in the same run. Prints Markdown table rows;
// tests/bench/run.sh writes them into docs/PERFORMANCE.md.

#include "BenchProject.h"

#include "Document.h"
#include "report/MarkdownWriter.h"
#include "report/ReportExport.h"
#include "signing/PdfSignature.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QProcess>
#include <QTextDocument>
#include <algorithm>

using namespace rw;

using BenchProject::medianMs;

namespace {

QString ms(double v)
{
    return v >= 1000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2)
                     : QStringLiteral("%1 ms").arg(v, 0, 'f', 0);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_report WORKDIR\n");
        return 2;
    }
    const QDir work(args.at(1));
    const QString path = work.filePath(QStringLiteral("report-bench.readiness"));
    if (!BenchProject::create(path, 10, 100))
        return 1;
    ProjectError error;
    auto project = Project::open(path, ProjectFile::Access::ReadOnly, &error);
    if (!project)
        qFatal("%s", qPrintable(error.message));
    Document document(std::move(project));

    IdentityRequest request;
    request.name = QStringLiteral("Benchmark Signer");
    QString message;
    ReportExport::Request export_;
    export_.format = ReportExport::Format::Pdf;
    export_.identity = Identity::generate(request, &message);
    const QString pdf = work.filePath(QStringLiteral("report.pdf"));
    int pages = 0;
    qint64 size = 0;
    const double oursMs = medianMs(5, [&] {
        QString e;
        const auto result = ReportExport::produce(&document, export_, &e);
        if (!result || !ReportExport::save(pdf, *result, &e))
            qFatal("%s", qPrintable(e));
        size = result->bytes.size();
    });
    QFile file(pdf);
    file.open(QIODevice::ReadOnly);
    const bool valid = PdfSignature::verify(file.readAll()).intact();
    QPdfDocument reader;
    reader.load(pdf);
    pages = reader.pageCount();

    // The same content for LibreOffice: the report's Markdown as HTML (tables and headings kept).
    QTextDocument doc;
    doc.setMarkdown(QString::fromUtf8(MarkdownWriter::write(Report::build(*document.project()))));
    const QString html = work.filePath(QStringLiteral("report-lo.html"));
    QFile htmlFile(html);
    htmlFile.open(QIODevice::WriteOnly);
    htmlFile.write(doc.toHtml().toUtf8());
    htmlFile.close();
    const QString profile = QStringLiteral("file://") + work.filePath(QStringLiteral("lo-profile"));
    const auto convert = [&] {
        QProcess soffice;
        soffice.setWorkingDirectory(work.path());
        soffice.start(QStringLiteral("soffice"),
            { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_web_pdf_Export"),
                QStringLiteral("--outdir"), work.path(), html });
        if (!soffice.waitForFinished(600000) || soffice.exitCode() != 0)
            qFatal("soffice failed: %s", soffice.readAllStandardError().constData());
    };
    convert(); // the first start creates LibreOffice's profile: not measured
    const double loMs = medianMs(3, convert);
    const qint64 loSize = QFileInfo(work.filePath(QStringLiteral("report-lo.pdf"))).size();

    // Hostile text: the same project with a 100,000-character "word" as its title and in three notes.
    const QString hostilePath = work.filePath(QStringLiteral("report-hostile.readiness"));
    QFile::remove(hostilePath);
    QFile::copy(path, hostilePath);
    QFile::setPermissions(hostilePath, QFile::ReadOwner | QFile::WriteOwner);
    double hostileMs = 0;
    int hostilePages = 0;
    {
        auto hostile = Project::open(hostilePath, ProjectFile::Access::ReadWrite, &error);
        if (!hostile)
            qFatal("%s", qPrintable(error.message));
        const QString word(100000, QLatin1Char('x'));
        AssessmentInfo info = hostile->assessment().info;
        info.title = word;
        hostile->setInfo(info);
        for (int d = 0; d < 3; ++d) {
            Item item = hostile->assessment().domains.at(d).items.first();
            item.note = word;
            hostile->updateItem(item.key, item);
        }
        Document hostileDocument(std::move(hostile));
        const QString hostilePdf = work.filePath(QStringLiteral("report-hostile.pdf"));
        hostileMs = medianMs(3, [&] {
            QString e;
            const auto result = ReportExport::produce(&hostileDocument, export_, &e);
            if (!result || !ReportExport::save(hostilePdf, *result, &e))
                qFatal("%s", qPrintable(e));
        });
        QPdfDocument hostileReader;
        hostileReader.load(hostilePdf);
        hostilePages = hostileReader.pageCount();
    }

    std::printf("| Signed PDF report of a 1,000-item project (median of 5): %d pages, %s | %s | | |\n", pages,
        qPrintable(QLocale::c().formattedDataSize(size)), qPrintable(ms(oursMs)));
    std::printf("| The same content converted by LibreOffice %s (`soffice --headless --convert-to pdf`, "
                "median of 3): %s | %s | | |\n",
        qPrintable(QString::fromUtf8(qgetenv("LO_VERSION"))),
        qPrintable(QLocale::c().formattedDataSize(loSize)), qPrintable(ms(loMs)));
    std::printf("| LibreOffice's time / ours | %.1fx | >= 10x | %s |\n", loMs / oursMs,
        loMs / oursMs >= 10 ? "met" : "**missed**");
    std::printf(
        "| Signature valid (our verifier; pdfsig in the tests) | %s | | |\n", valid ? "yes" : "**no**");
    std::printf("| The same with a 100,000-character word as the title and in three notes (median of 3): %d "
                "pages | %s (%.1fx) | <= 2x | %s |\n",
        hostilePages, qPrintable(ms(hostileMs)), hostileMs / oursMs,
        hostileMs / oursMs <= 2 ? "met" : "**missed**");
    return 0;
}
