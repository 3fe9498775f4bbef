#include "StateWriter.h"
#include "scoring/Answers.h"

#include <QJsonDocument>

#include "ProjectSql.h"

#include <QHash>
#include <QSet>

namespace rw::StateWriter {

using namespace rw::sql;

namespace {

QVariant text(const QJsonValue& v)
{
    return v.toString();
}

// An empty date or time is stored as NULL.
QVariant optionalText(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant number(const QJsonValue& v)
{
    return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
}

QString compact(const QJsonValue& v)
{
    if (v.isArray())
        return compactJson(v.toArray());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// uuid -> local id of every row of table.
bool ids(QSqlDatabase& db, const QString& table, QHash<QString, qint64>* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, id FROM %1").arg(table))) {
        *error = sqlProblem(q.lastError());
        return false;
    }
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

// Writes the record uuid of table: an update of its row, or an insert. The statements are prepared once
// per table and kind of write (a merge may write thousands of rows).
using Prepared = QHash<QString, std::shared_ptr<QSqlQuery>>;

bool put(QSqlDatabase& db, Prepared& prepared, const QString& table, const QHash<QString, qint64>& existing,
    const QString& uuid, const QStringList& columns, const QVariantList& values, QString* error,
    qint64* id = nullptr)
{
    const auto row = existing.constFind(uuid);
    const bool update = row != existing.cend();
    const QString sql = update
        ? QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
              .arg(table, columns.join(QStringLiteral(" = ?, ")))
        : QStringLiteral("INSERT INTO %1 (uuid, %2) VALUES (?%3)")
              .arg(table, columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(columns.size()));
    std::shared_ptr<QSqlQuery>& q = prepared[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(db);
        if (!q->prepare(sql)) {
            *error = sqlProblem(q->lastError());
            q.reset();
            return false;
        }
    }
    if (!update)
        addBind(*q, uuid);
    for (const QVariant& v : values)
        addBind(*q, v);
    if (update)
        addBind(*q, *row);
    if (!rw::sql::exec(*q, error))
        return false;
    if (id)
        *id = update ? *row : q->lastInsertId().toLongLong();
    return true;
}

bool remove(QSqlDatabase& db, const QString& table, const QString& uuid, QString* error)
{
    return run(db, QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(table), { uuid }, error);
}

struct Checklist
{
    QStringList domainOrder;
    QHash<QString, QJsonObject> domains;
    QHash<QString, QStringList> itemOrder; // domain -> items
    QHash<QString, QJsonObject> items;
    QHash<QString, QString> itemDomain;
};

Checklist checklist(const QJsonObject& state)
{
    Checklist c;
    for (const QJsonValue& dv : state.value(QStringLiteral("domains")).toArray()) {
        QJsonObject d = dv.toObject();
        const QString uuid = d.value(QStringLiteral("uuid")).toString();
        const QJsonArray items = d.take(QStringLiteral("items")).toArray();
        c.domainOrder << uuid;
        c.domains.insert(uuid, d);
        QStringList& order = c.itemOrder[uuid];
        for (const QJsonValue& iv : items) {
            const QJsonObject i = iv.toObject();
            const QString itemUuid = i.value(QStringLiteral("uuid")).toString();
            order << itemUuid;
            c.items.insert(itemUuid, i);
            c.itemDomain.insert(itemUuid, uuid);
        }
    }
    return c;
}

bool writeInfo(QSqlDatabase& db, const QJsonObject& from, const QJsonObject& to, QString* error)
{
    if (from == to)
        return true;
    return run(db,
        QStringLiteral(
            "UPDATE assessment SET title = ?, system = ?, assessment_date = ?, team = ?, scope = ?, "
            "next_review = ?, decision = ?, conditions = ?, template_id = ?, template_version = ?, "
            "implementation_groups = ?, period_from = ?, period_to = ? WHERE id = 1"),
        { text(to.value(QStringLiteral("title"))), text(to.value(QStringLiteral("system"))),
            optionalText(to.value(QStringLiteral("date"))), text(to.value(QStringLiteral("team"))),
            text(to.value(QStringLiteral("scope"))), optionalText(to.value(QStringLiteral("next_review"))),
            text(to.value(QStringLiteral("decision"))), text(to.value(QStringLiteral("conditions"))),
            text(to.value(QStringLiteral("template"))), text(to.value(QStringLiteral("template_version"))),
            compact(to.value(QStringLiteral("implementation_groups")).toArray()),
            text(to.value(QStringLiteral("period_from"))), text(to.value(QStringLiteral("period_to"))) },
        error);
}

bool writeChecklist(QSqlDatabase& db, Prepared& prepared, const QJsonObject& fromState,
    const QJsonObject& toState, QHash<QString, qint64>* domainIds, QHash<QString, qint64>* itemIds,
    QString* error)
{
    const Checklist from = checklist(fromState);
    const Checklist to = checklist(toState);
    if (!ids(db, QStringLiteral("domain"), domainIds, error)
        || !ids(db, QStringLiteral("item"), itemIds, error))
        return false;
    // Removed items and domains go first (their keys may come back on other records).
    for (auto it = from.items.cbegin(); it != from.items.cend(); ++it) {
        if (!to.items.contains(it.key()) && !remove(db, QStringLiteral("item"), it.key(), error))
            return false;
    }
    for (auto it = from.domains.cbegin(); it != from.domains.cend(); ++it) {
        if (!to.domains.contains(it.key()) && !remove(db, QStringLiteral("domain"), it.key(), error))
            return false;
    }
    // A key that moves from one record to another (a key created in two copies, one of them renamed) is
    // first taken off every record whose key changes, so no two rows hold it at any moment.
    for (auto it = to.domains.cbegin(); it != to.domains.cend(); ++it) {
        const auto was = from.domains.constFind(it.key());
        if (was != from.domains.cend()
            && was->value(QStringLiteral("key")) != it->value(QStringLiteral("key"))
            && !run(db, QStringLiteral("UPDATE domain SET key = uuid WHERE uuid = ?"), { it.key() }, error))
            return false;
    }
    for (auto it = to.items.cbegin(); it != to.items.cend(); ++it) {
        const auto was = from.items.constFind(it.key());
        if (was != from.items.cend() && was->value(QStringLiteral("key")) != it->value(QStringLiteral("key"))
            && !run(db, QStringLiteral("UPDATE item SET key = uuid WHERE uuid = ?"), { it.key() }, error))
            return false;
    }
    const QStringList domainColumns { QStringLiteral("key"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("weight"), QStringLiteral("target"),
        QStringLiteral("position"), QStringLiteral("reviewed_by"), QStringLiteral("reviewed_at") };
    for (int position = 0; position < to.domainOrder.size(); ++position) {
        const QString& uuid = to.domainOrder.at(position);
        const QJsonObject& d = to.domains[uuid];
        if (from.domains.value(uuid) == d && from.domainOrder.indexOf(uuid) == position)
            continue;
        qint64 id = 0;
        if (!put(db, prepared, QStringLiteral("domain"), *domainIds, uuid, domainColumns,
                { text(d.value(QStringLiteral("key"))), text(d.value(QStringLiteral("title"))),
                    text(d.value(QStringLiteral("description"))), number(d.value(QStringLiteral("weight"))),
                    number(d.value(QStringLiteral("target"))), position,
                    text(d.value(QStringLiteral("reviewed_by"))),
                    text(d.value(QStringLiteral("reviewed_at"))) },
                error, &id))
            return false;
        domainIds->insert(uuid, id);
    }
    const QStringList itemColumns { QStringLiteral("key"), QStringLiteral("domain_id"),
        QStringLiteral("position"), QStringLiteral("text"), QStringLiteral("guidance"),
        QStringLiteral("points"), QStringLiteral("status"), QStringLiteral("partial_points"),
        QStringLiteral("blocker"), QStringLiteral("owner"), QStringLiteral("note"),
        QStringLiteral("effort_hours"), QStringLiteral("changed_by"), QStringLiteral("changed_at"),
        QStringLiteral("choices"), QStringLiteral("risk_rules"), QStringLiteral("selected_choices"),
        QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("work_state"),
        QStringLiteral("flag"), QStringLiteral("previous") };
    for (const QString& domain : to.domainOrder) {
        const QStringList& order = to.itemOrder[domain];
        const QStringList& was = from.itemOrder.value(domain);
        for (int position = 0; position < order.size(); ++position) {
            const QString& uuid = order.at(position);
            const QJsonObject& i = to.items[uuid];
            if (from.items.value(uuid) == i && from.itemDomain.value(uuid) == domain
                && was.indexOf(uuid) == position)
                continue;
            qint64 id = 0;
            if (!put(db, prepared, QStringLiteral("item"), *itemIds, uuid, itemColumns,
                    { text(i.value(QStringLiteral("key"))), domainIds->value(domain), position,
                        text(i.value(QStringLiteral("text"))), text(i.value(QStringLiteral("guidance"))),
                        i.value(QStringLiteral("points")).toDouble(1.0),
                        text(i.value(QStringLiteral("status"))),
                        number(i.value(QStringLiteral("partial_points"))),
                        i.value(QStringLiteral("blocker")).toBool() ? 1 : 0,
                        text(i.value(QStringLiteral("owner"))), text(i.value(QStringLiteral("note"))),
                        number(i.value(QStringLiteral("effort_hours"))),
                        text(i.value(QStringLiteral("changed_by"))),
                        optionalText(i.value(QStringLiteral("changed_at"))),
                        compact(i.value(QStringLiteral("choices")).toArray()),
                        compact(i.value(QStringLiteral("risk_rules")).toArray()),
                        compact(i.value(QStringLiteral("selected_choices")).toArray()),
                        compact(i.value(QStringLiteral("question")).toObject()),
                        Answers::toStored(i.value(QStringLiteral("answer"))),
                        i.value(QStringLiteral("work_state")).toString(QStringLiteral("todo")),
                        text(i.value(QStringLiteral("flag"))),
                        compact(i.value(QStringLiteral("previous")).toObject()) },
                    error, &id))
                return false;
            itemIds->insert(uuid, id);
        }
    }
    return true;
}

// The columns of one kind of record, from its fields in the state.
struct Kind
{
    QString entity; // the state's name
    QString table;
    QStringList columns;
    std::function<QVariantList(const QJsonObject&)> values;
    QString links; // the link table, for records with items
};

QVector<Kind> kinds(const QHash<QString, qint64>& domainIds, const QHash<QString, QString>& domainByKey)
{
    const auto f = [](const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)); };
    return {
        { QStringLiteral("finding"), QStringLiteral("finding"),
            { QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("priority"),
                QStringLiteral("effort_hours"), QStringLiteral("owner"), QStringLiteral("due_date"),
                QStringLiteral("state"), QStringLiteral("criteria"), QStringLiteral("cause"),
                QStringLiteral("effect"), QStringLiteral("recommendation"), QStringLiteral("response"),
                QStringLiteral("response_owner"), QStringLiteral("response_date"), QStringLiteral("grade") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "title")), text(f(o, "description")), text(f(o, "priority")),
                    number(f(o, "effort_hours")), text(f(o, "owner")), optionalText(f(o, "due")),
                    text(f(o, "state")), text(f(o, "criteria")), text(f(o, "cause")), text(f(o, "effect")),
                    text(f(o, "recommendation")), text(f(o, "response")), text(f(o, "response_owner")),
                    text(f(o, "response_date")), text(f(o, "grade")) };
            },
            QStringLiteral("finding_item") },
        { QStringLiteral("risk"), QStringLiteral("risk"),
            { QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("probability"),
                QStringLiteral("impact"), QStringLiteral("mitigation"), QStringLiteral("owner"),
                QStringLiteral("state") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "title")), text(f(o, "category")),
                    f(o, "probability").toInt(), f(o, "impact").toInt(), text(f(o, "mitigation")),
                    text(f(o, "owner")), text(f(o, "state")) };
            },
            {} },
        { QStringLiteral("kpi"), QStringLiteral("kpi"),
            { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("target"),
                QStringLiteral("comparator"), QStringLiteral("actual") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "name")), text(f(o, "unit")), f(o, "target").toDouble(),
                    text(f(o, "comparator")), number(f(o, "actual")) };
            },
            {} },
        { QStringLiteral("signoff"), QStringLiteral("signoff"),
            { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("decision"),
                QStringLiteral("conditions"), QStringLiteral("signed_at"), QStringLiteral("audit_rows"),
                QStringLiteral("audit_head") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "name")), text(f(o, "role")), text(f(o, "decision")),
                    text(f(o, "conditions")), text(f(o, "at")), f(o, "audit_rows").toInteger(),
                    text(f(o, "audit_head")) };
            },
            {} },
        { QStringLiteral("adjustment"), QStringLiteral("adjustment"),
            { QStringLiteral("domain_id"), QStringLiteral("score"), QStringLiteral("reason"),
                QStringLiteral("by"), QStringLiteral("at") },
            [f, &domainIds, &domainByKey](const QJsonObject& o) {
                const QString key = f(o, "domain").toString();
                return QVariantList { key.isEmpty() ? QVariant()
                                                    : QVariant(domainIds.value(domainByKey.value(key))),
                    f(o, "score").toDouble(), text(f(o, "reason")), text(f(o, "by")), text(f(o, "at")) };
            },
            {} },
        { QStringLiteral("snapshot"), QStringLiteral("snapshot"),
            { QStringLiteral("name"), QStringLiteral("taken_at"), QStringLiteral("by"),
                QStringLiteral("overall"), QStringLiteral("data") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "name")), text(f(o, "taken_at")), text(f(o, "by")),
                    number(f(o, "overall")), compact(f(o, "data").toObject()) };
            },
            {} },
        { QStringLiteral("evidence"), QStringLiteral("evidence"),
            { QStringLiteral("sha256"), QStringLiteral("url"), QStringLiteral("name"), QStringLiteral("mime"),
                QStringLiteral("size"), QStringLiteral("caption"), QStringLiteral("added_by"),
                QStringLiteral("added_at"), QStringLiteral("collected_from"), QStringLiteral("collected_to"),
                QStringLiteral("valid_until"), QStringLiteral("review"), QStringLiteral("review_reason"),
                QStringLiteral("reviewed_by"), QStringLiteral("revisions") },
            [f](const QJsonObject& o) {
                return QVariantList { optionalText(f(o, "sha256")), text(f(o, "url")), text(f(o, "name")),
                    text(f(o, "mime")), f(o, "size").toInteger(), text(f(o, "caption")),
                    text(f(o, "added_by")), text(f(o, "added_at")), text(f(o, "collected_from")),
                    text(f(o, "collected_to")), text(f(o, "valid_until")),
                    f(o, "review").toString(QStringLiteral("unreviewed")), text(f(o, "review_reason")),
                    text(f(o, "reviewed_by")), compact(f(o, "revisions").toArray()) };
            },
            QStringLiteral("evidence_item") },
        { QStringLiteral("comment"), QStringLiteral("comment"),
            { QStringLiteral("item_uuid"), QStringLiteral("parent_uuid"), QStringLiteral("text"),
                QStringLiteral("by"), QStringLiteral("at"), QStringLiteral("resolved"),
                QStringLiteral("resolved_by") },
            [f](const QJsonObject& o) {
                return QVariantList { text(f(o, "item")), text(f(o, "parent")), text(f(o, "text")),
                    text(f(o, "by")), text(f(o, "at")), f(o, "resolved").toBool() ? 1 : 0,
                    text(f(o, "resolved_by")) };
            },
            {} },
    };
}

} // namespace

