#include "Commands.h"

#include "scoring/Scoring.h"
#include "store/Merge.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QString percent(const std::optional<double>& score)
{
    return score ? QStringLiteral("%1 %").arg(rw::Scoring::displayed(*score)) : QStringLiteral("–");
}

QJsonValue number(const std::optional<double>& score)
{
    return score ? QJsonValue(rw::Scoring::displayed(*score)) : QJsonValue();
}

} // namespace

MergeCommand::MergeCommand()
    : Command(QStringLiteral("merge"),
        tr("Preview bringing copies of a project together: what each copy adds, the conflicts, how the "
           "scores move (--dry-run)."))
{
}

void MergeCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("INTO"), tr("The project to merge into."));
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("One or more copies of it."), tr("FROM..."));
    parser.addOption({ QStringLiteral("dry-run"), tr("Show what merging would do; change nothing.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the preview as JSON.") });
}

int MergeCommand::requiredPositionals() const
{
    return 2;
}

int MergeCommand::execute(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("dry-run")))
        return fail(tr("This version previews a merge but does not write it yet: run it with --dry-run."));
    const QStringList args = parser.positionalArguments();
    const auto into = openProject(args.at(0), false);
    if (!into)
        return InputError;
    const auto checkLog = [this](const rw::Project& project, const QString& path) {
        const rw::AuditVerdict v = project.verifyAudit();
        if (!v.intact)
            err() << tr("%1 cannot be merged: its audit log is not intact (%2).").arg(path, v.reason)
                  << Qt::endl;
        return v.intact;
    };
    if (!checkLog(*into, args.at(0)))
        return InputError;
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray previews;
    bool conflicts = false;
    for (const QString& path : args.mid(1)) {
        const auto from = openProject(path, false);
        if (!from || !checkLog(*from, path))
            return InputError;
        const rw::MergePreview p = rw::Merge::preview(*into, *from);
        if (!p.problem.isEmpty())
            return fail(tr("%1 cannot be merged into %2: %3.").arg(path, args.at(0), p.problem));
        conflicts = conflicts || !p.conflicts.isEmpty();

        // Who changed what, and where.
        QMap<QString, int> byPerson;
        QMap<QString, int> byDomain;
        for (const rw::AuditEntry& e : p.incoming) {
            ++byPerson[e.by];
            const QString where = e.entity == QLatin1String("item")
                ? p.domainOfItem.value(e.entityUuid, tr("(removed items)"))
                : e.entity;
            ++byDomain[where];
        }
        if (json) {
            QJsonObject people;
            for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it)
                people.insert(it.key(), it.value());
            QJsonObject places;
            for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it)
                places.insert(it.key(), it.value());
            QJsonArray list;
            for (const rw::MergeConflict& c : p.conflicts)
                list.append(QJsonObject { { QStringLiteral("entity"), c.entity },
                    { QStringLiteral("key"), c.key }, { QStringLiteral("field"), c.field },
                    { QStringLiteral("mine"), c.mine }, { QStringLiteral("theirs"), c.theirs },
                    { QStringLiteral("mine_by"), c.mineBy }, { QStringLiteral("theirs_by"), c.theirsBy },
                    { QStringLiteral("winner"),
                        c.theirsWins ? QStringLiteral("theirs") : QStringLiteral("mine") } });
            QJsonArray domains;
            for (const rw::MergePreview::Move& m : p.domains)
                domains.append(QJsonObject { { QStringLiteral("key"), m.key },
                    { QStringLiteral("from"), number(m.from) }, { QStringLiteral("to"), number(m.to) } });
            previews.append(QJsonObject { { QStringLiteral("from"), path },
                { QStringLiteral("incoming"), int(p.incoming.size()) },
                { QStringLiteral("outgoing"), p.outgoing }, { QStringLiteral("by_person"), people },
                { QStringLiteral("by_domain"), places }, { QStringLiteral("conflicts"), list },
                { QStringLiteral("domains"), domains },
                { QStringLiteral("overall_from"), number(p.overallFrom) },
                { QStringLiteral("overall_to"), number(p.overallTo) } });
            continue;
        }
        out() << tr("Merging %1 into %2 would bring %n change(s) (nothing was changed):", nullptr,
            int(p.incoming.size()))
                     .arg(path, args.at(0))
              << '\n';
        if (p.incoming.isEmpty()) {
            out() << "  " << tr("%1 holds nothing that %2 lacks.").arg(path, args.at(0)) << '\n';
            continue;
        }
        QStringList people;
        for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it)
            people << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        QStringList places;
        for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it)
            places << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        out() << "  " << tr("By person: %1").arg(people.join(QStringLiteral(", "))) << '\n';
        out() << "  " << tr("By domain: %1").arg(places.join(QStringLiteral(", "))) << '\n';
        for (const rw::MergePreview::Move& m : p.domains) {
            if (percent(m.from) != percent(m.to))
                out() << "  " << tr("%1: %2 -> %3").arg(m.title, percent(m.from), percent(m.to)) << '\n';
        }
        out() << "  " << tr("Overall: %1 -> %2").arg(percent(p.overallFrom), percent(p.overallTo)) << '\n';
        if (p.conflicts.isEmpty()) {
            out() << "  " << tr("No conflicts.") << '\n';
            continue;
        }
        out() << "  "
              << tr("%n conflict(s), each shown with the value every copy keeps until somebody decides:",
                     nullptr, int(p.conflicts.size()))
              << '\n';
        for (const rw::MergeConflict& c : p.conflicts) {
            const QString mine = c.mine.isEmpty() ? tr("removed") : c.mine;
            const QString theirs = c.theirs.isEmpty() ? tr("removed") : c.theirs;
            out() << "    " << c.entity << ' ' << c.key
                  << (c.field.isEmpty() ? QString() : QLatin1Char(' ') + c.field) << ": "
                  << tr("here %1 (%2), there %3 (%4); kept: %5")
                         .arg(mine, c.mineBy, theirs, c.theirsBy, c.theirsWins ? theirs : mine)
                  << '\n';
        }
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(previews).toJson(QJsonDocument::Indented));
    return conflicts ? CheckFailed : Ok;
}
