#include "Commands.h"

#include "exchange/Mapping.h"

ProjectOntoCommand::ProjectOntoCommand()
    : Command(QStringLiteral("project-onto"),
        tr("Project an assessment's results onto another framework through a mapping: a draft assessment of "
           "the other framework, answers carried over where the mapping says equal or covers, each marked "
           "with its source, for review."))
{
}

void ProjectOntoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The assessment to project (made from the --from framework library)."));
    parser.addOption({ QStringLiteral("mapping"),
        tr("The mapping library (YAML) between the two frameworks."), tr("path") });
    parser.addOption({ QStringLiteral("from"),
        tr("The framework library (YAML) the assessment was made from."), tr("path") });
    parser.addOption(
        { QStringLiteral("to"), tr("The framework library (YAML) to project onto."), tr("path") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("The draft project to create (.readiness); never overwritten."), tr("path") });
    parser.addOption(byOption());
}

int ProjectOntoCommand::requiredPositionals() const
{
    return 1;
}

int ProjectOntoCommand::execute(const QCommandLineParser& parser)
{
    for (const char* option : { "mapping", "from", "to", "output" }) {
        if (!parser.isSet(QLatin1String(option)))
            return fail(tr("--mapping, --from, --to and -o are required."));
    }
    const auto source = openProject(parser.positionalArguments().at(0), false);
    if (!source)
        return InputError;
    QString error;
    const std::optional<rw::Mapping::Draft> draft
        = rw::Mapping::createDraft(*source, parser.value(QStringLiteral("mapping")),
            parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")),
            parser.value(QStringLiteral("output")), parser.value(QStringLiteral("by")), &error);
    if (!draft)
        return fail(error);
    out() << draft->summary << '\n';
    return Ok;
}
