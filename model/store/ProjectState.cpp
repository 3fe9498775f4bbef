#include "ProjectState.h"
#include "scoring/Answers.h"

#include "LogGraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace rw::ProjectState {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectState)
};

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray sortedKeys(QStringList keys)
{
    keys.sort();
    keys.removeDuplicates();
    return QJsonArray::fromStringList(keys);
}

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The record kinds held as sets (their order is local storage), by the entity name the log uses.
const QStringList& recordKinds()
{
    static const QStringList kinds { QStringLiteral("finding"), QStringLiteral("risk"), QStringLiteral("kpi"),
        QStringLiteral("signoff"), QStringLiteral("evidence"), QStringLiteral("adjustment"),
        QStringLiteral("snapshot"), QStringLiteral("comment") };
    return kinds;
}

// A created item's extra members that are not part of the item itself.
const QStringList& placement()
{
    static const QStringList members { QStringLiteral("domain"), QStringLiteral("position"),
        QStringLiteral("findings"), QStringLiteral("evidence") };
    return members;
}

// Fields later versions added, as an entry or baseline written before them implies: an item answered
// with a status, no answer; every implementation group in scope.
void fill(QJsonObject& record, const QJsonObject& defaults)
{
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!record.contains(it.key()))
            record.insert(it.key(), it.value());
    }
}

void itemDefaults(QJsonObject& item)
{
    static const QJsonObject defaults { { QStringLiteral("question"), QJsonObject() },
        { QStringLiteral("answer"), QJsonValue() }, { QStringLiteral("work_state"), QStringLiteral("todo") },
        { QStringLiteral("flag"), QString() }, { QStringLiteral("previous"), QJsonObject() } };
    fill(item, defaults);
}

void domainDefaults(QJsonObject& domain)
{
    static const QJsonObject defaults { { QStringLiteral("reviewed_by"), QString() },
        { QStringLiteral("reviewed_at"), QString() } };
    fill(domain, defaults);
}

// Records of kinds later versions gave more fields.
void recordDefaults(const QString& kind, QJsonObject& record)
{
    if (kind == QLatin1String("evidence")) {
        static const QJsonObject defaults { { QStringLiteral("collected_from"), QString() },
            { QStringLiteral("collected_to"), QString() }, { QStringLiteral("valid_until"), QString() },
            { QStringLiteral("review"), QStringLiteral("unreviewed") },
            { QStringLiteral("review_reason"), QString() }, { QStringLiteral("reviewed_by"), QString() },
            { QStringLiteral("revisions"), QJsonArray() } };
        fill(record, defaults);
    } else if (kind == QLatin1String("finding")) {
        static const QJsonObject defaults { { QStringLiteral("criteria"), QString() },
            { QStringLiteral("cause"), QString() }, { QStringLiteral("effect"), QString() },
            { QStringLiteral("recommendation"), QString() }, { QStringLiteral("response"), QString() },
            { QStringLiteral("response_owner"), QString() }, { QStringLiteral("response_date"), QString() },
            { QStringLiteral("grade"), QString() } };
        fill(record, defaults);
    }
}

void infoDefaults(QJsonObject& info)
{
    static const QJsonObject defaults { { QStringLiteral("implementation_groups"), QJsonArray() },
        { QStringLiteral("period_from"), QString() }, { QStringLiteral("period_to"), QString() } };
    fill(info, defaults);
}

void patch(QJsonObject& target, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        target.insert(it.key(), it.value());
}

