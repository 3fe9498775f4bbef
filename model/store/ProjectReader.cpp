#include "ProjectReader.h"

#include "scoring/Answers.h"

#include "ProjectSql.h"
#include "domain/LensRisk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace rw {

using namespace sql;

namespace {

// A column's value as the readers use it, as QVariant would give it.
class Column
{
public:
    Column(sqlite3_stmt* statement, int index)
        : m_statement(statement)
        , m_index(index)
    {
    }
    bool isNull() const { return sqlite3_column_type(m_statement, m_index) == SQLITE_NULL; }
    QString toString() const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, m_index));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, m_index)) : QString();
    }
    QByteArray toByteArray() const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, m_index));
        return text ? QByteArray(text, sqlite3_column_bytes(m_statement, m_index)) : QByteArray();
    }
    qint64 toLongLong() const { return sqlite3_column_int64(m_statement, m_index); }
    int toInt() const { return sqlite3_column_int(m_statement, m_index); }
    double toDouble() const { return sqlite3_column_double(m_statement, m_index); }
    bool toBool() const { return toLongLong() != 0; }

private:
    sqlite3_stmt* m_statement;
    int m_index;
};

std::optional<double> optionalDouble(const Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<double>(c.toDouble());
}

QDateTime dateTime(const Column& c)
{
    const QString text = c.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// "[]" (most rows) without parsing.
QJsonArray jsonArray(const Column& c)
{
    const QByteArray text = c.toByteArray();
    return text.size() <= 2 ? QJsonArray() : QJsonDocument::fromJson(text).array();
}

} // namespace

// The rows of one SELECT, read through the sqlite3 handle of Qt's own connection (Debian's Qt uses the
// system SQLite library, as we do), inside the read transaction ProjectFile::read holds. QSqlQuery
// would convert every text to UTF-16 in SQLite and box every value in a QVariant: for a 10,000-item
// checklist that was three quarters of opening it.
class ProjectReader::Rows
{
public:
    ~Rows() { sqlite3_finalize(m_statement); }
    bool prepare(sqlite3* db, const QString& sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_result = SQLITE_DONE;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) == SQLITE_OK;
    }
    // The next row; false at the end or on an error (then failed() says so).
    bool next()
    {
        m_result = sqlite3_step(m_statement);
        return m_result == SQLITE_ROW;
    }
    bool failed() const { return m_result != SQLITE_ROW && m_result != SQLITE_DONE; }
    Column value(int index) const { return Column(m_statement, index); }

private:
    sqlite3_stmt* m_statement = nullptr;
    int m_result = SQLITE_DONE;
};

ProjectReader::ProjectReader(QSqlDatabase& db, QString* error)
    : m_query(std::make_unique<Rows>())
    , m_error(error)
{
    m_db = sqliteHandle(db);
}

ProjectReader::~ProjectReader() = default;

QString ProjectReader::problem() const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    return sqlProblem(QSqlError(QString(), m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(),
        QSqlError::StatementError, QString::number(code)));
}

bool ProjectReader::read(Assessment* assessment)
{
    m_assessment = assessment;
    if (!m_db) {
        *m_error = problem();
        return false;
    }
    // A file of version 8 or older, opened read-only and not upgraded, lacks the review's columns.
    if (!hasColumn(QStringLiteral("item"), QStringLiteral("work_state"), &m_reviewed))
        return false;
    return info() && domains() && items() && findings() && risks() && kpis() && signOffs() && adjustments()
        && snapshots() && evidence() && comments();
}

bool ProjectReader::select(const QString& sql)
{
    if (!finished())
        return false;
    if (m_query->prepare(m_db, sql))
        return true;
    *m_error = problem();
    return false;
}

bool ProjectReader::finished()
{
    if (!m_query->failed())
        return true;
    *m_error = problem();
    return false;
}

