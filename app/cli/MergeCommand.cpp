#include "Commands.h"

#include "scoring/Scoring.h"
#include "store/Merge.h"
#include "store/Pack.h"
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

QString kindName(const rw::MergeConflict& c)
{
    switch (c.kind) {
    case rw::MergeConflict::Kind::Removed:
        return QStringLiteral("removed");
    case rw::MergeConflict::Kind::DuplicateKey:
        return QStringLiteral("duplicate-key");
    case rw::MergeConflict::Kind::Field:
        break;
    }
    return QStringLiteral("field");
}

} // namespace

MergeCommand::MergeCommand()
    : Command(QStringLiteral("merge"),
        tr("Bring copies of a project (project files or packs) together: what each copy adds, the "
           "conflicts, how the scores move."))
{
}

void MergeCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("INTO"), tr("The project to merge into."));
    parser.addPositionalArgument(
        QStringLiteral("FROM"), tr("One or more copies of it: project files or packs."), tr("FROM..."));
    parser.addOption({ QStringLiteral("dry-run"), tr("Show what merging would do; change nothing.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
}

int MergeCommand::requiredPositionals() const
{
    return 2;
}

int MergeCommand::execute(const QCommandLineParser& parser)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QStringList args = parser.positionalArguments();
    const auto into = openProject(args.at(0), !dryRun);
    if (!into)
        return InputError;
    if (!dryRun && into->isReadOnly())
        return fail(tr("%1 cannot be changed: %2").arg(args.at(0), into->file().readOnlyReason()));
    const rw::AuditVerdict verdict = into->verifyAudit();
    if (!verdict.intact)
        return fail(tr("%1 cannot be merged into: its audit log is not intact (%2).")
                        .arg(args.at(0), verdict.reason));
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray results;
    bool conflicts = false;
    for (const QString& path : args.mid(1)) {
        rw::ProjectError error;
        const std::unique_ptr<rw::MergeSource> from = rw::Merge::openSource(path, &error);
        if (!from)
            return fail(error.message);
        rw::MergePreview p;
        if (dryRun) {
            p = rw::Merge::preview(*into, *from);
            if (!p.problem.isEmpty())
                return fail(tr("%1 cannot be merged into %2: %3.").arg(path, args.at(0), p.problem));
        } else if (const rw::ProjectError e = rw::Merge::apply(*into, *from, &p)) {
            return fail(p.problem.isEmpty()
                    ? e.message
                    : tr("%1 cannot be merged into %2: %3.").arg(path, args.at(0), p.problem));
        }
        conflicts = conflicts || !p.conflicts.isEmpty();

        // Who changed what, and where.
        QMap<QString, int> byPerson;
        QMap<QString, int> byDomain;
        for (const rw::AuditEntry& e : std::as_const(p.incoming)) {
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
            for (const rw::MergeConflict& c : std::as_const(p.conflicts))
                list.append(QJsonObject { { QStringLiteral("kind"), kindName(c) },
                    { QStringLiteral("entity"), c.entity }, { QStringLiteral("key"), c.key },
                    { QStringLiteral("field"), c.field }, { QStringLiteral("mine"), c.mine },
                    { QStringLiteral("theirs"), c.theirs }, { QStringLiteral("mine_by"), c.mineBy },
                    { QStringLiteral("theirs_by"), c.theirsBy },
                    { QStringLiteral("winner"),
                        c.theirsWins ? QStringLiteral("theirs") : QStringLiteral("mine") } });
            QJsonArray domains;
            for (const rw::MergePreview::Move& m : std::as_const(p.domains))
                domains.append(QJsonObject { { QStringLiteral("key"), m.key },
                    { QStringLiteral("from"), number(m.from) }, { QStringLiteral("to"), number(m.to) } });
            results.append(QJsonObject { { QStringLiteral("from"), path },
                { QStringLiteral("merged"), !dryRun }, { QStringLiteral("incoming"), int(p.incoming.size()) },
                { QStringLiteral("outgoing"), p.outgoing },
                { QStringLiteral("evidence_copied"), int(p.contentNeeded.size()) },
                { QStringLiteral("by_person"), people }, { QStringLiteral("by_domain"), places },
                { QStringLiteral("conflicts"), list }, { QStringLiteral("domains"), domains },
                { QStringLiteral("overall_from"), number(p.overallFrom) },
                { QStringLiteral("overall_to"), number(p.overallTo) } });
            continue;
        }
        if (dryRun)
            out() << tr("Merging %1 into %2 would bring %n change(s) (nothing was changed):", nullptr,
                int(p.incoming.size()))
                         .arg(path, args.at(0))
                  << '\n';
        else
            out() << tr("Merged %1 into %2: %n change(s).", nullptr, int(p.incoming.size()))
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
        if (!p.contentNeeded.isEmpty())
            out() << "  " << tr("Evidence files copied: %1").arg(p.contentNeeded.size()) << '\n';
        for (const rw::MergePreview::Move& m : std::as_const(p.domains)) {
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
        for (const rw::MergeConflict& c : std::as_const(p.conflicts)) {
            if (c.kind == rw::MergeConflict::Kind::DuplicateKey) {
                out() << "    " << c.entity << ' ' << c.key << ": "
                      << tr("created in both copies; one is now %1").arg(c.mine == c.key ? c.theirs : c.mine)
                      << '\n';
                continue;
            }
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
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    if (!dryRun) {
        const int open = int(rw::Merge::openConflicts(*into).size());
        if (open > 0 && !json)
            out() << tr("%n conflict(s) wait for a decision: open the project in the workbench (File > "
                        "Conflicts).",
                nullptr, open)
                  << '\n';
        return open > 0 ? CheckFailed : Ok;
    }
    return conflicts ? CheckFailed : Ok;
}
