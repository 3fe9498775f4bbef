#include "Commands.h"

EvidenceCommand::EvidenceCommand() : Command(QStringLiteral("evidence"), tr("List the evidence in a project.")) { }

void EvidenceCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
}

int EvidenceCommand::requiredPositionals() const { return 1; }

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
    out() << tr("Name").leftJustified(34) << tr("Size").rightJustified(12) << "  " << tr("SHA-256").leftJustified(64) << "  "
          << tr("Items") << '\n';
    for (const rw::Evidence& e : evidence) {
        out() << e.name.left(33).leftJustified(34)
              << (e.isLink() ? tr("link") : QString::number(e.size)).rightJustified(12) << "  "
              << (e.isLink() ? e.url : e.sha256).leftJustified(64) << "  " << e.itemKeys.join(QStringLiteral(", ")) << '\n';
    }
    return Ok;
}
