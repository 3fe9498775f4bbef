// Project: findings, risks, KPIs, sign-offs and evidence records.

#include "Project.h"
#include "ProjectSql.h"

#include <QJsonArray>

namespace rw {

using namespace sql;

namespace {

// Replaces the rows of a link table for one record.
bool relink(QSqlDatabase& db, const QString& table, const QString& column, qint64 id,
    const QVector<qint64>& itemIds, QString* error)
{
    if (!run(
            db,
            QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND item_id NOT IN (%3)")
                .arg(table, column, QStringList(itemIds.size(), QStringLiteral("?")).join(QLatin1Char(','))),
            QVariantList { id } +
                [&] {
                    QVariantList ids;
                    for (qint64 i : itemIds)
                        ids << i;
                    return ids;
                }(),
            error))
        return false;
    for (qint64 itemId : itemIds) {
        if (!run(db,
                QStringLiteral("INSERT OR IGNORE INTO %1 (%2, item_id) VALUES (?, ?)").arg(table, column),
                { id, itemId }, error))
            return false;
    }
    return true;
}

// Records keep the order a fresh open gives them: by id, sign-offs by when they were signed.
bool before(const SignOff& a, const SignOff& b)
{
    return std::pair(a.signedAt, a.id) < std::pair(b.signedAt, b.id);
}
template <typename T> bool before(const T& a, const T& b)
{
    return a.id < b.id;
}

// A record keeps its identity when it is changed; a new one is given one (a restored one brings its own).
template <typename T> void identify(const QVector<T>& records, T& record)
{
    const T* old = record.id ? byId(records, record.id) : nullptr;
    record.uuid = old ? old->uuid : newUuid(record.uuid);
}

} // namespace

template <typename T>
ProjectError Project::saveRecord(QVector<T>& records, T record, Record kind, const QString& entity,
    const QString& name, const QString& addAction, const RecordWrite& write, qint64* id)
{
    const T* old = record.id ? byId(records, record.id) : nullptr;
    const auto [fieldsBefore, fieldsAfter]
        = diff(old ? ProjectState::fields(*old) : QJsonObject(), ProjectState::fields(record));
    if (old && fieldsAfter.isEmpty()) {
        if (id)
            *id = record.id;
        return {};
    }
    QVariant newId = record.id;
    const ProjectError e = m_file->write(audit(old ? entity + QStringLiteral(".update") : addAction, entity,
                                             name, record.uuid, fieldsBefore, fieldsAfter),
        [&](QSqlDatabase& db, QString* error) { return write(db, old != nullptr, &newId, error); });
    if (e)
        return e;
    record.id = newId.toLongLong();
    if (T* stored = byId(records, record.id)) {
        *stored = record;
    } else {
        records.insert(std::upper_bound(records.begin(), records.end(), record,
                           [](const T& a, const T& b) { return before(a, b); }),
            record);
    }
    if (id)
        *id = record.id;
    recordsChanged(kind, record.id);
    return {};
}

template <typename T>
ProjectError Project::removeRecord(QVector<T>& records, qint64 id, Record kind, const QString& entity,
    const QString& name, const QString& gone)
{
    const T* old = byId(records, id);
    if (!old)
        return invalid(gone);
    const ProjectError e = m_file->write(
        audit(entity + QStringLiteral(".remove"), entity, name, old->uuid, ProjectState::fields(*old), {}),
        [&](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(entity), { id }, error);
        });
    if (e)
        return e;
    records.removeIf([id](const T& r) { return r.id == id; });
    recordsChanged(kind, id);
    return {};
}

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