// The project while the log is replayed: ordered domains and items, records by kind and UUID.
class Replay
{
public:
    // Merging: an entry that changes a record another copy removed meanwhile is passed over (the merge
    // reports it as a conflict) instead of failing the replay, and a key created twice is renamed.
    Replay(bool merging, ReplayNotes* notes, const Ancestry& saw)
        : m_merging(merging)
        , m_notes(notes)
        , m_saw(saw)
    {
    }
    bool baseline(const QJsonObject& state);
    bool apply(int index, const AuditEntry& e, QString* error);
    QJsonObject state() const;

private:
    bool applyDomain(const AuditEntry& e, const QJsonObject& after, QString* error);
    bool applyItem(const AuditEntry& e, const QJsonObject& before, const QJsonObject& after, QString* error);
    bool applyRecord(const AuditEntry& e, const QJsonObject& before, const QJsonObject& after);
    bool createItem(
        const QString& uuid, QJsonObject item, const QString& domain, int position, QString* error);
    void removeItem(const QString& uuid);
    void relink(const QString& kind, const QJsonValue& uuids, const QString& itemKey, bool add);
    // A key no other record of the kind holds: key itself, or key with a suffix from the UUID.
    QString uniqueKey(
        const QString& entity, const QString& key, const QString& uuid, const QHash<QString, QString>& taken);
    void passOver()
    {
        note([&](ReplayNotes& n) { n.passedOver << m_index; });
    }
    template <typename F> void note(F&& f)
    {
        if (m_notes)
            f(*m_notes);
    }
    void clear();

    QJsonObject m_info;
    QStringList m_domainOrder;
    QHash<QString, QJsonObject> m_domains;
    QHash<QString, QString> m_domainByKey;
    QHash<QString, QStringList> m_itemOrder; // domain UUID -> item UUIDs
    QHash<QString, QJsonObject> m_items;
    QHash<QString, QString> m_itemByKey;
    QHash<QString, QString> m_itemDomain;
    QHash<QString, QHash<QString, QJsonObject>> m_records;
    QHash<QString, int> m_linkAdded; // "record UUID/item key" -> the entry that added the link
    bool m_merging = false;
    ReplayNotes* m_notes = nullptr;
    Ancestry m_saw;
    int m_index = -1; // the entry being applied
};

void Replay::clear()
{
    m_info = {};
    m_domainOrder.clear();
    m_domains.clear();
    m_domainByKey.clear();
    m_itemOrder.clear();
    m_items.clear();
    m_itemByKey.clear();
    m_itemDomain.clear();
    m_records.clear();
    m_linkAdded.clear();
}

QString Replay::uniqueKey(
    const QString& entity, const QString& key, const QString& uuid, const QHash<QString, QString>& taken)
{
    const QString holder = taken.value(key);
    if (holder.isEmpty() || holder == uuid)
        return key;
    QString renamed;
    for (int length = 4; length <= uuid.size(); length += 4) {
        renamed = key + QLatin1Char('-') + QString(uuid).remove(QLatin1Char('-')).left(length);
        if (!taken.contains(renamed))
            break;
    }
    note([&](ReplayNotes& n) { n.renamed.append({ entity, uuid, key, renamed, m_index }); });
    return renamed;
}

bool Replay::baseline(const QJsonObject& state)
{
    clear();
    m_info = state.value(QStringLiteral("assessment")).toObject();
    if (!m_info.isEmpty())
        infoDefaults(m_info);
    for (const QJsonValue& dv : state.value(QStringLiteral("domains")).toArray()) {
        QJsonObject domain = dv.toObject();
        const QString uuid = domain.value(QStringLiteral("uuid")).toString();
        const QJsonArray items = domain.take(QStringLiteral("items")).toArray();
        domainDefaults(domain);
        m_domainOrder << uuid;
        m_domainByKey.insert(domain.value(QStringLiteral("key")).toString(), uuid);
        m_domains.insert(uuid, domain);
        QStringList& order = m_itemOrder[uuid];
        for (const QJsonValue& iv : items) {
            QJsonObject item = iv.toObject();
            itemDefaults(item);
            const QString itemUuid = item.value(QStringLiteral("uuid")).toString();
            order << itemUuid;
            m_items.insert(itemUuid, item);
            m_itemByKey.insert(item.value(QStringLiteral("key")).toString(), itemUuid);
            m_itemDomain.insert(itemUuid, uuid);
        }
    }
    for (const QString& kind : recordKinds()) {
        const QJsonObject records = state.value(kind).toObject();
        QHash<QString, QJsonObject>& target = m_records[kind];
        for (auto it = records.begin(); it != records.end(); ++it) {
            QJsonObject record = it.value().toObject();
            recordDefaults(kind, record);
            target.insert(it.key(), record);
        }
    }
    return !m_info.isEmpty();
}

