#include "Commands.h"

#include "exchange/Mapping.h"
#include "exchange/Template.h"

#include <QDir>
#include <QFile>

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
    const std::optional<rw::Template> from = rw::Template::load(parser.value(QStringLiteral("from")), &error);
    if (!from)
        return fail(error);
    const std::optional<rw::Template> to = rw::Template::load(parser.value(QStringLiteral("to")), &error);
    if (!to)
        return fail(error);
    QFile mappingFile(parser.value(QStringLiteral("mapping")));
    if (!mappingFile.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(mappingFile.fileName()), mappingFile.errorString()));
    const auto sets = rw::Mapping::read(mappingFile.read(64 * 1024 * 1024), mappingFile.fileName(), &error);
    if (!sets)
        return fail(error);
    // The assessment must be of the --from framework: its items are the library's, key by key.
    int known = 0;
    for (const rw::TemplateDomain& d : from->domains) {
        for (const rw::TemplateItem& i : d.items)
            known += source->item(i.key) != nullptr;
    }
    if (known * 2 < from->itemCount())
        return fail(tr("%1 was not made from %2: only %3 of its %4 requirements are items of the assessment.")
                        .arg(QDir::toNativeSeparators(source->path()), from->title)
                        .arg(known)
                        .arg(from->itemCount()));
    const std::optional<rw::Mapping::Projection> projection
        = rw::Mapping::project(source->assessment(), *from, *to, *sets, &error);
    if (!projection)
        return fail(error);

    rw::ProjectError projectError;
    const QString title = tr("%1 (projected from %2)").arg(to->title, source->assessment().info.title);
    const auto draft = rw::Project::create(parser.value(QStringLiteral("output")), *to, title,
        parser.value(QStringLiteral("by")), &projectError);
    if (!draft)
        return fail(projectError.message);
    draft->setUser(parser.value(QStringLiteral("by")));
    for (const rw::Mapping::Carried& c : projection->carried) {
        const rw::Item* item = draft->item(c.targetKey);
        if (!item)
            continue;
        rw::Item updated = *item;
        updated.status = c.status;
        updated.note = c.note;
        if (const rw::ProjectError e = draft->updateItem(c.targetKey, updated))
            return fail(e.message);
    }
    out() << tr("Created %1: %2 of %3 requirements of %4 reached by the mapping, %5 answers carried over for "
                "review (%6 links between the two frameworks used).")
                 .arg(QDir::toNativeSeparators(draft->path()))
                 .arg(projection->mapped)
                 .arg(projection->targetItems)
                 .arg(to->title)
                 .arg(projection->carried.size())
                 .arg(projection->linksUsed)
          << '\n';
    return Ok;
}
