// Project: findings, risks, KPIs, sign-offs and evidence records.

#include "Project.h"
#include "ProjectSql.h"

#include <QJsonArray>

namespace rw {

using namespace sql;

namespace {

QJsonObject fields(const Finding& f)
{
    return { { QStringLiteral("title"), f.title }, { QStringLiteral("description"), f.description },
        { QStringLiteral("priority"), toKey(f.priority) },
        { QStringLiteral("effort_hours"), jsonValue(f.effortHours) }, { QStringLiteral("owner"), f.owner },
        { QStringLiteral("due"), f.dueDate.toString(Qt::ISODate) },
        { QStringLiteral("state"), toKey(f.state) },
        { QStringLiteral("items"), QJsonArray::fromStringList(f.itemKeys) } };
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
        { QStringLiteral("actual"), jsonValue(k.actual) } };
}

QJsonObject fields(const SignOff& s)
{
    return { { QStringLiteral("name"), s.name }, { QStringLiteral("role"), s.role },
        { QStringLiteral("decision"), toKey(s.decision) }, { QStringLiteral("conditions"), s.conditions },
        { QStringLiteral("at"), iso(s.signedAt) } };
}

QJsonObject fields(const Evidence& e)
{
    return { { QStringLiteral("name"), e.name }, { QStringLiteral("sha256"), e.sha256 },
        { QStringLiteral("url"), e.url }, { QStringLiteral("size"), e.size },
        { QStringLiteral("caption"), e.caption },
        { QStringLiteral("items"), QJsonArray::fromStringList(e.itemKeys) } };
}

template <typename T> const T* byId(const QVector<T>& records, qint64 id)
{
    for (const T& r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

// Replaces the rows of a link table for one record.
bool relink(QSqlDatabase& db, const QString& table, const QString& column, qint64 id,
    const QVector<qint64>& itemIds, QString* error)
{
    if (!run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column), { id }, error))
        return false;
    for (qint64 itemId : itemIds) {
        if (!run(db,
                QStringLiteral("INSERT OR IGNORE INTO %1 (%2, item_id) VALUES (?, ?)").arg(table, column),
                { id, itemId }, error))
            return false;
    }
    return true;
}

} // namespace

const Finding* Project::finding(qint64 id) const
{
    return byId(m_assessment.findings, id);
}
const Risk* Project::risk(qint64 id) const
{
    return byId(m_assessment.risks, id);
}
const Kpi* Project::kpi(qint64 id) const
{
    return byId(m_assessment.kpis, id);
}
const SignOff* Project::signOff(qint64 id) const
{
    return byId(m_assessment.signOffs, id);
}
const Evidence* Project::evidence(qint64 id) const
{
    return byId(m_assessment.evidence, id);
}

QVector<const Finding*> Project::findingsForItem(const QString& itemKey) const
{
    QVector<const Finding*> result;
    for (const Finding& f : m_assessment.findings) {
        if (f.itemKeys.contains(itemKey))
            result.append(&f);
    }
    return result;
}

