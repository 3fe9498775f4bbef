#include "Merge.h"

#include "EvidenceStore.h"
#include "LogGraph.h"
#include "Pack.h"
#include "Project.h"
#include "ProjectState.h"
#include "scoring/Scoring.h"
#include "signing/DeviceIdentity.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace rw::Merge {

namespace {

QJsonObject parse(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

// Fields that are not written by people, or merge as sets: never a conflict.
bool mergesItself(const QString& field)
{
    return field == QLatin1String("position") || field == QLatin1String("changed_by")
        || field == QLatin1String("changed_at") || field == QLatin1String("items")
        || field == QLatin1String("audit_rows") || field == QLatin1String("audit_head");
}

struct Write
{
    int entry;
};

// Per field, the writes no later write of it saw; more than one is a conflict. A record removed while
// another copy changed it is a conflict too, until an entry that saw both settles it.
struct Analysis
{
    QHash<QString, QVector<int>> frontier; // "uuid/field" -> entries
    QVector<std::pair<int, int>> removedChanged; // (removal, change)
};

Analysis analyse(const QVector<AuditEntry>& all, const LogGraph& graph)
{
    Analysis a;
    QHash<QString, QStringList> fieldsOf; // uuid -> its "uuid/field" keys
    QHash<QString, int> removedBy;
    QHash<QString, QVector<int>> entriesOf; // uuid -> entries that wrote it
    for (int i = 0; i < all.size(); ++i) {
        const AuditEntry& e = all.at(i);
        if (e.entity == QLatin1String("project") || e.entity == QLatin1String("workshop"))
            continue;
        const QString uuid = e.entityUuid.isEmpty() ? e.entity : e.entityUuid;
        entriesOf[uuid].append(i);
        const QJsonObject before = parse(e.before);
        const QJsonObject after = parse(e.after);
        if (after.isEmpty()) {
            for (const QString& k : fieldsOf.value(uuid)) {
                for (int w : a.frontier.value(k)) {
                    if (!graph.isAncestor(w, i))
                        a.removedChanged.append({ i, w });
                }
            }
            removedBy.insert(uuid, i);
            continue;
        }
        if (!before.isEmpty() && removedBy.contains(uuid)) {
            if (!graph.isAncestor(removedBy.value(uuid), i))
                a.removedChanged.append({ removedBy.value(uuid), i });
            continue;
        }
        if (before.isEmpty())
            removedBy.remove(uuid); // created, or put back
        for (auto f = after.constBegin(); f != after.constEnd(); ++f) {
            if (mergesItself(f.key()))
                continue;
            const QString k = uuid + QLatin1Char('/') + f.key();
            QVector<int>& writes = a.frontier[k];
            if (writes.isEmpty())
                fieldsOf[uuid].append(k);
            writes.erase(
                std::remove_if(writes.begin(), writes.end(), [&](int w) { return graph.isAncestor(w, i); }),
                writes.end());
            writes.append(i);
        }
    }
    // A removal and a change are settled by a later entry of the record that saw both.
    a.removedChanged.erase(std::remove_if(a.removedChanged.begin(), a.removedChanged.end(),
                               [&](const std::pair<int, int>& p) {
                                   const AuditEntry& change = all.at(p.second);
                                   const QString uuid
                                       = change.entityUuid.isEmpty() ? change.entity : change.entityUuid;
                                   for (int j : entriesOf.value(uuid)) {
                                       if (graph.isAncestor(p.first, j) && graph.isAncestor(p.second, j))
                                           return true;
                                   }
                                   return false;
                               }),
        a.removedChanged.end());
    return a;
}

MergeConflict fieldConflict(const QVector<AuditEntry>& all, const QString& key, int m, int t, int winner)
{
    MergeConflict c;
    const QString field = key.section(QLatin1Char('/'), 1);
    c.entity = all.at(t).entity;
    c.uuid = all.at(t).entityUuid;
    c.key = all.at(t).entityKey;
    c.field = field;
    const QJsonObject before = parse(all.at(m).before);
    c.ancestor = before.contains(field) ? text(before.value(field)) : QString();
    c.mineValue = parse(all.at(m).after).value(field);
    c.theirsValue = parse(all.at(t).after).value(field);
    c.mine = text(c.mineValue);
    c.theirs = text(c.theirsValue);
    c.mineBy = all.at(m).by;
    c.theirsBy = all.at(t).by;
    c.mineAt = all.at(m).at;
    c.theirsAt = all.at(t).at;
    c.theirsWins = winner == t;
    c.writes = { all.at(m).hash, all.at(t).hash };
    return c;
}

MergeConflict removalConflict(const QVector<AuditEntry>& all, int removal, int change, bool mineRemoved)
{
    const int m = mineRemoved ? removal : change;
    const int t = mineRemoved ? change : removal;
    MergeConflict c;
    c.kind = MergeConflict::Kind::Removed;
    c.entity = all.at(change).entity;
    c.uuid = all.at(change).entityUuid;
    c.key = all.at(change).entityKey;
    c.ancestor = all.at(change).before;
    c.mine = m == removal ? QString() : all.at(m).after;
    c.theirs = t == removal ? QString() : all.at(t).after;
    c.mineBy = all.at(m).by;
    c.theirsBy = all.at(t).by;
    c.mineAt = all.at(m).at;
    c.theirsAt = all.at(t).at;
    c.theirsWins = removal == t; // the removal stands until somebody puts the record back
    c.writes = { all.at(m).hash, all.at(t).hash };
    return c;
}

// Writes that did not see each other but agree are no conflict.
bool disagree(const QVector<AuditEntry>& all, const QString& key, const QVector<int>& writes)
{
    const QString field = key.section(QLatin1Char('/'), 1);
    const QJsonValue first = parse(all.at(writes.constFirst()).after).value(field);
    for (int w : writes) {
        if (parse(all.at(w).after).value(field) != first)
            return true;
    }
    return false;
}

// The records a state holds (and its assessment): conflicts on anything else are moot.
QSet<QString> existing(const QJsonObject& state)
{
    QSet<QString> uuids {
        state.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("uuid")).toString(),
        QStringLiteral("assessment")
    };
    for (const QJsonValue& dv : state.value(QStringLiteral("domains")).toArray()) {
        uuids.insert(dv.toObject().value(QStringLiteral("uuid")).toString());
        for (const QJsonValue& iv : dv.toObject().value(QStringLiteral("items")).toArray())
            uuids.insert(iv.toObject().value(QStringLiteral("uuid")).toString());
    }
    for (auto kind = state.begin(); kind != state.end(); ++kind) {
        if (!kind.value().isObject() || kind.key() == QLatin1String("assessment"))
            continue;
        const QJsonObject records = kind.value().toObject();
        for (auto it = records.begin(); it != records.end(); ++it)
            uuids.insert(it.key());
    }
    return uuids;
}

void sortConflicts(QVector<MergeConflict>& conflicts)
{
    std::sort(conflicts.begin(), conflicts.end(), [](const MergeConflict& a, const MergeConflict& b) {
        return std::tie(a.entity, a.key, a.field, a.uuid) < std::tie(b.entity, b.key, b.field, b.uuid);
    });
}

// Scores computed from a state (adjustments left out: the preview shows what the answers do).
QHash<QString, std::optional<double>> domainScores(const QJsonObject& state, QStringList* order,
    QHash<QString, QString>* titles, std::optional<double>* overall)
{
    QHash<QString, std::optional<double>> scores;
    QVector<DomainScore> all;
    for (const QJsonValue& dv : state.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject o = dv.toObject();
        Domain d;
        d.key = o.value(QStringLiteral("key")).toString();
        d.title = o.value(QStringLiteral("title")).toString();
        if (o.value(QStringLiteral("weight")).isDouble())
            d.weight = o.value(QStringLiteral("weight")).toDouble();
        if (o.value(QStringLiteral("target")).isDouble())
            d.target = o.value(QStringLiteral("target")).toDouble();
        for (const QJsonValue& iv : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject io = iv.toObject();
            Item i;
            i.key = io.value(QStringLiteral("key")).toString();
            i.points = io.value(QStringLiteral("points")).toDouble(1.0);
            i.status = fromKey<ItemStatus>(io.value(QStringLiteral("status")).toString())
                           .value_or(ItemStatus::Open);
            if (io.value(QStringLiteral("partial_points")).isDouble())
                i.partialPoints = io.value(QStringLiteral("partial_points")).toDouble();
            i.blocker = io.value(QStringLiteral("blocker")).toBool();
            d.items.append(i);
        }
        const DomainScore score = Scoring::scoreDomain(d);
        scores.insert(d.key, score.computed);
        if (order && !order->contains(d.key))
            order->append(d.key);
        if (titles)
            titles->insert(d.key, d.title);
        all.append(score);
    }
    if (overall)
        *overall = Scoring::scoreOverall(all).computed;
    return scores;
}

// A project file as the other copy.
class ProjectSource : public MergeSource
{
public:
    std::unique_ptr<Project> project;
    bool hasContent(const QString& sha256) const override
    {
        return EvidenceStore::contains(project->file().database(), sha256);
    }
    bool copyContent(const QString& sha256, QSqlDatabase& into, QString* error) const override
    {
        return Pack::copyContent(project->file().database(), sha256, into, error);
    }
};

} // namespace

