#include "Commands.h"

#include "signing/DeviceIdentity.h"

LogCommand::LogCommand()
    : Command(QStringLiteral("log"), tr("Show the audit log; --verify checks its hash chain."))
{
}

void LogCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("verify"),
        tr("Check that no entry was changed, added or removed outside the application.") });
    parser.addOption({ QStringLiteral("last"), tr("Show only the last n entries."), tr("n") });
}

int LogCommand::requiredPositionals() const
{
    return 1;
}

int LogCommand::execute(const QCommandLineParser& parser)
{
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    if (parser.isSet(QStringLiteral("verify"))) {
        const rw::AuditVerdict v = project->verifyAudit();
        if (!v.intact) {
            err() << tr("The audit log is NOT intact: %1.").arg(v.reason) << Qt::endl;
            return CheckFailed;
        }
        out()
            << tr("The audit log is intact: %n entries, head hash %1.", nullptr, int(v.rows)).arg(v.headHash)
            << '\n';
        return Ok;
    }
    qint64 limit = -1;
    if (parser.isSet(QStringLiteral("last"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("last")).toLongLong(&ok);
        if (!ok || limit < 0)
            return fail(tr("--last needs a whole number."));
    }
    for (const rw::AuditEntry& e : project->auditLog(limit)) {
        // Who, and on which computer (the device that signed the entry, by its fingerprint).
        const QString device
            = e.device.isEmpty() ? QStringLiteral("-") : rw::DeviceIdentity::fingerprint(e.device);
        out() << QString::number(e.id).rightJustified(6) << "  " << e.at.toUTC().toString(Qt::ISODate) << "  "
              << e.by.leftJustified(16) << ' ' << device.leftJustified(19) << ' '
              << e.action.leftJustified(18) << ' ' << e.entityKey << '\n';
        if (!e.before.isEmpty())
            out() << "        " << tr("before: %1").arg(e.before) << '\n';
        if (!e.after.isEmpty())
            out() << "        " << tr("after:  %1").arg(e.after) << '\n';
    }
    return Ok;
}
