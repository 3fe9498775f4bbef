#include "Commands.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <unistd.h>

AttachCommand::AttachCommand()
    : Command(QStringLiteral("attach"), tr("Attach files as evidence to an item (stored once, streamed)."))
{
}

void AttachCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ITEM-KEY"), tr("The item the evidence supports."));
    parser.addPositionalArgument(
        QStringLiteral("PATH"), tr("One or more files to attach."), QStringLiteral("PATH..."));
    parser.addOption({ QStringLiteral("caption"), tr("A caption for the evidence."), tr("text") });
    addEvidenceDateOptions(parser);
    parser.addOption({ QStringLiteral("revise"),
        tr("Attach the file as a new version of this evidence (SHA-256 or name); the earlier version is "
           "kept with its hash and dates."),
        tr("evidence") });
    parser.addOption(byOption());
}

int AttachCommand::requiredPositionals() const
{
    return 3;
}

int AttachCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    rw::EvidenceDates dates;
    bool datesGiven = false;
    QString problem;
    if (!evidenceDates(parser, &dates, &datesGiven, &problem))
        return fail(problem);
    const bool revise = parser.isSet(QStringLiteral("revise"));
    if (revise && args.size() != 3)
        return fail(tr("--revise takes one file: the new version."));
    for (const QString& path : args.mid(2)) {
        if (!QFileInfo(path).isFile())
            return fail(tr("The evidence file %1 does not exist or is not a file; nothing was attached.")
                            .arg(QDir::toNativeSeparators(path)));
    }
    const auto project = openProject(args.at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    if (!project->item(args.at(1)))
        return fail(tr("There is no item with the key \"%1\" in this project.").arg(args.at(1)));
    const rw::Evidence* revised = nullptr;
    if (revise) {
        revised = findEvidence(*project, parser.value(QStringLiteral("revise")), &problem);
        if (!revised)
            return fail(problem);
        if (!revised->itemKeys.contains(args.at(1)))
            return fail(tr("The evidence \"%1\" does not support %2; it supports %3.")
                            .arg(revised->name, args.at(1), revised->itemKeys.join(QStringLiteral(", "))));
    }
    const qint64 revisedId = revised ? revised->id : 0;
    const QString revisedName = revised ? revised->name : QString();
    const bool showProgress = isatty(STDERR_FILENO);
    for (const QString& path : args.mid(2)) {
        QElapsedTimer shown;
        shown.start();
        const auto progress = [&](qint64 done, qint64 total) {
            if (showProgress && shown.elapsed() > 200) {
                err() << '\r'
                      << tr("%1: %2 of %3")
                             .arg(QFileInfo(path).fileName(), QLocale::c().formattedDataSize(done),
                                 QLocale::c().formattedDataSize(total));
                err().flush();
                shown.restart();
            }
            return true;
        };
        rw::Evidence attached;
        if (revisedId) {
            if (const rw::ProjectError e = project->reviseFile(revisedId, path, dates, progress, &attached))
                return fail(e.message);
            if (parser.isSet(QStringLiteral("caption"))) {
                attached.caption = parser.value(QStringLiteral("caption"));
                if (const rw::ProjectError e = project->saveEvidence(attached))
                    return fail(e.message);
            }
            if (showProgress)
                err() << '\r' << QString(60, QLatin1Char(' ')) << '\r';
            out() << tr("Attached %1 (%2, SHA-256 %3) as version %4 of \"%5\".")
                         .arg(QFileInfo(path).fileName(), QLocale::c().formattedDataSize(attached.size),
                             attached.sha256)
                         .arg(attached.revisions.size() + 1)
                         .arg(revisedName)
                  << '\n';
            continue;
        }
        if (const rw::ProjectError e
            = project->attachFile({ args.at(1) }, path, parser.value(QStringLiteral("caption")), progress,
                &attached, datesGiven ? dates : rw::EvidenceDates()))
            return fail(e.message);
        if (showProgress)
            err() << '\r' << QString(60, QLatin1Char(' ')) << '\r';
        out() << tr("Attached %1 (%2, SHA-256 %3) to %4.")
                     .arg(QFileInfo(path).fileName(), QLocale::c().formattedDataSize(attached.size),
                         attached.sha256, args.at(1))
              << '\n';
    }
    return Ok;
}
