// flag, comment and review: the review of a checklist before it is signed off.

#include "Commands.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
};

QJsonObject commentJson(const rw::Project& project, const rw::Comment& c)
{
    const rw::Item* item = project.itemByUuid(c.itemUuid);
    QJsonArray replies;
    for (const rw::Comment& r : project.assessment().comments) {
        if (r.parentUuid == c.uuid)
            replies.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("text"), r.text },
                { QStringLiteral("by"), r.by },
                { QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs) } });
    }
    return { { QStringLiteral("id"), c.id }, { QStringLiteral("uuid"), c.uuid },
        { QStringLiteral("item"), item ? item->key : QString() }, { QStringLiteral("text"), c.text },
        { QStringLiteral("by"), c.by }, { QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("resolved"), c.resolved }, { QStringLiteral("resolved_by"), c.resolvedBy },
        { QStringLiteral("replies"), replies } };
}

} // namespace

// --- flag ------------------------------------------------------------------------------------------

FlagCommand::FlagCommand()
    : Command(QStringLiteral("flag"), tr("Flag an item for review with the reason, or clear its flag."))
{
}

void FlagCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ITEM-KEY"), tr("The item."));
    parser.addOption({ QStringLiteral("reason"), tr("Why the item needs a reviewer's look."), tr("text") });
    parser.addOption({ QStringLiteral("clear"), tr("Clear the item's flag.") });
    parser.addOption(byOption());
}

int FlagCommand::requiredPositionals() const
{
    return 2;
}

int FlagCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const bool clear = parser.isSet(QStringLiteral("clear"));
    if (clear == parser.isSet(QStringLiteral("reason")))
        return fail(tr("Give --reason TEXT to flag the item, or --clear to clear its flag."));
    if (!clear && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(tr("A flag needs a reason."));
    const auto project = openProject(args.at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const rw::Item* current = project->item(args.at(1));
    if (!current)
        return fail(tr("There is no item with the key \"%1\" in this project.").arg(args.at(1)));
    rw::Item updated = *current;
    updated.flag = clear ? QString() : parser.value(QStringLiteral("reason")).trimmed();
    if (!clear)
        updated.workState = rw::WorkState::InReview;
    if (const rw::ProjectError e = project->updateItem(current->key, updated))
        return fail(e.message);
    out() << (clear ? tr("%1: flag cleared.").arg(current->key)
                    : tr("%1: flagged for review (%2).").arg(current->key, updated.flag))
          << '\n';
    return Ok;
}

// --- comment ---------------------------------------------------------------------------------------

CommentCommand::CommentCommand()
    : Command(QStringLiteral("comment"),
        tr("Comment on an item, answer a comment, or resolve or reopen a comment thread."))
{
}

void CommentCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ITEM-KEY"), tr("The item."), QStringLiteral("[ITEM-KEY]"));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The comment."), QStringLiteral("[TEXT]"));
    parser.addOption({ QStringLiteral("reply"), tr("Answer the thread that comment starts."), tr("id") });
    parser.addOption({ QStringLiteral("resolve"), tr("Mark the thread resolved."), tr("id") });
    parser.addOption({ QStringLiteral("reopen"), tr("Open a resolved thread again."), tr("id") });
    parser.addOption(byOption());
}

int CommentCommand::requiredPositionals() const
{
    return 1;
}

int CommentCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const bool resolve = parser.isSet(QStringLiteral("resolve"));
    const bool reopen = parser.isSet(QStringLiteral("reopen"));
    if (resolve && reopen)
        return fail(tr("Give --resolve or --reopen, not both."));
    if (!resolve && !reopen && args.size() != 3)
        return fail(tr("Give the item's key and the comment's text (or --resolve ID, --reopen ID)."));
    const auto project = openProject(args.at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const auto commentById = [&](const QString& option) -> const rw::Comment* {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        const rw::Comment* c = ok ? project->comment(id) : nullptr;
        if (!c)
            fail(tr("There is no comment %1 (see 'review').").arg(parser.value(option)));
        return c;
    };
    if (resolve || reopen) {
        const rw::Comment* c = commentById(resolve ? QStringLiteral("resolve") : QStringLiteral("reopen"));
        if (!c)
            return InputError;
        if (!c->startsThread())
            return fail(tr("Comment %1 answers another; resolve the thread's first comment.").arg(c->id));
        rw::Comment updated = *c;
        updated.resolved = resolve;
        if (const rw::ProjectError e = project->saveComment(updated))
            return fail(e.message);
        out() << (resolve ? tr("Thread %1 resolved.") : tr("Thread %1 open again.")).arg(c->id) << '\n';
        return Ok;
    }
    const rw::Item* item = project->item(args.at(1));
    if (!item)
        return fail(tr("There is no item with the key \"%1\" in this project.").arg(args.at(1)));
    rw::Comment c;
    c.itemUuid = item->uuid;
    c.text = args.at(2);
    if (parser.isSet(QStringLiteral("reply"))) {
        const rw::Comment* parent = commentById(QStringLiteral("reply"));
        if (!parent)
            return InputError;
        if (parent->itemUuid != item->uuid)
            return fail(tr("Comment %1 is not on %2.").arg(parent->id).arg(item->key));
        const rw::Comment* first = project->threadOf(*parent);
        c.parentUuid = first ? first->uuid : parent->parentUuid;
    }
    qint64 id = 0;
    if (const rw::ProjectError e = project->saveComment(c, &id))
        return fail(e.message);
    out() << tr("Comment %1 on %2.").arg(id).arg(item->key) << '\n';
    return Ok;
}

