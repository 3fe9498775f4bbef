#include "Merge.h"

#include "Project.h"
#include "ProjectState.h"
#include "scoring/Scoring.h"
#include "signing/DeviceIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace rw::Merge {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// The one order every copy applies the union in: the chain every copy of an older file shares, by id;
// then the graph by clock, device and hash (a clock is after its parents', so parents come first).
bool applyBefore(const AuditEntry& a, const AuditEntry& b)
{
    if (a.inGraph() != b.inGraph())
        return !a.inGraph();
    if (!a.inGraph())
        return a.id < b.id;
    return std::tie(a.hlc, a.device, a.hash) < std::tie(b.hlc, b.device, b.hash);
}

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

// The union's ancestry: whether one entry saw another when it was written.
class Ancestry
{
public:
    explicit Ancestry(const QVector<AuditEntry>& entries)
        : m_entries(entries)
    {
        for (int i = 0; i < entries.size(); ++i)
            m_index.insert(entries.at(i).hash, i);
    }

    bool isAncestor(int a, int of) const
    {
        const AuditEntry& ancestor = m_entries.at(a);
        const AuditEntry& entry = m_entries.at(of);
        // The chain precedes the whole graph.
        if (!ancestor.inGraph())
            return entry.inGraph() || ancestor.id < entry.id;
        if (!entry.inGraph() || ancestor.hlc >= entry.hlc)
            return false;
        // Back from the entry, only through entries whose clock is after the ancestor's.
        QVector<int> stack { of };
        QSet<int> seen;
        while (!stack.isEmpty()) {
            const AuditEntry& e = m_entries.at(stack.takeLast());
            for (const QString& parent : e.parents) {
                const int p = m_index.value(parent, -1);
                if (p == a)
                    return true;
                if (p < 0 || seen.contains(p) || !m_entries.at(p).inGraph()
                    || m_entries.at(p).hlc <= ancestor.hlc)
                    continue;
                seen.insert(p);
                stack.append(p);
            }
        }
        return false;
    }

private:
    const QVector<AuditEntry>& m_entries;
    QHash<QString, int> m_index;
};

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

} // namespace

