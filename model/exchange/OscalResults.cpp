#include "OscalResults.h"

#include "domain/Enums.h"
#include "report/Report.h"
#include "scoring/Scoring.h"
#include "store/Project.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace rw::OscalResults {

namespace {

const QString OscalVersion = QStringLiteral("1.1.2");
// The namespace of the properties that are ours (score, grade, points), as OSCAL asks for extensions.
const QString Namespace = QStringLiteral("https://readiness-workbench.example/ns/oscal");

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).replace(QLatin1String(".000Z"), QLatin1String("Z"));
}

// An OSCAL token (letters, digits, '.', '_', '-', starting with a letter or '_'): keys that start with a
// digit get a leading '_'.
QString token(const QString& key)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
    if (valid.match(key).hasMatch())
        return key;
    QString t;
    for (const QChar c : key)
        t += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('-')
            ? c
            : QLatin1Char('_');
    return t.isEmpty() || !(t.at(0).isLetter() || t.at(0) == QLatin1Char('_')) ? QLatin1Char('_') + t : t;
}

// OSCAL's plain strings (property values, names, versions) are one line without surrounding space, and
// never empty.
QString line(const QString& text, const QString& otherwise = QStringLiteral("none"))
{
    const QString simple = text.simplified();
    return simple.isEmpty() ? otherwise : simple;
}

QJsonObject prop(const QString& name, const QString& value)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("ns"), Namespace },
        { QStringLiteral("value"), line(value) } };
}

// A finding as auditors write it: its grade and who answers for the response as properties, the
// criteria, cause, effect, recommendation and management response as remarks (Markdown).
void auditFields(const Finding& f, QJsonArray* props, QJsonObject* target)
{
    if (!f.grade.isEmpty())
        props->append(prop(QStringLiteral("grade"), f.grade));
    if (!f.responseOwner.isEmpty())
        props->append(prop(QStringLiteral("response-owner"), f.responseOwner));
    if (f.responseDate.isValid())
        props->append(prop(QStringLiteral("response-date"), f.responseDate.toString(Qt::ISODate)));
    QStringList remarks;
    for (const auto& [heading, text] : { std::pair(QStringLiteral("Criteria"), f.criteria),
             std::pair(QStringLiteral("Cause"), f.cause), std::pair(QStringLiteral("Effect"), f.effect),
             std::pair(QStringLiteral("Recommendation"), f.recommendation),
             std::pair(QStringLiteral("Management response"), f.response) }) {
        if (!text.trimmed().isEmpty())
            remarks << QStringLiteral("**%1:** %2").arg(heading, text.trimmed());
    }
    if (!remarks.isEmpty())
        target->insert(QStringLiteral("remarks"), remarks.join(QStringLiteral("\n\n")));
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

class Ids
{
public:
    explicit Ids(const QString& seed)
        : m_namespace(
            QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), seed))
    {
    }
    QString operator()(const QString& subject) const
    {
        return QUuid::createUuidV5(m_namespace, subject).toString(QUuid::WithoutBraces);
    }

private:
    QUuid m_namespace;
};