void Replay::relink(const QString& kind, const QJsonValue& uuids, const QString& itemKey, bool add)
{
    QHash<QString, QJsonObject>& records = m_records[kind];
    const auto change = [&](const QString& uuid, QJsonObject& record) {
        QStringList keys;
        for (const QJsonValue& k : record.value(QStringLiteral("items")).toArray())
            keys << k.toString();
        if (!add && !keys.contains(itemKey))
            return;
        keys.removeAll(itemKey);
        if (add) {
            keys << itemKey;
            m_linkAdded.insert(uuid + QLatin1Char('/') + itemKey, m_index);
        }
        record.insert(QStringLiteral("items"), sortedKeys(keys));
    };
    if (uuids.isArray()) {
        for (const QJsonValue& u : uuids.toArray()) {
            auto it = records.find(u.toString());
            if (it != records.end())
                change(it.key(), *it);
        }
        return;
    }
    for (auto it = records.begin(); it != records.end(); ++it)
        change(it.key(), *it);
}

bool Replay::createItem(
    const QString& uuid, QJsonObject item, const QString& domain, int position, QString* error)
{
    if (!m_domains.contains(domain)) {
        if (m_merging) { // its domain was removed in another copy
            passOver();
            return true;
        }
        *error = Tr::tr("item %1 names a domain that does not exist").arg(uuid);
        return false;
    }
    const QJsonValue findings = item.value(QStringLiteral("findings"));
    const QJsonValue evidence = item.value(QStringLiteral("evidence"));
    for (const QString& member : placement())
        item.remove(member);
    item.insert(QStringLiteral("uuid"), uuid);
    itemDefaults(item);
    const QString key
        = uniqueKey(QStringLiteral("item"), item.value(QStringLiteral("key")).toString(), uuid, m_itemByKey);
    item.insert(QStringLiteral("key"), key);
    QStringList& order = m_itemOrder[domain];
    order.insert(qBound(0, position, int(order.size())), uuid);
    m_items.insert(uuid, item);
    m_itemByKey.insert(key, uuid);
    m_itemDomain.insert(uuid, domain);
    relink(QStringLiteral("finding"), findings.isArray() ? findings : QJsonArray(), key, true);
    relink(QStringLiteral("evidence"), evidence.isArray() ? evidence : QJsonArray(), key, true);
    return true;
}

void Replay::removeItem(const QString& uuid)
{
    if (!m_items.contains(uuid))
        return; // removed in two copies
    const QString key = m_items.value(uuid).value(QStringLiteral("key")).toString();
    m_itemOrder[m_itemDomain.value(uuid)].removeAll(uuid);
    m_items.remove(uuid);
    m_itemByKey.remove(key);
    m_itemDomain.remove(uuid);
    // Links to a removed item go with it, as the file's foreign keys take them.
    relink(QStringLiteral("finding"), QJsonValue(), key, false);
    relink(QStringLiteral("evidence"), QJsonValue(), key, false);
}

