#include "ReportExport.h"

#include "Document.h"
#include "report/JsonWriter.h"
#include "report/MarkdownWriter.h"
#include "report/ReportLanguage.h"
#include "signing/PdfSignature.h"
#include "signing/ReportSigning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ReportExport {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<Format> formatFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("md") || k == QLatin1String("markdown"))
        return Format::Markdown;
    if (k == QLatin1String("pdf"))
        return Format::Pdf;
    if (k == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<Result> produce(
    Document* document, const Request& request, QString* error, const PdfReport::Progress& progress)
{
    if (!rw::ReportLanguage::isAvailable(request.options.language)) {
        *error
            = Tr::tr("There is no report language \"%1\"; available: %2.")
                  .arg(request.options.language, rw::ReportLanguage::available().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (request.identity) {
        // Refused before the report is drawn, not after.
        if (const QString problem = request.identity->info().signingProblem(QDateTime::currentDateTimeUtc());
            !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    const rw::ReportLanguage::Scope language(request.options.language);
    Result result;
    result.report = rw::Report::build(*document->project(), request.options);
    if (request.options.final) {
        if (const QString blocked = result.report.finalBlocked(); !blocked.isEmpty()) {
            *error = blocked;
            return std::nullopt;
        }
    }
    if (request.identity) {
        const rw::CertificateInfo info = request.identity->info();
        result.report.signer
            = rw::ReportSigner { info.displayName(), info.fingerprint, result.report.generatedAt };
    }
    switch (request.format) {
    case Format::Markdown:
        result.bytes = rw::MarkdownWriter::write(result.report);
        break;
    case Format::Json:
        result.bytes = rw::JsonWriter::report(result.report);
        break;
    case Format::Pdf:
        result.bytes = PdfReport::write(result.report, document, error, progress);
        if (result.bytes.isEmpty())
            return std::nullopt;
        break;
    }
    if (!request.identity)
        return result;
    if (request.format == Format::Pdf) {
        rw::PdfSignature::Details details;
        details.reason = Tr::tr("Readiness report for %1").arg(result.report.assessment.info.title);
        details.signerName = result.report.signer->name;
        result.bytes = rw::PdfSignature::sign(result.bytes, *request.identity, details, error);
        if (result.bytes.isEmpty())
            return std::nullopt;
    } else {
        result.detachedSignature = rw::Cms::signDetached(*request.identity, result.bytes, error);
        if (result.detachedSignature.isEmpty())
            return std::nullopt;
    }
    return result;
}

bool save(const QString& path, const Result& result, QString* error)
{
    const QString p7s = rw::ReportSigning::signaturePathFor(path);
    if (!writeFile(path, result.bytes, error))
        return false;
    if (!result.detachedSignature.isEmpty())
        return writeFile(p7s, result.detachedSignature, error);
    // A signature left from an earlier export would now contradict the report.
    if (QFile::exists(p7s) && !QFile::remove(p7s)) {
        *error = Tr::tr(
            "%1 is left from an earlier export and cannot be removed; it does not match the new report.")
                     .arg(QDir::toNativeSeparators(p7s));
        return false;
    }
    return true;
}

} // namespace ReportExport