QString riskStatus(RiskState s)
{
    switch (s) {
    case RiskState::Open:
        return QStringLiteral("open");
    case RiskState::Mitigated:
        return QStringLiteral("closed");
    case RiskState::Accepted:
        return QStringLiteral("deviation-approved");
    case RiskState::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

// What the results are made of, from one assessment; ids are stable UUIDs derived from the project.
struct Parts
{
    const Assessment& a;
    const Ids& id;
    QDateTime last;
    QJsonArray resources;
    QHash<QString, QJsonArray> evidenceOf; // item key -> relevant-evidence entries
    QHash<QString, QVector<const Finding*>> recommendationsOf;
    QJsonArray observations;
    QJsonArray findings;
    QJsonArray risks;

    // Evidence: one back-matter resource each, with the SHA-256 of the stored bytes (or the link).
    void evidence()
    {
        for (const Evidence& e : a.evidence) {
            const QString uuid = id(QStringLiteral("evidence:") + (e.isLink() ? e.url : e.sha256)
                + QLatin1Char(':') + QString::number(e.id));
            QJsonObject rlink { { QStringLiteral("href"),
                e.isLink() ? e.url
                           : QStringLiteral("evidence/") + e.sha256 + QLatin1Char('/')
                        + QString::fromUtf8(QUrl::toPercentEncoding(e.name)) } };
            if (!e.isLink()) {
                rlink.insert(QStringLiteral("media-type"),
                    e.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : e.mimeType);
                rlink.insert(QStringLiteral("hashes"),
                    QJsonArray { QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("SHA-256") },
                        { QStringLiteral("value"), e.sha256 } } });
            }
            QJsonObject resource { { QStringLiteral("uuid"), uuid }, { QStringLiteral("title"), e.name },
                { QStringLiteral("rlinks"), QJsonArray { rlink } } };
            if (!e.caption.isEmpty())
                resource.insert(QStringLiteral("description"), e.caption);
            resources.append(resource);
            for (const QString& key : e.itemKeys)
                evidenceOf[key].append(
                    QJsonObject { { QStringLiteral("href"), QString(QLatin1Char('#') + uuid) },
                        { QStringLiteral("description"), e.name } });
        }
    }

    // Each answered item: an observation, and a finding on its objective. For a POA&M (openOnly): the
    // items that open recommendations address, answered or not, and only those recommendations.
    void items(bool openOnly = false)
    {
        for (const Finding& f : a.findings) {
            if (openOnly && f.state == FindingState::Done)
                continue;
            for (const QString& key : f.itemKeys)
                recommendationsOf[key].append(&f);
        }

        for (const Domain& d : a.domains) {
            for (const Item& i : d.items) {
                if (openOnly ? !recommendationsOf.contains(i.key)
                             : i.status == ItemStatus::Open || i.status == ItemStatus::NotApplicable)
                    continue;
                const QString observationUuid = id(QStringLiteral("observation:") + i.key);
                observations.append(observation(i, observationUuid));
                findings.append(finding(i, observationUuid));
            }
        }
    }

    QJsonObject observation(const Item& i, const QString& observationUuid) const
    {
        QJsonObject observation { { QStringLiteral("uuid"), observationUuid },
            { QStringLiteral("title"), QStringLiteral("%1: %2").arg(i.key, toLabel(i.status)) },
            { QStringLiteral("description"),
                i.note.isEmpty() ? QString(toLabel(i.status) + QLatin1Char('.')) : i.note },
            { QStringLiteral("methods"), QJsonArray { QStringLiteral("EXAMINE") } },
            { QStringLiteral("collected"), timestamp(i.changedAt.isValid() ? i.changedAt : last) } };
        if (evidenceOf.contains(i.key))
            observation.insert(QStringLiteral("relevant-evidence"), evidenceOf.value(i.key));
        if (!i.owner.isEmpty())
            observation.insert(QStringLiteral("remarks"), QString(QStringLiteral("Owner: ") + i.owner));
        return observation;
    }

    QJsonObject finding(const Item& i, const QString& observationUuid)
    {
        const bool satisfied = i.status == ItemStatus::Met;
        QJsonObject target { { QStringLiteral("type"), QStringLiteral("objective-id") },
            { QStringLiteral("target-id"), token(i.key) },
            { QStringLiteral("status"),
                QJsonObject { { QStringLiteral("state"),
                    satisfied ? QStringLiteral("satisfied") : QStringLiteral("not-satisfied") } } } };
        QJsonObject finding { { QStringLiteral("uuid"), id(QStringLiteral("finding:") + i.key) },
            { QStringLiteral("title"), i.key }, { QStringLiteral("description"), i.text },
            { QStringLiteral("target"), target },
            { QStringLiteral("props"),
                QJsonArray { prop(QStringLiteral("status"), toKey(i.status)),
                    prop(QStringLiteral("points"), number(i.points)),
                    prop(QStringLiteral("earned"), number(Scoring::earnedPoints(i))) } },
            { QStringLiteral("related-observations"),
                QJsonArray { QJsonObject { { QStringLiteral("observation-uuid"), observationUuid } } } } };
        if (i.blocker)
            finding.insert(QStringLiteral("remarks"),
                QStringLiteral("A blocker: the assessment is not ready while it is not met."));
        if (!i.risk().isEmpty()) {
            QJsonArray props = finding.value(QStringLiteral("props")).toArray();
            props.append(prop(QStringLiteral("lens-risk"), LensRisk::key(i.risk())));
            props.append(prop(QStringLiteral("lens-choices"), i.selectedChoices.join(QLatin1Char(' '))));
            finding.insert(QStringLiteral("props"), props);
        }

        if (!satisfied && recommendationsOf.contains(i.key))
            finding.insert(QStringLiteral("related-risks"),
                QJsonArray { QJsonObject { { QStringLiteral("risk-uuid"), gapRisk(i) } } });
        return finding;
    }

    // An open gap with recommendations: a risk whose remediations are the recommendations, due by the
    // earliest of their due dates. Returns its UUID.
    QString gapRisk(const Item& i)
    {
        const QString riskUuid = id(QStringLiteral("gap:") + i.key);
        QJsonArray remediations;
        QDate deadline;
        for (const Finding* f : recommendationsOf.value(i.key)) {
            if (f->dueDate.isValid() && (!deadline.isValid() || f->dueDate < deadline))
                deadline = f->dueDate;
            QJsonArray props { prop(QStringLiteral("finding-id"), f->reference()),
                prop(QStringLiteral("priority"), toKey(f->priority)),
                prop(QStringLiteral("state"), toKey(f->state)) };
            if (f->effortHours)
                props.append(prop(QStringLiteral("effort-hours"), number(*f->effortHours)));
            if (!f->owner.isEmpty())
                props.append(prop(QStringLiteral("owner"), f->owner));
            if (f->dueDate.isValid())
                props.append(prop(QStringLiteral("due"), f->dueDate.toString(Qt::ISODate)));
            QJsonObject remediation { { QStringLiteral("uuid"),
                                          id(QStringLiteral("recommendation:") + QString::number(f->id)
                                              + QLatin1Char(':') + i.key) },
                { QStringLiteral("lifecycle"), QStringLiteral("recommendation") },
                { QStringLiteral("title"), QStringLiteral("%1 %2").arg(f->reference(), f->title) },
                { QStringLiteral("description"), f->description.isEmpty() ? f->title : f->description } };
            auditFields(*f, &props, &remediation);
            remediation.insert(QStringLiteral("props"), props);
            remediations.append(remediation);
        }
        QJsonObject risk { { QStringLiteral("uuid"), riskUuid },
            { QStringLiteral("title"), QString(QStringLiteral("Gap: ") + i.key) },
            { QStringLiteral("description"), i.text },
            { QStringLiteral("statement"),
                i.note.isEmpty() ? QString(toLabel(i.status) + QLatin1Char('.')) : i.note },
            { QStringLiteral("status"), QStringLiteral("open") },
            { QStringLiteral("related-observations"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("observation-uuid"), id(QStringLiteral("observation:") + i.key) } } } },
            { QStringLiteral("remediations"), remediations } };
        if (deadline.isValid())
            risk.insert(QStringLiteral("deadline"), timestamp(deadline.endOfDay(Qt::UTC)));
        risks.append(risk);
        return riskUuid;
    }

    // The risk register, with likelihood and impact (1 to 5) and the mitigation as a planned remediation.
    void riskRegister()
    {
        for (const Risk& r : a.risks) {
            QJsonObject risk { { QStringLiteral("uuid"),
                                   id(QStringLiteral("risk:") + QString::number(r.id)) },
                { QStringLiteral("title"), r.title }, { QStringLiteral("description"), r.title },
                { QStringLiteral("statement"),
                    QStringLiteral("%1 risk, severity %2 of 25.")
                        .arg(toLabel(r.category))
                        .arg(r.severity()) },
                { QStringLiteral("status"), riskStatus(r.state) },
                { QStringLiteral("props"),
                    QJsonArray { prop(QStringLiteral("category"), toKey(r.category)),
                        prop(QStringLiteral("severity"), QString::number(r.severity())) } },
                { QStringLiteral("characterizations"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("origin"),
                            QJsonObject { { QStringLiteral("actors"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("type"), QStringLiteral("party") },
                                    { QStringLiteral("actor-uuid"), id(QStringLiteral("team")) } } } } } },
                        { QStringLiteral("facets"),
                            QJsonArray {
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("likelihood") },
                                    { QStringLiteral("system"), Namespace },
                                    { QStringLiteral("value"), QString::number(r.probability) } },
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("impact") },
                                    { QStringLiteral("system"), Namespace },
                                    { QStringLiteral("value"), QString::number(r.impact) } } } } } } } };
            if (!r.mitigation.isEmpty()) {
                risk.insert(QStringLiteral("remediations"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("uuid"), id(QStringLiteral("mitigation:") + QString::number(r.id)) },
                        { QStringLiteral("lifecycle"), QStringLiteral("planned") },
                        { QStringLiteral("title"), QStringLiteral("Mitigation") },
                        { QStringLiteral("description"), r.mitigation } } });
            }
            risks.append(risk);
        }
    }
};