bool Replay::applyDomain(const AuditEntry& e, const QJsonObject& after, QString* error)
{
    const QString& uuid = e.entityUuid;
    if (after.isEmpty()) { // removed, with its items and its adjustment
        if (!m_domains.contains(uuid))
            return true; // removed in two copies
        const QString key = m_domains.value(uuid).value(QStringLiteral("key")).toString();
        for (const QString& item : m_itemOrder.value(uuid))
            removeItem(item);
        m_itemOrder.remove(uuid);
        m_domains.remove(uuid);
        m_domainByKey.remove(key);
        m_domainOrder.removeAll(uuid);
        QHash<QString, QJsonObject>& adjustments = m_records[QStringLiteral("adjustment")];
        for (auto it = adjustments.begin(); it != adjustments.end();) {
            if (it->value(QStringLiteral("domain")).toString() == key)
                it = adjustments.erase(it);
            else
                ++it;
        }
        return true;
    }
    QJsonObject fields = after;
    const int position = fields.take(QStringLiteral("position")).toInt(0) - 1;
    if (!m_domains.contains(uuid)) { // created, or put back with its items and adjustment
        const QJsonArray items = fields.take(QStringLiteral("items")).toArray();
        const QJsonObject adjustment = fields.take(QStringLiteral("adjustment")).toObject();
        fields.insert(QStringLiteral("uuid"), uuid);
        const QString key = uniqueKey(
            QStringLiteral("domain"), fields.value(QStringLiteral("key")).toString(), uuid, m_domainByKey);
        fields.insert(QStringLiteral("key"), key);
        domainDefaults(fields);
        m_domainByKey.insert(key, uuid);
        m_domains.insert(uuid, fields);
        m_domainOrder.insert(qBound(0, position, int(m_domainOrder.size())), uuid);
        m_itemOrder[uuid];
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QString itemUuid = item.value(QStringLiteral("uuid")).toString();
            if (!createItem(itemUuid, item, uuid, i, error))
                return false;
        }
        if (!adjustment.isEmpty()) {
            QJsonObject record = adjustment;
            const QString adjustmentUuid = record.take(QStringLiteral("uuid")).toString();
            m_records[QStringLiteral("adjustment")].insert(adjustmentUuid, record);
        }
        return true;
    }
    if (position >= 0) {
        m_domainOrder.removeAll(uuid);
        m_domainOrder.insert(qBound(0, position, int(m_domainOrder.size())), uuid);
    }
    patch(m_domains[uuid], fields);
    return true;
}

bool Replay::applyItem(
    const AuditEntry& e, const QJsonObject& before, const QJsonObject& after, QString* error)
{
    const QString& uuid = e.entityUuid;
    if (after.isEmpty()) {
        removeItem(uuid);
        return true;
    }
    QJsonObject fields = after;
    const int position = fields.take(QStringLiteral("position")).toInt(0) - 1;
    if (!m_items.contains(uuid)) {
        if (!before.isEmpty() && m_merging) {
            passOver();
            return true;
        }
        if (!before.isEmpty()) {
            *error = Tr::tr("entry %1 changes an item that does not exist").arg(e.id);
            return false;
        }
        return createItem(uuid, after, after.value(QStringLiteral("domain")).toString(), position, error);
    }
    if (position >= 0) {
        QStringList& order = m_itemOrder[m_itemDomain.value(uuid)];
        order.removeAll(uuid);
        order.insert(qBound(0, position, int(order.size())), uuid);
    }
    if (!fields.isEmpty()) {
        QJsonObject& item = m_items[uuid];
        patch(item, fields);
        item.insert(QStringLiteral("changed_by"), e.by);
        item.insert(QStringLiteral("changed_at"), iso(e.at));
    }
    return true;
}

