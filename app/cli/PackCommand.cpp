#include "Commands.h"

#include "store/Merge.h"
#include "store/Pack.h"
#include "store/Project.h"

#include <QLocale>

PackCommand::PackCommand()
    : Command(QStringLiteral("pack"),
        tr("Write the changes another copy lacks (entries and evidence) to a pack, small enough to mail."))
{
}

void PackCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project to take the changes from."));
    parser.addOption({ QStringLiteral("for"),
        tr("The other copy (a project or a pack it made): only what it lacks."), tr("OTHER") });
    parser.addOption({ QStringLiteral("since"),
        tr("Only the entries after these heads (hashes as log or a report shows them)."), tr("HEAD") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The pack to write (.rwpack)."),
        tr("PACK") });
}

int PackCommand::requiredPositionals() const
{
    return 1;
}

int PackCommand::execute(const QCommandLineParser& parser)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(tr("Name the pack to write with -o PACK."));
    if (parser.isSet(QStringLiteral("for")) == parser.isSet(QStringLiteral("since")))
        return fail(tr("Say what the other copy holds: --for OTHER or --since HEAD (one of them)."));
    const QString path = parser.positionalArguments().constFirst();
    const auto project = openProject(path, false);
    if (!project)
        return InputError;
    const rw::AuditVerdict verdict = project->verifyAudit();
    if (!verdict.intact)
        return fail(tr("%1 cannot be packed: its audit log is not intact (%2).").arg(path, verdict.reason));
    QVector<rw::AuditEntry> entries;
    std::unique_ptr<rw::MergeSource> other;
    if (parser.isSet(QStringLiteral("for"))) {
        rw::ProjectError error;
        other = rw::Merge::openSource(parser.value(QStringLiteral("for")), &error);
        if (!other)
            return fail(error.message);
        if (other->assessmentUuid != project->assessment().info.uuid)
            return fail(tr("%1 is a copy of another assessment (\"%2\"), not of \"%3\".")
                            .arg(parser.value(QStringLiteral("for")), other->title,
                                project->assessment().info.title));
        entries = rw::Pack::missingFrom(*project, *other);
    } else {
        QString error;
        entries = rw::Pack::since(*project, parser.value(QStringLiteral("since")), &error);
        if (!error.isEmpty())
            return fail(tr("%1: %2.").arg(path, error));
    }
    qint64 bytes = 0;
    const auto skip = [&other](const QString& sha) { return other && other->hasContent(sha); };
    if (const rw::ProjectError e = rw::Pack::write(*project, entries, output, skip, &bytes))
        return fail(e.message);
    out() << tr("Wrote %1: %n change(s), %2.", nullptr, int(entries.size()))
                 .arg(output, QLocale::system().formattedDataSize(bytes))
          << '\n';
    return Ok;
}
