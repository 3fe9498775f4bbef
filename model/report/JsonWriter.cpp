#include "JsonWriter.h"
#include "scoring/Answers.h"

#include "scoring/Figures.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rw::JsonWriter {

namespace {

QJsonValue number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject overallFields(const ScoreLabel& l)
{
    return { { QStringLiteral("score"), number(l.score) },
        { QStringLiteral("display"), l.display ? QJsonValue(*l.display) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("grade"), text(l.grade) }, { QStringLiteral("status"), text(l.status) } };
}

QJsonObject domainJson(const ReportDomain& d)
{
    const DomainScore& s = d.score;
    QJsonObject o { { QStringLiteral("key"), s.key }, { QStringLiteral("title"), s.title },
        { QStringLiteral("weight"), s.weight },
        { QStringLiteral("weight_from_template"), s.weightFromTemplate },
        { QStringLiteral("earned"), s.earned }, { QStringLiteral("possible"), s.possible },
        { QStringLiteral("score"), number(s.score()) },
        { QStringLiteral("display"),
            d.label.display ? QJsonValue(*d.label.display) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("rating"), text(d.label.rating) }, { QStringLiteral("target"), number(s.target) },
        { QStringLiteral("meets_target"),
            d.meetsTarget ? QJsonValue(*d.meetsTarget) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("assessed"), s.assessed }, { QStringLiteral("items"), s.items },
        { QStringLiteral("applicable"), s.applicable },
        { QStringLiteral("unmet_blockers"), s.unmetBlockers } };
    if (s.adjusted) {
        o.insert(QStringLiteral("computed"),
            QJsonObject { { QStringLiteral("score"), number(s.computed) },
                { QStringLiteral("display"),
                    d.computedLabel.display ? QJsonValue(*d.computedLabel.display)
                                            : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("rating"), text(d.computedLabel.rating) } });
        o.insert(QStringLiteral("adjustment_reason"), s.adjustmentReason);
    }
    return o;
}

QJsonObject itemJson(const Item& i)
{
    QJsonObject o { { QStringLiteral("key"), i.key }, { QStringLiteral("text"), i.text },
        { QStringLiteral("status"), toKey(i.effectiveStatus()) }, { QStringLiteral("points"), i.points },
        { QStringLiteral("earned"),
            !Scoring::isApplicable(i) ? QJsonValue(QJsonValue::Null) : QJsonValue(Scoring::earnedPoints(i)) },
        { QStringLiteral("blocker"), i.blocker }, { QStringLiteral("owner"), text(i.owner) },
        { QStringLiteral("note"), text(i.note) } };
    // Items asked other than with a status: the answer as given, as shown, and what is asked.
    if (i.question.type != QuestionType::Status) {
        o.insert(QStringLiteral("answer_type"), toKey(i.question.type));
        o.insert(QStringLiteral("answer"), Answers::isAnswered(i.answer) ? i.answer : QJsonValue());
        o.insert(QStringLiteral("answer_shown"), text(Answers::shown(i.question, i.answer)));
        if (!i.question.target.isEmpty())
            o.insert(QStringLiteral("target"), i.question.target);
        if (const std::optional<int> gap = Answers::gap(i.question, i.answer))
            o.insert(QStringLiteral("gap"), *gap);
    }
    if (!i.doesNotApply.isEmpty())
        o.insert(QStringLiteral("does_not_apply"), i.doesNotApply);
    return o;
}

} // namespace

QJsonObject scores(const Report& r)
{
    QJsonObject overall = overallFields(r.overallLabel);
    overall.insert(QStringLiteral("unmet_blockers"), r.overall.unmetBlockers);
    overall.insert(QStringLiteral("assessed"), r.overall.assessed);
    overall.insert(QStringLiteral("items"), r.overall.items);
    if (r.overall.adjusted) {
        overall.insert(QStringLiteral("computed"), overallFields(r.computedLabel));
        if (r.overall.overallAdjustment)
            overall.insert(QStringLiteral("adjustment_reason"), r.overall.adjustmentReason);
    }
    // Item statuses from the one place every view and report counts them.
    const auto statusJson = [](const Figures::StatusCounts& counts) {
        QJsonObject o;
        for (ItemStatus s : Figures::StatusOrder)
            o.insert(toKey(s), counts.of(s));
        return o;
    };
    QJsonArray domains;
    for (int i = 0; i < r.domains.size(); ++i) {
        QJsonObject d = domainJson(r.domains.at(i));
        if (i < r.assessment.domains.size())
            d.insert(
                QStringLiteral("item_statuses"), statusJson(Figures::statuses(r.assessment.domains.at(i))));
        domains.append(d);
    }
    return { { QStringLiteral("overall"), overall }, { QStringLiteral("domains"), domains },
        { QStringLiteral("item_statuses"), statusJson(Figures::statuses(r.assessment)) } };
}

