#include "Commands.h"

#include <QDir>

NewCommand::NewCommand()
    : Command(QStringLiteral("new"), tr("Create a project from a template."))
{
}

void NewCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The project file to create (.readiness); never overwritten."));
    parser.addOption({ QStringLiteral("template"),
        tr("A built-in template id (see 'templates') or a template file."), tr("id|path") });
    parser.addOption(
        { QStringLiteral("title"), tr("The assessment's title (default: the template's)."), tr("text") });
    parser.addOption({ QStringLiteral("language"),
        tr("For a framework library: the language to read it in, one of its translations (default: the "
           "library's own)."),
        tr("code") });
    parser.addOption({ QStringLiteral("groups"),
        tr("For a framework library: only these implementation groups, comma-separated (default: all)."),
        tr("list") });
    parser.addOption(byOption());
}

int NewCommand::requiredPositionals() const
{
    return 1;
}

int NewCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("template")))
        return fail(tr("--template is required (a built-in id or a template file)."));
    QString error;
    rw::ImportOptions options;
    options.implementationGroups
        = parser.value(QStringLiteral("groups")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.language = parser.value(QStringLiteral("language")).trimmed();
    const std::optional<rw::Template> tmpl
        = rw::Template::load(parser.value(QStringLiteral("template")), &error, options);
    if (!tmpl)
        return fail(error);
    const QString path = parser.positionalArguments().at(0);
    rw::ProjectError projectError;
    const auto project = rw::Project::create(path, *tmpl, parser.value(QStringLiteral("title")),
        parser.value(QStringLiteral("by")), &projectError);
    if (!project)
        return fail(projectError.message);
    out() << tr("Created %1 from %2: %3 domains, %4 items.")
                 .arg(QDir::toNativeSeparators(project->path()), tmpl->id)
                 .arg(tmpl->domains.size())
                 .arg(tmpl->itemCount())
          << '\n';
    return Ok;
}
