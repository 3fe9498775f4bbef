#include "Commands.h"

#include "report/JsonWriter.h"

#include <QJsonDocument>
#include <QLocale>

ScoreCommand::ScoreCommand() : Command(QStringLiteral("score"), tr("Show the scores; with --fail-under, gate a pipeline.")) { }

void ScoreCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of a table.") });
    parser.addOption({ QStringLiteral("fail-under"), tr("Exit with 1 when the overall score is below n."), tr("n") });
}

int ScoreCommand::requiredPositionals() const { return 1; }

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
        out() << tr("Overall: %1, grade %2, %3").arg(pct(l.display), l.grade.isEmpty() ? QStringLiteral("–") : l.grade, l.status);
        if (report.overall.adjusted) {
            const rw::ScoreLabel& c = report.computedLabel;
            out() << "  " << tr("(adjusted; computed %1, grade %2, %3)").arg(pct(c.display), c.grade, c.status);
        }
        out() << '\n';
        if (report.overall.unmetBlockers > 0)
            out() << tr("%n unmet blocker(s): not ready whatever the score.", nullptr, report.overall.unmetBlockers) << '\n';
        out() << '\n'
              << tr("Domain").leftJustified(32) << tr("Weight").rightJustified(8) << tr("Earned").rightJustified(10)
              << tr("Score").rightJustified(8) << "  " << tr("Rating").leftJustified(10) << tr("Target").leftJustified(14)
              << tr("Assessed") << '\n';
        for (const rw::ReportDomain& d : report.domains) {
            const rw::DomainScore& s = d.score;
            QString target = s.target ? QStringLiteral(">= %1").arg(num(*s.target)) : QStringLiteral("–");
            if (d.meetsTarget)
                target += *d.meetsTarget ? tr(" met") : tr(" MISSED");
            QString score = pct(d.label.display);
            if (s.adjusted)
                score += QLatin1Char('*');
            out() << s.title.left(31).leftJustified(32)
                  << (s.weightFromTemplate ? QStringLiteral("%1 %").arg(num(s.weight)) : tr("%1 pts").arg(num(s.weight))).rightJustified(8)
                  << QStringLiteral("%1/%2").arg(num(s.earned), num(s.possible)).rightJustified(10) << score.rightJustified(8)
                  << "  " << (d.label.rating.isEmpty() ? QStringLiteral("–") : d.label.rating).leftJustified(10)
                  << target.leftJustified(14) << QStringLiteral("%1/%2").arg(s.assessed).arg(s.items) << '\n';
        }
        bool anyAdjusted = false;
        for (const rw::ReportDomain& d : report.domains)
            anyAdjusted = anyAdjusted || d.score.adjusted;
        if (anyAdjusted)
            out() << '\n' << tr("* adjusted by the assessors; 'report' shows the computed score and the reason.") << '\n';
    }
    out().flush();
    if (failUnder) {
        const std::optional<double> score = report.overall.score;
        if (!score || rw::Scoring::displayed(*score) < *failUnder) {
            err() << tr("The overall score %1 is below %2.").arg(pct(report.overallLabel.display)).arg(*failUnder) << Qt::endl;
            return CheckFailed;
        }
    }
    return Ok;
}