bool Replay::applyRecord(const AuditEntry& e, const QJsonObject& before, const QJsonObject& after)
{
    QHash<QString, QJsonObject>& records = m_records[e.entity];
    const QString& uuid = e.entityUuid;
    if (after.isEmpty()) {
        records.remove(uuid);
        return true;
    }
    auto existing = records.find(uuid);
    if (existing == records.end() && !before.isEmpty() && m_merging) {
        passOver(); // removed in another copy
        return true;
    }
    const QString items = QStringLiteral("items");
    if (existing == records.end()) {
        QJsonObject record = after;
        recordDefaults(e.entity, record);
        if (m_merging && e.entity == QLatin1String("evidence")) {
            // The same content attached in two copies is one piece of evidence, with the items of both.
            const QString sha = record.value(QStringLiteral("sha256")).toString();
            for (auto it = records.begin(); !sha.isEmpty() && it != records.end(); ++it) {
                if (it->value(QStringLiteral("sha256")).toString() != sha)
                    continue;
                QStringList keys;
                for (const QJsonValue& k : it->value(items).toArray())
                    keys << k.toString();
                for (const QJsonValue& k : record.value(items).toArray()) {
                    if (m_itemByKey.contains(k.toString()))
                        keys << k.toString();
                }
                it->insert(items, sortedKeys(keys));
                passOver();
                return true;
            }
        }
        if (m_merging && e.entity == QLatin1String("adjustment")) {
            // One adjustment per score: one made in another copy meanwhile gives way to the later one.
            const QString domain = record.value(QStringLiteral("domain")).toString();
            for (auto it = records.begin(); it != records.end();) {
                if (it->value(QStringLiteral("domain")).toString() == domain)
                    it = records.erase(it);
                else
                    ++it;
            }
        }
        if (record.contains(items)) {
            QStringList keys;
            for (const QJsonValue& k : record.value(items).toArray()) {
                if (m_itemByKey.contains(k.toString())) {
                    keys << k.toString();
                    m_linkAdded.insert(uuid + QLatin1Char('/') + k.toString(), m_index);
                }
            }
            record.insert(items, sortedKeys(keys));
        }
        records.insert(uuid, record);
        return true;
    }
    QJsonObject changes = after;
    if (changes.contains(items)) {
        // The links added and removed, applied to the links as they are now.
        QStringList was;
        for (const QJsonValue& k : before.value(items).toArray())
            was << k.toString();
        QStringList now;
        for (const QJsonValue& k : changes.value(items).toArray())
            now << k.toString();
        QStringList keys;
        for (const QJsonValue& k : existing->value(items).toArray())
            keys << k.toString();
        for (const QString& k : std::as_const(was)) {
            if (now.contains(k))
                continue;
            const int added = m_linkAdded.value(uuid + QLatin1Char('/') + k, -1);
            if (m_saw && added >= 0 && !m_saw(added, m_index))
                continue; // added again in another copy meanwhile: the add wins
            keys.removeAll(k);
        }
        for (const QString& k : std::as_const(now)) {
            if (was.contains(k) || !m_itemByKey.contains(k))
                continue;
            keys << k;
            m_linkAdded.insert(uuid + QLatin1Char('/') + k, m_index);
        }
        changes.insert(items, sortedKeys(keys));
    }
    patch(*existing, changes);
    return true;
}

bool Replay::apply(int index, const AuditEntry& e, QString* error)
{
    m_index = index;
    const QJsonObject before = parse(e.before);
    const QJsonObject after = parse(e.after);
    if (e.entity == QLatin1String("assessment")) {
        patch(m_info, after);
        return true;
    }
    if (e.entity == QLatin1String("domain")) {
        if (m_merging && !before.isEmpty() && !after.isEmpty() && !m_domains.contains(e.entityUuid)) {
            passOver();
            return true;
        }
        return applyDomain(e, after, error);
    }
    if (e.entity == QLatin1String("item"))
        return applyItem(e, before, after, error);
    if (e.entity == QLatin1String("workshop"))
        return true; // a live workshop's record (a device removed): no change to the assessment
    if (!recordKinds().contains(e.entity)) {
        *error = Tr::tr("entry %1 changes an unknown kind of record, \"%2\"").arg(e.id).arg(e.entity);
        return false;
    }
    return applyRecord(e, before, after);
}

QJsonObject Replay::state() const
{
    QJsonArray domains;
    for (const QString& uuid : m_domainOrder) {
        QJsonObject domain = m_domains.value(uuid);
        QJsonArray items;
        for (const QString& item : m_itemOrder.value(uuid))
            items.append(m_items.value(item));
        domain.insert(QStringLiteral("items"), items);
        domains.append(domain);
    }
    QJsonObject state { { QStringLiteral("assessment"), m_info }, { QStringLiteral("domains"), domains } };
    for (const QString& kind : recordKinds()) {
        QJsonObject records;
        const QHash<QString, QJsonObject> byUuid = m_records.value(kind);
        for (auto it = byUuid.cbegin(); it != byUuid.cend(); ++it)
            records.insert(it.key(), it.value());
        state.insert(kind, records);
    }
    return state;
}

template <typename T> QJsonObject byUuid(const QVector<T>& records)
{
    QJsonObject result;
    for (const T& r : records)
        result.insert(r.uuid, fields(r));
    return result;
}