QJsonObject metadata(const Assessment& a, const Ids& id, const QDateTime& now)
{
    return { { QStringLiteral("title"), a.info.title }, { QStringLiteral("last-modified"), timestamp(now) },
        { QStringLiteral("version"), line(a.info.templateVersion, QStringLiteral("1")) },
        { QStringLiteral("oscal-version"), OscalVersion },
        // The assessment team: the party the risk ratings come from.
        { QStringLiteral("parties"),
            QJsonArray { QJsonObject { { QStringLiteral("uuid"), id(QStringLiteral("team")) },
                { QStringLiteral("type"), QStringLiteral("organization") },
                { QStringLiteral("name"), line(a.info.team, QStringLiteral("Assessment team")) } } } } };
}

Ids idsOf(const Project& project, const QVector<AuditEntry>& log)
{
    return Ids(QStringLiteral("readiness-workbench:")
        + (log.isEmpty() ? project.assessment().info.title : log.first().hash));
}

} // namespace

QByteArray write(const Project& project, const QDateTime& now)
{
    const Assessment& a = project.assessment();
    const Report report = Report::build(project);
    const QVector<AuditEntry> log = project.auditLog();
    const Ids id = idsOf(project, log);
    const QDateTime first = log.isEmpty() ? now : log.first().at;
    const QDateTime last = log.isEmpty() ? now : log.last().at;
    const QDateTime start = a.info.date.isValid() ? a.info.date.startOfDay(Qt::UTC) : first;
    Parts parts { a, id, last, {}, {}, {}, {}, {}, {} };
    parts.evidence();
    parts.items();
    parts.riskRegister();
    QJsonArray& resources = parts.resources;
    const QJsonArray& observations = parts.observations;
    const QJsonArray& findings = parts.findings;
    const QJsonArray& risks = parts.risks;

    QJsonArray resultProps { prop(QStringLiteral("readiness-status"),
                                 line(report.overallLabel.status, QStringLiteral("not assessed"))),
        prop(QStringLiteral("grade"),
            report.overallLabel.grade.isEmpty() ? QStringLiteral("none") : report.overallLabel.grade),
        prop(QStringLiteral("audit-head"),
            report.auditHead.isEmpty() ? QStringLiteral("none") : report.auditHead) };
    if (report.overallLabel.display)
        resultProps.prepend(
            prop(QStringLiteral("readiness-score"), QString::number(*report.overallLabel.display)));
    QStringList about { a.info.system, a.info.scope };
    about.removeAll(QString());
    const QString description = about.isEmpty() ? a.info.title : about.join(QStringLiteral(" — "));
    QJsonObject result { { QStringLiteral("uuid"), id(QStringLiteral("result")) },
        { QStringLiteral("title"), a.info.title }, { QStringLiteral("description"), description },
        { QStringLiteral("start"), timestamp(start) },
        { QStringLiteral("end"), timestamp(std::max(start, last)) }, { QStringLiteral("props"), resultProps },
        { QStringLiteral("reviewed-controls"),
            QJsonObject { { QStringLiteral("control-selections"),
                QJsonArray { QJsonObject { { QStringLiteral("include-all"), QJsonObject() } } } } } } };
    if (!observations.isEmpty())
        result.insert(QStringLiteral("observations"), observations);
    if (!risks.isEmpty())
        result.insert(QStringLiteral("risks"), risks);
    if (!findings.isEmpty())
        result.insert(QStringLiteral("findings"), findings);

    // The checklist it was assessed against stands for the assessment plan.
    const QString planUuid = id(QStringLiteral("plan"));
    resources.prepend(QJsonObject { { QStringLiteral("uuid"), planUuid },
        { QStringLiteral("title"),
            QStringLiteral("Checklist %1 %2").arg(a.info.templateId, a.info.templateVersion).trimmed() },
        { QStringLiteral("description"),
            QStringLiteral("The Readiness Workbench checklist the assessment followed; there is no separate "
                           "OSCAL assessment plan.") } });

    const QJsonObject root { { QStringLiteral("assessment-results"),
        QJsonObject { { QStringLiteral("uuid"), id(QStringLiteral("assessment-results")) },
            { QStringLiteral("metadata"), metadata(a, id, now) },
            { QStringLiteral("import-ap"),
                QJsonObject { { QStringLiteral("href"), QString(QLatin1Char('#') + planUuid) } } },
            { QStringLiteral("results"), QJsonArray { result } },
            { QStringLiteral("back-matter"),
                QJsonObject { { QStringLiteral("resources"), resources } } } } } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray writePoam(const Project& project, const QDateTime& now)
{
    const Assessment& a = project.assessment();
    const QVector<AuditEntry> log = project.auditLog();
    const Ids id = idsOf(project, log);
    Parts parts { a, id, log.isEmpty() ? now : log.last().at, {}, {}, {}, {}, {}, {} };
    parts.evidence();
    parts.items(true);

    // Only the evidence of the items the plan names.
    QSet<QString> cited;
    for (const QJsonArray& refs : std::as_const(parts.evidenceOf)) {
        for (const QJsonValue& r : refs)
            cited.insert(r.toObject().value(QStringLiteral("href")).toString().mid(1));
    }
    QJsonArray resources;
    for (const QJsonValue& r : std::as_const(parts.resources)) {
        if (cited.contains(r.toObject().value(QStringLiteral("uuid")).toString()))
            resources.append(r);
    }

    QHash<QString, bool> satisfied;
    for (const Domain& d : a.domains) {
        for (const Item& i : d.items)
            satisfied.insert(i.key, i.status == ItemStatus::Met);
    }
    QJsonArray items;
    for (const Finding& f : a.findings) {
        if (f.state == FindingState::Done)
            continue;
        QJsonArray props { prop(QStringLiteral("finding-id"), f.reference()),
            prop(QStringLiteral("priority"), toKey(f.priority)),
            prop(QStringLiteral("state"), toKey(f.state)) };
        if (f.effortHours)
            props.append(prop(QStringLiteral("effort-hours"), number(*f.effortHours)));
        if (!f.owner.isEmpty())
            props.append(prop(QStringLiteral("owner"), f.owner));
        if (f.dueDate.isValid())
            props.append(prop(QStringLiteral("due"), f.dueDate.toString(Qt::ISODate)));
        QJsonArray relatedFindings;
        QJsonArray relatedObservations;
        QJsonArray relatedRisks;
        for (const QString& key : f.itemKeys) {
            if (!satisfied.contains(key))
                continue;
            relatedFindings.append(
                QJsonObject { { QStringLiteral("finding-uuid"), id(QStringLiteral("finding:") + key) } });
            relatedObservations.append(QJsonObject {
                { QStringLiteral("observation-uuid"), id(QStringLiteral("observation:") + key) } });
            if (!satisfied.value(key))
                relatedRisks.append(
                    QJsonObject { { QStringLiteral("risk-uuid"), id(QStringLiteral("gap:") + key) } });
        }
        QJsonObject item {
            { QStringLiteral("uuid"),
                id(QStringLiteral("poam-item:") + (f.uuid.isEmpty() ? f.reference() : f.uuid)) },
            { QStringLiteral("title"), QStringLiteral("%1 %2").arg(f.reference(), f.title) },
            { QStringLiteral("description"), f.description.isEmpty() ? f.title : f.description },
        };
        auditFields(f, &props, &item);
        item.insert(QStringLiteral("props"), props);
        if (!relatedFindings.isEmpty())
            item.insert(QStringLiteral("related-findings"), relatedFindings);
        if (!relatedObservations.isEmpty())
            item.insert(QStringLiteral("related-observations"), relatedObservations);
        if (!relatedRisks.isEmpty())
            item.insert(QStringLiteral("related-risks"), relatedRisks);
        items.append(item);
    }

    if (items.isEmpty())
        return {};
    QJsonObject poam { { QStringLiteral("uuid"), id(QStringLiteral("poam")) },
        { QStringLiteral("metadata"), metadata(a, id, now) },
        // No system security plan stands behind an assessment here: the system is named by an id of ours.
        { QStringLiteral("system-id"),
            QJsonObject { { QStringLiteral("identifier-type"), Namespace },
                { QStringLiteral("id"), id(QStringLiteral("system")) } } },
        { QStringLiteral("poam-items"), items } };
    if (!parts.observations.isEmpty())
        poam.insert(QStringLiteral("observations"), parts.observations);
    if (!parts.risks.isEmpty())
        poam.insert(QStringLiteral("risks"), parts.risks);
    if (!parts.findings.isEmpty())
        poam.insert(QStringLiteral("findings"), parts.findings);
    if (!resources.isEmpty())
        poam.insert(
            QStringLiteral("back-matter"), QJsonObject { { QStringLiteral("resources"), resources } });
    return QJsonDocument(QJsonObject { { QStringLiteral("plan-of-action-and-milestones"), poam } })
        .toJson(QJsonDocument::Indented);
}

} // namespace rw::OscalResults
