// Project: the checklist's structure (domains and items: add, remove, restore, reorder).

#include "Project.h"
#include "ProjectSql.h"
#include "scoring/Answers.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace rw {

using namespace sql;

namespace {

template <typename T> QJsonArray uuidsOf(const QVector<T>& records, const QVector<qint64>& ids)
{
    QStringList uuids;
    for (const qint64 id : ids) {
        if (const T* r = byId(records, id))
            uuids << r->uuid;
    }
    uuids.sort();
    return QJsonArray::fromStringList(uuids);
}

// An item as the entry that removes or restores it records it: everything it is made of, where it
// stands, and the findings and evidence linked to it.
QJsonObject itemRecord(const Assessment& a, const Project::RemovedItem& r, const QString& domainUuid)
{
    QJsonObject o = ProjectState::created(r.item, domainUuid, r.position);
    o.insert(QStringLiteral("uuid"), r.item.uuid);
    o.insert(QStringLiteral("findings"), uuidsOf(a.findings, r.findingIds));
    o.insert(QStringLiteral("evidence"), uuidsOf(a.evidence, r.evidenceIds));
    return o;
}

QJsonObject domainRecord(const Assessment& a, const Project::RemovedDomain& r)
{
    QJsonObject o = ProjectState::fields(r.domain);
    o.insert(QStringLiteral("position"), r.position + 1);
    QJsonArray items;
    for (const Project::RemovedItem& ri : r.items)
        items.append(itemRecord(a, ri, QString()));
    o.insert(QStringLiteral("items"), items);
    if (r.adjustment) {
        QJsonObject adjustment = ProjectState::fields(*r.adjustment);
        adjustment.insert(QStringLiteral("uuid"), r.adjustment->uuid);
        o.insert(QStringLiteral("adjustment"), adjustment);
    }
    return o;
}

// Links to a removed item go with it (the file's foreign keys take them); restoring puts them back.
void unlinkItem(Assessment& a, const QString& key)
{
    for (Finding& f : a.findings)
        f.itemKeys.removeAll(key);
    for (Evidence& e : a.evidence)
        e.itemKeys.removeAll(key);
}

void relinkItem(Assessment& a, const Project::RemovedItem& r)
{
    const auto add = [&r](QStringList& keys) {
        if (!keys.contains(r.item.key)) {
            keys.append(r.item.key);
            keys.sort();
        }
    };
    for (const qint64 id : r.findingIds) {
        if (Finding* f = byId(a.findings, id))
            add(f->itemKeys);
    }
    for (const qint64 id : r.evidenceIds) {
        if (Evidence* e = byId(a.evidence, id))
            add(e->itemKeys);
    }
}

QString checkDomain(const Domain& d)
{
    if (d.title.trimmed().isEmpty())
        return Project::tr("A domain needs a title.");
    if (d.weight && *d.weight < 0)
        return Project::tr("A weight cannot be negative.");
    if (d.target && (*d.target < 0 || *d.target > 100))
        return Project::tr("A target is a score from 0 to 100.");
    return {};
}

bool insertItem(
    QSqlDatabase& db, const Item& i, qint64 domainId, int position, QVariant* newId, QString* error)
{
    return run(db,
        QStringLiteral(
            "INSERT INTO item (id, uuid, key, domain_id, position, text, guidance, points, status, "
            "partial_points, blocker, owner, note, effort_hours, changed_by, changed_at, choices, "
            "risk_rules, selected_choices, question, answer, work_state, flag, previous) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { i.id ? QVariant(i.id) : QVariant(), i.uuid, i.key, domainId, position, i.text, i.guidance, i.points,
            toKey(i.status), nullable(i.partialPoints), i.blocker ? 1 : 0, i.owner, i.note,
            nullable(i.effortHours), i.changedBy, iso(i.changedAt),
            compactJson(LensRisk::choicesToJson(i.choices)), compactJson(LensRisk::rulesToJson(i.riskRules)),
            compactJson(QJsonArray::fromStringList(i.selectedChoices)), compactJson(i.question.toJson()),
            Answers::toStored(i.answer), toKey(i.workState), i.flag, compactJson(i.previous) },
        error, newId);
}

bool restoreLinks(QSqlDatabase& db, const Project::RemovedItem& r, qint64 itemId, QString* error)
{
    for (qint64 e : r.evidenceIds) {
        if (!run(db,
                QStringLiteral("INSERT OR IGNORE INTO evidence_item (evidence_id, item_id) SELECT id, ? FROM "
                               "evidence WHERE id = ?"),
                { itemId, e }, error))
            return false;
    }
    for (qint64 f : r.findingIds) {
        if (!run(db,
                QStringLiteral("INSERT OR IGNORE INTO finding_item (finding_id, item_id) SELECT id, ? FROM "
                               "finding WHERE id = ?"),
                { itemId, f }, error))
            return false;
    }
    return true;
}

template <typename T> QVector<qint64> idsOf(const QVector<T>& records)
{
    QVector<qint64> ids;
    ids.reserve(records.size());
    for (const T& r : records)
        ids.append(r.id);
    return ids;
}

} // namespace

