#include "Commands.h"

#include "scoring/Answers.h"

SetCommand::SetCommand()
    : Command(QStringLiteral("set"), tr("Record an item's status, points for partial, and note."))
{
}

void SetCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ITEM-KEY"), tr("The item, for example SEC-03."));
    parser.addOption({ QStringLiteral("status"),
        tr("One of: %1.").arg(rw::allKeys<rw::ItemStatus>().join(QStringLiteral(", "))), tr("status") });
    parser.addOption(
        { QStringLiteral("points"), tr("Points earned by a partially met item (default: half)."), tr("n") });
    parser.addOption(
        { QStringLiteral("note"), tr("The assessor's note (replaces the current one)."), tr("text") });
    parser.addOption({ QStringLiteral("owner"), tr("Who owns the item."), tr("name") });
    parser.addOption({ QStringLiteral("effort"),
        tr("Estimated hours of work to meet the item, for the path to ready (\"\" clears it)."),
        tr("hours") });
    parser.addOption({ QStringLiteral("choices"),
        tr("For a Well-Architected question: the ids of the choices that apply, comma-separated (empty: "
           "none)."),
        tr("ids") });
    parser.addOption({ QStringLiteral("answer"),
        tr("For an item asked other than with a status: the answer (a level or choice by id, title or "
           "number; several choices separated by commas; yes or no; a number; a date YYYY-MM-DD; a text). "
           "\"\" clears it."),
        tr("answer") });
    parser.addOption(byOption());
}

int SetCommand::requiredPositionals() const
{
    return 2;
}

int SetCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("status")) && !parser.isSet(QStringLiteral("note"))
        && !parser.isSet(QStringLiteral("owner")) && !parser.isSet(QStringLiteral("points"))
        && !parser.isSet(QStringLiteral("choices")) && !parser.isSet(QStringLiteral("effort"))
        && !parser.isSet(QStringLiteral("answer")))
        return fail(
            tr("Nothing to set: give --status, --answer, --points, --note, --owner, --effort or --choices."));
    std::optional<rw::ItemStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = rw::fromKey<rw::ItemStatus>(parser.value(QStringLiteral("status")));
        if (!status)
            return fail(tr("Unknown status \"%1\"; use one of: %2.")
                            .arg(parser.value(QStringLiteral("status")),
                                rw::allKeys<rw::ItemStatus>().join(QStringLiteral(", "))));
    }
    std::optional<double> points;
    if (parser.isSet(QStringLiteral("points"))) {
        points = numberOption(parser, QStringLiteral("points"));
        if (!points)
            return InputError;
    }
    std::optional<std::optional<double>> effort;
    if (parser.isSet(QStringLiteral("effort"))) {
        if (parser.value(QStringLiteral("effort")).trimmed().isEmpty()) {
            effort = std::optional<double>();
        } else {
            const std::optional<double> hours = numberOption(parser, QStringLiteral("effort"));
            if (!hours)
                return InputError;
            effort = hours;
        }
    }
    const auto project = openProject(args.at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const rw::Item* current = project->item(args.at(1));
    if (!current)
        return fail(tr("There is no item with the key \"%1\" in this project.").arg(args.at(1)));
    rw::Item updated = *current;
    if (status)
        updated.status = *status;
    if (points) {
        if (updated.status != rw::ItemStatus::Partial)
            return fail(tr("--points applies to a partially met item; add --status partial."));
        updated.partialPoints = *points;
    }
    if (parser.isSet(QStringLiteral("answer"))) {
        if (updated.question.type == rw::QuestionType::Status)
            return fail(tr("Item %1 is answered with a status: use --status.").arg(current->key));
        QString error;
        const std::optional<QJsonValue> answer
            = rw::Answers::parse(updated.question, parser.value(QStringLiteral("answer")), &error);
        if (!answer)
            return fail(tr("Item %1: %2").arg(current->key, error));
        updated.answer = *answer;
    }
    if (parser.isSet(QStringLiteral("note")))
        updated.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("owner")))
        updated.owner = parser.value(QStringLiteral("owner")).trimmed();
    if (effort)
        updated.effortHours = *effort;
    if (parser.isSet(QStringLiteral("choices"))) {
        updated.selectedChoices.clear();
        for (const QString& id :
            parser.value(QStringLiteral("choices")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            updated.selectedChoices << id.trimmed();
    }
    if (const rw::ProjectError e = project->updateItem(args.at(1), updated))
        return fail(e.message);
    const rw::Item* now = project->item(args.at(1));
    if (now->question.type != rw::QuestionType::Status && rw::Answers::isAnswered(now->answer))
        out() << tr("%1: answered %2").arg(now->key, rw::Answers::shown(now->question, now->answer)) << '\n';
    if (!now->doesNotApply.isEmpty())
        out() << tr("%1: does not apply. %2").arg(now->key, now->doesNotApply) << '\n';
    else if (!now->question.isScored())
        out() << tr("%1: recorded, not scored").arg(now->key) << '\n';
    else
        out() << tr("%1: %2 (%3 of %4 points)")
                     .arg(now->key, rw::toLabel(now->status))
                     .arg(rw::Scoring::earnedPoints(*now))
                     .arg(now->points)
              << '\n';
    if (const std::optional<int> gap = rw::Answers::gap(now->question, now->answer); gap && *gap > 0)
        out() << tr("%1: %n level(s) below its target", nullptr, *gap).arg(now->key) << '\n';
    if (!now->risk().isEmpty())
        out() << tr("%1: %2").arg(now->key, rw::LensRisk::label(now->risk())) << '\n';
    return Ok;
}