void compare(const QJsonValue& a, const QJsonValue& b, const QString& path, QStringList* out, int limit)
{
    if (out->size() >= limit || a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& k : keys)
            compare(oa.value(k), ob.value(k), path + QLatin1Char('/') + k, out, limit);
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        for (int i = 0; i < aa.size(); ++i)
            compare(aa.at(i), ab.at(i), path + QLatin1Char('/') + QString::number(i), out, limit);
        return;
    }
    const auto shown = [](const QJsonValue& v) {
        if (v.isUndefined())
            return QStringLiteral("(absent)");
        return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    out->append(QStringLiteral("%1: %2 != %3").arg(path, shown(a), shown(b)));
}

} // namespace

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject fields(const AssessmentInfo& i)
{
    return { { QStringLiteral("title"), i.title }, { QStringLiteral("system"), i.system },
        { QStringLiteral("date"), i.date.toString(Qt::ISODate) }, { QStringLiteral("team"), i.team },
        { QStringLiteral("scope"), i.scope },
        { QStringLiteral("next_review"), i.nextReview.toString(Qt::ISODate) },
        { QStringLiteral("decision"), toKey(i.decision) }, { QStringLiteral("conditions"), i.conditions },
        { QStringLiteral("implementation_groups"), QJsonArray::fromStringList(i.implementationGroups) },
        { QStringLiteral("period_from"), i.periodFrom.toString(Qt::ISODate) },
        { QStringLiteral("period_to"), i.periodTo.toString(Qt::ISODate) } };
}

QJsonObject fields(const Domain& d)
{
    return { { QStringLiteral("key"), d.key }, { QStringLiteral("title"), d.title },
        { QStringLiteral("description"), d.description }, { QStringLiteral("weight"), optional(d.weight) },
        { QStringLiteral("target"), optional(d.target) }, { QStringLiteral("reviewed_by"), d.reviewedBy },
        { QStringLiteral("reviewed_at"), d.reviewedAt.isValid() ? iso(d.reviewedAt) : QString() } };
}

QJsonObject fields(const Item& i)
{
    return { { QStringLiteral("text"), i.text }, { QStringLiteral("guidance"), i.guidance },
        { QStringLiteral("points"), i.points }, { QStringLiteral("status"), toKey(i.status) },
        { QStringLiteral("partial_points"), optional(i.partialPoints) },
        { QStringLiteral("blocker"), i.blocker }, { QStringLiteral("owner"), i.owner },
        { QStringLiteral("note"), i.note }, { QStringLiteral("effort_hours"), optional(i.effortHours) },
        { QStringLiteral("selected_choices"), QJsonArray::fromStringList(i.selectedChoices) },
        { QStringLiteral("question"), i.question.toJson() },
        { QStringLiteral("answer"), Answers::isAnswered(i.answer) ? i.answer : QJsonValue() },
        { QStringLiteral("work_state"), toKey(i.workState) }, { QStringLiteral("flag"), i.flag },
        { QStringLiteral("previous"), i.previous } };
}

QJsonObject created(const Item& i, const QString& domainUuid, int position)
{
    QJsonObject o = fields(i);
    o.insert(QStringLiteral("key"), i.key);
    o.insert(QStringLiteral("choices"), LensRisk::choicesToJson(i.choices));
    o.insert(QStringLiteral("risk_rules"), LensRisk::rulesToJson(i.riskRules));
    o.insert(QStringLiteral("changed_by"), i.changedBy);
    o.insert(QStringLiteral("changed_at"), iso(i.changedAt));
    if (!domainUuid.isEmpty()) {
        o.insert(QStringLiteral("domain"), domainUuid);
        o.insert(QStringLiteral("position"), position + 1);
    }
    return o;
}

