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
    return 0;
}
