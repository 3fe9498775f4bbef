#include "Commands.h"

#include "scoring/Answers.h"

GroupsCommand::GroupsCommand()
    : Command(QStringLiteral("groups"),
        tr("Show or choose the implementation groups in scope (items of no chosen group do not apply)."))
{
}

void GroupsCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("set"),
        tr("The groups in scope, comma-separated, for example IG1 (\"\" or --all: every group)."),
        tr("groups") });
    parser.addOption({ QStringLiteral("all"), tr("Every group in scope.") });
    parser.addOption(byOption());
}

int GroupsCommand::requiredPositionals() const
{
    return 1;
}

int GroupsCommand::execute(const QCommandLineParser& parser)
{
    const bool change = parser.isSet(QStringLiteral("set")) || parser.isSet(QStringLiteral("all"));
    const auto project = openProject(parser.positionalArguments().at(0), change);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const QStringList groups = rw::Answers::groupsOf(project->assessment());
    if (change) {
        rw::AssessmentInfo info = project->assessment().info;
        info.implementationGroups.clear();
        if (!parser.isSet(QStringLiteral("all"))) {
            for (const QString& g :
                parser.value(QStringLiteral("set")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                info.implementationGroups << g.trimmed();
        }
        if (const rw::ProjectError e = project->setInfo(info))
            return fail(e.message);
    }
    if (groups.isEmpty()) {
        out() << tr("This checklist has no implementation groups.") << '\n';
        return Ok;
    }
    const QStringList& chosen = project->assessment().info.implementationGroups;
    for (const QString& g : groups) {
        int items = 0;
        for (const rw::Domain& d : project->assessment().domains) {
            for (const rw::Item& i : d.items)
                items += i.question.groups.contains(g) ? 1 : 0;
        }
        const bool inScope = chosen.isEmpty() || chosen.contains(g);
        out() << QStringLiteral("%1 %2  %3")
                     .arg(inScope ? QStringLiteral("*") : QStringLiteral(" "), g.leftJustified(12),
                         tr("%n item(s)", nullptr, items))
              << '\n';
    }
    int notApplying = 0;
    for (const rw::Domain& d : project->assessment().domains) {
        for (const rw::Item& i : d.items)
            notApplying += i.doesNotApply.isEmpty() ? 0 : 1;
    }
    out() << (chosen.isEmpty() ? tr("In scope: every group.")
                               : tr("In scope: %1.").arg(chosen.join(QStringLiteral(", "))))
          << ' ' << tr("%n item(s) do not apply.", nullptr, notApplying) << '\n';
    return Ok;
}