ProjectError Project::saveFinding(const Finding& given, qint64* id)
{
    Finding f = given;
    f.title = given.title.trimmed();
    if (f.title.isEmpty())
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
    f.itemKeys.sort();
    f.itemKeys.removeDuplicates();
    f.grade = f.grade.trimmed();
    if (!f.grade.isEmpty()
        && std::none_of(m_assessment.findingGrades.cbegin(), m_assessment.findingGrades.cend(),
            [&f](const FindingGrade& g) { return g.id == f.grade; })) {
        QStringList known;
        for (const FindingGrade& g : m_assessment.findingGrades)
            known << g.id;
        return invalid(tr("There is no grade \"%1\" for findings; this checklist grades them %2.")
                           .arg(f.grade, known.join(QStringLiteral(", "))));
    }
    identify(m_assessment.findings, f);
    return saveRecord(
        m_assessment.findings, f, Record::Finding, QStringLiteral("finding"), f.title,
        QStringLiteral("finding.add"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            const QVariantList values { f.title, f.description, toKey(f.priority), nullable(f.effortHours),
                f.owner, isoDate(f.dueDate), toKey(f.state), f.criteria, f.cause, f.effect, f.recommendation,
                f.response, f.responseOwner, f.responseDate.toString(Qt::ISODate), f.grade };
            if (!store(db, QStringLiteral("finding"),
                    { QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("priority"),
                        QStringLiteral("effort_hours"), QStringLiteral("owner"), QStringLiteral("due_date"),
                        QStringLiteral("state"), QStringLiteral("criteria"), QStringLiteral("cause"),
                        QStringLiteral("effect"), QStringLiteral("recommendation"),
                        QStringLiteral("response"), QStringLiteral("response_owner"),
                        QStringLiteral("response_date"), QStringLiteral("grade") },
                    values, f.id, f.uuid, update, newId, error))
                return false;
            return relink(db, QStringLiteral("finding_item"), QStringLiteral("finding_id"),
                newId->toLongLong(), itemIds, error);
        },
        id);
}

ProjectError Project::removeFinding(qint64 id)
{
    const Finding* old = finding(id);
    return removeRecord(m_assessment.findings, id, Record::Finding, QStringLiteral("finding"),
        old ? old->title : QString(), tr("The finding no longer exists."));
}

ProjectError Project::saveRisk(const Risk& given, qint64* id)
{
    Risk r = given;
    r.title = given.title.trimmed();
    if (r.title.isEmpty())
        return invalid(tr("A risk needs a title."));
    if (r.probability < 1 || r.probability > 5 || r.impact < 1 || r.impact > 5)
        return invalid(tr("Probability and impact are rated from 1 to 5."));
    identify(m_assessment.risks, r);
    return saveRecord(
        m_assessment.risks, r, Record::Risk, QStringLiteral("risk"), r.title, QStringLiteral("risk.add"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            return store(db, QStringLiteral("risk"),
                { QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("probability"),
                    QStringLiteral("impact"), QStringLiteral("mitigation"), QStringLiteral("owner"),
                    QStringLiteral("state") },
                { r.title, toKey(r.category), r.probability, r.impact, r.mitigation, r.owner,
                    toKey(r.state) },
                r.id, r.uuid, update, newId, error);
        },
        id);
}

ProjectError Project::removeRisk(qint64 id)
{
    const Risk* old = risk(id);
    return removeRecord(m_assessment.risks, id, Record::Risk, QStringLiteral("risk"),
        old ? old->title : QString(), tr("The risk no longer exists."));
}

ProjectError Project::saveKpi(const Kpi& given, qint64* id)
{
    Kpi k = given;
    k.name = given.name.trimmed();
    if (k.name.isEmpty())
        return invalid(tr("A KPI needs a name."));
    identify(m_assessment.kpis, k);
    return saveRecord(
        m_assessment.kpis, k, Record::Kpi, QStringLiteral("kpi"), k.name, QStringLiteral("kpi.add"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            return store(db, QStringLiteral("kpi"),
                { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("target"),
                    QStringLiteral("comparator"), QStringLiteral("actual") },
                { k.name, k.unit, k.target, toKey(k.comparator), nullable(k.actual) }, k.id, k.uuid, update,
                newId, error);
        },
        id);
}

ProjectError Project::removeKpi(qint64 id)
{
    const Kpi* old = kpi(id);
    return removeRecord(m_assessment.kpis, id, Record::Kpi, QStringLiteral("kpi"),
        old ? old->name : QString(), tr("The KPI no longer exists."));
}