ProjectError Project::saveFinding(const Finding& f, qint64* id)
{
    if (f.title.trimmed().isEmpty())
        return invalid(tr("A finding needs a title."));
    if (f.effortHours && *f.effortHours < 0)
        return invalid(tr("An effort estimate cannot be negative."));
    QVector<qint64> itemIds;
    for (const QString& key : f.itemKeys) {
        const Item* i = item(key);
        if (!i)
            return invalid(tr("There is no item with the key \"%1\".").arg(key));
        itemIds.append(i->id);
    }
    const Finding* old = f.id ? finding(f.id) : nullptr;
    const auto [before, after] = diff(old ? fields(*old) : QJsonObject(), fields(f));
    if (old && after.isEmpty())
        return {};
    const QString action = old ? QStringLiteral("finding.update") : QStringLiteral("finding.add");
    return reloadAfter(m_file->write(
        audit(action, QStringLiteral("finding"), f.title, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            const QVariantList values { f.title.trimmed(), f.description, toKey(f.priority),
                nullable(f.effortHours), f.owner, isoDate(f.dueDate), toKey(f.state) };
            QVariant newId = f.id;
            if (old) {
                if (!run(db,
                        QStringLiteral(
                            "UPDATE finding SET title = ?, description = ?, priority = ?, effort_hours = ?, "
                            "owner = ?, due_date = ?, state = ? WHERE id = ?"),
                        values + QVariantList { f.id }, error))
                    return false;
            } else if (!run(db,
                           QStringLiteral(
                               "INSERT INTO finding (id, title, description, priority, effort_hours, owner, "
                               "due_date, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           QVariantList { f.id ? QVariant(f.id) : QVariant() } + values, error, &newId)) {
                return false;
            }
            if (id)
                *id = newId.toLongLong();
            return relink(db, QStringLiteral("finding_item"), QStringLiteral("finding_id"),
                newId.toLongLong(), itemIds, error);
        }));
}

ProjectError Project::removeFinding(qint64 id)
{
    const Finding* old = finding(id);
    if (!old)
        return invalid(tr("The finding no longer exists."));
    return reloadAfter(m_file->write(audit(QStringLiteral("finding.remove"), QStringLiteral("finding"),
                                         old->title, json(fields(*old)), QString()),
        [id](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM finding WHERE id = ?"), { id }, error);
        }));
}

ProjectError Project::saveRisk(const Risk& r, qint64* id)
{
    if (r.title.trimmed().isEmpty())
        return invalid(tr("A risk needs a title."));
    if (r.probability < 1 || r.probability > 5 || r.impact < 1 || r.impact > 5)
        return invalid(tr("Probability and impact are rated from 1 to 5."));
    const Risk* old = r.id ? risk(r.id) : nullptr;
    const auto [before, after] = diff(old ? fields(*old) : QJsonObject(), fields(r));
    if (old && after.isEmpty())
        return {};
    return reloadAfter(m_file->write(audit(old ? QStringLiteral("risk.update") : QStringLiteral("risk.add"),
                                         QStringLiteral("risk"), r.title, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            const QVariantList values { r.title.trimmed(), toKey(r.category), r.probability, r.impact,
                r.mitigation, r.owner, toKey(r.state) };
            QVariant newId = r.id;
            const bool ok = old
                ? run(db,
                    QStringLiteral("UPDATE risk SET title = ?, category = ?, probability = ?, impact = ?, "
                                   "mitigation = ?, owner = ?, state = ? WHERE id = ?"),
                    values + QVariantList { r.id }, error)
                : run(db,
                    QStringLiteral("INSERT INTO risk (id, title, category, probability, impact, mitigation, "
                                   "owner, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    QVariantList { r.id ? QVariant(r.id) : QVariant() } + values, error, &newId);
            if (ok && id)
                *id = newId.toLongLong();
            return ok;
        }));
}

ProjectError Project::removeRisk(qint64 id)
{
    const Risk* old = risk(id);
    if (!old)
        return invalid(tr("The risk no longer exists."));
    return reloadAfter(m_file->write(audit(QStringLiteral("risk.remove"), QStringLiteral("risk"), old->title,
                                         json(fields(*old)), QString()),
        [id](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM risk WHERE id = ?"), { id }, error);
        }));
}

ProjectError Project::saveKpi(const Kpi& k, qint64* id)
{
    if (k.name.trimmed().isEmpty())
        return invalid(tr("A KPI needs a name."));
    const Kpi* old = k.id ? kpi(k.id) : nullptr;
    const auto [before, after] = diff(old ? fields(*old) : QJsonObject(), fields(k));
    if (old && after.isEmpty())
        return {};
    return reloadAfter(m_file->write(audit(old ? QStringLiteral("kpi.update") : QStringLiteral("kpi.add"),
                                         QStringLiteral("kpi"), k.name, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            const QVariantList values { k.name.trimmed(), k.unit, k.target, toKey(k.comparator),
                nullable(k.actual) };
            QVariant newId = k.id;
            const bool ok = old
                ? run(db,
                    QStringLiteral(
                        "UPDATE kpi SET name = ?, unit = ?, target = ?, comparator = ?, actual = ? "
                        "WHERE id = ?"),
                    values + QVariantList { k.id }, error)
                : run(db,
                    QStringLiteral("INSERT INTO kpi (id, name, unit, target, comparator, actual) VALUES (?, "
                                   "?, ?, ?, ?, ?)"),
                    QVariantList { k.id ? QVariant(k.id) : QVariant() } + values, error, &newId);
            if (ok && id)
                *id = newId.toLongLong();
            return ok;
        }));
}

ProjectError Project::removeKpi(qint64 id)
{
    const Kpi* old = kpi(id);
    if (!old)
        return invalid(tr("The KPI no longer exists."));
    return reloadAfter(m_file->write(
        audit(QStringLiteral("kpi.remove"), QStringLiteral("kpi"), old->name, json(fields(*old)), QString()),
        [id](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM kpi WHERE id = ?"), { id }, error);
        }));
}

ProjectError Project::saveSignOff(const SignOff& s, qint64* id)
{
    if (s.name.trimmed().isEmpty())
        return invalid(tr("A sign-off needs the approver's name."));
    SignOff record = s;
    if (!record.signedAt.isValid())
        record.signedAt = QDateTime::currentDateTimeUtc();
    const SignOff* old = s.id ? signOff(s.id) : nullptr;
    const auto [before, after] = diff(old ? fields(*old) : QJsonObject(), fields(record));
    if (old && after.isEmpty())
        return {};
    return reloadAfter(m_file->write(
        audit(old ? QStringLiteral("signoff.update") : QStringLiteral("signoff.add"),
            QStringLiteral("signoff"), record.name, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            const QVariantList values { record.name.trimmed(), record.role, toKey(record.decision),
                record.conditions, iso(record.signedAt) };
            QVariant newId = record.id;
            const bool ok = old
                ? run(db,
                    QStringLiteral("UPDATE signoff SET name = ?, role = ?, decision = ?, conditions = ?, "
                                   "signed_at = ? WHERE id = ?"),
                    values + QVariantList { record.id }, error)
                : run(db,
                    QStringLiteral("INSERT INTO signoff (id, name, role, decision, conditions, signed_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    QVariantList { record.id ? QVariant(record.id) : QVariant() } + values, error, &newId);
            if (ok && id)
                *id = newId.toLongLong();
            return ok;
        }));
}

ProjectError Project::removeSignOff(qint64 id)
{
    const SignOff* old = signOff(id);
    if (!old)
        return invalid(tr("The sign-off no longer exists."));
    return reloadAfter(m_file->write(audit(QStringLiteral("signoff.remove"), QStringLiteral("signoff"),
                                         old->name, json(fields(*old)), QString()),
        [id](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM signoff WHERE id = ?"), { id }, error);
        }));
}

ProjectError Project::saveEvidence(const Evidence& e, qint64* id)
{
    if (e.name.trimmed().isEmpty())
        return invalid(tr("Evidence needs a name."));
    if (e.isLink() && e.url.trimmed().isEmpty())
        return invalid(tr("A link needs an address."));
    if (!e.isLink() && !EvidenceStore::contains(m_file->database(), e.sha256))
        return invalid(tr("The evidence's content is no longer in the project."));
    QVector<qint64> itemIds;
    for (const QString& key : e.itemKeys) {
        const Item* i = item(key);
        if (!i)
            return invalid(tr("There is no item with the key \"%1\".").arg(key));
        itemIds.append(i->id);
    }
    const Evidence* old = e.id ? evidence(e.id) : nullptr;
    const auto [before, after] = diff(old ? fields(*old) : QJsonObject(), fields(e));
    if (old && after.isEmpty())
        return {};
    const QString action = old
        ? QStringLiteral("evidence.update")
        : (e.isLink() ? QStringLiteral("evidence.link") : QStringLiteral("evidence.attach"));
    const QString by = m_user;
    return reloadAfter(m_file->write(
        audit(action, QStringLiteral("evidence"), e.isLink() ? e.url : e.sha256, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            QVariant newId = e.id;
            if (old) {
                if (!run(db,
                        QStringLiteral("UPDATE evidence SET name = ?, caption = ?, url = ? WHERE id = ?"),
                        { e.name.trimmed(), e.caption, e.url, e.id }, error))
                    return false;
            } else if (!run(db,
                           QStringLiteral("INSERT INTO evidence (id, sha256, url, name, mime, size, caption, "
                                          "added_by, added_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           { e.id ? QVariant(e.id) : QVariant(),
                               e.isLink() ? QVariant() : QVariant(e.sha256.toLower()), e.url,
                               e.name.trimmed(), e.mimeType, e.size, e.caption,
                               e.addedBy.isEmpty() ? by : e.addedBy,
                               iso(e.addedAt.isValid() ? e.addedAt : QDateTime::currentDateTimeUtc()) },
                           error, &newId)) {
                return false;
            }
            if (id)
                *id = newId.toLongLong();
            return relink(db, QStringLiteral("evidence_item"), QStringLiteral("evidence_id"),
                newId.toLongLong(), itemIds, error);
        }));
}

ProjectError Project::removeEvidence(qint64 id)
{
    const Evidence* old = evidence(id);
    if (!old)
        return invalid(tr("The evidence no longer exists."));
    return reloadAfter(
        m_file->write(audit(QStringLiteral("evidence.remove"), QStringLiteral("evidence"),
                          old->isLink() ? old->url : old->sha256, json(fields(*old)), QString()),
            [id](QSqlDatabase& db, QString* error) {
                return run(db, QStringLiteral("DELETE FROM evidence WHERE id = ?"), { id }, error);
            }));
}

ProjectError Project::recordEvidence(const EvidenceStore::Stored& stored, const QString& fileName,
    const QString& mimeType, const QString& caption, const QStringList& itemKeys, Evidence* recorded)
{
    Evidence e;
    if (const Evidence* existing = evidenceBySha(stored.sha256)) {
        e = *existing;
        for (const QString& key : itemKeys) {
            if (!e.itemKeys.contains(key))
                e.itemKeys.append(key);
        }
    } else {
        e.sha256 = stored.sha256;
        e.name = fileName;
        e.mimeType = mimeType;
        e.size = stored.size;
        e.caption = caption;
        e.itemKeys = itemKeys;
    }
    qint64 id = 0;
    if (ProjectError err = saveEvidence(e, &id))
        return err;
    if (recorded) {
        if (const Evidence* saved = evidence(id ? id : e.id))
            *recorded = *saved;
    }
    return {};
}

} // namespace rw
