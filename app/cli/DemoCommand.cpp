#include "Commands.h"

#include "store/DemoProject.h"

#include <QDir>

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"), tr("Create the demo project, a filled-in assessment to explore."))
{
}

void DemoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The project file to create; never overwritten."));
}

int DemoCommand::requiredPositionals() const
{
    return 1;
}

int DemoCommand::execute(const QCommandLineParser& parser)
{
    rw::ProjectError error;
    const auto project = rw::DemoProject::create(parser.positionalArguments().at(0), &error);
    if (!project)
        return fail(error.message);
    out() << tr("Created the demo project %1.").arg(QDir::toNativeSeparators(project->path())) << '\n';
    return Ok;
}
