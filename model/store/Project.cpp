#include "Project.h"
#include "scoring/Answers.h"

#include "ProjectReader.h"
#include "ProjectState.h"
#include "SqlProblem.h"
#include "signing/DeviceIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

#include "ProjectSql.h"

namespace rw {

using namespace sql;

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
    if (const int from = project->m_file->upgradedFrom(); from > 0 && from < 4) {
        if (ProjectError e = project->recordUpgrade(from)) {
            *error = e;
            return nullptr;
        }
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
    // The project as it is created, with the identities every copy of it will share; the creating entry
    // of the audit log holds all of it, so that the log alone can rebuild the project.
    Assessment initial;
    initial.info.uuid = ProjectState::newUuid();
    initial.info.title = projectTitle;
    initial.info.date = QDate::currentDate();
    initial.info.templateId = tmpl.id;
    initial.info.templateVersion = tmpl.version;
    for (const TemplateDomain& td : tmpl.domains) {
        Domain d;
        d.uuid = ProjectState::newUuid();
        d.key = td.key;
        d.title = td.title;
        d.description = td.description;
        d.weight = td.weight;
        d.target = td.target;
        for (const TemplateItem& ti : td.items) {
            Item i;
            i.uuid = ProjectState::newUuid();
            i.key = ti.key;
            i.text = ti.text;
            i.guidance = ti.guidance;
            i.points = ti.points;
            i.blocker = ti.blocker;
            i.previous = ti.previous;
            i.choices = ti.choices;
            i.riskRules = ti.riskRules;
            i.question = ti.question;
            d.items.append(i);
        }
        initial.domains.append(d);
    }
    const auto fill = [&](QSqlDatabase& db, QString* err) {
        const QString now = iso(QDateTime::currentDateTimeUtc());
        QSqlQuery a(db);
        a.prepare(QStringLiteral(
            "INSERT INTO assessment (id, uuid, title, assessment_date, template_id, template_version, "
            "bands, created_at, finding_grades) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        addBind(a, initial.info.uuid);
        addBind(a, projectTitle);
        addBind(a, initial.info.date.toString(Qt::ISODate));
        addBind(a, tmpl.id);
        addBind(a, tmpl.version);
        addBind(a, QString::fromUtf8(QJsonDocument(tmpl.bands.toJson()).toJson(QJsonDocument::Compact)));
        addBind(a, now);
        QJsonArray grades;
        for (const FindingGrade& g : tmpl.findingGrades)
            grades.append(
                QJsonObject { { QStringLiteral("id"), g.id }, { QStringLiteral("title"), g.title } });
        addBind(a, compactJson(grades));
        if (!exec(a, err))
            return false;
        QSqlQuery d(db);
        d.prepare(
            QStringLiteral("INSERT INTO domain (uuid, key, title, description, weight, target, position) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery i(db);
        i.prepare(QStringLiteral("INSERT INTO item (uuid, key, domain_id, position, text, guidance, points, "
                                 "blocker, choices, risk_rules, question, previous) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int di = 0; di < initial.domains.size(); ++di) {
            const Domain& dom = initial.domains.at(di);
            addBind(d, dom.uuid);
            addBind(d, dom.key);
            addBind(d, dom.title);
            addBind(d, dom.description);
            addBind(d, nullable(dom.weight));
            addBind(d, nullable(dom.target));
            addBind(d, di);
            if (!exec(d, err))
                return false;
            const qint64 domainId = d.lastInsertId().toLongLong();
            for (int ii = 0; ii < dom.items.size(); ++ii) {
                const Item& it = dom.items.at(ii);
                addBind(i, it.uuid);
                addBind(i, it.key);
                addBind(i, domainId);
                addBind(i, ii);
                addBind(i, it.text);
                addBind(i, it.guidance);
                addBind(i, it.points);
                addBind(i, it.blocker ? 1 : 0);
                addBind(i, compactJson(LensRisk::choicesToJson(it.choices)));
                addBind(i, compactJson(LensRisk::rulesToJson(it.riskRules)));
                addBind(i, compactJson(it.question.toJson()));
                addBind(i, compactJson(it.previous));
                if (!exec(i, err))
                    return false;
            }
        }
        AuditEntry entry;
        entry.by = author;
        entry.action = QStringLiteral("project.create");
        entry.entity = QStringLiteral("project");
        entry.entityKey = tmpl.id;
        entry.entityUuid = initial.info.uuid;
        entry.before = QString();
        entry.after = json({ { QStringLiteral("title"), projectTitle },
            { QStringLiteral("template"), tmpl.id }, { QStringLiteral("template_version"), tmpl.version },
            { QStringLiteral("domains"), tmpl.domains.size() }, { QStringLiteral("items"), tmpl.itemCount() },
            { QStringLiteral("state"), ProjectState::state(initial) } });
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
    const ProjectError e
        = m_file->read([&a](QSqlDatabase& db, QString* error) { return ProjectReader(db, error).read(&a); });
    if (e) {
        return ProjectError::make(ProjectError::Kind::Damaged,
            tr("%1 is damaged and cannot be read: %2").arg(QDir::toNativeSeparators(path()), e.message));
    }
    m_assessment = std::move(a);
    reindex();
    rescore();
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
    const QString& uuid, const QJsonObject& before, const QJsonObject& after) const
{
    AuditEntry e;
    e.by = m_user;
    e.action = action;
    e.entity = entity;
    e.entityKey = key;
    e.entityUuid = uuid;
    e.before = json(before);
    e.after = json(after);
    return e;
}

ProjectError Project::recordUpgrade(int fromVersion)
{
    if (isReadOnly())
        return {};
    AuditEntry entry = audit(QStringLiteral("project.upgrade"), QStringLiteral("project"),
        m_assessment.info.templateId, m_assessment.info.uuid, {},
        { { QStringLiteral("from_version"), fromVersion },
            { QStringLiteral("to_version"), ProjectFile::SchemaVersion },
            { QStringLiteral("state"), ProjectState::state(m_assessment) } });
    return m_file->write(entry, [](QSqlDatabase&, QString*) { return true; });
}

ProjectError Project::recordDeviceRemoval(const QString& device, const QString& name)
{
    if (isReadOnly())
        return ProjectError::make(ProjectError::Kind::ReadOnly, tr("The project is open read-only."));
    const AuditEntry entry = audit(QStringLiteral("workshop.remove"), QStringLiteral("workshop"),
        DeviceIdentity::fingerprint(device), {}, {},
        { { QStringLiteral("device"), device }, { QStringLiteral("name"), name } });
    const ProjectError e = m_file->write(entry, [](QSqlDatabase&, QString*) { return true; });
    if (!e)
        emit contentChanged();
    return e;
}

void Project::recordsChanged(Record kind, qint64 id)
{
    emit recordChanged(kind, id);
    emit contentChanged();
}

void Project::checklistRebuilt()
{
    reindex();
    rescore();
    emit checklistChanged();
    emit contentChanged();
    emit scoresChanged();
}

ProjectError Project::updateItem(const QString& key, const Item& updated)
{
    using Kind = ProjectError::Kind;
    const ItemRef ref = findItem(key);
    if (!ref.isValid())
        return ProjectError::make(Kind::Invalid, tr("There is no item with the key \"%1\".").arg(key));
    const Item& current = item(ref);
    if (!(updated.points > 0) || !std::isfinite(updated.points))
        return ProjectError::make(Kind::Invalid, tr("An item's points must be more than 0."));
    if (updated.partialPoints && (!(*updated.partialPoints >= 0) || *updated.partialPoints > updated.points))
        return ProjectError::make(Kind::Invalid,
            tr("Item %1 is worth %2 points; a partially met item earns from 0 to %2.")
                .arg(key)
                .arg(updated.points));
    if (updated.effortHours && (!(*updated.effortHours >= 0) || !std::isfinite(*updated.effortHours)))
        return ProjectError::make(Kind::Invalid, tr("An effort estimate cannot be negative."));
    if (updated.text.trimmed().isEmpty())
        return ProjectError::make(Kind::Invalid, tr("An item needs a text."));
    for (const QString& chosen : updated.selectedChoices) {
        const bool known = std::any_of(current.choices.cbegin(), current.choices.cend(),
            [&](const Choice& c) { return c.id == chosen; });
        if (!known)
            return ProjectError::make(Kind::Invalid, tr("Item %1 has no choice \"%2\".").arg(key, chosen));
    }
    Item next = updated;
    if (const ProjectError e = deriveStatus(current, next))
        return e;

    const auto [before, after] = diff(ProjectState::fields(current), ProjectState::fields(next));
    if (after.isEmpty())
        return {};
    const QString action
        = after.size() == 1 ? QStringLiteral("item.") + after.begin().key() : QStringLiteral("item.update");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = current.id;
    const QString by = m_user;
    AuditEntry entry = audit(action, QStringLiteral("item"), key, current.uuid, before, after);
    entry.at = now; // the item's "changed at" and its log entry agree, so that a replay gives the same
    const ProjectError e = m_file->write(entry, [&](QSqlDatabase& db, QString* error) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE item SET text = ?, guidance = ?, points = ?, status = ?, "
                                 "partial_points = ?, blocker = ?, owner = ?, note = ?, effort_hours = ?, "
                                 "selected_choices = ?, question = ?, answer = ?, work_state = ?, flag = ?, "
                                 "previous = ?, changed_by = ?, changed_at = ? WHERE id = ?"));
        addBind(q, next.text);
        addBind(q, next.guidance);
        addBind(q, next.points);
        addBind(q, toKey(next.status));
        addBind(q, nullable(next.partialPoints));
        addBind(q, next.blocker ? 1 : 0);
        addBind(q, next.owner);
        addBind(q, next.note);
        addBind(q, nullable(next.effortHours));
        addBind(q, compactJson(QJsonArray::fromStringList(next.selectedChoices)));
        addBind(q, compactJson(next.question.toJson()));
        addBind(q, Answers::toStored(next.answer));
        addBind(q, toKey(next.workState));
        addBind(q, next.flag);
        addBind(q, compactJson(next.previous));
        addBind(q, by);
        addBind(q, iso(now));
        addBind(q, id);
        return exec(q, error);
    });
    if (e)
        return e;
    Item& stored = m_assessment.domains[ref.domain].items[ref.item];
    const QString storedKey = stored.key;
    const QString uuid = stored.uuid;
    const qint64 domainId = stored.domainId;
    stored = next;
    stored.id = id;
    stored.uuid = uuid;
    stored.key = storedKey;
    stored.domainId = domainId;
    stored.changedBy = by;
    stored.changedAt = now;
    rescore(ref.domain);
    emit itemChanged(ref.domain, ref.item);
    emit scoresChanged();
    return {};
}

ProjectError Project::deriveStatus(const Item& current, Item& next) const
{
    using Kind = ProjectError::Kind;
    const Question& q = next.question;
    if (q.type == QuestionType::Status) {
        if (Answers::isAnswered(next.answer))
            return ProjectError::make(
                Kind::Invalid, tr("Item %1 is answered with a status, not with an answer.").arg(current.key));
        next.answer = QJsonValue();
        return {};
    }
    if (!Answers::fits(q, next.answer))
        return ProjectError::make(Kind::Invalid,
            tr("\"%1\" is not an answer item %2 can take (%3).")
                .arg(Answers::valueText(q, next.answer), current.key, Answers::describe(q)));
    const bool answerChanged = Answers::toStored(current.answer) != Answers::toStored(next.answer);
    const bool statusChanged = current.status != next.status || current.partialPoints != next.partialPoints;
    const bool ruleChanged = current.question != q || current.points != next.points;
    if (statusChanged && !answerChanged) {
        // A status given directly: not applicable keeps the answer, not assessed clears it, and a yes/no
        // question takes met and not met as yes and no. Any other status follows from an answer.
        if (next.status == ItemStatus::NotApplicable)
            return {};
        if (next.status == ItemStatus::Open) {
            next.answer = QJsonValue();
            next.partialPoints.reset();
            return {};
        }
        if (q.type == QuestionType::YesNo && next.status != ItemStatus::Partial)
            next.answer
                = QJsonValue(next.status == ItemStatus::Met ? QStringLiteral("yes") : QStringLiteral("no"));
        else if (current.status != ItemStatus::NotApplicable || !Answers::isAnswered(next.answer))
            return ProjectError::make(Kind::Invalid,
                tr("Item %1 is answered with %2: give the answer, not a status.")
                    .arg(current.key, Answers::describe(q)));
    } else if (!answerChanged && !ruleChanged) {
        return {};
    } else if (!answerChanged && current.status == ItemStatus::NotApplicable
        && Answers::isAnswered(next.answer)) {
        return {}; // the assessor's "not applicable" stands when only the rule changes
    }
    const Answers::Outcome outcome = Answers::evaluate(q, next.answer, next.points);
    next.status = outcome.status;
    next.partialPoints = outcome.partialPoints;
    return {};
}

void Project::rescore(int domainIndex)
{
    bool changed = false;
    Answers::applyConditions(m_assessment, &changed);
    if (changed) {
        // An answer made items (of any domain) apply or not: every domain is scored again, and the views
        // repaint.
        m_scores.recomputeAll(m_assessment);
        emit conditionsChanged();
    } else if (domainIndex >= 0) {
        m_scores.recomputeDomain(m_assessment, domainIndex);
    } else {
        m_scores.recomputeAll(m_assessment);
    }
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

namespace {

// A file streamed into the project's evidence store, once the project can take it and it is a file.
struct Streamed
{
    std::optional<EvidenceStore::Stored> stored;
    QString name;
    QString mimeType;
};

} // namespace

ProjectError Project::attachFile(const QStringList& itemKeys, const QString& path, const QString& caption,
    const EvidenceStore::Progress& progress, Evidence* attached, const EvidenceDates& dates)
{
    for (const QString& key : itemKeys) {
        if (!isReadOnly() && !item(key))
            return invalid(tr("There is no item with the key \"%1\".").arg(key));
    }
    Streamed file;
    if (ProjectError e = streamFile(path, progress, &file.stored, &file.name, &file.mimeType))
        return e;
    return recordEvidence(*file.stored, file.name, file.mimeType, caption, itemKeys, attached, dates);
}

ProjectError Project::reviseFile(qint64 id, const QString& path, const EvidenceDates& dates,
    const EvidenceStore::Progress& progress, Evidence* revised)
{
    if (!isReadOnly() && !evidence(id))
        return invalid(tr("The evidence no longer exists."));
    Streamed file;
    if (ProjectError e = streamFile(path, progress, &file.stored, &file.name, &file.mimeType))
        return e;
    return reviseEvidence(id, *file.stored, file.name, file.mimeType, dates, revised);
}

ProjectError Project::streamFile(const QString& path, const EvidenceStore::Progress& progress,
    std::optional<EvidenceStore::Stored>* stored, QString* name, QString* mimeType)
{
    using Kind = ProjectError::Kind;
    if (isReadOnly())
        return ProjectError::make(Kind::ReadOnly,
            tr("This project is open read-only; the change was not made. %1").arg(m_file->readOnlyReason()));
    const QFileInfo fi(path);
    if (!fi.isFile())
        return ProjectError::make(Kind::NotFound,
            tr("The evidence file %1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
    ProjectError error;
    *stored = EvidenceStore::importFile(m_file->database(), fi.absoluteFilePath(), progress, &error);
    if (!*stored)
        return error;
    *name = fi.fileName();
    *mimeType = QMimeDatabase().mimeTypeForFile(fi).name();
    return {};
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

qint64 Project::auditRows() const
{
    return AuditLog::rowCount(m_file->database());
}

QVector<AuditEntry> Project::auditLog(qint64 limit) const
{
    return AuditLog::entries(m_file->database(), limit);
}

AuditVerdict Project::verifyAudit() const
{
    AuditVerdict v = AuditLog::verify(m_file->database());
    if (!v.intact)
        return v;
    const QVector<AuditEntry> entries = auditLog();
    // Each sign-off names the head(s) its decision approved and how many entries led there: the log
    // must still hold them, with that history (counted through parents, so the same in every copy).
    QHash<QString, QStringList> parentsOf;
    for (const AuditEntry& e : entries)
        parentsOf.insert(e.hash,
            e.inGraph()                                 ? e.parents
                : e.prevHash == AuditLog::genesisHash() ? QStringList()
                                                        : QStringList { e.prevHash });
    const auto history = [&](const QString& heads) {
        QSet<QString> seen;
        QStringList stack = heads.split(QLatin1Char(' '));
        while (!stack.isEmpty()) {
            const QString h = stack.takeLast();
            if (seen.contains(h))
                continue;
            if (!parentsOf.contains(h))
                return qint64(-1);
            seen.insert(h);
            stack << parentsOf.value(h);
        }
        return qint64(seen.size());
    };
    for (const SignOff& s : m_assessment.signOffs) {
        if (s.auditHead.isEmpty())
            continue;
        const bool held
            = s.auditRows == 0 ? s.auditHead == AuditLog::genesisHash() : history(s.auditHead) == s.auditRows;
        if (!held) {
            v.intact = false;
            v.reason = tr("the sign-off by %1 approved the log at entry %2 (%3), which the log no longer "
                          "holds: entries before it were removed or rewritten")
                           .arg(s.name)
                           .arg(s.auditRows)
                           .arg(s.auditHead.left(12));
            return v;
        }
    }
    // The chain holds; the tables must also hold what the log says, or somebody changed the file
    // without an entry (an item's status set in the database directly, say).
    QString error;
    const std::optional<QJsonObject> replayed = ProjectState::replayLog(entries, &error);
    if (!replayed)
        return v; // a log without a baseline (written before identities): nothing to compare
    const QStringList differences
        = ProjectState::differences(*replayed, ProjectState::state(m_assessment), 5);
    if (!differences.isEmpty()) {
        v.intact = false;
        v.reason = tr("the project holds changes its log does not record (%1)")
                       .arg(differences.join(QStringLiteral("; ")));
        return v;
    }
    return v;
}

} // namespace rw
