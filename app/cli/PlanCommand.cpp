#include "Commands.h"

#include "scoring/PathToReady.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

PlanCommand::PlanCommand()
    : Command(
        QStringLiteral("plan"), tr("The least work that makes the assessment Ready and meets every target."))
{
}

void PlanCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of a table.") });
    parser.addOption({ QStringLiteral("default-effort"),
        tr("Hours an item without an estimate (its own or its recommendations') counts; default %1.")
            .arg(rw::PathToReady::DefaultEffortHours),
        tr("hours") });
}

int PlanCommand::requiredPositionals() const
{
    return 1;
}

int PlanCommand::execute(const QCommandLineParser& parser)
{
    double defaultEffort = rw::PathToReady::DefaultEffortHours;
    if (parser.isSet(QStringLiteral("default-effort"))) {
        const std::optional<double> given = numberOption(parser, QStringLiteral("default-effort"));
        if (!given)
            return InputError;
        if (*given < 0)
            return fail(tr("--default-effort cannot be negative."));
        defaultEffort = *given;
    }
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const rw::ReadinessPlan plan = rw::PathToReady::plan(project->assessment(), 2000000, defaultEffort);
    const auto num = [](double v) { return QLocale::c().toString(v, 'g', 6); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray steps;
        for (const rw::PlanStep& s : plan.steps)
            steps.append(QJsonObject { { QStringLiteral("item"), s.itemKey },
                { QStringLiteral("domain"), s.domainKey }, { QStringLiteral("effort"), s.effort },
                { QStringLiteral("estimated"), s.estimated }, { QStringLiteral("score_after"), s.scoreAfter },
                { QStringLiteral("status_after"), s.statusAfter } });
        const QJsonObject root { { QStringLiteral("reachable"), plan.reachable },
            { QStringLiteral("already_ready"), plan.alreadyReady },
            { QStringLiteral("optimal"), plan.optimal },
            { QStringLiteral("score_before"),
                plan.scoreBefore ? QJsonValue(*plan.scoreBefore) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("steps"), steps }, { QStringLiteral("total_effort"), plan.totalEffort },
            { QStringLiteral("unestimated_steps"), plan.unestimatedSteps },
            { QStringLiteral("default_effort"), plan.defaultEffort },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(plan.reasons) } };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (plan.alreadyReady) {
        out() << tr("Already ready: the assessment is Ready and every domain meets its target.") << '\n';
        return Ok;
    }
    if (!plan.reachable) {
        out() << tr("Ready cannot be reached:") << '\n';
        for (const QString& reason : plan.reasons)
            out() << "  - " << reason << '\n';
        return Ok;
    }
    out() << tr("%n step(s), %1 hours in all, make the assessment Ready and meet every target:", nullptr,
        int(plan.steps.size()))
                 .arg(num(plan.totalEffort))
          << '\n'
          << '\n';
    QVector<QStringList> rows { { tr("Item"), tr("Effort"), tr("Score after"), tr("Status after") } };
    for (const rw::PlanStep& s : plan.steps)
        rows.append({ s.itemKey,
            s.estimated ? tr("%1 h").arg(num(s.effort)) : tr("%1 h (default)").arg(num(s.effort)),
            QStringLiteral("%1 %").arg(rw::Scoring::displayed(s.scoreAfter)), s.statusAfter });
    printTable(rows, QStringLiteral("lrrl"));
    if (plan.unestimatedSteps > 0)
        out() << '\n'
              << tr("%n step(s) have no estimate and count %1 h each; give them one with set --effort or a "
                    "recommendation with an effort.",
                     nullptr, plan.unestimatedSteps)
                     .arg(num(plan.defaultEffort))
              << '\n';
    if (!plan.optimal)
        out() << '\n'
              << tr("The checklist is too large to prove this plan the smallest; it is the best one found.")
              << '\n';
    return Ok;
}