// The assessment's own record: its details and rating bands.
bool ProjectReader::hasColumn(const QString& table, const QString& column, bool* has)
{
    if (!select(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = '%2'").arg(table, column)))
        return false;
    *has = m_query->next();
    return finished();
}

bool ProjectReader::info()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    // A file of version 7 or older, opened read-only and not upgraded, has no implementation groups.
    bool grouped = false;
    if (!hasColumn(QStringLiteral("assessment"), QStringLiteral("implementation_groups"), &grouped))
        return false;
    if (!select(QStringLiteral(
            "SELECT title, system, assessment_date, team, scope, next_review, decision, "
            "conditions, template_id, template_version, bands, uuid, %1, %2 FROM assessment WHERE id = 1")
                    .arg(grouped ? QStringLiteral("implementation_groups") : QStringLiteral("'[]'"),
                        m_reviewed ? QStringLiteral("finding_grades, period_from, period_to")
                                   : QStringLiteral("'[]', '', ''"))))
        return false;
    if (!q.next()) {
        *m_error = tr("the assessment record is missing");
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
    a.info.uuid = q.value(11).toString();
    for (const QJsonValue& v : jsonArray(q.value(12)))
        a.info.implementationGroups << v.toString();
    a.info.periodFrom = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    a.info.periodTo = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    if (const QJsonArray grades = jsonArray(q.value(13)); !grades.isEmpty()) {
        a.findingGrades.clear();
        for (const QJsonValue& v : grades) {
            const QJsonObject g = v.toObject();
            a.findingGrades.append(
                { g.value(QStringLiteral("id")).toString(), g.value(QStringLiteral("title")).toString() });
        }
    }
    QString bandError;
    a.bands = Bands::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object(), &bandError)
                  .value_or(Bands::defaults());
    return finished();
}

// The domains, in order.
bool ProjectReader::domains()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    if (!select(QStringLiteral("SELECT id, key, title, description, weight, target, uuid, %1 FROM domain "
                               "ORDER BY position, id")
                    .arg(m_reviewed ? QStringLiteral("reviewed_by, reviewed_at") : QStringLiteral("'', ''"))))
        return false;
    while (q.next()) {
        Domain d;
        d.id = q.value(0).toLongLong();
        d.key = q.value(1).toString();
        d.title = q.value(2).toString();
        d.description = q.value(3).toString();
        d.weight = optionalDouble(q.value(4));
        d.target = optionalDouble(q.value(5));
        d.uuid = q.value(6).toString();
        d.reviewedBy = q.value(7).toString();
        d.reviewedAt = dateTime(q.value(8));
        m_domainById.insert(d.id, a.domains.size());
        a.domains.append(d);
    }
    return finished();
}

// The items, each in its domain, in order.
bool ProjectReader::items()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    bool answered = false;
    if (!hasColumn(QStringLiteral("item"), QStringLiteral("answer"), &answered))
        return false;
    if (!select(
            QStringLiteral("SELECT id, domain_id, key, text, guidance, points, status, partial_points, "
                           "blocker, owner, note, effort_hours, changed_by, changed_at, choices, risk_rules, "
                           "selected_choices, uuid, %1, %2 FROM item "
                           "ORDER BY domain_id, position, id")
                .arg(answered ? QStringLiteral("question, answer") : QStringLiteral("'{}', ''"),
                    m_reviewed ? QStringLiteral("work_state, flag, previous")
                               : QStringLiteral("'todo', '', '{}'"))))
        return false;
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
        // Most items have no choices: an empty list is not parsed (opening stays near sqlite3's pace).
        if (const QJsonArray choices = jsonArray(q.value(14)); !choices.isEmpty())
            i.choices = LensRisk::choicesFromJson(choices);
        if (const QJsonArray rules = jsonArray(q.value(15)); !rules.isEmpty())
            i.riskRules = LensRisk::rulesFromJson(rules);
        for (const QJsonValue& v : jsonArray(q.value(16)))
            i.selectedChoices << v.toString();
        i.uuid = q.value(17).toString();
        // Most items are answered with a status: their empty question is not parsed.
        if (const QString question = q.value(18).toString(); question.size() > 2) {
            const QJsonObject o = QJsonDocument::fromJson(question.toUtf8()).object();
            i.question = Question::fromJson(o, nullptr).value_or(Question());
        }
        i.answer = Answers::fromStored(q.value(19).toString());
        i.workState = fromKey<WorkState>(q.value(20).toString()).value_or(WorkState::ToDo);
        i.flag = q.value(21).toString();
        if (const QByteArray previous = q.value(22).toByteArray(); previous.size() > 2)
            i.previous = QJsonDocument::fromJson(previous).object();
        m_itemKeyById.insert(i.id, i.key);
        const auto domain = m_domainById.constFind(i.domainId);
        if (domain == m_domainById.constEnd()) {
            *m_error = tr("item %1 belongs to no domain").arg(i.key);
            return false;
        }
        a.domains[*domain].items.append(i);
    }
    return finished();
}

