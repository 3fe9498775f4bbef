#include "Commands.h"

#include "report/JsonWriter.h"
#include "report/MarkdownWriter.h"

#include <QDir>
#include <QSaveFile>

ReportCommand::ReportCommand() : Command(QStringLiteral("report"), tr("Export a readiness report (Markdown or JSON).")) { }

void ReportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("format"), tr("md or json."), tr("format"), QStringLiteral("md") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The report file to write."), tr("path") });
}

int ReportCommand::requiredPositionals() const { return 1; }

int ReportCommand::execute(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("md") && format != QLatin1String("json"))
        return fail(tr("Unknown format \"%1\"; use md or json.").arg(format));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o OUT is required."));
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const rw::Report report = rw::Report::build(*project);
    const QByteArray bytes = format == QLatin1String("md") ? rw::MarkdownWriter::write(report) : rw::JsonWriter::report(report);
    const QString path = parser.value(QStringLiteral("output"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return Ok;
}
