#include "Commands.h"

#include "report/JsonWriter.h"

#include <QJsonDocument>
#include <QLocale>

ScoreCommand::ScoreCommand()
    : Command(QStringLiteral("score"), tr("Show the scores; with --fail-under, gate a pipeline."))
{
}

void ScoreCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of a table.") });
    parser.addOption(
        { QStringLiteral("fail-under"), tr("Exit with 1 when the overall score is below n."), tr("n") });
}

int ScoreCommand::requiredPositionals() const
{
    return 1;
}

namespace {

QString pct(const std::optional<int>& v)
{
    return v ? QStringLiteral("%1 %").arg(*v) : QStringLiteral("–");
}

QString num(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

} // namespace

int ScoreCommand::execute(const QCommandLineParser& parser)
{
    std::optional<double> failUnder;
    if (parser.isSet(QStringLiteral("fail-under"))) {
        failUnder = numberOption(parser, QStringLiteral("fail-under"));
        if (!failUnder)
            return InputError;
    }
    const auto project = openProject(parser.positionalArguments().at(0), false);
    if (!project)
        return InputError;
    const rw::Report report = rw::Report::build(*project);
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(rw::JsonWriter::scores(report)).toJson(QJsonDocument::Indented);
    } else {
        const rw::ScoreLabel& l = report.overallLabel;
        out() << report.assessment.info.title << '\n';
        out() << tr("Overall: %1, grade %2, %3")
                     .arg(pct(l.display), l.grade.isEmpty() ? QStringLiteral("–") : l.grade, l.status);
        if (report.overall.adjusted) {
            const rw::ScoreLabel& c = report.computedLabel;
            out() << "  "
                  << tr("(adjusted; computed %1, grade %2, %3)").arg(pct(c.display), c.grade, c.status);
        }
        out() << '\n';
        if (report.overall.unmetBlockers > 0)
            out() << tr(
                "%n unmet blocker(s): not ready whatever the score.", nullptr, report.overall.unmetBlockers)
                  << '\n';
        out() << '\n';
        QVector<QStringList> rows { { tr("Domain"), tr("Weight"), tr("Earned"), tr("Score"), tr("Rating"),
            tr("Target"), tr("Assessed") } };
        for (const rw::ReportDomain& d : report.domains) {
            const rw::DomainScore& s = d.score;
            QString target = s.target ? QStringLiteral(">= %1").arg(num(*s.target)) : QStringLiteral("–");
            if (d.meetsTarget)
                target += *d.meetsTarget ? tr(" met") : tr(" MISSED");
            QString score = pct(d.label.display);
            if (s.adjusted)
                score += QLatin1Char('*');
            rows.append({ s.title,
                s.weightFromTemplate ? QStringLiteral("%1 %").arg(num(s.weight))
                                     : tr("%1 pts").arg(num(s.weight)),
                QStringLiteral("%1/%2").arg(num(s.earned), num(s.possible)), score,
                d.label.rating.isEmpty() ? QStringLiteral("–") : d.label.rating, target,
                QStringLiteral("%1/%2").arg(s.assessed).arg(s.items) });
        }
        printTable(rows, QStringLiteral("lrrrlll"));
        bool anyAdjusted = false;
        for (const rw::ReportDomain& d : report.domains)
            anyAdjusted = anyAdjusted || d.score.adjusted;
        if (anyAdjusted)
            out() << '\n'
                  << tr("* adjusted by the assessors; 'report' shows the computed score and the reason.")
                  << '\n';
    }
    out().flush();
    if (failUnder) {
        const std::optional<double> score = report.overall.score;
        if (!score || rw::Scoring::displayed(*score) < *failUnder) {
            err() << tr("The overall score %1 is below %2.")
                         .arg(pct(report.overallLabel.display))
                         .arg(*failUnder)
                  << Qt::endl;
            return CheckFailed;
        }
    }
    return Ok;
}
