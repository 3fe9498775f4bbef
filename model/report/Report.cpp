#include "Report.h"

#include <QSet>

#include "exchange/Template.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cmath>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

} // namespace

QSet<ReportSection> ReportOptions::allSections()
{
    return { ReportSection::Scores, ReportSection::Checklists, ReportSection::Gaps, ReportSection::Risks,
        ReportSection::Kpis, ReportSection::Milestones, ReportSection::SignOffs, ReportSection::Evidence };
}

QString ReportOptions::key(ReportSection s)
{
    switch (s) {
    case ReportSection::Scores:
        return QStringLiteral("scores");
    case ReportSection::Checklists:
        return QStringLiteral("checklists");
    case ReportSection::Gaps:
        return QStringLiteral("gaps");
    case ReportSection::Risks:
        return QStringLiteral("risks");
    case ReportSection::Kpis:
        return QStringLiteral("kpis");
    case ReportSection::Milestones:
        return QStringLiteral("milestones");
    case ReportSection::SignOffs:
        return QStringLiteral("signoffs");
    case ReportSection::Evidence:
        return QStringLiteral("evidence");
    }
    return {};
}

std::optional<ReportSection> ReportOptions::sectionFromKey(const QString& key)
{
    for (ReportSection s : allSections()) {
        if (ReportOptions::key(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QString ReportOptions::label(ReportSection s)
{
    switch (s) {
    case ReportSection::Scores:
        return tr("Scores by domain");
    case ReportSection::Checklists:
        return tr("Checklists");
    case ReportSection::Gaps:
        return tr("Gaps and findings");
    case ReportSection::Risks:
        return tr("Risks");
    case ReportSection::Kpis:
        return tr("Key performance indicators");
    case ReportSection::Milestones:
        return tr("Comparison with the last milestone");
    case ReportSection::SignOffs:
        return tr("Sign-offs");
    case ReportSection::Evidence:
        return tr("Evidence manifest");
    }
    return {};
}

QVector<const ReportDomain*> Report::missedTargets() const
{
    QVector<const ReportDomain*> out;
    for (const ReportDomain& d : domains) {
        if (d.meetsTarget && !*d.meetsTarget)
            out.append(&d);
    }
    return out;
}

QJsonObject Report::state() const
{
    QJsonArray evidence;
    for (const Evidence& e : assessment.evidence) {
        if (!e.isLink())
            evidence.append(
                QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("sha256"), e.sha256 } });
    }
    // What a reader of the report sees, so that verify --project compares that, not only hashes.
    const auto label = [](const ScoreLabel& l) {
        return QJsonObject { { QStringLiteral("score"), l.display ? QJsonValue(*l.display) : QJsonValue() },
            { QStringLiteral("grade"), l.grade }, { QStringLiteral("status"), l.status } };
    };
    QJsonObject domainFigures;
    for (const ReportDomain& d : domains)
        domainFigures.insert(d.score.key, label(d.label));
    QJsonObject items;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items)
            items.insert(i.key, toKey(i.status));
    }
    QJsonObject figures = label(overallLabel);
    figures.insert(QStringLiteral("decision"), toKey(assessment.info.decision));
    figures.insert(QStringLiteral("conditions"), assessment.info.conditions);
    figures.insert(QStringLiteral("domains"), domainFigures);
    figures.insert(QStringLiteral("items"), items);
    return { { QStringLiteral("audit_head"), auditHead }, { QStringLiteral("audit_rows"), auditRows },
        { QStringLiteral("evidence"), evidence }, { QStringLiteral("figures"), figures } };
}

QString Report::documentStatus() const
{
    return options.final ? Tr::tr("Final") : Tr::tr("Draft");
}