QJsonObject finding(const Finding& f)
{
    return { { QStringLiteral("title"), f.title }, { QStringLiteral("description"), text(f.description) },
        { QStringLiteral("priority"), toKey(f.priority) },
        { QStringLiteral("effort_hours"), number(f.effortHours) }, { QStringLiteral("owner"), text(f.owner) },
        { QStringLiteral("due"), date(f.dueDate) }, { QStringLiteral("state"), toKey(f.state) },
        { QStringLiteral("items"), QJsonArray::fromStringList(f.itemKeys) },
        { QStringLiteral("criteria"), text(f.criteria) }, { QStringLiteral("cause"), text(f.cause) },
        { QStringLiteral("effect"), text(f.effect) },
        { QStringLiteral("recommendation"), text(f.recommendation) },
        { QStringLiteral("response"), text(f.response) },
        { QStringLiteral("response_owner"), text(f.responseOwner) },
        { QStringLiteral("response_date"), date(f.responseDate) },
        { QStringLiteral("grade"), text(f.grade) } };
}

QJsonObject risk(const Risk& k)
{
    return { { QStringLiteral("title"), k.title }, { QStringLiteral("category"), toKey(k.category) },
        { QStringLiteral("probability"), k.probability }, { QStringLiteral("impact"), k.impact },
        { QStringLiteral("severity"), k.severity() }, { QStringLiteral("mitigation"), text(k.mitigation) },
        { QStringLiteral("owner"), text(k.owner) }, { QStringLiteral("state"), toKey(k.state) } };
}

QJsonObject kpi(const Kpi& k)
{
    const std::optional<bool> passes = k.passes();
    return { { QStringLiteral("name"), k.name }, { QStringLiteral("unit"), k.unit },
        { QStringLiteral("comparator"), toKey(k.comparator) }, { QStringLiteral("target"), k.target },
        { QStringLiteral("actual"), number(k.actual) },
        { QStringLiteral("passes"), passes ? QJsonValue(*passes) : QJsonValue(QJsonValue::Null) } };
}

QJsonObject signOff(const SignOff& s)
{
    QJsonObject o { { QStringLiteral("name"), s.name }, { QStringLiteral("role"), text(s.role) },
        { QStringLiteral("decision"), toKey(s.decision) },
        { QStringLiteral("conditions"), text(s.conditions) },
        { QStringLiteral("at"), s.signedAt.toUTC().toString(Qt::ISODate) } };
    if (!s.auditHead.isEmpty()) {
        o.insert(QStringLiteral("audit_entries"), s.auditRows);
        o.insert(QStringLiteral("audit_head"), s.auditHead);
    }
    return o;
}