std::unique_ptr<MergeSource> openSource(const QString& path, ProjectError* error)
{
    if (Pack::isPack(path))
        return Pack::open(path, error);
    auto source = std::make_unique<ProjectSource>();
    source->project = Project::open(path, ProjectFile::Access::ReadOnly, error);
    if (!source->project)
        return nullptr;
    const AuditVerdict v = source->project->verifyAudit();
    if (!v.intact) {
        *error = ProjectError::make(ProjectError::Kind::Damaged,
            Tr::tr("%1 cannot be merged: its audit log is not intact (%2)")
                .arg(QDir::toNativeSeparators(path), v.reason));
        return nullptr;
    }
    source->path = path;
    source->assessmentUuid = source->project->assessment().info.uuid;
    source->title = source->project->assessment().info.title;
    source->entries = source->project->auditLog();
    source->firstHash = source->entries.isEmpty() ? QString() : source->entries.constFirst().hash;
    return source;
}

MergePreview preview(const Project& into, const MergeSource& from)
{
    MergePreview p;
    if (into.assessment().info.uuid != from.assessmentUuid) {
        p.problem
            = Tr::tr("the copies are of different assessments (\"%1\", identity %2, and \"%3\", identity "
                     "%4): only copies of one project can be merged")
                  .arg(into.assessment().info.title, into.assessment().info.uuid.left(8), from.title,
                      from.assessmentUuid.left(8));
        return p;
    }
    QVector<AuditEntry> all = into.auditLog();
    if (all.isEmpty() || all.constFirst().hash != from.firstHash) {
        p.problem = Tr::tr("the copies do not begin with the same entry: they share no history");
        return p;
    }
    QSet<QString> mineHashes;
    QHash<QPair<QString, QString>, QString> mineByClock; // (device, clock) -> hash
    for (const AuditEntry& e : std::as_const(all)) {
        mineHashes.insert(e.hash);
        if (e.inGraph())
            mineByClock.insert({ e.device, e.hlc }, e.hash);
    }
    QSet<QString> theirHashes;
    QSet<QString> incomingHashes;
    for (const AuditEntry& e : from.entries) {
        theirHashes.insert(e.hash);
        if (mineHashes.contains(e.hash) || incomingHashes.contains(e.hash))
            continue;
        // One device writes one entry per clock value: the same device and clock with another hash is
        // an entry one of the copies rewrote.
        const QString other = mineByClock.value({ e.device, e.hlc });
        if (!other.isEmpty()) {
            p.problem = Tr::tr("device %1's entry at %2 differs between the copies (%3 and %4): one of them "
                               "had its history rewritten")
                            .arg(DeviceIdentity::fingerprint(e.device), e.at.toString(Qt::ISODate),
                                e.hash.left(12), other.left(12));
            return p;
        }
        if (!e.inGraph()) {
            p.problem = Tr::tr("the other copy's entry %1 is chained the old way but this copy does not hold "
                               "it: the copies' histories split before the project format could merge them")
                            .arg(e.id);
            return p;
        }
        if (from.isPack) {
            // A pack's entries are checked one by one here (a project's whole log was checked on opening).
            const QString problem = AuditLog::checkEntry(e);
            if (!problem.isEmpty()) {
                p.problem = Tr::tr("the pack cannot be trusted: %1").arg(problem);
                return p;
            }
        }
        incomingHashes.insert(e.hash);
        p.incoming.append(e);
    }
    for (const AuditEntry& e : std::as_const(p.incoming)) {
        for (const QString& parent : e.parents) {
            if (!mineHashes.contains(parent) && !incomingHashes.contains(parent)) {
                p.problem = Tr::tr("the other copy's entry %1 follows an entry neither copy holds: make the "
                                   "pack for this copy (pack --for) or since an older head")
                                .arg(e.hash.left(12));
                return p;
            }
        }
    }
    if (!from.isPack) {
        for (const AuditEntry& e : std::as_const(all))
            p.outgoing += !theirHashes.contains(e.hash);
    }
    AuditLog::sortForReplay(p.incoming);

    all += p.incoming;
    AuditLog::sortForReplay(all);
    const LogGraph graph(all);
    QString error;
    ProjectState::ReplayNotes notes;
    const std::optional<QJsonObject> merged = ProjectState::replay(
        all, &error, true, &notes, [&graph](int a, int of) { return graph.isAncestor(a, of); });
    if (!merged) {
        p.problem = Tr::tr("the merged log cannot be replayed: %1").arg(error);
        return p;
    }
    p.merged = *merged;

    // New conflicts: a write of this copy against one of the other's.
    const Analysis analysis = analyse(all, graph);
    const auto isMine = [&](int i) { return mineHashes.contains(all.at(i).hash); };
    const QSet<QString> held = existing(*merged);
    for (auto it = analysis.frontier.cbegin(); it != analysis.frontier.cend(); ++it) {
        const QVector<int>& writes = it.value();
        if (writes.size() < 2 || !held.contains(it.key().section(QLatin1Char('/'), 0, 0))
            || !disagree(all, it.key(), writes))
            continue;
        int m = -1;
        int t = -1;
        for (int w : writes) {
            if (isMine(w))
                m = w;
            else
                t = w;
        }
        if (m >= 0 && t >= 0)
            p.conflicts.append(fieldConflict(all, it.key(), m, t, writes.constLast()));
    }
    for (const auto& [removal, change] : analysis.removedChanged) {
        if (isMine(removal) != isMine(change))
            p.conflicts.append(removalConflict(all, removal, change, isMine(removal)));
    }
    // Records created twice under one key: one was renamed.
    QHash<QString, QString> keyNow;
    for (const Domain& d : into.assessment().domains) {
        keyNow.insert(d.uuid, d.key);
        for (const Item& i : d.items)
            keyNow.insert(i.uuid, i.key);
    }
    for (const ProjectState::ReplayNotes::Renamed& r : std::as_const(notes.renamed)) {
        if (keyNow.value(r.uuid) == r.to)
            continue; // renamed at an earlier merge
        MergeConflict c;
        c.kind = MergeConflict::Kind::DuplicateKey;
        c.entity = r.entity;
        c.uuid = r.uuid;
        c.key = r.from;
        const AuditEntry& e = all.at(r.entry);
        const bool mine = isMine(r.entry);
        (mine ? c.mine : c.theirs) = r.to;
        (mine ? c.theirs : c.mine) = r.from;
        (mine ? c.mineBy : c.theirsBy) = e.by;
        (mine ? c.mineAt : c.theirsAt) = e.at;
        c.writes = { e.hash };
        p.conflicts.append(c);
    }
    sortConflicts(p.conflicts);

    QStringList order;
    QHash<QString, QString> titles;
    // Before: the answers as they are (adjustments left out, as after).
    QHash<QString, std::optional<double>> before;
    QVector<DomainScore> now;
    for (const Domain& d : into.assessment().domains) {
        now.append(Scoring::scoreDomain(d));
        before.insert(d.key, now.constLast().computed);
    }
    p.overallFrom = Scoring::scoreOverall(now).computed;
    const auto after = domainScores(*merged, &order, &titles, &p.overallTo);
    for (const QJsonValue& dv : merged->value(QStringLiteral("domains")).toArray()) {
        const QJsonObject d = dv.toObject();
        for (const QJsonValue& iv : d.value(QStringLiteral("items")).toArray())
            p.domainOfItem.insert(iv.toObject().value(QStringLiteral("uuid")).toString(),
                d.value(QStringLiteral("key")).toString());
    }
    for (const QString& key : std::as_const(order))
        p.domains.append({ key, titles.value(key), before.value(key), after.value(key) });

    // Evidence bytes travel only when this copy lacks them.
    const QJsonObject evidence = merged->value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        const QJsonObject record = it.value().toObject();
        // The version attached now and every earlier one the record keeps.
        QVector<std::pair<QString, QString>> versions { { record.value(QStringLiteral("sha256")).toString(),
            record.value(QStringLiteral("name")).toString() } };
        for (const QJsonValue& r : record.value(QStringLiteral("revisions")).toArray())
            versions.append({ r.toObject().value(QStringLiteral("sha256")).toString(),
                r.toObject().value(QStringLiteral("name")).toString() });
        for (const auto& [sha, name] : versions) {
            if (sha.isEmpty() || p.contentNeeded.contains(sha)
                || EvidenceStore::contains(into.file().database(), sha))
                continue;
            if (!from.hasContent(sha)) {
                p.problem = Tr::tr("the evidence \"%1\" (SHA-256 %2) is in neither copy: the other copy or "
                                   "pack lacks its bytes")
                                .arg(name, sha.left(12));
                return p;
            }
            p.contentNeeded << sha;
        }
    }
    return p;
}

