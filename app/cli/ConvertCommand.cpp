#include "Commands.h"

#include "exchange/Csv.h"
#include "exchange/Import.h"
#include "exchange/OscalResults.h"
#include "exchange/Template.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

ConvertCommand::ConvertCommand()
    : Command(QStringLiteral("convert"),
        tr("Write any checklist this version reads (OSCAL, Well-Architected lens, framework YAML, "
           "questionnaire, CSV) as a template."))
{
}

void ConvertCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
        tr("The checklist to read: a template, an OSCAL catalog or profile, a lens, a framework library "
           "(YAML), a questionnaire or a CSV file."));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("The template file to write (.json)."), tr("path") });
    parser.addOption({ QStringLiteral("language"),
        tr("For a framework library: the language to read it in, one of its translations (default: the "
           "library's own)."),
        tr("code") });
    parser.addOption({ QStringLiteral("groups"),
        tr("For a framework library: only these implementation groups, comma-separated (default: all)."),
        tr("list") });
}

int ConvertCommand::requiredPositionals() const
{
    return 1;
}

int ConvertCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o TEMPLATE.json is required."));
    QString error;
    const QString source = parser.positionalArguments().at(0);
    rw::ImportOptions options;
    options.implementationGroups
        = parser.value(QStringLiteral("groups")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.language = parser.value(QStringLiteral("language")).trimmed();
    const std::optional<rw::Template> t = rw::Template::load(source, &error, options);
    if (!t)
        return fail(error);
    const QString out = parser.value(QStringLiteral("output"));
    if (const QString problem = writeWhole(out, t->toJson()); !problem.isEmpty())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(out), problem));
    Command::out() << tr("Wrote %1: %2, %3 domains, %4 items.")
                          .arg(QDir::toNativeSeparators(out), t->title)
                          .arg(t->domains.size())
                          .arg(t->itemCount())
                   << '\n';
    return Ok;
}

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
        tr("Write a project's results for other tools: OSCAL assessment results, an OSCAL POA&M or CSV."))
{
}

void ExportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("format"),
        tr("oscal-ar (OSCAL assessment results, JSON), oscal-poam (the open recommendations as an OSCAL plan "
           "of action and milestones, JSON) or csv (the checklist with results, for spreadsheets)."),
        tr("format"), QStringLiteral("csv") });
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), tr("path") });
    parser.addOption({ QStringLiteral("table"), tr("For csv: items (default), findings, risks or kpis."),
        tr("table"), QStringLiteral("items") });
}

int ExportCommand::requiredPositionals() const
{
    return 1;
}

int ExportCommand::execute(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("oscal-ar")
        && format != QLatin1String("oscal-poam"))
        return fail(tr("Unknown export format \"%1\"; use oscal-ar, oscal-poam or csv.").arg(format));
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o OUT is required."));
    const QString table = parser.value(QStringLiteral("table"));
    if (!QStringList { QStringLiteral("items"), QStringLiteral("findings"), QStringLiteral("risks"),
            QStringLiteral("kpis") }
             .contains(table))
        return fail(tr("Unknown table \"%1\"; use items, findings, risks or kpis.").arg(table));
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const QString out = parser.value(QStringLiteral("output"));
    const rw::Assessment& a = project->assessment();
    QByteArray bytes;
    if (format == QLatin1String("oscal-ar"))
        bytes = rw::OscalResults::write(*project);
    else if (format == QLatin1String("oscal-poam")) {
        bytes = rw::OscalResults::writePoam(*project);
        if (bytes.isEmpty())
            return fail(tr("No recommendation is open, so there is no plan of action to write; an OSCAL "
                           "POA&M needs at least one item."),
                CheckFailed);
    } else if (table == QLatin1String("items"))
        bytes = rw::Csv::write(rw::Csv::checklist(a));
    else if (table == QLatin1String("findings"))
        bytes = rw::Csv::write(rw::Csv::findings(a));
    else if (table == QLatin1String("risks"))
        bytes = rw::Csv::write(rw::Csv::risks(a));
    else
        bytes = rw::Csv::write(rw::Csv::kpis(a));
    if (const QString problem = writeWhole(out, bytes); !problem.isEmpty())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(out), problem));
    Command::out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    return Ok;
}