QJsonObject fields(const Finding& f)
{
    return { { QStringLiteral("title"), f.title }, { QStringLiteral("description"), f.description },
        { QStringLiteral("priority"), toKey(f.priority) },
        { QStringLiteral("effort_hours"), optional(f.effortHours) }, { QStringLiteral("owner"), f.owner },
        { QStringLiteral("due"), f.dueDate.toString(Qt::ISODate) },
        { QStringLiteral("state"), toKey(f.state) }, { QStringLiteral("items"), sortedKeys(f.itemKeys) },
        { QStringLiteral("criteria"), f.criteria }, { QStringLiteral("cause"), f.cause },
        { QStringLiteral("effect"), f.effect }, { QStringLiteral("recommendation"), f.recommendation },
        { QStringLiteral("response"), f.response }, { QStringLiteral("response_owner"), f.responseOwner },
        { QStringLiteral("response_date"), f.responseDate.toString(Qt::ISODate) },
        { QStringLiteral("grade"), f.grade } };
}

QJsonObject fields(const Risk& r)
{
    return { { QStringLiteral("title"), r.title }, { QStringLiteral("category"), toKey(r.category) },
        { QStringLiteral("probability"), r.probability }, { QStringLiteral("impact"), r.impact },
        { QStringLiteral("mitigation"), r.mitigation }, { QStringLiteral("owner"), r.owner },
        { QStringLiteral("state"), toKey(r.state) } };
}

QJsonObject fields(const Kpi& k)
{
    return { { QStringLiteral("name"), k.name }, { QStringLiteral("unit"), k.unit },
        { QStringLiteral("target"), k.target }, { QStringLiteral("comparator"), toKey(k.comparator) },
        { QStringLiteral("actual"), optional(k.actual) } };
}

QJsonObject fields(const SignOff& s)
{
    QJsonObject o { { QStringLiteral("name"), s.name }, { QStringLiteral("role"), s.role },
        { QStringLiteral("decision"), toKey(s.decision) }, { QStringLiteral("conditions"), s.conditions },
        { QStringLiteral("at"), iso(s.signedAt) } };
    // The state it approved is part of its entry in the log, so the chain carries it.
    if (!s.auditHead.isEmpty()) {
        o.insert(QStringLiteral("audit_rows"), s.auditRows);
        o.insert(QStringLiteral("audit_head"), s.auditHead);
    }
    return o;
}

QJsonObject fields(const Evidence& e)
{
    return { { QStringLiteral("name"), e.name }, { QStringLiteral("sha256"), e.sha256 },
        { QStringLiteral("url"), e.url }, { QStringLiteral("size"), e.size },
        { QStringLiteral("mime"), e.mimeType }, { QStringLiteral("caption"), e.caption },
        { QStringLiteral("added_by"), e.addedBy }, { QStringLiteral("added_at"), iso(e.addedAt) },
        { QStringLiteral("items"), sortedKeys(e.itemKeys) },
        { QStringLiteral("collected_from"), e.collectedFrom.toString(Qt::ISODate) },
        { QStringLiteral("collected_to"), e.collectedTo.toString(Qt::ISODate) },
        { QStringLiteral("valid_until"), e.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("review"), toKey(e.review) }, { QStringLiteral("review_reason"), e.reviewReason },
        { QStringLiteral("reviewed_by"), e.reviewedBy },
        { QStringLiteral("revisions"), EvidenceRevision::toJson(e.revisions) } };
}

QJsonObject fields(const Comment& c)
{
    return { { QStringLiteral("item"), c.itemUuid }, { QStringLiteral("parent"), c.parentUuid },
        { QStringLiteral("text"), c.text }, { QStringLiteral("by"), c.by },
        { QStringLiteral("at"), iso(c.at) }, { QStringLiteral("resolved"), c.resolved },
        { QStringLiteral("resolved_by"), c.resolvedBy } };
}

QJsonObject fields(const Adjustment& a)
{
    return { { QStringLiteral("domain"), a.domainKey }, { QStringLiteral("score"), a.score },
        { QStringLiteral("reason"), a.reason }, { QStringLiteral("by"), a.by },
        { QStringLiteral("at"), iso(a.at) } };
}