ProjectError Project::rewritePositions(
    QSqlDatabase& db, const QString& table, const QVector<qint64>& ids, QString* error) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    for (int i = 0; i < ids.size(); ++i) {
        addBind(q, i);
        addBind(q, ids.at(i));
        if (!exec(q, error))
            return ProjectError::make(ProjectError::Kind::Io, *error);
    }
    return {};
}

QString Project::nextItemKey(const QString& domainKey) const
{
    const QRegularExpression numbered(
        QStringLiteral("^%1-(\\d+)$").arg(QRegularExpression::escape(domainKey)));
    int highest = 0;
    for (auto it = m_itemIndex.cbegin(); it != m_itemIndex.cend(); ++it) {
        const QRegularExpressionMatch m = numbered.match(it.key());
        if (m.hasMatch())
            highest = qMax(highest, m.captured(1).toInt());
    }
    QString key;
    do {
        key = QStringLiteral("%1-%2").arg(domainKey).arg(++highest, 2, 10, QLatin1Char('0'));
    } while (m_itemIndex.contains(key));
    return key;
}

QString Project::nextDomainKey(const QString& title) const
{
    QString base;
    for (const QChar c : title) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base += c.toUpper();
        if (base.size() == 4)
            break;
    }
    if (base.isEmpty())
        base = QStringLiteral("D");
    QString key = base;
    for (int n = 2; m_assessment.domainIndex(key) >= 0; ++n)
        key = base + QString::number(n);
    return key;
}