ProjectError apply(Project& into, const MergeSource& from, MergePreview* result)
{
    MergePreview p = preview(into, from);
    if (!p.problem.isEmpty()) {
        const ProjectError e = ProjectError::make(ProjectError::Kind::Invalid,
            Tr::tr("%1 cannot be merged: %2").arg(QDir::toNativeSeparators(from.path), p.problem));
        if (result)
            *result = std::move(p);
        return e;
    }
    if (p.incoming.isEmpty() && p.contentNeeded.isEmpty()) {
        if (result)
            *result = std::move(p);
        return {}; // nothing to bring: the file is not touched
    }
    const QStringList needed = p.contentNeeded;
    const ProjectError e = into.absorb(
        p.incoming,
        [&from, &needed](QSqlDatabase& db, QString* error) {
            for (const QString& sha : needed) {
                if (!from.copyContent(sha, db, error))
                    return false;
            }
            return true;
        },
        -1, nullptr, &p.merged);
    if (result)
        *result = std::move(p);
    return e;
}

QString mergeText(const QString& ancestor, const QString& mine, const QString& theirs)
{
    if (mine == theirs || theirs == ancestor)
        return mine;
    if (mine == ancestor)
        return theirs;
    const QStringList base = ancestor.split(QLatin1Char('\n'));
    const QStringList ours = mine.split(QLatin1Char('\n'));
    const QStringList other = theirs.split(QLatin1Char('\n'));
    QStringList result;
    for (const QString& line : ours) {
        // A line of the text before both that the other copy removed goes, unless this copy added it.
        if (base.contains(line) && !other.contains(line))
            continue;
        result << line;
    }
    for (const QString& line : other) {
        if (!base.contains(line) && !ours.contains(line))
            result << line;
    }
    return result.join(QLatin1Char('\n'));
}