QStringList Report::limitations() const
{
    QStringList out;
    const int open = overall.items - overall.assessed;
    if (open > 0)
        out << Tr::tr("%n item(s) not assessed yet; they earn no points, so the scores can only rise as they "
                      "are assessed.",
            nullptr, open);
    int notApplicable = 0;
    int notStarted = 0;
    for (const ReportDomain& d : domains) {
        notApplicable += d.score.items - d.score.applicable;
        if (d.score.isNotStarted())
            ++notStarted;
    }
    if (notApplicable > 0)
        out << Tr::tr("%n item(s) marked not applicable are left out of the scores.", nullptr, notApplicable);
    if (notStarted > 0)
        out << Tr::tr(
            "%n domain(s) not started: shown without a score, counted with 0 % in the overall score.",
            nullptr, notStarted);
    if (overall.adjusted)
        out << Tr::tr("Some scores are adjusted by the assessors; the computed scores and the reasons stand "
                      "beside them.");
    out << Tr::tr("Evidence is described as the assessors found it; the report proves that the stored files "
                  "are unchanged "
                  "(their SHA-256), not that they are true.");
    if (!options.limitations.trimmed().isEmpty())
        out << options.limitations.trimmed();
    return out;
}

QStringList Report::methodParagraphs() const
{
    const Bands& b = assessment.bands;
    QStringList out;
    out << Tr::tr("Each item is assessed as met (full points), partially met (the points the assessor gives, "
                  "by default half), "
                  "not met (no points), not applicable (left out) or not yet assessed (no points).");
    out << Tr::tr(
        "A domain's score is the points earned as a share of the points possible for its applicable items. "
        "Until one of its items is assessed a domain is not started and has no score.");
    out << Tr::tr("The overall score is the mean of the domain scores weighted by each domain's weight (or, "
                  "without weights, "
                  "by its points possible); a domain not started counts with 0 % once anything is assessed.");
    out << Tr::tr("Scores are shown as whole percent; the bands below apply to the shown figure.");
    if (!b.statuses.isEmpty())
        out << Tr::tr("An unmet blocker makes the assessment \"%1\" whatever its score.")
                   .arg(b.notReadyStatus());
    out << Tr::tr("A domain meets its target when its shown score is at or above the target.");
    // The rules for answers other than a status, said only for the kinds this checklist asks.
    QSet<QuestionType> types;
    bool conditional = false;
    bool grouped = false;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items) {
            types.insert(i.question.type);
            conditional = conditional || !i.question.dependsOn.isEmpty();
            grouped = grouped || !i.question.groups.isEmpty();
        }
    }
    if (types.contains(QuestionType::YesNo))
        out << Tr::tr("A yes/no question earns all its points for yes and none for no.");
    if (types.contains(QuestionType::Level))
        out << Tr::tr(
            "A maturity level earns its share of the way from the lowest level to the item's target "
            "level (the highest level where no target is set): at or above the target the item is "
            "met, at the lowest level not met, in between partially met. The report shows the gap "
            "to the target in levels.");
    if (types.contains(QuestionType::SingleChoice) || types.contains(QuestionType::MultipleChoice))
        out << Tr::tr(
            "A choice earns its score as a share of the highest score of the question's choices; "
            "several choices earn the sum of their scores as a share of the question's full score "
            "(the sum of its positive scores unless the checklist sets one), at most all points. A "
            "choice that carries a verdict (met, partially met, not met, not applicable) gives that.");
    if (types.contains(QuestionType::Number))
        out << Tr::tr("A number earns the share of the first of the question's ranges that holds it, nothing "
                      "when none does.");
    if (types.contains(QuestionType::Date) || types.contains(QuestionType::Text))
        out << Tr::tr("Dates and texts are recorded as given and not scored.");
    if (conditional || grouped)
        out << Tr::tr("An item that applies only after a given answer to another item, or only to "
                      "implementation groups not chosen, does not apply while that is so: like a not "
                      "applicable item it is left out of both sides of the ratio, and the report says why.");
    return out;
}