ProjectError Project::saveSignOff(const SignOff& given, qint64* id)
{
    SignOff s = given;
    s.name = given.name.trimmed();
    if (s.name.isEmpty())
        return invalid(tr("A sign-off needs the approver's name."));
    s.signedAt = QDateTime::fromString(
        iso(s.signedAt.isValid() ? s.signedAt : QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    identify(m_assessment.signOffs, s);
    // A decision given (or changed) approves the project as its log stands now; a corrected name or
    // role keeps the state approved before, and a sign-off restored (by undo) brings its own.
    const SignOff* old = s.id ? signOff(s.id) : nullptr;
    const bool restored = !s.auditHead.isEmpty() && (!old || old->auditHead != s.auditHead);
    if (!restored) {
        if (old && old->decision == s.decision && old->conditions == s.conditions) {
            s.auditRows = old->auditRows;
            s.auditHead = old->auditHead;
        } else {
            s.auditRows = auditRows();
            s.auditHead = auditHead();
        }
    }
    return saveRecord(
        m_assessment.signOffs, s, Record::SignOff, QStringLiteral("signoff"), s.name,
        QStringLiteral("signoff.add"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            return store(db, QStringLiteral("signoff"),
                { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("decision"),
                    QStringLiteral("conditions"), QStringLiteral("signed_at"), QStringLiteral("audit_rows"),
                    QStringLiteral("audit_head") },
                { s.name, s.role, toKey(s.decision), s.conditions, iso(s.signedAt), s.auditRows,
                    s.auditHead },
                s.id, s.uuid, update, newId, error);
        },
        id);
}

ProjectError Project::removeSignOff(qint64 id)
{
    const SignOff* old = signOff(id);
    return removeRecord(m_assessment.signOffs, id, Record::SignOff, QStringLiteral("signoff"),
        old ? old->name : QString(), tr("The sign-off no longer exists."));
}

ProjectError Project::saveEvidence(const Evidence& given, qint64* id)
{
    return storeEvidence(given, false, id);
}

ProjectError Project::storeEvidence(const Evidence& given, bool newVersion, qint64* id)
{
    Evidence e = given;
    e.name = given.name.trimmed();
    if (e.name.isEmpty())
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
    e.itemKeys.sort();
    e.itemKeys.removeDuplicates();
    if (e.collectedTo.isValid() && !e.collectedFrom.isValid())
        return invalid(tr("A period the evidence covers needs its first day."));
    if (e.collectedTo.isValid() && e.collectedTo < e.collectedFrom)
        return invalid(tr("The period the evidence covers ends (%1) before it begins (%2).")
                           .arg(e.collectedTo.toString(Qt::ISODate), e.collectedFrom.toString(Qt::ISODate)));
    if (e.collectedTo == e.collectedFrom)
        e.collectedTo = QDate(); // one day
    e.reviewReason = e.reviewReason.trimmed();
    if (e.review == EvidenceReview::Rejected && e.reviewReason.isEmpty())
        return invalid(tr("Rejecting evidence needs a reason."));
    if (e.review == EvidenceReview::Unreviewed) {
        e.reviewReason.clear();
        e.reviewedBy.clear();
    }
    const Evidence* old = e.id ? evidence(e.id) : nullptr;
    // A whole record given back with other content already stored (undo or redo of a new version)
    // brings its versions with it.
    if (old && !e.isLink() && e.sha256.toLower() != old->sha256)
        newVersion = true;
    if (old && (old->review != e.review || old->reviewReason != e.reviewReason))
        e.reviewedBy = e.review == EvidenceReview::Unreviewed ? QString() : m_user;
    else if (old)
        e.reviewedBy = old->reviewedBy;
    if (old && !newVersion) { // what was stored stays as it was: its details and items change
        e.sha256 = old->sha256;
        e.mimeType = old->mimeType;
        e.size = old->size;
        e.addedBy = old->addedBy;
        e.addedAt = old->addedAt;
        e.revisions = old->revisions;
    } else if (!old) {
        e.sha256 = e.sha256.toLower();
        e.addedBy = e.addedBy.isEmpty() ? m_user : e.addedBy;
        e.addedAt = QDateTime::fromString(
            iso(e.addedAt.isValid() ? e.addedAt : QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    }
    identify(m_assessment.evidence, e);
    return saveRecord(
        m_assessment.evidence, e, Record::Evidence, QStringLiteral("evidence"), e.isLink() ? e.url : e.sha256,
        e.isLink() ? QStringLiteral("evidence.link") : QStringLiteral("evidence.attach"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            const QVariantList lifecycle { isoDate(e.collectedFrom).toString(),
                isoDate(e.collectedTo).toString(), isoDate(e.validUntil).toString(), toKey(e.review),
                e.reviewReason, e.reviewedBy, compactJson(EvidenceRevision::toJson(e.revisions)) };
            if (update) {
                if (!run(db,
                        QStringLiteral(
                            "UPDATE evidence SET name = ?, caption = ?, url = ?, sha256 = ?, mime = ?, "
                            "size = ?, added_by = ?, added_at = ?, collected_from = ?, "
                            "collected_to = ?, valid_until = ?, review = ?, review_reason = ?, "
                            "reviewed_by = ?, revisions = ? WHERE id = ?"),
                        QVariantList { e.name, e.caption, e.url, e.isLink() ? QVariant() : QVariant(e.sha256),
                            e.mimeType, e.size, e.addedBy, iso(e.addedAt) }
                            + lifecycle + QVariantList { e.id },
                        error))
                    return false;
            } else if (!run(db,
                           QStringLiteral(
                               "INSERT INTO evidence (id, uuid, sha256, url, name, mime, size, caption, "
                               "added_by, added_at, collected_from, collected_to, valid_until, review, "
                               "review_reason, reviewed_by, revisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?)"),
                           QVariantList { e.id ? QVariant(e.id) : QVariant(), e.uuid,
                               e.isLink() ? QVariant() : QVariant(e.sha256), e.url, e.name, e.mimeType,
                               e.size, e.caption, e.addedBy, iso(e.addedAt) }
                               + lifecycle,
                           error, newId)) {
                return false;
            }
            return relink(db, QStringLiteral("evidence_item"), QStringLiteral("evidence_id"),
                newId->toLongLong(), itemIds, error);
        },
        id);
}

ProjectError Project::removeEvidence(qint64 id)
{
    const Evidence* old = evidence(id);
    return removeRecord(m_assessment.evidence, id, Record::Evidence, QStringLiteral("evidence"),
        old ? (old->isLink() ? old->url : old->sha256) : QString(), tr("The evidence no longer exists."));
}

std::optional<Evidence> Project::newVersion(qint64 id, const EvidenceStore::Stored& stored,
    const QString& fileName, const QString& mimeType, const EvidenceDates& dates, ProjectError* error) const
{
    const Evidence* old = evidence(id);
    const auto refuse = [&](const QString& message) {
        *error = invalid(message);
        return std::nullopt;
    };
    if (!old)
        return refuse(tr("The evidence no longer exists."));
    if (old->isLink())
        return refuse(tr("A link has no versions: change its address instead."));
    if (stored.sha256 == old->sha256)
        return refuse(tr("This file is the version of \"%1\" attached already.").arg(old->name));
    if (const Evidence* other = evidenceBySha(stored.sha256))
        return refuse(tr("This file is attached already, as \"%1\".").arg(other->name));
    Evidence e = *old;
    EvidenceRevision earlier = old->current();
    const QDateTime now = QDateTime::fromString(iso(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    earlier.replacedBy = m_user;
    earlier.replacedAt = now;
    e.revisions.append(earlier);
    e.sha256 = stored.sha256;
    e.size = stored.size;
    e.name = fileName.trimmed().isEmpty() ? old->name : fileName;
    e.mimeType = mimeType;
    e.addedBy = m_user;
    e.addedAt = now;
    e.collectedFrom = dates.collectedFrom;
    e.collectedTo = dates.collectedTo;
    e.validUntil = dates.validUntil;
    e.review = EvidenceReview::Unreviewed; // a new version is reviewed afresh
    e.reviewReason.clear();
    e.reviewedBy.clear();
    return e;
}

ProjectError Project::reviseEvidence(qint64 id, const EvidenceStore::Stored& stored, const QString& fileName,
    const QString& mimeType, const EvidenceDates& dates, Evidence* revised)
{
    ProjectError error;
    const std::optional<Evidence> e = newVersion(id, stored, fileName, mimeType, dates, &error);
    if (!e)
        return error;
    if (ProjectError err = storeEvidence(*e, true))
        return err;
    if (revised)
        *revised = *evidence(id);
    return {};
}

const Comment* Project::comment(qint64 id) const
{
    return byId(m_assessment.comments, id);
}

QVector<const Comment*> Project::commentsForItem(const QString& itemKey) const
{
    QVector<const Comment*> result;
    const Item* i = item(itemKey);
    if (!i)
        return result;
    for (const Comment& c : m_assessment.comments) {
        if (c.itemUuid == i->uuid)
            result.append(&c);
    }
    return result;
}

const Comment* Project::threadOf(const Comment& c) const
{
    if (c.startsThread())
        return &c;
    for (const Comment& o : m_assessment.comments) {
        if (o.uuid == c.parentUuid)
            return o.startsThread() ? &o : nullptr;
    }
    return nullptr;
}

const Item* Project::itemByUuid(const QString& uuid) const
{
    for (const Domain& d : m_assessment.domains) {
        for (const Item& i : d.items) {
            if (i.uuid == uuid)
                return &i;
        }
    }
    return nullptr;
}

ProjectError Project::saveComment(const Comment& given, qint64* id)
{
    Comment c = given;
    c.text = given.text.trimmed();
    if (c.text.isEmpty())
        return invalid(tr("A comment needs a text."));
    const Comment* old = c.id ? comment(c.id) : nullptr;
    if (old) { // who wrote it, when and where stay; the text and whether it is resolved change
        c.itemUuid = old->itemUuid;
        c.parentUuid = old->parentUuid;
        c.by = old->by;
        c.at = old->at;
        if (c.resolved != old->resolved)
            c.resolvedBy = c.resolved ? m_user : QString();
        else
            c.resolvedBy = old->resolvedBy;
    } else {
        if (!itemByUuid(c.itemUuid))
            return invalid(tr("The item the comment is on no longer exists."));
        if (!c.startsThread()) {
            const Comment* parent = threadOf(c);
            if (!parent || parent->uuid != c.parentUuid || parent->itemUuid != c.itemUuid)
                return invalid(tr("The comment answered no longer exists."));
        }
        c.by = c.by.isEmpty() ? m_user : c.by;
        c.at = QDateTime::fromString(
            iso(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
        if (!c.startsThread())
            c.resolved = false;
        c.resolvedBy = c.resolved ? (c.resolvedBy.isEmpty() ? m_user : c.resolvedBy) : QString();
    }
    identify(m_assessment.comments, c);
    const Item* on = itemByUuid(c.itemUuid);
    return saveRecord(
        m_assessment.comments, c, Record::Comment, QStringLiteral("comment"), on ? on->key : c.itemUuid,
        QStringLiteral("comment.add"),
        [&](QSqlDatabase& db, bool update, QVariant* newId, QString* error) {
            return store(db, QStringLiteral("comment"),
                { QStringLiteral("item_uuid"), QStringLiteral("parent_uuid"), QStringLiteral("text"),
                    QStringLiteral("by"), QStringLiteral("at"), QStringLiteral("resolved"),
                    QStringLiteral("resolved_by") },
                { c.itemUuid, c.parentUuid, c.text, c.by, iso(c.at), c.resolved ? 1 : 0, c.resolvedBy }, c.id,
                c.uuid, update, newId, error);
        },
        id);
}

ProjectError Project::removeComment(qint64 id)
{
    const Comment* old = comment(id);
    if (old && old->startsThread()) {
        const bool answered = std::any_of(m_assessment.comments.cbegin(), m_assessment.comments.cend(),
            [old](const Comment& c) { return c.parentUuid == old->uuid; });
        if (answered)
            return invalid(tr("A comment that has replies cannot be removed; resolve the thread instead."));
    }
    return removeRecord(m_assessment.comments, id, Record::Comment, QStringLiteral("comment"),
        old ? old->itemUuid : QString(), tr("The comment no longer exists."));
}

ProjectError Project::recordEvidence(const EvidenceStore::Stored& stored, const QString& fileName,
    const QString& mimeType, const QString& caption, const QStringList& itemKeys, Evidence* recorded,
    const EvidenceDates& dates)
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
    if (!dates.isEmpty()) { // dates given with the same content again are its dates from now on
        e.collectedFrom = dates.collectedFrom;
        e.collectedTo = dates.collectedTo;
        e.validUntil = dates.validUntil;
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