bool write(QSqlDatabase& db, const QJsonObject& from, const QJsonObject& to, QString* error)
{
    if (from == to)
        return true;
    if (!writeInfo(db, from.value(QStringLiteral("assessment")).toObject(),
            to.value(QStringLiteral("assessment")).toObject(), error))
        return false;
    QHash<QString, qint64> domainIds;
    QHash<QString, qint64> itemIds;
    Prepared prepared;
    if (!writeChecklist(db, prepared, from, to, &domainIds, &itemIds, error))
        return false;
    QHash<QString, QString> domainByKey;
    QHash<QString, qint64> itemByKey;
    for (const QJsonValue& dv : to.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject d = dv.toObject();
        domainByKey.insert(
            d.value(QStringLiteral("key")).toString(), d.value(QStringLiteral("uuid")).toString());
        for (const QJsonValue& iv : d.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            itemByKey.insert(i.value(QStringLiteral("key")).toString(),
                itemIds.value(i.value(QStringLiteral("uuid")).toString()));
        }
    }
    for (const Kind& kind : kinds(domainIds, domainByKey)) {
        const QJsonObject was = from.value(kind.entity).toObject();
        const QJsonObject now = to.value(kind.entity).toObject();
        QHash<QString, qint64> existing;
        if (!ids(db, kind.table, &existing, error))
            return false;
        for (auto it = was.begin(); it != was.end(); ++it) {
            if (!now.contains(it.key()) && !remove(db, kind.table, it.key(), error))
                return false;
        }
        for (auto it = now.begin(); it != now.end(); ++it) {
            const QJsonObject record = it.value().toObject();
            if (was.value(it.key()).toObject() == record && existing.contains(it.key()))
                continue;
            qint64 id = 0;
            if (!put(db, prepared, kind.table, existing, it.key(), kind.columns, kind.values(record), error,
                    &id))
                return false;
            existing.insert(it.key(), id);
        }
        if (kind.links.isEmpty())
            continue;
        // Links are few: all of them are written again, by the items' keys as they are now.
        const QString owner = kind.table + QStringLiteral("_id");
        if (!run(db, QStringLiteral("DELETE FROM %1").arg(kind.links), {}, error))
            return false;
        for (auto it = now.begin(); it != now.end(); ++it) {
            for (const QJsonValue& k : it.value().toObject().value(QStringLiteral("items")).toArray()) {
                const qint64 item = itemByKey.value(k.toString());
                if (item
                    && !run(db,
                        QStringLiteral("INSERT OR IGNORE INTO %1 (%2, item_id) VALUES (?, ?)")
                            .arg(kind.links, owner),
                        { existing.value(it.key()), item }, error))
                    return false;
            }
        }
    }
    return true;
}

} // namespace rw::StateWriter
