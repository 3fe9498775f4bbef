#include "Commands.h"

#include "Document.h"
#include "report/Report.h"
#include "report/ReportExport.h"
#include "report/ReportLanguage.h"

#include <QDir>

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"),
        tr("Export a readiness report (Markdown, PDF or JSON), signed if you wish."))
{
}

void ReportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption(
        { QStringLiteral("format"), tr("md, pdf or json."), tr("format"), QStringLiteral("md") });
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The report file to write."), tr("path") });
    QStringList keys;
    for (rw::ReportSection s : rw::ReportOptions::allSections())
        keys << rw::ReportOptions::key(s);
    keys.sort();
    parser.addOption({ QStringLiteral("sections"),
        tr("The sections to include, comma-separated, from: %1 (default: all). The cover and the summary are "
           "always there.")
            .arg(keys.join(QStringLiteral(", "))),
        tr("list") });
    parser.addOption({ QStringLiteral("language"),
        tr("The report's language: %1 (default en).")
            .arg(rw::ReportLanguage::available().join(QStringLiteral(", "))),
        tr("code") });
    parser.addOption({ QStringLiteral("paper"), tr("A4 or Letter (PDF only; default A4)."), tr("size"),
        QStringLiteral("A4") });
    parser.addOption({ QStringLiteral("sign"),
        tr("Sign with this identity (.p12). A PDF embeds the signature; Markdown and "
           "JSON get OUT.p7s beside them."),
        tr("identity") });
    parser.addOption({ QStringLiteral("passphrase-file"),
        tr("The file whose first line is the identity's passphrase."), tr("path") });
    parser.addOption(
        { QStringLiteral("prepared-for"), tr("Who the report is for (the cover says so)."), tr("text") });
    parser.addOption({ QStringLiteral("prepared-by"),
        tr("Who wrote the report (default: the signer, else the team)."), tr("text") });
    parser.addOption({ QStringLiteral("document-version"), tr("The report's version (default 1.0)."),
        tr("text"), QStringLiteral("1.0") });
    parser.addOption({ QStringLiteral("final"), tr("A final report (default: a draft).") });
    parser.addOption({ QStringLiteral("classification"),
        tr("A marking printed on every page, for example Confidential."), tr("text") });
    parser.addOption({ QStringLiteral("limitations"),
        tr("Limitations to state beside those the report finds itself."), tr("text") });
}

int ReportCommand::requiredPositionals() const
{
    return 1;
}

int ReportCommand::execute(const QCommandLineParser& parser)
{
    const auto format = ReportExport::formatFromKey(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(
            tr("Unknown format \"%1\"; use md, pdf or json.").arg(parser.value(QStringLiteral("format"))));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o OUT is required."));
    ReportExport::Request request;
    request.format = *format;
    if (parser.isSet(QStringLiteral("sections"))) {
        request.options.sections.clear();
        for (const QString& key :
            parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = rw::ReportOptions::sectionFromKey(key);
            if (!section)
                return fail(tr("Unknown section \"%1\".").arg(key.trimmed()));
            request.options.sections.insert(*section);
        }
    }
    request.options.language = parser.value(QStringLiteral("language"));
    const QString paper = parser.value(QStringLiteral("paper"));
    if (paper.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        return fail(tr("Unknown paper size \"%1\"; use A4 or Letter.").arg(paper));
    request.options.paper = paper;
    request.options.preparedFor = parser.value(QStringLiteral("prepared-for"));
    request.options.preparedBy = parser.value(QStringLiteral("prepared-by"));
    request.options.documentVersion = parser.value(QStringLiteral("document-version"));
    request.options.final = parser.isSet(QStringLiteral("final"));
    request.options.classification = parser.value(QStringLiteral("classification"));
    request.options.limitations = parser.value(QStringLiteral("limitations"));
    QString error;
    if (parser.isSet(QStringLiteral("sign"))) {
        const auto pass = passphrase(parser, QStringLiteral("passphrase-file"));
        if (!pass)
            return InputError;
        request.identity = rw::Identity::load(parser.value(QStringLiteral("sign")), *pass, &error);
        if (!request.identity)
            return fail(error);
    }
    auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    if (request.options.final) {
        // Refused before anything is written: a final report with the review open is a failed check.
        if (const QString blocked
            = rw::ReportAttention::of(project->assessment(), QDate::currentDate()).finalBlocked();
            !blocked.isEmpty())
            return fail(blocked, CheckFailed);
    }
    Document document(std::move(project));
    const auto result = ReportExport::produce(&document, request, &error);
    if (!result)
        return fail(error);
    const QString path = parser.value(QStringLiteral("output"));
    if (!ReportExport::save(path, *result, &error))
        return fail(error);
    out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
    if (!result->detachedSignature.isEmpty())
        out() << ' ' << tr("Signature: %1.p7s.").arg(QDir::toNativeSeparators(path));
    else if (request.identity)
        out() << ' ' << tr("Signed by %1.").arg(result->report.signer->name);
    out() << '\n';
    return Ok;
}