ProjectError Project::updateDomain(const QString& key, const Domain& d)
{
    const int index = m_assessment.domainIndex(key);
    if (index < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(key));
    if (const QString problem = checkDomain(d); !problem.isEmpty())
        return invalid(problem);
    const Domain& old = m_assessment.domains.at(index);
    Domain updated = old;
    updated.title = d.title.trimmed();
    updated.description = d.description;
    updated.weight = d.weight;
    updated.target = d.target;
    updated.reviewedBy = d.reviewedBy.trimmed();
    updated.reviewedAt = updated.reviewedBy.isEmpty()
        ? QDateTime()
        : QDateTime::fromString(
            iso(d.reviewedAt.isValid() ? d.reviewedAt : QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    const auto [before, after] = diff(ProjectState::fields(old), ProjectState::fields(updated));
    if (after.isEmpty())
        return {};
    const qint64 id = old.id;
    const ProjectError e = m_file->write(
        audit(QStringLiteral("domain.update"), QStringLiteral("domain"), key, old.uuid, before, after),
        [&](QSqlDatabase& db, QString* error) {
            return run(db,
                QStringLiteral(
                    "UPDATE domain SET title = ?, description = ?, weight = ?, target = ?, reviewed_by = ?, "
                    "reviewed_at = ? WHERE id = ?"),
                { d.title.trimmed(), d.description, nullable(d.weight), nullable(d.target),
                    updated.reviewedBy, iso(updated.reviewedAt), id },
                error);
        });
    if (e)
        return e;
    Domain& stored = m_assessment.domains[index];
    stored.title = d.title.trimmed();
    stored.description = d.description;
    stored.weight = d.weight;
    stored.target = d.target;
    stored.reviewedBy = updated.reviewedBy;
    stored.reviewedAt = updated.reviewedAt;
    rescore(index);
    emit domainChanged(index);
    emit scoresChanged();
    return {};
}

ProjectError Project::addDomain(const Domain& d, int position)
{
    RemovedDomain r;
    r.domain = d;
    r.domain.id = 0;
    r.domain.uuid.clear();
    r.domain.items.clear();
    r.position = position;
    if (r.domain.key.isEmpty())
        r.domain.key = nextDomainKey(d.title);
    return restoreDomain(r);
}

ProjectError Project::removeDomain(const QString& key, RemovedDomain* removed)
{
    const int index = m_assessment.domainIndex(key);
    if (index < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(key));
    RemovedDomain r;
    r.domain = m_assessment.domains.at(index);
    r.position = index;
    for (int i = 0; i < r.domain.items.size(); ++i) {
        const Item& item = r.domain.items.at(i);
        RemovedItem ri { item, key, i, {}, {} };
        for (const Evidence* e : evidenceForItem(item.key))
            ri.evidenceIds.append(e->id);
        for (const Finding* f : findingsForItem(item.key))
            ri.findingIds.append(f->id);
        r.items.append(ri);
    }
    if (const Adjustment* a = m_assessment.adjustmentFor(key))
        r.adjustment = *a;
    const qint64 id = r.domain.id;
    QVector<qint64> order = idsOf(m_assessment.domains);
    order.removeAt(index);
    const ProjectError e = m_file->write(audit(QStringLiteral("domain.remove"), QStringLiteral("domain"), key,
                                             r.domain.uuid, domainRecord(m_assessment, r), {}),
        [&](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM domain WHERE id = ?"), { id }, error)
                && !rewritePositions(db, QStringLiteral("domain"), order, error);
        });
    if (e)
        return e;
    for (const Item& item : r.domain.items)
        unlinkItem(m_assessment, item.key);
    m_assessment.adjustments.removeIf([&key](const Adjustment& a) { return a.domainKey == key; });
    m_assessment.domains.removeAt(index);
    checklistRebuilt();
    if (removed)
        *removed = r;
    return {};
}

ProjectError Project::restoreDomain(const RemovedDomain& given)
{
    RemovedDomain r = given;
    r.domain.title = given.domain.title.trimmed();
    if (const QString problem = checkDomain(r.domain); !problem.isEmpty())
        return invalid(problem);
    if (m_assessment.domainIndex(r.domain.key) >= 0)
        return invalid(tr("A domain with the key \"%1\" exists already.").arg(r.domain.key));
    for (const RemovedItem& ri : r.items) {
        if (m_itemIndex.contains(ri.item.key))
            return invalid(tr("An item with the key \"%1\" exists already.").arg(ri.item.key));
    }
    QVector<qint64> order = idsOf(m_assessment.domains);
    r.position = qBound(0, r.position, int(order.size()));
    r.domain.uuid = newUuid(r.domain.uuid);
    for (RemovedItem& ri : r.items)
        ri.item.uuid = newUuid(ri.item.uuid);
    if (r.adjustment) {
        r.adjustment->uuid = newUuid(r.adjustment->uuid);
        r.adjustment->by = r.adjustment->by.isEmpty() ? m_user : r.adjustment->by;
        r.adjustment->at = QDateTime::fromString(
            iso(r.adjustment->at.isValid() ? r.adjustment->at : QDateTime::currentDateTimeUtc()),
            Qt::ISODateWithMs);
    }
    QVariant domainId;
    QVector<qint64> itemIds;
    QVariant adjustmentId;
    const ProjectError e = m_file->write(
        audit(r.domain.id ? QStringLiteral("domain.restore") : QStringLiteral("domain.add"),
            QStringLiteral("domain"), r.domain.key, r.domain.uuid, {}, domainRecord(m_assessment, r)),
        [&](QSqlDatabase& db, QString* error) {
            if (!run(db,
                    QStringLiteral(
                        "INSERT INTO domain (id, uuid, key, title, description, weight, target, "
                        "position, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { r.domain.id ? QVariant(r.domain.id) : QVariant(), r.domain.uuid, r.domain.key,
                        r.domain.title, r.domain.description, nullable(r.domain.weight),
                        nullable(r.domain.target), r.position, r.domain.reviewedBy,
                        iso(r.domain.reviewedAt) },
                    error, &domainId))
                return false;
            for (const RemovedItem& ri : r.items) {
                QVariant itemId;
                if (!insertItem(db, ri.item, domainId.toLongLong(), ri.position, &itemId, error)
                    || !restoreLinks(db, ri, itemId.toLongLong(), error))
                    return false;
                itemIds.append(itemId.toLongLong());
            }
            if (r.adjustment
                && !run(db,
                    QStringLiteral(
                        "INSERT INTO adjustment (uuid, domain_id, score, reason, by, at) VALUES (?, ?, ?, "
                        "?, ?, ?)"),
                    { r.adjustment->uuid, domainId, r.adjustment->score, r.adjustment->reason,
                        r.adjustment->by, iso(r.adjustment->at) },
                    error, &adjustmentId))
                return false;
            order.insert(r.position, domainId.toLongLong());
            return !rewritePositions(db, QStringLiteral("domain"), order, error);
        });
    if (e)
        return e;
    Domain domain = r.domain;
    domain.id = domainId.toLongLong();
    domain.items.clear();
    for (int i = 0; i < r.items.size(); ++i) {
        Item item = r.items.at(i).item;
        item.id = itemIds.at(i);
        item.domainId = domain.id;
        domain.items.append(item);
        relinkItem(m_assessment, r.items.at(i));
    }
    m_assessment.domains.insert(r.position, domain);
    if (r.adjustment) {
        Adjustment a = *r.adjustment;
        a.id = adjustmentId.toLongLong();
        a.domainKey = domain.key;
        m_assessment.adjustments.append(a);
    }
    checklistRebuilt();
    return {};
}

ProjectError Project::moveDomain(const QString& key, int position)
{
    const int index = m_assessment.domainIndex(key);
    if (index < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(key));
    QVector<qint64> order = idsOf(m_assessment.domains);
    position = qBound(0, position, int(order.size()) - 1);
    if (position == index)
        return {};
    order.move(index, position);
    const ProjectError e = m_file->write(
        audit(QStringLiteral("domain.move"), QStringLiteral("domain"), key,
            m_assessment.domains.at(index).uuid, { { QStringLiteral("position"), index + 1 } },
            { { QStringLiteral("position"), position + 1 } }),
        [&](QSqlDatabase& db, QString* error) {
            return !rewritePositions(db, QStringLiteral("domain"), order, error);
        });
    if (e)
        return e;
    m_assessment.domains.move(index, position);
    checklistRebuilt();
    return {};
}

ProjectError Project::addItem(const QString& domainKey, const Item& item, int position)
{
    RemovedItem r;
    r.item = item;
    r.item.id = 0;
    r.item.uuid.clear();
    r.domainKey = domainKey;
    r.position = position;
    if (r.item.key.isEmpty())
        r.item.key = nextItemKey(domainKey);
    return restoreItem(r);
}

ProjectError Project::removeItem(const QString& key, RemovedItem* removed)
{
    const ItemRef ref = findItem(key);
    if (!ref.isValid())
        return invalid(tr("There is no item with the key \"%1\".").arg(key));
    RemovedItem r { item(ref), m_assessment.domains.at(ref.domain).key, ref.item, {}, {} };
    for (const Evidence* e : evidenceForItem(key))
        r.evidenceIds.append(e->id);
    for (const Finding* f : findingsForItem(key))
        r.findingIds.append(f->id);
    const qint64 id = r.item.id;
    QVector<qint64> order = idsOf(m_assessment.domains.at(ref.domain).items);
    order.removeAt(ref.item);
    const ProjectError e
        = m_file->write(audit(QStringLiteral("item.remove"), QStringLiteral("item"), key, r.item.uuid,
                            itemRecord(m_assessment, r, m_assessment.domains.at(ref.domain).uuid), {}),
            [&](QSqlDatabase& db, QString* error) {
                return run(db, QStringLiteral("DELETE FROM item WHERE id = ?"), { id }, error)
                    && !rewritePositions(db, QStringLiteral("item"), order, error);
            });
    if (e)
        return e;
    unlinkItem(m_assessment, key);
    m_assessment.domains[ref.domain].items.removeAt(ref.item);
    checklistRebuilt();
    if (removed)
        *removed = r;
    return {};
}

ProjectError Project::restoreItem(const RemovedItem& given)
{
    RemovedItem r = given;
    const int domain = m_assessment.domainIndex(r.domainKey);
    if (domain < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(r.domainKey));
    if (r.item.key.trimmed().isEmpty() || m_itemIndex.contains(r.item.key))
        return invalid(tr("An item with the key \"%1\" exists already.").arg(r.item.key));
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!keyPattern.match(r.item.key).hasMatch())
        return invalid(tr("An item key may hold only letters, digits, '.', '_' and '-'."));
    if (r.item.text.trimmed().isEmpty())
        return invalid(tr("An item needs a text."));
    if (!(r.item.points > 0) || !std::isfinite(r.item.points))
        return invalid(tr("An item's points must be more than 0."));
    const Domain& target = m_assessment.domains.at(domain);
    QVector<qint64> order = idsOf(target.items);
    r.position = qBound(0, r.position, int(order.size()));
    r.item.uuid = newUuid(r.item.uuid);
    r.item.changedAt = QDateTime::fromString(iso(r.item.changedAt), Qt::ISODateWithMs);
    QVariant itemId;
    const ProjectError e = m_file->write(
        audit(r.item.id ? QStringLiteral("item.restore") : QStringLiteral("item.add"), QStringLiteral("item"),
            r.item.key, r.item.uuid, {}, itemRecord(m_assessment, r, target.uuid)),
        [&](QSqlDatabase& db, QString* error) {
            if (!insertItem(db, r.item, target.id, r.position, &itemId, error)
                || !restoreLinks(db, r, itemId.toLongLong(), error))
                return false;
            order.insert(r.position, itemId.toLongLong());
            return !rewritePositions(db, QStringLiteral("item"), order, error);
        });
    if (e)
        return e;
    Item stored = r.item;
    stored.id = itemId.toLongLong();
    stored.domainId = target.id;
    m_assessment.domains[domain].items.insert(r.position, stored);
    relinkItem(m_assessment, r);
    checklistRebuilt();
    return {};
}

ProjectError Project::moveItem(const QString& key, int position)
{
    const ItemRef ref = findItem(key);
    if (!ref.isValid())
        return invalid(tr("There is no item with the key \"%1\".").arg(key));
    QVector<qint64> order = idsOf(m_assessment.domains.at(ref.domain).items);
    position = qBound(0, position, int(order.size()) - 1);
    if (position == ref.item)
        return {};
    order.move(ref.item, position);
    const ProjectError e = m_file->write(audit(QStringLiteral("item.move"), QStringLiteral("item"), key,
                                             item(ref).uuid, { { QStringLiteral("position"), ref.item + 1 } },
                                             { { QStringLiteral("position"), position + 1 } }),
        [&](QSqlDatabase& db, QString* error) {
            return !rewritePositions(db, QStringLiteral("item"), order, error);
        });
    if (e)
        return e;
    m_assessment.domains[ref.domain].items.move(ref.item, position);
    checklistRebuilt();
    return {};
}

} // namespace rw