QByteArray report(const Report& r)
{
    const AssessmentInfo& info = r.assessment.info;
    QJsonObject root = scores(r);
    root.insert(QStringLiteral("format"), QStringLiteral("readiness-workbench-report"));
    root.insert(QStringLiteral("format_version"), 1);
    root.insert(QStringLiteral("generator"), r.generator);
    root.insert(QStringLiteral("generated_at"), r.generatedAt.toString(Qt::ISODate));
    root.insert(QStringLiteral("assessment"),
        QJsonObject { { QStringLiteral("title"), info.title },
            { QStringLiteral("system"), text(info.system) }, { QStringLiteral("date"), date(info.date) },
            { QStringLiteral("team"), text(info.team) }, { QStringLiteral("scope"), text(info.scope) },
            { QStringLiteral("next_review"), date(info.nextReview) },
            { QStringLiteral("decision"), toKey(info.decision) },
            { QStringLiteral("conditions"), text(info.conditions) },
            { QStringLiteral("template"), info.templateId },
            { QStringLiteral("template_version"), info.templateVersion } });
    QJsonArray checklists;
    for (const Domain& d : r.assessment.domains) {
        QJsonArray items;
        for (const Item& i : d.items)
            items.append(itemJson(i));
        checklists.append(
            QJsonObject { { QStringLiteral("domain"), d.key }, { QStringLiteral("items"), items } });
    }
    root.insert(QStringLiteral("checklists"), checklists);
    QJsonArray gaps;
    for (const ReportGap& g : r.gaps) {
        QJsonObject o = itemJson(g.item);
        o.insert(QStringLiteral("domain"), g.domainKey);
        gaps.append(o);
    }
    root.insert(QStringLiteral("gaps"), gaps);
    QJsonArray findings;
    for (const Finding& f : r.assessment.findings)
        findings.append(finding(f));
    root.insert(QStringLiteral("findings"), findings);
    QJsonArray risks;
    for (const Risk& k : r.assessment.risks)
        risks.append(risk(k));
    root.insert(QStringLiteral("risks"), risks);
    // The open risks by probability (rows, 5 first) and impact (columns, 1 first), as the matrices show them.
    const Figures::RiskMatrix matrix = Figures::openRisks(r.assessment.risks);
    QJsonArray rows;
    for (int p = 5; p >= 1; --p) {
        QJsonArray row;
        for (int i = 1; i <= 5; ++i)
            row.append(matrix.count(p, i));
        rows.append(row);
    }
    root.insert(QStringLiteral("open_risk_matrix"), rows);

    QJsonArray kpis;
    for (const Kpi& k : r.assessment.kpis)
        kpis.append(kpi(k));
    root.insert(QStringLiteral("kpis"), kpis);
    QJsonArray evidence;
    for (const Evidence& e : r.assessment.evidence)
        evidence.append(QJsonObject { { QStringLiteral("name"), e.name },
            { QStringLiteral("sha256"), text(e.sha256) }, { QStringLiteral("url"), text(e.url) },
            { QStringLiteral("size"), e.size }, { QStringLiteral("caption"), text(e.caption) },
            { QStringLiteral("items"), QJsonArray::fromStringList(e.itemKeys) } });
    root.insert(QStringLiteral("evidence"), evidence);
    QJsonObject summary;
    QJsonArray missed;
    for (const ReportDomain* d : r.missedTargets())
        missed.append(d->score.key);
    summary.insert(QStringLiteral("domains_below_target"), missed);
    QJsonArray blockers;
    for (const ReportGap& g : r.unmetBlockers)
        blockers.append(g.item.key);
    summary.insert(QStringLiteral("unmet_blockers"), blockers);
    QJsonArray key;
    for (const Finding& f : r.keyFindings)
        key.append(f.title);
    summary.insert(QStringLiteral("critical_and_high_recommendations"), key);
    summary.insert(QStringLiteral("critical_and_high_effort_hours"), r.keyFindingsEffort);
    root.insert(QStringLiteral("summary"), summary);
    if (r.milestone) {
        const MilestoneComparison& c = r.milestone->comparison;
        QJsonArray domains;
        for (const DomainDelta& d : c.domains)
            domains.append(QJsonObject { { QStringLiteral("key"), d.key },
                { QStringLiteral("from"), number(d.from) }, { QStringLiteral("to"), number(d.to) } });
        QJsonArray changed;
        for (const StatusChange& s : c.changedItems)
            changed.append(QJsonObject { { QStringLiteral("item"), s.itemKey },
                { QStringLiteral("from"), toKey(s.from) }, { QStringLiteral("to"), toKey(s.to) } });
        root.insert(QStringLiteral("milestone"),
            QJsonObject { { QStringLiteral("name"), r.milestone->name },
                { QStringLiteral("taken_at"), r.milestone->takenAt.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("overall_from"), number(c.overallFrom) },
                { QStringLiteral("overall_to"), number(c.overallTo) }, { QStringLiteral("domains"), domains },
                { QStringLiteral("changed_items"), changed } });
    }
    QJsonArray signOffs;
    for (const SignOff& s : r.assessment.signOffs)
        signOffs.append(signOff(s));
    root.insert(QStringLiteral("sign_offs"), signOffs);
    if (r.signer)
        root.insert(QStringLiteral("signer"),
            QJsonObject { { QStringLiteral("name"), r.signer->name },
                { QStringLiteral("fingerprint"), r.signer->fingerprint },
                { QStringLiteral("at"), r.signer->at.toString(Qt::ISODate) } });
    root.insert(QStringLiteral("state"), r.state());
    root.insert(QStringLiteral("audit"),
        QJsonObject {
            { QStringLiteral("head_hash"), r.auditHead }, { QStringLiteral("rows"), r.auditRows } });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rw::JsonWriter