// --- review ----------------------------------------------------------------------------------------

ReviewCommand::ReviewCommand()
    : Command(QStringLiteral("review"),
        tr("Show what the review has not settled (flags, unresolved comments, domains not signed off), or "
           "accept an item, send it back, set its work state or sign a domain's review off."))
{
}

void ReviewCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of text.") });
    parser.addOption({ QStringLiteral("accept"), tr("Accept the item: done, its flag cleared."), tr("key") });
    parser.addOption({ QStringLiteral("send-back"),
        tr("Send the item back to the assessor (to do) with --reason as a comment."), tr("key") });
    parser.addOption({ QStringLiteral("reason"), tr("Why the item goes back."), tr("text") });
    parser.addOption({ QStringLiteral("work"),
        tr("Set an item's work state: KEY=%1.").arg(rw::allKeys<rw::WorkState>().join(QLatin1Char('|'))),
        tr("key=state") });
    parser.addOption({ QStringLiteral("sign-off"), tr("Sign the domain's review off as the reviewer (--by)."),
        tr("domain") });
    parser.addOption(
        { QStringLiteral("withdraw"), tr("Withdraw the domain's review sign-off."), tr("domain") });
    parser.addOption(byOption());
}

int ReviewCommand::requiredPositionals() const
{
    return 1;
}

int ReviewCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    const bool changing = parser.isSet(QStringLiteral("accept")) || parser.isSet(QStringLiteral("send-back"))
        || parser.isSet(QStringLiteral("work")) || parser.isSet(QStringLiteral("sign-off"))
        || parser.isSet(QStringLiteral("withdraw"));
    if (parser.isSet(QStringLiteral("send-back"))
        && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(tr("--send-back needs --reason: the assessor reads why."));
    const auto project = openProject(path, changing);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    if (changing)
        return change(*project, parser);

    const rw::Assessment& a = project->assessment();
    QJsonArray flags;
    QJsonArray threads;
    QJsonArray domains;
    QStringList lines;
    int counts[3] = { 0, 0, 0 };
    for (const rw::Domain& d : a.domains) {
        domains.append(QJsonObject { { QStringLiteral("key"), d.key }, { QStringLiteral("title"), d.title },
            { QStringLiteral("reviewed_by"), d.reviewedBy },
            { QStringLiteral("reviewed_at"),
                d.reviewedAt.isValid() ? d.reviewedAt.toUTC().toString(Qt::ISODateWithMs) : QString() } });
        for (const rw::Item& i : d.items) {
            ++counts[int(i.workState)];
            if (!i.flag.isEmpty()) {
                flags.append(
                    QJsonObject { { QStringLiteral("item"), i.key }, { QStringLiteral("reason"), i.flag },
                        { QStringLiteral("work_state"), rw::toKey(i.workState) } });
                lines << tr("%1  flagged: %2").arg(i.key, i.flag);
            }
            for (const rw::Comment& c : a.comments) {
                if (c.itemUuid != i.uuid || !c.startsThread() || c.resolved)
                    continue;
                threads.append(commentJson(*project, c));
                lines << tr("%1  comment %2 by %3: %4").arg(i.key).arg(c.id).arg(c.by, c.text);
                for (const rw::Comment& r : a.comments) {
                    if (r.parentUuid == c.uuid)
                        lines << tr("      reply %1 by %2: %3").arg(r.id).arg(r.by, r.text);
                }
            }
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o { { QStringLiteral("open_flags"), flags },
            { QStringLiteral("unresolved_comments"), threads }, { QStringLiteral("domains"), domains },
            { QStringLiteral("work_states"),
                QJsonObject { { QStringLiteral("todo"), counts[0] }, { QStringLiteral("review"), counts[1] },
                    { QStringLiteral("done"), counts[2] } } },
            { QStringLiteral("can_be_final"), flags.isEmpty() && threads.isEmpty() } };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    out() << tr("Work: %1 to do, %2 in review, %3 done.").arg(counts[0]).arg(counts[1]).arg(counts[2])
          << '\n';
    for (const rw::Domain& d : a.domains)
        out() << "  " << d.key << "  "
              << (d.reviewedBy.isEmpty()
                         ? tr("review not signed off")
                         : tr("review signed off by %1 on %2")
                               .arg(d.reviewedBy, d.reviewedAt.toUTC().date().toString(Qt::ISODate)))
              << '\n';
    if (lines.isEmpty()) {
        out() << tr("No open flags and no unresolved comments: the report can be final.") << '\n';
        return Ok;
    }
    out() << tr("Open: %1 and %2 (a final report is refused until they are settled).")
                 .arg(tr("%n flag(s)", nullptr, int(flags.size())),
                     tr("%n unresolved comment thread(s)", nullptr, int(threads.size())))
          << '\n';
    for (const QString& line : std::as_const(lines))
        out() << "  " << line << '\n';
    return Ok;
}

int ReviewCommand::change(rw::Project& project, const QCommandLineParser& parser)
{
    const auto itemFor = [&](const QString& key) -> const rw::Item* {
        const rw::Item* i = project.item(key);
        if (!i)
            fail(tr("There is no item with the key \"%1\" in this project.").arg(key));
        return i;
    };
    if (parser.isSet(QStringLiteral("accept"))) {
        const rw::Item* i = itemFor(parser.value(QStringLiteral("accept")));
        if (!i)
            return InputError;
        rw::Item updated = *i;
        updated.workState = rw::WorkState::Done;
        updated.flag.clear();
        if (const rw::ProjectError e = project.updateItem(i->key, updated))
            return fail(e.message);
        out() << tr("%1 accepted: done.").arg(i->key) << '\n';
    }
    if (parser.isSet(QStringLiteral("send-back"))) {
        const rw::Item* i = itemFor(parser.value(QStringLiteral("send-back")));
        if (!i)
            return InputError;
        const QString key = i->key;
        rw::Item updated = *i;
        updated.workState = rw::WorkState::ToDo;
        updated.flag.clear();
        if (const rw::ProjectError e = project.updateItem(key, updated))
            return fail(e.message);
        rw::Comment c;
        c.itemUuid = updated.uuid;
        c.text = parser.value(QStringLiteral("reason"));
        qint64 id = 0;
        if (const rw::ProjectError e = project.saveComment(c, &id))
            return fail(e.message);
        out() << tr("%1 sent back (comment %2).").arg(key).arg(id) << '\n';
    }
    if (parser.isSet(QStringLiteral("work"))) {
        const QStringList parts = parser.value(QStringLiteral("work")).split(QLatin1Char('='));
        const auto state = parts.size() == 2 ? rw::fromKey<rw::WorkState>(parts.at(1)) : std::nullopt;
        if (!state)
            return fail(tr("--work needs KEY=STATE with a state of: %1.")
                            .arg(rw::allKeys<rw::WorkState>().join(QStringLiteral(", "))));
        const rw::Item* i = itemFor(parts.at(0).trimmed());
        if (!i)
            return InputError;
        rw::Item updated = *i;
        updated.workState = *state;
        if (const rw::ProjectError e = project.updateItem(i->key, updated))
            return fail(e.message);
        out() << tr("%1: %2.").arg(i->key, rw::toLabel(*state)) << '\n';
    }
    for (const QString& option : { QStringLiteral("sign-off"), QStringLiteral("withdraw") }) {
        if (!parser.isSet(option))
            continue;
        const QString key = parser.value(option);
        const int index = project.assessment().domainIndex(key);
        if (index < 0)
            return fail(tr("There is no domain with the key \"%1\".").arg(key));
        rw::Domain d = project.assessment().domains.at(index);
        d.reviewedBy = option == QLatin1String("sign-off") ? project.user() : QString();
        d.reviewedAt = QDateTime();
        if (const rw::ProjectError e = project.updateDomain(key, d))
            return fail(e.message);
        out() << (d.reviewedBy.isEmpty() ? tr("%1: review sign-off withdrawn.").arg(key)
                                         : tr("%1: review signed off by %2.").arg(key, d.reviewedBy))
              << '\n';
    }
    return Ok;
}
