#include "Project.h"
#include "SqlProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "ProjectSql.h"

namespace rw {

using namespace sql;

namespace {

QJsonObject snapshotData(const Snapshot& s)
{
    QJsonObject domains;
    for (auto it = s.domainScores.cbegin(); it != s.domainScores.cend(); ++it)
        domains.insert(it.key(), it.value());
    QJsonObject items;
    for (auto it = s.itemStatuses.cbegin(); it != s.itemStatuses.cend(); ++it)
        items.insert(it.key(), it.value());
    return { { QStringLiteral("domains"), domains }, { QStringLiteral("items"), items } };
}

} // namespace

Project::Project(std::unique_ptr<ProjectFile> file)
    : m_file(std::move(file))
    , m_user(defaultUser())
{
}

Project::~Project() = default;

QString Project::defaultUser()
{
    QString user = qEnvironmentVariable("READINESS_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? tr("unknown") : user;
}

std::unique_ptr<Project> Project::open(const QString& path, ProjectFile::Access access, ProjectError* error)
{
    std::unique_ptr<ProjectFile> file = ProjectFile::open(path, access, error);
    if (!file)
        return nullptr;
    std::unique_ptr<Project> project(new Project(std::move(file)));
    if (ProjectError e = project->load()) {
        *error = e;
        return nullptr;
    }
    if (!project->isReadOnly()) {
        // Imports cut short by a crash, and content that no evidence refers to any more, are removed
        // while nobody else can be writing (we hold the lock).
        QSqlDatabase db = project->m_file->database();
        EvidenceStore::removeLeftovers(db);
    }
    return project;
}

std::unique_ptr<Project> Project::create(
    const QString& path, const Template& tmpl, const QString& title, const QString& by, ProjectError* error)
{
    const QString author = by.trimmed().isEmpty() ? defaultUser() : by.trimmed();
    const QString projectTitle = title.trimmed().isEmpty() ? tmpl.title : title.trimmed();
    const auto fill = [&](QSqlDatabase& db, QString* err) {
        const QString now = iso(QDateTime::currentDateTimeUtc());
        QSqlQuery a(db);
        a.prepare(QStringLiteral(
            "INSERT INTO assessment (id, title, assessment_date, template_id, template_version, "
            "bands, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)"));
        addBind(a, projectTitle);
        addBind(a, QDate::currentDate().toString(Qt::ISODate));
        addBind(a, tmpl.id);
        addBind(a, tmpl.version);
        addBind(a, QString::fromUtf8(QJsonDocument(tmpl.bands.toJson()).toJson(QJsonDocument::Compact)));
        addBind(a, now);
        if (!exec(a, err))
            return false;
        QSqlQuery d(db);
        d.prepare(QStringLiteral("INSERT INTO domain (key, title, description, weight, target, position) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        QSqlQuery i(db);
        i.prepare(QStringLiteral("INSERT INTO item (key, domain_id, position, text, guidance, points, "
                                 "blocker, choices, risk_rules) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int di = 0; di < tmpl.domains.size(); ++di) {
            const TemplateDomain& td = tmpl.domains.at(di);
            addBind(d, td.key);
            addBind(d, td.title);
            addBind(d, td.description);
            addBind(d, nullable(td.weight));
            addBind(d, nullable(td.target));
            addBind(d, di);
            if (!exec(d, err))
                return false;
            const qint64 domainId = d.lastInsertId().toLongLong();
            for (int ii = 0; ii < td.items.size(); ++ii) {
                const TemplateItem& ti = td.items.at(ii);
                addBind(i, ti.key);
                addBind(i, domainId);
                addBind(i, ii);
                addBind(i, ti.text);
                addBind(i, ti.guidance);
                addBind(i, ti.points);
                addBind(i, ti.blocker ? 1 : 0);
                addBind(i, compactJson(LensRisk::choicesToJson(ti.choices)));
                addBind(i, compactJson(LensRisk::rulesToJson(ti.riskRules)));
                if (!exec(i, err))
                    return false;
            }
        }
        AuditEntry entry;
        entry.by = author;
        entry.action = QStringLiteral("project.create");
        entry.entity = QStringLiteral("project");
        entry.entityKey = tmpl.id;
        entry.before = QString();
        entry.after = json({ { QStringLiteral("title"), projectTitle },
            { QStringLiteral("template"), tmpl.id }, { QStringLiteral("template_version"), tmpl.version },
            { QStringLiteral("domains"), tmpl.domains.size() },
            { QStringLiteral("items"), tmpl.itemCount() } });
        return AuditLog::append(db, entry, err);
    };
    std::unique_ptr<ProjectFile> file = ProjectFile::create(path, fill, error);
    if (!file)
        return nullptr;
    std::unique_ptr<Project> project(new Project(std::move(file)));
    project->m_user = author;
    if (ProjectError e = project->load()) {
        *error = e;
        return nullptr;
    }
    return project;
}

ProjectError Project::load()
{
    Assessment a;
    const ProjectError e = m_file->read([&a](QSqlDatabase& db, QString* error) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const auto select = [&q, error](const QString& sql) {
            if (q.exec(sql))
                return true;
            *error = sqlProblem(q.lastError());
            return false;
        };
        if (!select(QStringLiteral(
                "SELECT title, system, assessment_date, team, scope, next_review, decision, "
                "conditions, template_id, template_version, bands FROM assessment WHERE id = 1")))
            return false;
        if (!q.next()) {
            *error = tr("the assessment record is missing");
            return false;
        }
        a.info.title = q.value(0).toString();
        a.info.system = q.value(1).toString();
        a.info.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.info.team = q.value(3).toString();
        a.info.scope = q.value(4).toString();
        a.info.nextReview = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        a.info.decision = fromKey<Decision>(q.value(6).toString()).value_or(Decision::None);
        a.info.conditions = q.value(7).toString();
        a.info.templateId = q.value(8).toString();
        a.info.templateVersion = q.value(9).toString();
        QString bandError;
        a.bands
            = Bands::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object(), &bandError)
                  .value_or(Bands::defaults());

        QHash<qint64, int> domainById;
        if (!select(QStringLiteral(
                "SELECT id, key, title, description, weight, target FROM domain ORDER BY position, id")))
            return false;
        while (q.next()) {
            Domain d;
            d.id = q.value(0).toLongLong();
            d.key = q.value(1).toString();
            d.title = q.value(2).toString();
            d.description = q.value(3).toString();
            d.weight = optionalDouble(q.value(4));
            d.target = optionalDouble(q.value(5));
            domainById.insert(d.id, a.domains.size());
            a.domains.append(d);
        }
        if (!select(QStringLiteral(
                "SELECT id, domain_id, key, text, guidance, points, status, partial_points, "
                "blocker, owner, note, effort_hours, changed_by, changed_at, choices, risk_rules, "
                "selected_choices FROM item "
                "ORDER BY domain_id, position, id")))
            return false;
        QHash<qint64, QString> itemKeyById;
        while (q.next()) {
            Item i;
            i.id = q.value(0).toLongLong();
            i.domainId = q.value(1).toLongLong();
            i.key = q.value(2).toString();
            i.text = q.value(3).toString();
            i.guidance = q.value(4).toString();
            i.points = q.value(5).toDouble();
            i.status = fromKey<ItemStatus>(q.value(6).toString()).value_or(ItemStatus::Open);
            i.partialPoints = optionalDouble(q.value(7));
            i.blocker = q.value(8).toBool();
            i.owner = q.value(9).toString();
            i.note = q.value(10).toString();
            i.effortHours = optionalDouble(q.value(11));
            i.changedBy = q.value(12).toString();
            i.changedAt = dateTime(q.value(13));
            i.choices = LensRisk::choicesFromJson(QJsonDocument::fromJson(q.value(14).toByteArray()).array());
            i.riskRules = LensRisk::rulesFromJson(QJsonDocument::fromJson(q.value(15).toByteArray()).array());
            for (const QJsonValue& v : QJsonDocument::fromJson(q.value(16).toByteArray()).array())
                i.selectedChoices << v.toString();
            itemKeyById.insert(i.id, i.key);
            const auto domain = domainById.constFind(i.domainId);
            if (domain == domainById.constEnd()) {
                *error = tr("item %1 belongs to no domain").arg(i.key);
                return false;
            }
            a.domains[*domain].items.append(i);
        }

        QHash<qint64, int> findingById;
        if (!select(QStringLiteral(
                "SELECT id, title, description, priority, effort_hours, owner, due_date, state "
                "FROM finding ORDER BY id")))
            return false;
        while (q.next()) {
            Finding f;
            f.id = q.value(0).toLongLong();
            f.title = q.value(1).toString();
            f.description = q.value(2).toString();
            f.priority = fromKey<Priority>(q.value(3).toString()).value_or(Priority::Medium);
            f.effortHours = optionalDouble(q.value(4));
            f.owner = q.value(5).toString();
            f.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            f.state = fromKey<FindingState>(q.value(7).toString()).value_or(FindingState::Open);
            findingById.insert(f.id, a.findings.size());
            a.findings.append(f);
        }
        if (!select(
                QStringLiteral("SELECT finding_id, item_id FROM finding_item ORDER BY finding_id, item_id")))
            return false;
        while (q.next()) {
            const int f = findingById.value(q.value(0).toLongLong(), -1);
            if (f >= 0)
                a.findings[f].itemKeys.append(itemKeyById.value(q.value(1).toLongLong()));
        }

        if (!select(QStringLiteral("SELECT id, title, category, probability, impact, mitigation, owner, "
                                   "state FROM risk ORDER BY id")))
            return false;
        while (q.next()) {
            Risk r;
            r.id = q.value(0).toLongLong();
            r.title = q.value(1).toString();
            r.category = fromKey<RiskCategory>(q.value(2).toString()).value_or(RiskCategory::Technical);
            r.probability = q.value(3).toInt();
            r.impact = q.value(4).toInt();
            r.mitigation = q.value(5).toString();
            r.owner = q.value(6).toString();
            r.state = fromKey<RiskState>(q.value(7).toString()).value_or(RiskState::Open);
            a.risks.append(r);
        }

        if (!select(QStringLiteral("SELECT id, name, unit, target, comparator, actual FROM kpi ORDER BY id")))
            return false;
        while (q.next()) {
            Kpi k;
            k.id = q.value(0).toLongLong();
            k.name = q.value(1).toString();
            k.unit = q.value(2).toString();
            k.target = q.value(3).toDouble();
            k.comparator = fromKey<Comparator>(q.value(4).toString()).value_or(Comparator::AtLeast);
            k.actual = optionalDouble(q.value(5));
            a.kpis.append(k);
        }

        if (!select(QStringLiteral("SELECT id, name, role, decision, conditions, signed_at FROM signoff "
                                   "ORDER BY signed_at, id")))
            return false;
        while (q.next()) {
            SignOff s;
            s.id = q.value(0).toLongLong();
            s.name = q.value(1).toString();
            s.role = q.value(2).toString();
            s.decision = fromKey<Decision>(q.value(3).toString()).value_or(Decision::None);
            s.conditions = q.value(4).toString();
            s.signedAt = dateTime(q.value(5));
            a.signOffs.append(s);
        }

        if (!select(QStringLiteral("SELECT a.id, d.key, a.score, a.reason, a.by, a.at FROM adjustment a "
                                   "LEFT JOIN domain d ON d.id = a.domain_id ORDER BY a.id")))
            return false;
        while (q.next()) {
            Adjustment adj;
            adj.id = q.value(0).toLongLong();
            adj.domainKey = q.value(1).toString();
            adj.score = q.value(2).toDouble();
            adj.reason = q.value(3).toString();
            adj.by = q.value(4).toString();
            adj.at = dateTime(q.value(5));
            a.adjustments.append(adj);
        }

        if (!select(QStringLiteral(
                "SELECT id, name, taken_at, by, overall, data FROM snapshot ORDER BY taken_at, id")))
            return false;
        while (q.next()) {
            Snapshot s;
            s.id = q.value(0).toLongLong();
            s.name = q.value(1).toString();
            s.takenAt = dateTime(q.value(2));
            s.by = q.value(3).toString();
            s.overall = optionalDouble(q.value(4));
            const QJsonObject data = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            const QJsonObject domains = data.value(QStringLiteral("domains")).toObject();
            for (auto it = domains.begin(); it != domains.end(); ++it)
                s.domainScores.insert(it.key(), it.value().toDouble());
            const QJsonObject items = data.value(QStringLiteral("items")).toObject();
            for (auto it = items.begin(); it != items.end(); ++it)
                s.itemStatuses.insert(it.key(), it.value().toString());
            a.snapshots.append(s);
        }

        QHash<qint64, int> evidenceById;
        if (!select(QStringLiteral("SELECT id, sha256, url, name, mime, size, caption, added_by, added_at "
                                   "FROM evidence ORDER BY id")))
            return false;
        while (q.next()) {
            Evidence ev;
            ev.id = q.value(0).toLongLong();
            ev.sha256 = q.value(1).toString();
            ev.url = q.value(2).toString();
            ev.name = q.value(3).toString();
            ev.mimeType = q.value(4).toString();
            ev.size = q.value(5).toLongLong();
            ev.caption = q.value(6).toString();
            ev.addedBy = q.value(7).toString();
            ev.addedAt = dateTime(q.value(8));
            evidenceById.insert(ev.id, a.evidence.size());
            a.evidence.append(ev);
        }
        if (!select(QStringLiteral(
                "SELECT evidence_id, item_id FROM evidence_item ORDER BY evidence_id, item_id")))
            return false;
        while (q.next()) {
            const int ev = evidenceById.value(q.value(0).toLongLong(), -1);
            if (ev >= 0)
                a.evidence[ev].itemKeys.append(itemKeyById.value(q.value(1).toLongLong()));
        }
        return true;
    });
    if (e) {
        return ProjectError::make(ProjectError::Kind::Damaged,
            tr("%1 is damaged and cannot be read: %2").arg(QDir::toNativeSeparators(path()), e.message));
    }
    m_assessment = std::move(a);
    reindex();
    m_scores.recomputeAll(m_assessment);
    return {};
}

void Project::reindex()
{
    m_itemIndex.clear();
    m_itemIndex.reserve(m_assessment.itemCount());
    for (int d = 0; d < m_assessment.domains.size(); ++d) {
        const QVector<Item>& items = m_assessment.domains.at(d).items;
        for (int i = 0; i < items.size(); ++i)
            m_itemIndex.insert(items.at(i).key, { d, i });
    }
}

const Item* Project::item(const QString& key) const
{
    const ItemRef ref = findItem(key);
    return ref.isValid() ? &item(ref) : nullptr;
}

AuditEntry Project::audit(const QString& action, const QString& entity, const QString& key,
    const QString& before, const QString& after) const
{
    AuditEntry e;
    e.by = m_user;
    e.action = action;
    e.entity = entity;
    e.entityKey = key;
    e.before = before;
    e.after = after;
    return e;
}

ProjectError Project::reloadAfter(const ProjectError& writeResult)
{
    if (writeResult)
        return writeResult;
    if (ProjectError e = load())
        return e;
    emit contentChanged();
    emit scoresChanged();
    return {};
}

ProjectError Project::updateItem(const QString& key, const Item& updated)
{
    using Kind = ProjectError::Kind;
    const ItemRef ref = findItem(key);
    if (!ref.isValid())
        return ProjectError::make(Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    const Item& current = item(ref);
    if (updated.points <= 0)
        return ProjectError::make(Kind::Invalid, tr("An item's points must be more than 0."));
    if (updated.partialPoints && (*updated.partialPoints < 0 || *updated.partialPoints > updated.points))
        return ProjectError::make(Kind::Invalid,
            tr("Item %1 is worth %2 points; a partially met item earns from 0 to %2.")
                .arg(key)
                .arg(updated.points));
    if (updated.effortHours && *updated.effortHours < 0)
        return ProjectError::make(Kind::Invalid, tr("An effort estimate cannot be negative."));
    if (updated.text.trimmed().isEmpty())
        return ProjectError::make(Kind::Invalid, tr("An item needs a text."));
    for (const QString& chosen : updated.selectedChoices) {
        const bool known = std::any_of(current.choices.cbegin(), current.choices.cend(),
            [&](const Choice& c) { return c.id == chosen; });
        if (!known)
            return ProjectError::make(Kind::Invalid, tr("Item %1 has no choice \"%2\".").arg(key, chosen));
    }

    const auto [before, after] = diff(itemFields(current), itemFields(updated));
    if (after.isEmpty())
        return {};
    const QString action
        = after.size() == 1 ? QStringLiteral("item.") + after.begin().key() : QStringLiteral("item.update");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = current.id;
    const QString by = m_user;
    const ProjectError e
        = m_file->write(audit(action, QStringLiteral("item"), key, json(before), json(after)),
            [&](QSqlDatabase& db, QString* error) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("UPDATE item SET text = ?, guidance = ?, points = ?, status = ?, "
                                   "partial_points = ?, blocker = ?, owner = ?, note = ?, effort_hours = ?, "
                                   "selected_choices = ?, changed_by = ?, changed_at = ? WHERE id = ?"));
                addBind(q, updated.text);
                addBind(q, updated.guidance);
                addBind(q, updated.points);
                addBind(q, toKey(updated.status));
                addBind(q, nullable(updated.partialPoints));
                addBind(q, updated.blocker ? 1 : 0);
                addBind(q, updated.owner);
                addBind(q, updated.note);
                addBind(q, nullable(updated.effortHours));
                addBind(q, compactJson(QJsonArray::fromStringList(updated.selectedChoices)));
                addBind(q, by);
                addBind(q, iso(now));
                addBind(q, id);
                return exec(q, error);
            });
    if (e)
        return e;
    Item& stored = m_assessment.domains[ref.domain].items[ref.item];
    const QString storedKey = stored.key;
    const qint64 domainId = stored.domainId;
    stored = updated;
    stored.id = id;
    stored.key = storedKey;
    stored.domainId = domainId;
    stored.changedBy = by;
    stored.changedAt = now;
    m_scores.recomputeDomain(m_assessment, ref.domain);
    emit itemChanged(ref.domain, ref.item);
    emit scoresChanged();
    return {};
}

ProjectError Project::setItemStatus(
    const QString& key, ItemStatus status, std::optional<double> partialPoints)
{
    const Item* current = item(key);
    if (!current)
        return ProjectError::make(
            ProjectError::Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    Item updated = *current;
    updated.status = status;
    if (status == ItemStatus::Partial)
        updated.partialPoints = partialPoints ? partialPoints : current->partialPoints;
    else if (partialPoints)
        return ProjectError::make(
            ProjectError::Kind::Invalid, tr("Points can only be given to a partially met item."));
    return updateItem(key, updated);
}

ProjectError Project::setItemNote(const QString& key, const QString& note)
{
    const Item* current = item(key);
    if (!current)
        return ProjectError::make(
            ProjectError::Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    Item updated = *current;
    updated.note = note;
    return updateItem(key, updated);
}

ProjectError Project::setItemOwner(const QString& key, const QString& owner)
{
    const Item* current = item(key);
    if (!current)
        return ProjectError::make(
            ProjectError::Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    Item updated = *current;
    updated.owner = owner.trimmed();
    return updateItem(key, updated);
}

ProjectError Project::setInfo(const AssessmentInfo& info)
{
    const AssessmentInfo& old = m_assessment.info;
    const auto fields = [](const AssessmentInfo& i) {
        return QJsonObject { { QStringLiteral("title"), i.title }, { QStringLiteral("system"), i.system },
            { QStringLiteral("date"), i.date.toString(Qt::ISODate) }, { QStringLiteral("team"), i.team },
            { QStringLiteral("scope"), i.scope },
            { QStringLiteral("next_review"), i.nextReview.toString(Qt::ISODate) },
            { QStringLiteral("decision"), toKey(i.decision) },
            { QStringLiteral("conditions"), i.conditions } };
    };
    const auto [before, after] = diff(fields(old), fields(info));
    if (after.isEmpty())
        return {};
    if (info.title.trimmed().isEmpty())
        return ProjectError::make(ProjectError::Kind::Invalid, tr("An assessment needs a title."));
    const ProjectError e
        = m_file->write(audit(QStringLiteral("assessment.update"), QStringLiteral("assessment"), QString(),
                            json(before), json(after)),
            [&info](QSqlDatabase& db, QString* error) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "UPDATE assessment SET title = ?, system = ?, assessment_date = ?, team = ?, "
                    "scope = ?, next_review = ?, decision = ?, conditions = ? WHERE id = 1"));
                addBind(q, info.title.trimmed());
                addBind(q, info.system);
                addBind(q, isoDate(info.date));
                addBind(q, info.team);
                addBind(q, info.scope);
                addBind(q, isoDate(info.nextReview));
                addBind(q, toKey(info.decision));
                addBind(q, info.conditions);
                return exec(q, error);
            });
    if (e)
        return e;
    const QString templateId = m_assessment.info.templateId;
    const QString templateVersion = m_assessment.info.templateVersion;
    m_assessment.info = info;
    m_assessment.info.title = info.title.trimmed();
    m_assessment.info.templateId = templateId;
    m_assessment.info.templateVersion = templateVersion;
    emit contentChanged();
    return {};
}

ProjectError Project::setAdjustment(const QString& domainKey, double score, const QString& reason)
{
    using Kind = ProjectError::Kind;
    if (score < 0 || score > 100)
        return ProjectError::make(Kind::Invalid, tr("An adjusted score must be from 0 to 100."));
    if (reason.trimmed().isEmpty())
        return ProjectError::make(Kind::Invalid, tr("An adjusted score needs a reason."));
    const int domain = domainKey.isEmpty() ? -1 : m_assessment.domainIndex(domainKey);
    if (!domainKey.isEmpty() && domain < 0)
        return ProjectError::make(
            Kind::Invalid, tr("There is no domain with the key \"%1\".").arg(domainKey));
    const QVariant domainId = domain < 0 ? QVariant() : QVariant(m_assessment.domains.at(domain).id);
    QJsonObject before;
    if (const Adjustment* old = m_assessment.adjustmentFor(domainKey))
        before = { { QStringLiteral("score"), old->score }, { QStringLiteral("reason"), old->reason } };
    const QJsonObject after { { QStringLiteral("score"), score },
        { QStringLiteral("reason"), reason.trimmed() } };
    const QString by = m_user;
    return reloadAfter(m_file->write(
        audit(QStringLiteral("adjustment.set"), QStringLiteral("adjustment"),
            domainKey.isEmpty() ? QStringLiteral("overall") : domainKey, json(before), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM adjustment WHERE ifnull(domain_id, 0) = ifnull(?, 0)"));
            addBind(del, domainId);
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral(
                "INSERT INTO adjustment (domain_id, score, reason, by, at) VALUES (?, ?, ?, ?, ?)"));
            addBind(ins, domainId);
            addBind(ins, score);
            addBind(ins, reason.trimmed());
            addBind(ins, by);
            addBind(ins, iso(QDateTime::currentDateTimeUtc()));
            return exec(del, error) && exec(ins, error);
        }));
}

ProjectError Project::clearAdjustment(const QString& domainKey)
{
    using Kind = ProjectError::Kind;
    const Adjustment* old = m_assessment.adjustmentFor(domainKey);
    if (!domainKey.isEmpty() && m_assessment.domainIndex(domainKey) < 0)
        return ProjectError::make(
            Kind::Invalid, tr("There is no domain with the key \"%1\".").arg(domainKey));
    if (!old)
        return {};
    const qint64 id = old->id;
    const QJsonObject before { { QStringLiteral("score"), old->score },
        { QStringLiteral("reason"), old->reason } };
    return reloadAfter(m_file->write(
        audit(QStringLiteral("adjustment.clear"), QStringLiteral("adjustment"),
            domainKey.isEmpty() ? QStringLiteral("overall") : domainKey, json(before), QString()),
        [id](QSqlDatabase& db, QString* error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM adjustment WHERE id = ?"));
            addBind(q, id);
            return exec(q, error);
        }));
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
        return ProjectError::make(ProjectError::Kind::Invalid, tr("A milestone needs a name."));
    Snapshot s = currentState();
    s.name = name.trimmed();
    if (at.isValid())
        s.takenAt = at;
    return restoreSnapshotAs(s, id);
}

ProjectError Project::restoreSnapshot(const Snapshot& snapshot)
{
    return restoreSnapshotAs(snapshot, nullptr);
}

ProjectError Project::restoreSnapshotAs(const Snapshot& s, qint64* id)
{
    const QJsonObject after { { QStringLiteral("name"), s.name },
        { QStringLiteral("overall"), jsonValue(s.overall) } };
    return reloadAfter(m_file->write(
        audit(s.id ? QStringLiteral("snapshot.restore") : QStringLiteral("snapshot.add"),
            QStringLiteral("snapshot"), s.name, QString(), json(after)),
        [&](QSqlDatabase& db, QString* error) {
            QVariant newId;
            if (!run(db,
                    QStringLiteral("INSERT INTO snapshot (id, name, taken_at, by, overall, data) VALUES (?, "
                                   "?, ?, ?, ?, ?)"),
                    { s.id ? QVariant(s.id) : QVariant(), s.name, iso(s.takenAt), s.by, nullable(s.overall),
                        QString::fromUtf8(QJsonDocument(snapshotData(s)).toJson(QJsonDocument::Compact)) },
                    error, &newId))
                return false;
            if (id)
                *id = newId.toLongLong();
            return true;
        }));
}

ProjectError Project::renameSnapshot(qint64 id, const QString& name)
{
    const Snapshot* old = snapshot(id);
    if (!old)
        return ProjectError::make(ProjectError::Kind::Invalid, tr("The milestone no longer exists."));
    if (name.trimmed().isEmpty())
        return ProjectError::make(ProjectError::Kind::Invalid, tr("A milestone needs a name."));
    if (name.trimmed() == old->name)
        return {};
    return reloadAfter(m_file->write(audit(QStringLiteral("snapshot.rename"), QStringLiteral("snapshot"),
                                         old->name, json({ { QStringLiteral("name"), old->name } }),
                                         json({ { QStringLiteral("name"), name.trimmed() } })),
        [&](QSqlDatabase& db, QString* error) {
            return run(db, QStringLiteral("UPDATE snapshot SET name = ? WHERE id = ?"),
                { name.trimmed(), id }, error);
        }));
}

ProjectError Project::removeSnapshot(qint64 id)
{
    const Snapshot* old = snapshot(id);
    if (!old)
        return ProjectError::make(ProjectError::Kind::Invalid, tr("The milestone no longer exists."));
    return reloadAfter(
        m_file->write(audit(QStringLiteral("snapshot.remove"), QStringLiteral("snapshot"), old->name,
                          json({ { QStringLiteral("name"), old->name },
                              { QStringLiteral("overall"), jsonValue(old->overall) } }),
                          QString()),
            [id](QSqlDatabase& db, QString* error) {
                return run(db, QStringLiteral("DELETE FROM snapshot WHERE id = ?"), { id }, error);
            }));
}

ProjectError Project::attachFile(const QStringList& itemKeys, const QString& path, const QString& caption,
    const EvidenceStore::Progress& progress, Evidence* attached)
{
    using Kind = ProjectError::Kind;
    if (isReadOnly())
        return ProjectError::make(Kind::ReadOnly,
            tr("This project is open read-only; the change was not made. %1").arg(m_file->readOnlyReason()));
    for (const QString& key : itemKeys) {
        if (!item(key))
            return ProjectError::make(Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    }
    const QFileInfo fi(path);
    if (!fi.isFile())
        return ProjectError::make(Kind::NotFound,
            tr("The evidence file %1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));

    ProjectError error;
    const std::optional<EvidenceStore::Stored> stored
        = EvidenceStore::importFile(m_file->database(), fi.absoluteFilePath(), progress, &error);
    if (!stored)
        return error;
    return recordEvidence(
        *stored, fi.fileName(), QMimeDatabase().mimeTypeForFile(fi).name(), caption, itemKeys, attached);
}

ProjectError Project::extractEvidence(
    const QString& sha256, const QString& outPath, const EvidenceStore::Progress& progress) const
{
    return EvidenceStore::exportToFile(m_file->database(), sha256, outPath, progress);
}

const Evidence* Project::evidenceBySha(const QString& sha256) const
{
    for (const Evidence& e : m_assessment.evidence) {
        if (!e.sha256.isEmpty() && e.sha256 == sha256.toLower())
            return &e;
    }
    return nullptr;
}

QVector<const Evidence*> Project::evidenceForItem(const QString& itemKey) const
{
    QVector<const Evidence*> result;
    for (const Evidence& e : m_assessment.evidence) {
        if (e.itemKeys.contains(itemKey))
            result.append(&e);
    }
    return result;
}

QString Project::auditHead() const
{
    return AuditLog::headHash(m_file->database());
}

QVector<AuditEntry> Project::auditLog(qint64 limit) const
{
    return AuditLog::entries(m_file->database(), limit);
}

AuditVerdict Project::verifyAudit() const
{
    return AuditLog::verify(m_file->database());
}

} // namespace rw