QVector<Report::ScaleRow> Report::scale() const
{
    QVector<ScaleRow> out;
    const auto add = [&out](const QString& kind, const QVector<Band>& bands) {
        for (int i = 0; i < bands.size(); ++i) {
            const int from = int(std::ceil(bands.at(i).min));
            const int to = i == 0 ? 100 : int(std::ceil(bands.at(i - 1).min)) - 1;
            out.append({ kind, bands.at(i).label,
                from == to ? QString::number(from) : Tr::tr("%1–%2").arg(from).arg(to) });
        }
    };
    add(Tr::tr("Grade"), assessment.bands.grades);
    add(Tr::tr("Rating"), assessment.bands.ratings);
    add(Tr::tr("Status"), assessment.bands.statuses);
    return out;
}

ReportAttention ReportAttention::of(const Assessment& a, const QDate& today)
{
    ReportAttention r;
    for (const Evidence& e : a.evidence) {
        ReportEvidenceIssue issue { e, e.isExpired(today), e.isOutside(a.info.periodFrom, a.info.periodTo),
            e.review == EvidenceReview::Rejected };
        if (issue.expired || issue.outsidePeriod || issue.rejected)
            r.evidenceIssues.append(issue);
    }
    // Per item: whether it has evidence and whether all of it was rejected; its open threads. One pass
    // over the evidence and the comments, not one per item.
    QHash<QString, bool> allRejected; // item key -> every piece rejected
    for (const Evidence& e : a.evidence) {
        for (const QString& key : e.itemKeys) {
            auto it = allRejected.find(key);
            if (it == allRejected.end())
                allRejected.insert(key, e.review == EvidenceReview::Rejected);
            else
                *it = *it && e.review == EvidenceReview::Rejected;
        }
    }
    QHash<QString, int> replies; // thread UUID -> replies
    QHash<QString, QVector<const Comment*>> threads; // item UUID -> open threads
    for (const Comment& c : a.comments) {
        if (!c.startsThread())
            ++replies[c.parentUuid];
        else if (!c.resolved)
            threads[c.itemUuid].append(&c);
    }
    for (const Domain& d : a.domains) {
        for (const Item& i : d.items) {
            if (allRejected.value(i.key, false))
                r.rejectedOnly.append({ d.key, d.title, i });
            if (!i.flag.isEmpty())
                r.openFlags.append({ i.key, d.title, i.text, i.flag, {}, 0 });
            for (const Comment* c : threads.value(i.uuid))
                r.openThreads.append({ i.key, d.title, i.text, {}, *c, replies.value(c->uuid) });
        }
    }
    return r;
}

QString Report::finalBlocked() const
{
    return attention.finalBlocked();
}

QString ReportAttention::finalBlocked() const
{
    if (!reviewOpen())
        return {};
    return Tr::tr("The report cannot be final while the review is open: %1 and %2 remain. Resolve or clear "
                  "them (see \"readiness-cli review\" or the Review filter), or make a draft.")
        .arg(Tr::tr("%n flagged item(s)", nullptr, int(openFlags.size())),
            Tr::tr("%n unresolved comment thread(s)", nullptr, int(openThreads.size())));
}

QVector<const Finding*> Report::detailedFindings() const
{
    QVector<const Finding*> out;
    for (const Finding& f : assessment.findings) {
        if (!f.criteria.isEmpty() || !f.cause.isEmpty() || !f.effect.isEmpty() || !f.recommendation.isEmpty()
            || !f.response.isEmpty() || !f.grade.isEmpty())
            out.append(&f);
    }
    return out;
}

