#include "Commands.h"

#include <QDir>
#include <QFileInfo>

ExtractCommand::ExtractCommand()
    : Command(QStringLiteral("extract"), tr("Write a piece of evidence out to a file."))
{
}

void ExtractCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("SHA256"), tr("The evidence's SHA-256 (see 'evidence')."));
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), tr("path") });
}

int ExtractCommand::requiredPositionals() const
{
    return 2;
}

int ExtractCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("output")))
        return fail(tr("-o OUT is required."));
    const QString output = parser.value(QStringLiteral("output"));
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const QString sha = parser.positionalArguments().at(1).toLower();
    if (!project->evidenceBySha(sha))
        return fail(tr("The project holds no evidence with SHA-256 %1.").arg(sha));
    if (const rw::ProjectError e = project->extractEvidence(sha, output))
        return fail(e.message);
    out() << tr("Wrote %1 (%2 bytes).").arg(QDir::toNativeSeparators(output)).arg(QFileInfo(output).size())
          << '\n';
    return Ok;
}