// Findings with the keys of the items they address.
bool ProjectReader::findings()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    QHash<qint64, int> findingById;
    if (!select(QStringLiteral(
            "SELECT id, title, description, priority, effort_hours, owner, due_date, state, uuid, %1 "
            "FROM finding ORDER BY id")
                    .arg(m_reviewed ? QStringLiteral("criteria, cause, effect, recommendation, response, "
                                                     "response_owner, response_date, grade")
                                    : QStringLiteral("'', '', '', '', '', '', '', ''"))))
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
        f.uuid = q.value(8).toString();
        f.criteria = q.value(9).toString();
        f.cause = q.value(10).toString();
        f.effect = q.value(11).toString();
        f.recommendation = q.value(12).toString();
        f.response = q.value(13).toString();
        f.responseOwner = q.value(14).toString();
        f.responseDate = QDate::fromString(q.value(15).toString(), Qt::ISODate);
        f.grade = q.value(16).toString();
        findingById.insert(f.id, a.findings.size());
        a.findings.append(f);
    }
    if (!select(QStringLiteral("SELECT finding_id, item_id FROM finding_item ORDER BY finding_id, item_id")))
        return false;
    while (q.next()) {
        const int f = findingById.value(q.value(0).toLongLong(), -1);
        if (f >= 0)
            a.findings[f].itemKeys.append(m_itemKeyById.value(q.value(1).toLongLong()));
    }
    for (Finding& f : a.findings)
        f.itemKeys.sort();
    return finished();
}

bool ProjectReader::risks()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    if (!select(QStringLiteral("SELECT id, title, category, probability, impact, mitigation, owner, "
                               "state, uuid FROM risk ORDER BY id")))
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
        r.uuid = q.value(8).toString();
        a.risks.append(r);
    }
    return finished();
}

bool ProjectReader::kpis()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    if (!select(
            QStringLiteral("SELECT id, name, unit, target, comparator, actual, uuid FROM kpi ORDER BY id")))
        return false;
    while (q.next()) {
        Kpi k;
        k.id = q.value(0).toLongLong();
        k.name = q.value(1).toString();
        k.unit = q.value(2).toString();
        k.target = q.value(3).toDouble();
        k.comparator = fromKey<Comparator>(q.value(4).toString()).value_or(Comparator::AtLeast);
        k.actual = optionalDouble(q.value(5));
        k.uuid = q.value(6).toString();
        a.kpis.append(k);
    }
    return finished();
}

bool ProjectReader::signOffs()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    // A file of version 5 or older, opened read-only and not upgraded, has no binding to the log.
    bool bound = false;
    if (!hasColumn(QStringLiteral("signoff"), QStringLiteral("audit_head"), &bound))
        return false;
    if (!select(
            QStringLiteral("SELECT id, name, role, decision, conditions, signed_at, uuid, %1 FROM signoff "
                           "ORDER BY signed_at, id")
                .arg(bound ? QStringLiteral("audit_rows, audit_head") : QStringLiteral("0, ''"))))
        return false;
    while (q.next()) {
        SignOff s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.role = q.value(2).toString();
        s.decision = fromKey<Decision>(q.value(3).toString()).value_or(Decision::None);
        s.conditions = q.value(4).toString();
        s.signedAt = dateTime(q.value(5));
        s.uuid = q.value(6).toString();
        s.auditRows = q.value(7).toLongLong();
        s.auditHead = q.value(8).toString();
        a.signOffs.append(s);
    }
    return finished();
}