QJsonObject fields(const Snapshot& s)
{
    QJsonObject domains;
    for (auto it = s.domainScores.cbegin(); it != s.domainScores.cend(); ++it)
        domains.insert(it.key(), it.value());
    QJsonObject items;
    for (auto it = s.itemStatuses.cbegin(); it != s.itemStatuses.cend(); ++it)
        items.insert(it.key(), it.value());
    return { { QStringLiteral("name"), s.name }, { QStringLiteral("taken_at"), iso(s.takenAt) },
        { QStringLiteral("by"), s.by }, { QStringLiteral("overall"), optional(s.overall) },
        { QStringLiteral("data"),
            QJsonObject { { QStringLiteral("domains"), domains }, { QStringLiteral("items"), items } } } };
}

QJsonObject state(const Assessment& a)
{
    QJsonObject info = fields(a.info);
    info.insert(QStringLiteral("uuid"), a.info.uuid);
    info.insert(QStringLiteral("template"), a.info.templateId);
    info.insert(QStringLiteral("template_version"), a.info.templateVersion);
    QJsonArray domains;
    for (const Domain& d : a.domains) {
        QJsonObject domain = fields(d);
        domain.insert(QStringLiteral("uuid"), d.uuid);
        QJsonArray items;
        for (const Item& i : d.items) {
            QJsonObject item = created(i, QString(), 0);
            item.insert(QStringLiteral("uuid"), i.uuid);
            items.append(item);
        }
        domain.insert(QStringLiteral("items"), items);
        domains.append(domain);
    }
    return { { QStringLiteral("assessment"), info }, { QStringLiteral("domains"), domains },
        { QStringLiteral("finding"), byUuid(a.findings) }, { QStringLiteral("risk"), byUuid(a.risks) },
        { QStringLiteral("kpi"), byUuid(a.kpis) }, { QStringLiteral("signoff"), byUuid(a.signOffs) },
        { QStringLiteral("evidence"), byUuid(a.evidence) },
        { QStringLiteral("adjustment"), byUuid(a.adjustments) },
        { QStringLiteral("snapshot"), byUuid(a.snapshots) },
        { QStringLiteral("comment"), byUuid(a.comments) } };
}

std::optional<QJsonObject> replay(
    const QVector<AuditEntry>& log, QString* error, bool merging, ReplayNotes* notes, const Ancestry& saw)
{
    int start = -1;
    for (int i = log.size() - 1; i >= 0 && start < 0; --i) {
        if (log.at(i).entity == QLatin1String("project")
            && parse(log.at(i).after).value(QStringLiteral("state")).isObject())
            start = i;
    }
    if (start < 0) {
        *error = Tr::tr("the audit log holds no complete state to start from (it was written before "
                        "version 4 of the project format)");
        return std::nullopt;
    }
    Replay replay(merging, notes, saw);
    if (!replay.baseline(parse(log.at(start).after).value(QStringLiteral("state")).toObject())) {
        *error = Tr::tr("entry %1 holds no assessment").arg(log.at(start).id);
        return std::nullopt;
    }
    for (int i = start + 1; i < log.size(); ++i) {
        if (!replay.apply(i, log.at(i), error))
            return std::nullopt;
    }
    return replay.state();
}

std::optional<QJsonObject> replayLog(QVector<AuditEntry> log, QString* error, ReplayNotes* notes)
{
    AuditLog::sortForReplay(log);
    bool merged = false;
    QSet<QString> followed;
    for (const AuditEntry& e : std::as_const(log)) {
        merged = merged || e.parents.size() > 1;
        for (const QString& p : e.parents)
            followed.insert(p);
    }
    int heads = 0;
    for (const AuditEntry& e : std::as_const(log))
        heads += e.inGraph() && !followed.contains(e.hash);
    if (!merged && heads <= 1)
        return replay(log, error, false, notes);
    const LogGraph graph(log);
    return replay(log, error, true, notes, [&graph](int a, int of) { return graph.isAncestor(a, of); });
}

QStringList differences(const QJsonObject& a, const QJsonObject& b, int limit)
{
    QStringList out;
    compare(a, b, QString(), &out, limit);
    return out;
}

} // namespace rw::ProjectState