namespace {

class CombinedSource : public MergeSource
{
public:
    QVector<const MergeSource*> parts;
    bool hasContent(const QString& sha256) const override
    {
        return std::any_of(
            parts.cbegin(), parts.cend(), [&](const MergeSource* s) { return s->hasContent(sha256); });
    }
    bool copyContent(const QString& sha256, QSqlDatabase& into, QString* error) const override
    {
        for (const MergeSource* s : parts) {
            if (s->hasContent(sha256))
                return s->copyContent(sha256, into, error);
        }
        *error = Tr::tr("the evidence bytes %1 are missing").arg(sha256.left(12));
        return false;
    }
};

} // namespace

std::unique_ptr<MergeSource> combine(const QVector<const MergeSource*>& sources)
{
    auto all = std::make_unique<CombinedSource>();
    all->parts = sources;
    QStringList paths;
    for (const MergeSource* s : sources) {
        paths << QDir::toNativeSeparators(s->path);
        all->entries += s->entries;
        all->isPack = all->isPack || s->isPack;
    }
    if (!sources.isEmpty()) {
        all->assessmentUuid = sources.constFirst()->assessmentUuid;
        all->title = sources.constFirst()->title;
        all->firstHash = sources.constFirst()->firstHash;
    }
    all->path = paths.join(QStringLiteral(", "));
    return all;
}

