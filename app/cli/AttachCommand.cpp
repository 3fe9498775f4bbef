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
    parser.addOption(byOption());
}

int AttachCommand::requiredPositionals() const
{
    return 3;
}

int AttachCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
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
        if (const rw::ProjectError e = project->attachFile(
                { args.at(1) }, path, parser.value(QStringLiteral("caption")), progress, &attached))
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
