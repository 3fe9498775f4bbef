#include "Commands.h"

AdjustCommand::AdjustCommand()
    : Command(
        QStringLiteral("adjust"), tr("Set or clear an adjusted score (overall or a domain) with a reason."))
{
}

void AdjustCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("overall"), tr("Adjust the overall score.") });
    parser.addOption({ QStringLiteral("domain"), tr("Adjust this domain's score."), tr("key") });
    parser.addOption({ QStringLiteral("score"), tr("The adjusted score, 0 to 100."), tr("n") });
    parser.addOption(
        { QStringLiteral("reason"), tr("Why the assessors adjust the score (required)."), tr("text") });
    parser.addOption(
        { QStringLiteral("clear"), tr("Remove the adjustment; the computed score applies again.") });
    parser.addOption(byOption());
}

int AdjustCommand::requiredPositionals() const
{
    return 1;
}

int AdjustCommand::execute(const QCommandLineParser& parser)
{
    const bool overall = parser.isSet(QStringLiteral("overall"));
    const bool domain = parser.isSet(QStringLiteral("domain"));
    if (overall == domain)
        return fail(tr("Give either --overall or --domain KEY."));
    const QString domainKey = domain ? parser.value(QStringLiteral("domain")) : QString();
    const bool clear = parser.isSet(QStringLiteral("clear"));
    std::optional<double> score;
    if (!clear) {
        if (!parser.isSet(QStringLiteral("score")) || !parser.isSet(QStringLiteral("reason")))
            return fail(tr("--score and --reason are required (or --clear)."));
        score = numberOption(parser, QStringLiteral("score"));
        if (!score)
            return InputError;
    }
    const auto project = openProject(parser.positionalArguments().at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const rw::ProjectError e = clear
        ? project->clearAdjustment(domainKey)
        : project->setAdjustment(domainKey, *score, parser.value(QStringLiteral("reason")));
    if (e)
        return fail(e.message);
    const QString target = domainKey.isEmpty() ? tr("overall score") : tr("domain %1").arg(domainKey);
    if (clear)
        out() << tr("Adjustment of the %1 removed.").arg(target) << '\n';
    else
        out() << tr("The %1 is adjusted to %2.").arg(target).arg(*score) << '\n';
    return Ok;
}
