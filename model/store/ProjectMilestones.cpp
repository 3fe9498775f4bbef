// Project: the assessment's details, adjusted scores and milestones.

#include "Project.h"
#include "ProjectSql.h"
#include "scoring/Answers.h"

namespace rw {

using namespace sql;

ProjectError Project::setInfo(const AssessmentInfo& info)
{
    const AssessmentInfo& old = m_assessment.info;
    AssessmentInfo updated = info;
    updated.title = info.title.trimmed();
    updated.uuid = old.uuid;
    updated.templateId = old.templateId;
    updated.templateVersion = old.templateVersion;
    const auto [before, after] = diff(ProjectState::fields(old), ProjectState::fields(updated));
    if (after.isEmpty())
        return {};
    if (updated.title.isEmpty())
        return invalid(tr("An assessment needs a title."));
    if (updated.periodFrom.isValid() && updated.periodTo.isValid() && updated.periodTo < updated.periodFrom)
        return invalid(
            tr("The assessment period ends (%1) before it begins (%2).")
                .arg(updated.periodTo.toString(Qt::ISODate), updated.periodFrom.toString(Qt::ISODate)));
    if (!updated.implementationGroups.isEmpty()) {
        const QStringList known = Answers::groupsOf(m_assessment);
        for (const QString& g : updated.implementationGroups) {
            if (!known.contains(g))
                return invalid(known.isEmpty()
                        ? tr("This checklist has no implementation groups.")
                        : tr("This checklist has no implementation group \"%1\"; it has %2.")
                              .arg(g, known.join(QStringLiteral(", "))));
        }
    }
    const ProjectError e = m_file->write(
        audit(QStringLiteral("assessment.update"), QStringLiteral("assessment"), QString(), old.uuid, before,
            after),
        [&updated](QSqlDatabase& db, QString* error) {
            return run(db,
                QStringLiteral("UPDATE assessment SET title = ?, system = ?, assessment_date = ?, team = ?, "
                               "scope = ?, next_review = ?, decision = ?, conditions = ?, "
                               "implementation_groups = ?, period_from = ?, period_to = ? WHERE id = 1"),
                { updated.title, updated.system, isoDate(updated.date), updated.team, updated.scope,
                    isoDate(updated.nextReview), toKey(updated.decision), updated.conditions,
                    compactJson(QJsonArray::fromStringList(updated.implementationGroups)),
                    updated.periodFrom.toString(Qt::ISODate), updated.periodTo.toString(Qt::ISODate) },
                error);
        });
    if (e)
        return e;
    const bool regrouped = old.implementationGroups != updated.implementationGroups;
    m_assessment.info = updated;
    if (regrouped) {
        rescore();
        emit scoresChanged();
    }
    recordsChanged(Record::Info, 1);
    return {};
}

ProjectError Project::setAdjustment(const QString& domainKey, double score, const QString& reason)
{
    Adjustment a;
    a.domainKey = domainKey;
    a.score = score;
    a.reason = reason;
    if (const Adjustment* old = m_assessment.adjustmentFor(domainKey))
        a.uuid = old->uuid;
    return saveAdjustment(a);
}

ProjectError Project::saveAdjustment(const Adjustment& given)
{
    if (given.score < 0 || given.score > 100)
        return invalid(tr("An adjusted score must be from 0 to 100."));
    if (given.reason.trimmed().isEmpty())
        return invalid(tr("An adjusted score needs a reason."));
    const int domain = given.domainKey.isEmpty() ? -1 : m_assessment.domainIndex(given.domainKey);
    if (!given.domainKey.isEmpty() && domain < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(given.domainKey));
    const Adjustment* old = m_assessment.adjustmentFor(given.domainKey);
    Adjustment a = given;
    a.reason = given.reason.trimmed();
    // One adjustment per score: a new one takes the place (and the identity) of the one before.
    a.uuid = old ? old->uuid : newUuid(given.uuid);
    a.by = given.by.isEmpty() ? m_user : given.by;
    a.at = QDateTime::fromString(
        iso(given.at.isValid() ? given.at : QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    const auto [before, after]
        = diff(old ? ProjectState::fields(*old) : QJsonObject(), ProjectState::fields(a));
    const QVariant domainId = domain < 0 ? QVariant() : QVariant(m_assessment.domains.at(domain).id);
    QVariant id = old ? QVariant(old->id) : QVariant();
    const ProjectError e
        = m_file->write(audit(QStringLiteral("adjustment.set"), QStringLiteral("adjustment"),
                            a.isOverall() ? QStringLiteral("overall") : a.domainKey, a.uuid, before, after),
            [&](QSqlDatabase& db, QString* error) {
                if (old)
                    return run(db,
                        QStringLiteral(
                            "UPDATE adjustment SET score = ?, reason = ?, by = ?, at = ? WHERE id = ?"),
                        { a.score, a.reason, a.by, iso(a.at), old->id }, error);
                return run(db,
                    QStringLiteral(
                        "INSERT INTO adjustment (uuid, domain_id, score, reason, by, at) VALUES (?, ?, ?, ?, "
                        "?, ?)"),
                    { a.uuid, domainId, a.score, a.reason, a.by, iso(a.at) }, error, &id);
            });
    if (e)
        return e;
    a.id = id.toLongLong();
    if (Adjustment* stored = byId(m_assessment.adjustments, a.id))
        *stored = a;
    else
        m_assessment.adjustments.append(a);
    rescore();
    recordsChanged(Record::Adjustment, a.id);
    emit scoresChanged();
    return {};
}

ProjectError Project::clearAdjustment(const QString& domainKey)
{
    const Adjustment* old = m_assessment.adjustmentFor(domainKey);
    if (!domainKey.isEmpty() && m_assessment.domainIndex(domainKey) < 0)
        return invalid(tr("There is no domain with the key \"%1\".").arg(domainKey));
    if (!old)
        return {};
    const qint64 id = old->id;
    const ProjectError e
        = m_file->write(audit(QStringLiteral("adjustment.clear"), QStringLiteral("adjustment"),
                            domainKey.isEmpty() ? QStringLiteral("overall") : domainKey, old->uuid,
                            ProjectState::fields(*old), {}),
            [id](QSqlDatabase& db, QString* error) {
                return run(db, QStringLiteral("DELETE FROM adjustment WHERE id = ?"), { id }, error);
            });
    if (e)
        return e;
    m_assessment.adjustments.removeIf([id](const Adjustment& a) { return a.id == id; });
    rescore();
    recordsChanged(Record::Adjustment, id);
    emit scoresChanged();
    return {};
}

Snapshot Project::currentState() const
{
    Snapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.by = m_user;
    s.overall = m_scores.overall().score;
    for (const DomainScore& d : m_scores.domains()) {
        if (d.score())
            s.domainScores.insert(d.key, *d.score());
    }
    for (const Domain& d : m_assessment.domains) {
        for (const Item& i : d.items)
            s.itemStatuses.insert(i.key, toKey(i.status));
    }
    return s;
}

const Snapshot* Project::snapshot(qint64 id) const
{
    for (const Snapshot& s : m_assessment.snapshots) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

ProjectError Project::takeSnapshot(const QString& name, const QDateTime& at, qint64* id)
{
    if (name.trimmed().isEmpty())
        return invalid(tr("A milestone needs a name."));
    Snapshot s = currentState();
    s.name = name.trimmed();
    if (at.isValid())
        s.takenAt = at;
    return restoreSnapshotAs(s, id);
}

ProjectError Project::restoreSnapshot(const Snapshot& snapshot, qint64* id)
{
    return restoreSnapshotAs(snapshot, id);
}

ProjectError Project::restoreSnapshotAs(const Snapshot& given, qint64* id)
{
    Snapshot s = given;
    s.uuid = newUuid(given.uuid);
    s.takenAt = QDateTime::fromString(iso(given.takenAt), Qt::ISODateWithMs);
    const QJsonObject after = ProjectState::fields(s);
    QVariant newId;
    const ProjectError e
        = m_file->write(audit(s.id ? QStringLiteral("snapshot.restore") : QStringLiteral("snapshot.add"),
                            QStringLiteral("snapshot"), s.name, s.uuid, {}, after),
            [&](QSqlDatabase& db, QString* error) {
                return run(db,
                    QStringLiteral(
                        "INSERT INTO snapshot (id, uuid, name, taken_at, by, overall, data) VALUES (?, ?, "
                        "?, ?, ?, ?, ?)"),
                    { s.id ? QVariant(s.id) : QVariant(), s.uuid, s.name, iso(s.takenAt), s.by,
                        nullable(s.overall),
                        QString::fromUtf8(QJsonDocument(after.value(QStringLiteral("data")).toObject())
                                              .toJson(QJsonDocument::Compact)) },
                    error, &newId);
            });
    if (e)
        return e;
    s.id = newId.toLongLong();
    if (id)
        *id = s.id;
    QVector<Snapshot>& all = m_assessment.snapshots;
    const auto at = std::upper_bound(all.begin(), all.end(), s, [](const Snapshot& a, const Snapshot& b) {
        return std::pair(a.takenAt, a.id) < std::pair(b.takenAt, b.id);
    });
    all.insert(at, s);
    recordsChanged(Record::Milestone, s.id);
    return {};
}

ProjectError Project::renameSnapshot(qint64 id, const QString& name)
{
    const Snapshot* old = snapshot(id);
    if (!old)
        return invalid(tr("The milestone no longer exists."));
    if (name.trimmed().isEmpty())
        return invalid(tr("A milestone needs a name."));
    if (name.trimmed() == old->name)
        return {};
    const ProjectError e = m_file->write(
        audit(QStringLiteral("snapshot.rename"), QStringLiteral("snapshot"), old->name, old->uuid,
            { { QStringLiteral("name"), old->name } }, { { QStringLiteral("name"), name.trimmed() } }),
        [&](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("UPDATE snapshot SET name = ? WHERE id = ?"),
                { name.trimmed(), id }, error);
        });
    if (e)
        return e;
    byId(m_assessment.snapshots, id)->name = name.trimmed();
    recordsChanged(Record::Milestone, id);
    return {};
}

ProjectError Project::removeSnapshot(qint64 id)
{
    const Snapshot* old = snapshot(id);
    if (!old)
        return invalid(tr("The milestone no longer exists."));
    const ProjectError e = m_file->write(audit(QStringLiteral("snapshot.remove"), QStringLiteral("snapshot"),
                                             old->name, old->uuid, ProjectState::fields(*old), {}),
        [id](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("DELETE FROM snapshot WHERE id = ?"), { id }, error);
        });
    if (e)
        return e;
    m_assessment.snapshots.removeIf([id](const Snapshot& s) { return s.id == id; });
    recordsChanged(Record::Milestone, id);
    return {};
}

} // namespace rw
