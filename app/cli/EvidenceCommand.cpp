#include "Commands.h"

EvidenceCommand::EvidenceCommand()
    : Command(QStringLiteral("evidence"), tr("List the evidence in a project."))
{
}

void EvidenceCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
}

int EvidenceCommand::requiredPositionals() const
{
    return 1;
}

int EvidenceCommand::execute(const QCommandLineParser& parser)
{
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const QVector<rw::Evidence>& evidence = project->assessment().evidence;
    if (evidence.isEmpty()) {
        out() << tr("No evidence attached.") << '\n';
        return Ok;
    }
    QVector<QStringList> rows { { tr("Name"), tr("Size"), tr("SHA-256"), tr("Items") } };
    for (const rw::Evidence& e : evidence) {
        rows.append({ e.name, e.isLink() ? tr("link") : QString::number(e.size),
            e.isLink() ? e.url : e.sha256, e.itemKeys.join(QStringLiteral(", ")) });
    }
    printTable(rows, QStringLiteral("lrll"));
    return Ok;
}
