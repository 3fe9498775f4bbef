#include "Commands.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

InfoCommand::InfoCommand()
    : Command(QStringLiteral("info"), tr("Show a project's metadata, counts and schema version."))
{
}

void InfoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("period"),
        tr("Set the period the assessment covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD; \"\" clears it); "
           "evidence "
           "collected outside it is pointed out."),
        tr("period") });
    parser.addOption(byOption());
}

int InfoCommand::requiredPositionals() const
{
    return 1;
}

int InfoCommand::execute(const QCommandLineParser& parser)
{
    const bool setPeriod = parser.isSet(QStringLiteral("period"));
    rw::AssessmentInfo changed;
    QDate from;
    QDate to;
    if (setPeriod && !parser.value(QStringLiteral("period")).trimmed().isEmpty()) {
        const QStringList parts = parser.value(QStringLiteral("period")).split(QStringLiteral(".."));
        from = parts.size() == 2 ? QDate::fromString(parts.at(0).trimmed(), Qt::ISODate) : QDate();
        to = parts.size() == 2 ? QDate::fromString(parts.at(1).trimmed(), Qt::ISODate) : QDate();
        if (!from.isValid() || !to.isValid())
            return fail(tr("--period needs FROM..TO, for example 2026-01-01..2026-03-31."));
    }
    const auto project = openProject(parser.positionalArguments().at(0), setPeriod);
    if (!project)
        return InputError;
    if (setPeriod) {
        project->setUser(parser.value(QStringLiteral("by")));
        changed = project->assessment().info;
        changed.periodFrom = from;
        changed.periodTo = to;
        if (const rw::ProjectError e = project->setInfo(changed))
            return fail(e.message);
    }
    const rw::Assessment& a = project->assessment();
    const auto line = [](const QString& label, const QString& value) {
        out() << QString(label + QLatin1Char(':')).leftJustified(20) << ' ' << value << '\n';
    };
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : tr("not set"); };
    qint64 stored = 0;
    for (const rw::Evidence& e : a.evidence)
        stored += e.size;
    line(tr("File"), QDir::toNativeSeparators(project->path()));
    line(tr("Project format"), QString::number(rw::ProjectFile::SchemaVersion));
    line(tr("Title"), a.info.title);
    line(tr("System"), a.info.system);
    line(tr("Assessment date"), date(a.info.date));
    if (a.info.periodFrom.isValid())
        line(tr("Period"), tr("%1 to %2").arg(date(a.info.periodFrom), date(a.info.periodTo)));
    line(tr("Team"), a.info.team);
    line(tr("Scope"), a.info.scope);
    line(tr("Next review"), date(a.info.nextReview));
    line(tr("Decision"), rw::toLabel(a.info.decision));
    if (!a.info.conditions.isEmpty())
        line(tr("Conditions"), a.info.conditions);
    line(tr("Template"), QStringLiteral("%1 %2").arg(a.info.templateId, a.info.templateVersion).trimmed());
    line(tr("Domains"), QString::number(a.domains.size()));
    line(tr("Items"), tr("%1 (%2 assessed)").arg(a.itemCount()).arg(project->scores().overall().assessed));
    line(tr("Findings"), QString::number(a.findings.size()));
    line(tr("Risks"), QString::number(a.risks.size()));
    line(tr("KPIs"), QString::number(a.kpis.size()));
    line(tr("Sign-offs"), QString::number(a.signOffs.size()));
    line(tr("Adjustments"), QString::number(a.adjustments.size()));
    line(tr("Milestones"), QString::number(a.snapshots.size()));
    line(tr("Evidence"), tr("%1 (%2)").arg(a.evidence.size()).arg(QLocale::c().formattedDataSize(stored)));
    const QVector<rw::AuditEntry> log = project->auditLog();
    line(tr("Audit log"), tr("%n entries, head %1", nullptr, int(log.size())).arg(project->auditHead()));
    line(tr("File size"), QLocale::c().formattedDataSize(QFileInfo(project->path()).size()));
    return Ok;
}
