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
    parser.addPositionalArgument(QStringLiteral("EVIDENCE"),
        tr("The evidence's SHA-256 (of any of its versions) or name (see 'evidence')."));
    parser.addOption({ QStringLiteral("at"),
        tr("The version the project held at the end of this day (YYYY-MM-DD) or at this moment "
           "(YYYY-MM-DDTHH:MM:SSZ)."),
        tr("date") });
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
    const QString reference = parser.positionalArguments().at(1).trimmed();
    // A full SHA-256 may name an earlier version; anything else names a piece of evidence.
    QString sha;
    const rw::Evidence* evidence = nullptr;
    for (const rw::Evidence& e : project->assessment().evidence) {
        if (e.sha256 == reference.toLower())
            evidence = &e;
        for (const rw::EvidenceRevision& r : e.revisions) {
            if (r.sha256 == reference.toLower()) {
                evidence = &e;
                sha = r.sha256;
            }
        }
    }
    QString problem;
    if (!evidence)
        evidence = findEvidence(*project, reference, &problem);
    if (!evidence)
        return fail(problem);
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at")).trimmed();
        const QDate day = at.size() == 10 ? QDate::fromString(at, Qt::ISODate) : QDate();
        QDateTime moment = day.isValid() ? QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1)
                                         : QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!moment.isValid())
            return fail(tr("--at needs a date as YYYY-MM-DD or a moment as YYYY-MM-DDTHH:MM:SSZ, not \"%1\".")
                            .arg(at));
        const auto held = evidence->heldAt(moment);
        if (!held)
            return fail(tr("The project held no version of \"%1\" on %2: it was attached on %3.")
                            .arg(evidence->name, at,
                                (evidence->revisions.isEmpty() ? evidence->addedAt
                                                               : evidence->revisions.constFirst().addedAt)
                                    .toUTC()
                                    .date()
                                    .toString(Qt::ISODate)));
        sha = held->sha256;
    }
    if (sha.isEmpty())
        sha = evidence->sha256;
    if (sha.isEmpty())
        return fail(tr("\"%1\" is a link; it has no content to write.").arg(evidence->name));
    if (const rw::ProjectError e = project->extractEvidence(sha, output))
        return fail(e.message);
    out() << tr("Wrote %1 (%2 bytes).").arg(QDir::toNativeSeparators(output)).arg(QFileInfo(output).size())
          << '\n';
    return Ok;
}