QVector<MergeConflict> openConflicts(const Project& project)
{
    QVector<MergeConflict> conflicts;
    // A log without a merge is a line: nothing in it was written concurrently (asked of the file, so
    // that opening a project never reads its whole log for this).
    if (!AuditLog::hasMerges(project.file().database()))
        return conflicts;
    QVector<AuditEntry> all = project.auditLog();
    AuditLog::sortForReplay(all);
    const LogGraph graph(all);
    const Analysis analysis = analyse(all, graph);
    const DeviceIdentity* device = DeviceIdentity::current();
    const QString me = device ? device->publicKey() : QString();
    const QSet<QString> held = existing(ProjectState::state(project.assessment()));
    for (auto it = analysis.frontier.cbegin(); it != analysis.frontier.cend(); ++it) {
        const QVector<int>& writes = it.value();
        if (writes.size() < 2 || !held.contains(it.key().section(QLatin1Char('/'), 0, 0))
            || !disagree(all, it.key(), writes))
            continue;
        // "Mine" is this computer's write when one of them is, else the value that gives way.
        const int winner = writes.constLast();
        int m = writes.at(writes.size() - 2);
        for (int w : writes) {
            if (all.at(w).device == me)
                m = w;
        }
        const int t = m == winner ? writes.at(writes.size() - 2) : winner;
        conflicts.append(fieldConflict(all, it.key(), m, t, winner));
    }
    for (const auto& [removal, change] : analysis.removedChanged)
        conflicts.append(removalConflict(all, removal, change, all.at(removal).device == me));
    sortConflicts(conflicts);
    return conflicts;
}

} // namespace rw::Merge
