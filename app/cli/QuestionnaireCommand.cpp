#include "Commands.h"

#include "exchange/Questionnaire.h"

#include <QDir>

QuestionnaireCommand::QuestionnaireCommand()
    : Command(QStringLiteral("questionnaire"),
        tr("Write a questionnaire for people without the workbench: one HTML file that any browser opens and "
           "that saves an answers file for import-results."))
{
}

void QuestionnaireCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The HTML file to write."), tr("path") });
    parser.addOption({ QStringLiteral("open-only"), tr("Only the items not assessed yet.") });
    parser.addOption(
        { QStringLiteral("domains"), tr("Only these domains, comma-separated keys."), tr("keys") });
}

int QuestionnaireCommand::requiredPositionals() const
{
    return 1;
}

int QuestionnaireCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o OUT is required."));
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    rw::Questionnaire::Options options;
    options.openOnly = parser.isSet(QStringLiteral("open-only"));
    for (const QString& key :
        parser.value(QStringLiteral("domains")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = key.trimmed();
        const auto& domains = project->assessment().domains;
        if (std::none_of(domains.begin(), domains.end(), [&](const rw::Domain& d) { return d.key == k; }))
            return fail(tr("There is no domain with the key \"%1\" in this project.").arg(k));
        options.domains << k;
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (const QString problem = writeWhole(out, rw::Questionnaire::write(*project, options));
        !problem.isEmpty())
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(out), problem));
    Command::out() << tr("Wrote %1. Send it to whoever answers; import the answers file they send back with "
                         "import-results.")
                          .arg(QDir::toNativeSeparators(out))
                   << '\n';
    return Ok;
}