Report Report::build(const Project& project, const ReportOptions& options)
{
    Report r;
    r.options = options;
    r.assessment = project.assessment();
    // The built-in checklist's texts and band labels in the report's language, whichever language the
    // project was created in; what the assessors typed stays as typed.
    Assessment& a = r.assessment;
    for (QVector<Band>* bands : { &a.bands.ratings, &a.bands.statuses }) {
        for (Band& band : *bands)
            band.label = Template::displayText(band.label);
    }
    for (Domain& d : a.domains) {
        d.title = Template::displayText(d.title);
        d.description = Template::displayText(d.description);
        for (Item& i : d.items) {
            i.text = Template::displayText(i.text);
            i.guidance = Template::displayText(i.guidance);
        }
    }
    const Scoreboard& scores = project.scores();
    r.overall = scores.overall();
    const Bands& bands = r.assessment.bands;
    r.overallLabel = Scoring::label(r.overall.score, bands, r.overall.unmetBlockers);
    r.computedLabel = Scoring::label(r.overall.computed, bands, r.overall.unmetBlockers);
    for (const DomainScore& d : scores.domains()) {
        ReportDomain rd;
        rd.score = d;
        rd.score.title = Template::displayText(d.title);
        rd.label = Scoring::label(d.score(), bands);
        rd.computedLabel = Scoring::label(d.computed, bands);
        rd.meetsTarget = Scoring::meetsTarget(d);
        r.domains.append(rd);
    }
    // Unmet blockers first, then not met, partially met and not yet assessed, each in checklist order:
    // one list per rank, filled in checklist order, then joined (no sort moves the items around).
    const auto rank = [](const Item& i) {
        if (i.blocker && i.status == ItemStatus::Unmet)
            return 0;
        switch (i.status) {
        case ItemStatus::Unmet:
            return 1;
        case ItemStatus::Partial:
            return 2;
        default:
            return 3;
        }
    };
    std::array<QVector<ReportGap>, 4> ranked;
    for (const Domain& d : r.assessment.domains) {
        for (const Item& i : d.items) {
            if (i.status == ItemStatus::Open || i.status == ItemStatus::Partial
                || i.status == ItemStatus::Unmet)
                ranked[std::size_t(rank(i))].append({ d.key, d.title, i });
            if (i.blocker && i.status == ItemStatus::Unmet)
                r.unmetBlockers.append({ d.key, d.title, i });
        }
    }
    for (QVector<ReportGap>& gaps : ranked)
        r.gaps.append(std::move(gaps));

    for (const Finding& f : r.assessment.findings) {
        if ((f.priority == Priority::Critical || f.priority == Priority::High)
            && f.state != FindingState::Done) {
            r.keyFindings.append(f);
            r.keyFindingsEffort += f.effortHours.value_or(0);
        }
    }
    std::stable_sort(r.keyFindings.begin(), r.keyFindings.end(),
        [](const Finding& a, const Finding& b) { return int(a.priority) < int(b.priority); });

    for (const Finding& f : r.assessment.findings) {
        auto group = std::find_if(r.recommendations.begin(), r.recommendations.end(),
            [&f](const ReportPriorityGroup& g) { return g.priority == f.priority; });
        if (group == r.recommendations.end()) {
            r.recommendations.append({ f.priority, {}, 0 });
            group = r.recommendations.end() - 1;
        }
        group->findings.append(f);
        group->effortHours += f.effortHours.value_or(0);
        r.recommendationsEffort += f.effortHours.value_or(0);
    }
    std::sort(r.recommendations.begin(), r.recommendations.end(),
        [](const ReportPriorityGroup& a, const ReportPriorityGroup& b) {
            return int(a.priority) < int(b.priority);
        });

    if (!r.assessment.snapshots.isEmpty()) {
        const Snapshot* latest = &r.assessment.snapshots.constFirst();
        for (const Snapshot& s : r.assessment.snapshots) {
            if (s.takenAt > latest->takenAt)
                latest = &s;
        }
        r.milestone = ReportMilestone { latest->name, latest->takenAt,
            Milestones::compare(r.assessment, *latest, project.currentState()) };
    }

    // Evidence to look at again, judged on the day the report is made, and what the review left open.
    r.attention = ReportAttention::of(r.assessment, QDate::currentDate());

    project.file().read([&r](QSqlDatabase& db, QString*) {
        r.auditHead = AuditLog::headHash(db);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next())
            r.auditRows = q.value(0).toLongLong();
        return true;
    });
    r.staleSignOffs = project.signOffChanges();
    r.projectFileName = QFileInfo(project.path()).fileName();
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.generatedAt.setTime(
        QTime(r.generatedAt.time().hour(), r.generatedAt.time().minute(), r.generatedAt.time().second()));
    r.generator = QStringLiteral("Readiness Workbench %1").arg(QStringLiteral(READINESS_VERSION));
    return r;
}

} // namespace rw