MergePreview preview(const Project& into, const Project& from)
{
    MergePreview p;
    if (into.assessment().info.uuid != from.assessment().info.uuid) {
        p.problem
            = Tr::tr("the copies are of different assessments (\"%1\", identity %2, and \"%3\", identity "
                     "%4): only copies of one project can be merged")
                  .arg(into.assessment().info.title, into.assessment().info.uuid.left(8),
                      from.assessment().info.title, from.assessment().info.uuid.left(8));
        return p;
    }
    const QVector<AuditEntry> mine = into.auditLog();
    const QVector<AuditEntry> theirs = from.auditLog();
    if (mine.isEmpty() || theirs.isEmpty() || mine.constFirst().hash != theirs.constFirst().hash) {
        p.problem = Tr::tr("the copies do not begin with the same entry: they share no history");
        return p;
    }
    QSet<QString> mineHashes;
    QHash<QPair<QString, QString>, QString> mineByClock; // (device, clock) -> hash
    for (const AuditEntry& e : mine) {
        mineHashes.insert(e.hash);
        if (e.inGraph())
            mineByClock.insert({ e.device, e.hlc }, e.hash);
    }
    QSet<QString> theirHashes;
    for (const AuditEntry& e : theirs) {
        theirHashes.insert(e.hash);
        if (mineHashes.contains(e.hash))
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
        p.incoming.append(e);
    }
    for (const AuditEntry& e : mine)
        p.outgoing += !theirHashes.contains(e.hash);

    QVector<AuditEntry> all = mine + p.incoming;
    std::stable_sort(all.begin(), all.end(), applyBefore);
    QString error;
    const std::optional<QJsonObject> merged = ProjectState::replay(all, &error, true);
    if (!merged) {
        p.problem = Tr::tr("the merged log cannot be replayed: %1").arg(error);
        return p;
    }

    // Per field, the writes no later write of it saw; more than one is a conflict.
    const Ancestry ancestry(all);
    QHash<QString, QVector<int>> frontier; // "uuid/field" -> entries
    QHash<QString, int> removedBy;
    QHash<QString, QString> fieldOwner; // "uuid/field" -> uuid
    QVector<std::pair<int, int>> removedChanged; // (removal, change) that did not see each other
    for (int i = 0; i < all.size(); ++i) {
        const AuditEntry& e = all.at(i);
        if (e.entity == QLatin1String("project"))
            continue;
        const QString uuid = e.entityUuid.isEmpty() ? e.entity : e.entityUuid;
        const QJsonObject before = parse(e.before);
        const QJsonObject after = parse(e.after);
        if (after.isEmpty()) {
            for (auto it = frontier.cbegin(); it != frontier.cend(); ++it) {
                if (fieldOwner.value(it.key()) != uuid)
                    continue;
                for (int w : it.value()) {
                    if (!ancestry.isAncestor(w, i))
                        removedChanged.append({ i, w });
                }
            }
            removedBy.insert(uuid, i);
            continue;
        }
        if (!before.isEmpty() && removedBy.contains(uuid)) {
            if (!ancestry.isAncestor(removedBy.value(uuid), i))
                removedChanged.append({ removedBy.value(uuid), i });
            continue;
        }
        if (before.isEmpty())
            removedBy.remove(uuid); // created, or put back
        for (auto f = after.constBegin(); f != after.constEnd(); ++f) {
            if (f.key() == QLatin1String("position") || f.key() == QLatin1String("changed_by")
                || f.key() == QLatin1String("changed_at"))
                continue;
            const QString k = uuid + QLatin1Char('/') + f.key();
            fieldOwner.insert(k, uuid);
            QVector<int>& writes = frontier[k];
            writes.erase(std::remove_if(
                             writes.begin(), writes.end(), [&](int w) { return ancestry.isAncestor(w, i); }),
                writes.end());
            writes.append(i);
        }
    }
    const auto isMine = [&](int i) { return mineHashes.contains(all.at(i).hash); };
    for (auto it = frontier.cbegin(); it != frontier.cend(); ++it) {
        const QVector<int>& writes = it.value();
        if (writes.size() < 2)
            continue;
        const int winner = writes.constLast();
        int m = -1;
        int t = -1;
        for (int w : writes) {
            if (isMine(w))
                m = w;
            else
                t = w;
        }
        if (m < 0 || t < 0)
            continue; // a conflict both copies already hold
        MergeConflict c;
        const QString field = it.key().section(QLatin1Char('/'), 1);
        c.entity = all.at(t).entity;
        c.key = all.at(t).entityKey;
        c.field = field;
        c.mine = text(parse(all.at(m).after).value(field));
        c.theirs = text(parse(all.at(t).after).value(field));
        c.mineBy = all.at(m).by;
        c.theirsBy = all.at(t).by;
        c.mineAt = all.at(m).at;
        c.theirsAt = all.at(t).at;
        c.theirsWins = winner == t;
        p.conflicts.append(c);
    }
    for (const auto& [removal, change] : removedChanged) {
        if (isMine(removal) == isMine(change))
            continue;
        const int m = isMine(removal) ? removal : change;
        const int t = isMine(removal) ? change : removal;
        MergeConflict c;
        c.entity = all.at(change).entity;
        c.key = all.at(change).entityKey;
        c.mine = m == removal ? QString() : all.at(m).after;
        c.theirs = t == removal ? QString() : all.at(t).after;
        c.mineBy = all.at(m).by;
        c.theirsBy = all.at(t).by;
        c.mineAt = all.at(m).at;
        c.theirsAt = all.at(t).at;
        c.theirsWins = removal == t; // the removal stands until somebody puts the record back
        p.conflicts.append(c);
    }
    std::sort(p.conflicts.begin(), p.conflicts.end(), [](const MergeConflict& a, const MergeConflict& b) {
        return std::tie(a.entity, a.key, a.field) < std::tie(b.entity, b.key, b.field);
    });

    QStringList order;
    QHash<QString, QString> titles;
    const auto before
        = domainScores(ProjectState::state(into.assessment()), nullptr, nullptr, &p.overallFrom);
    const auto after = domainScores(*merged, &order, &titles, &p.overallTo);
    for (const QJsonValue& dv : merged->value(QStringLiteral("domains")).toArray()) {
        const QJsonObject d = dv.toObject();
        for (const QJsonValue& iv : d.value(QStringLiteral("items")).toArray())
            p.domainOfItem.insert(iv.toObject().value(QStringLiteral("uuid")).toString(),
                d.value(QStringLiteral("key")).toString());
    }
    for (const QString& key : std::as_const(order))
        p.domains.append({ key, titles.value(key), before.value(key), after.value(key) });
    return p;
}

} // namespace rw::Merge