// Adjusted scores, with the key of their domain (none: the overall score).
bool ProjectReader::adjustments()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    if (!select(QStringLiteral("SELECT a.id, d.key, a.score, a.reason, a.by, a.at, a.uuid FROM adjustment a "
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
        adj.uuid = q.value(6).toString();
        a.adjustments.append(adj);
    }
    return finished();
}

// Milestones: each one's scores and statuses as they were.
bool ProjectReader::snapshots()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    if (!select(QStringLiteral(
            "SELECT id, name, taken_at, by, overall, data, uuid FROM snapshot ORDER BY taken_at, id")))
        return false;
    while (q.next()) {
        Snapshot s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.takenAt = dateTime(q.value(2));
        s.by = q.value(3).toString();
        s.overall = optionalDouble(q.value(4));
        s.uuid = q.value(6).toString();
        const QJsonObject data = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        const QJsonObject domains = data.value(QStringLiteral("domains")).toObject();
        for (auto it = domains.begin(); it != domains.end(); ++it)
            s.domainScores.insert(it.key(), it.value().toDouble());
        const QJsonObject items = data.value(QStringLiteral("items")).toObject();
        for (auto it = items.begin(); it != items.end(); ++it)
            s.itemStatuses.insert(it.key(), it.value().toString());
        a.snapshots.append(s);
    }
    return finished();
}

// Evidence with the keys of the items it supports.
bool ProjectReader::evidence()
{
    Assessment& a = *m_assessment;
    Rows& q = *m_query;
    QHash<qint64, int> evidenceById;
    if (!select(QStringLiteral("SELECT id, sha256, url, name, mime, size, caption, added_by, added_at, "
                               "uuid, %1 FROM evidence ORDER BY id")
                    .arg(m_reviewed ? QStringLiteral("collected_from, collected_to, valid_until, review, "
                                                     "review_reason, reviewed_by, revisions")
                                    : QStringLiteral("'', '', '', 'unreviewed', '', '', '[]'"))))
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
        ev.uuid = q.value(9).toString();
        ev.collectedFrom = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        ev.collectedTo = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        ev.validUntil = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        ev.review = fromKey<EvidenceReview>(q.value(13).toString()).value_or(EvidenceReview::Unreviewed);
        ev.reviewReason = q.value(14).toString();
        ev.reviewedBy = q.value(15).toString();
        ev.revisions = EvidenceRevision::fromJson(jsonArray(q.value(16)));
        evidenceById.insert(ev.id, a.evidence.size());
        a.evidence.append(ev);
    }
    if (!select(
            QStringLiteral("SELECT evidence_id, item_id FROM evidence_item ORDER BY evidence_id, item_id")))
        return false;
    while (q.next()) {
        const int ev = evidenceById.value(q.value(0).toLongLong(), -1);
        if (ev >= 0)
            a.evidence[ev].itemKeys.append(m_itemKeyById.value(q.value(1).toLongLong()));
    }
    for (Evidence& ev : a.evidence)
        ev.itemKeys.sort();
    return finished();
}

// Comments on items, oldest first.
bool ProjectReader::comments()
{
    if (!m_reviewed)
        return true;
    Rows& q = *m_query;
    if (!select(QStringLiteral("SELECT id, uuid, item_uuid, parent_uuid, text, by, at, resolved, resolved_by "
                               "FROM comment ORDER BY id")))
        return false;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.itemUuid = q.value(2).toString();
        c.parentUuid = q.value(3).toString();
        c.text = q.value(4).toString();
        c.by = q.value(5).toString();
        c.at = dateTime(q.value(6));
        c.resolved = q.value(7).toBool();
        c.resolvedBy = q.value(8).toString();
        m_assessment->comments.append(c);
    }
    return finished();
}

} // namespace rw
