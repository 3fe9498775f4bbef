// Project: the checklist's structure (domains and items: add, remove, restore, reorder).

#include "Project.h"
#include "ProjectSql.h"

#include <QRegularExpression>
#include <QSet>

namespace rw {

using namespace sql;

namespace {

QJsonObject fields(const Domain& d)
{
    return { { QStringLiteral("title"), d.title }, { QStringLiteral("description"), d.description },
        { QStringLiteral("weight"), jsonValue(d.weight) },
        { QStringLiteral("target"), jsonValue(d.target) } };
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
            "INSERT INTO item (id, key, domain_id, position, text, guidance, points, status, partial_points, "
            "blocker, owner, note, effort_hours, changed_by, changed_at, choices, risk_rules, "
            "selected_choices) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { i.id ? QVariant(i.id) : QVariant(), i.key, domainId, position, i.text, i.guidance, i.points,
            toKey(i.status), nullable(i.partialPoints), i.blocker ? 1 : 0, i.owner, i.note,
            nullable(i.effortHours), i.changedBy, iso(i.changedAt),
            compactJson(LensRisk::choicesToJson(i.choices)), compactJson(LensRisk::rulesToJson(i.riskRules)),
            compactJson(QJsonArray::fromStringList(i.selectedChoices)) },
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
    const auto [before, after] = diff(fields(old), fields(d));
    if (after.isEmpty())
        return {};
    const qint64 id = old.id;
    const ProjectError e = m_file->write(
        audit(QStringLiteral("domain.update"), QStringLiteral("domain"), key, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            return run(db,
                QStringLiteral(
                    "UPDATE domain SET title = ?, description = ?, weight = ?, target = ? WHERE id = ?"),
                { d.title.trimmed(), d.description, nullable(d.weight), nullable(d.target), id }, error);
        });
    if (e)
        return e;
    Domain& stored = m_assessment.domains[index];
    stored.title = d.title.trimmed();
    stored.description = d.description;
    stored.weight = d.weight;
    stored.target = d.target;
    m_scores.recomputeDomain(m_assessment, index);
    emit domainChanged(index);
    emit scoresChanged();
    return {};
}

ProjectError Project::addDomain(const Domain& d, int position)
{
    RemovedDomain r;
    r.domain = d;
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
    const QJsonObject before { { QStringLiteral("title"), r.domain.title },
        { QStringLiteral("items"), r.domain.items.size() } };
    const qint64 id = r.domain.id;
    QVector<qint64> order = idsOf(m_assessment.domains);
    order.removeAt(index);
    const ProjectError e = reloadAfter(m_file->write(
        audit(QStringLiteral("domain.remove"), QStringLiteral("domain"), key, json(before), QString()),
        [&](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM domain WHERE id = ?"), { id }, error)
                && !rewritePositions(db, QStringLiteral("domain"), order, error);
        }));
    if (!e && removed)
        *removed = r;
    return e;
}

ProjectError Project::restoreDomain(const RemovedDomain& r)
{
    if (const QString problem = checkDomain(r.domain); !problem.isEmpty())
        return invalid(problem);
    if (m_assessment.domainIndex(r.domain.key) >= 0)
        return invalid(tr("A domain with the key \"%1\" exists already.").arg(r.domain.key));
    for (const RemovedItem& ri : r.items) {
        if (m_itemIndex.contains(ri.item.key))
            return invalid(tr("An item with the key \"%1\" exists already.").arg(ri.item.key));
    }
    const QJsonObject after { { QStringLiteral("title"), r.domain.title },
        { QStringLiteral("weight"), jsonValue(r.domain.weight) },
        { QStringLiteral("target"), jsonValue(r.domain.target) },
        { QStringLiteral("items"), r.items.size() } };
    QVector<qint64> order = idsOf(m_assessment.domains);
    const int position = qBound(0, r.position, int(order.size()));
    const QString by = m_user;
    return reloadAfter(m_file->write(
        audit(r.domain.id ? QStringLiteral("domain.restore") : QStringLiteral("domain.add"),
            QStringLiteral("domain"), r.domain.key, QString(), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            QVariant domainId;
            if (!run(db,
                    QStringLiteral("INSERT INTO domain (id, key, title, description, weight, target, "
                                   "position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { r.domain.id ? QVariant(r.domain.id) : QVariant(), r.domain.key,
                        r.domain.title.trimmed(), r.domain.description, nullable(r.domain.weight),
                        nullable(r.domain.target), position },
                    error, &domainId))
                return false;
            for (const RemovedItem& ri : r.items) {
                QVariant itemId;
                if (!insertItem(db, ri.item, domainId.toLongLong(), ri.position, &itemId, error)
                    || !restoreLinks(db, ri, itemId.toLongLong(), error))
                    return false;
            }
            if (r.adjustment
                && !run(db,
                    QStringLiteral(
                        "INSERT INTO adjustment (domain_id, score, reason, by, at) VALUES (?, ?, ?, ?, ?)"),
                    { domainId, r.adjustment->score, r.adjustment->reason,
                        r.adjustment->by.isEmpty() ? by : r.adjustment->by,
                        iso(r.adjustment->at.isValid() ? r.adjustment->at
                                                       : QDateTime::currentDateTimeUtc()) },
                    error))
                return false;
            order.insert(position, domainId.toLongLong());
            return !rewritePositions(db, QStringLiteral("domain"), order, error);
        }));
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
    return reloadAfter(m_file->write(audit(QStringLiteral("domain.move"), QStringLiteral("domain"), key,
                                         json({ { QStringLiteral("position"), index + 1 } }),
                                         json({ { QStringLiteral("position"), position + 1 } })),
        [&](QSqlDatabase& db, QString* error) {
            return !rewritePositions(db, QStringLiteral("domain"), order, error);
        }));
}

ProjectError Project::addItem(const QString& domainKey, const Item& item, int position)
{
    RemovedItem r;
    r.item = item;
    r.item.id = 0;
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
        = reloadAfter(m_file->write(audit(QStringLiteral("item.remove"), QStringLiteral("item"), key,
                                        json(itemFields(r.item)), QString()),
            [&](QSqlDatabase& db, QString* error) {
                return run(db, QStringLiteral("DELETE FROM item WHERE id = ?"), { id }, error)
                    && !rewritePositions(db, QStringLiteral("item"), order, error);
            }));
    if (!e && removed)
        *removed = r;
    return e;
}

ProjectError Project::restoreItem(const RemovedItem& r)
{
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
    if (r.item.points <= 0)
        return invalid(tr("An item's points must be more than 0."));
    const qint64 domainId = m_assessment.domains.at(domain).id;
    QVector<qint64> order = idsOf(m_assessment.domains.at(domain).items);
    const int position = qBound(0, r.position, int(order.size()));
    return reloadAfter(
        m_file->write(audit(r.item.id ? QStringLiteral("item.restore") : QStringLiteral("item.add"),
                          QStringLiteral("item"), r.item.key, QString(), json(itemFields(r.item))),
            [&](QSqlDatabase& db, QString* error) {
                QVariant itemId;
                if (!insertItem(db, r.item, domainId, position, &itemId, error)
                    || !restoreLinks(db, r, itemId.toLongLong(), error))
                    return false;
                order.insert(position, itemId.toLongLong());
                return !rewritePositions(db, QStringLiteral("item"), order, error);
            }));
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
    return reloadAfter(m_file->write(audit(QStringLiteral("item.move"), QStringLiteral("item"), key,
                                         json({ { QStringLiteral("position"), ref.item + 1 } }),
                                         json({ { QStringLiteral("position"), position + 1 } })),
        [&](QSqlDatabase& db, QString* error) {
            return !rewritePositions(db, QStringLiteral("item"), order, error);
        }));
}

} // namespace rw
