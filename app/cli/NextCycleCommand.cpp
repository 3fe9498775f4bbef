#include "Commands.h"

#include <QDir>
#include <QFileInfo>

NextCycleCommand::NextCycleCommand()
    : Command(QStringLiteral("next-cycle"),
        tr("Start the next assessment: a new project with the same checklist and evidence, statuses reset, "
           "this cycle's answers beside each item and its milestones to compare against."))
{
}

void NextCycleCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project of this cycle."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The new project file."));
    parser.addOption({ QStringLiteral("title"), tr("The new assessment's title."), tr("text") });
    parser.addOption(byOption());
}

int NextCycleCommand::requiredPositionals() const
{
    return 2;
}

int NextCycleCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (QFileInfo::exists(args.at(1)))
        return fail(tr("%1 exists already; choose a new file.").arg(QDir::toNativeSeparators(args.at(1))));
    const auto project = openProject(args.at(0), false);
    if (!project)
        return InputError;
    const QString by = parser.value(QStringLiteral("by")).trimmed().isEmpty()
        ? rw::Project::defaultUser()
        : parser.value(QStringLiteral("by"));
    rw::ProjectError error;
    const auto next = project->startNextCycle(args.at(1), parser.value(QStringLiteral("title")), by, &error);
    if (!next)
        return fail(error.message);
    out() << tr(
        "Wrote %1: %2 items to assess again, %3 pieces of evidence carried over, %4 milestones to compare "
        "against.")
                 .arg(QDir::toNativeSeparators(args.at(1)))
                 .arg(next->assessment().itemCount())
                 .arg(next->assessment().evidence.size())
                 .arg(next->assessment().snapshots.size())
          << '\n';
    return Ok;
}
