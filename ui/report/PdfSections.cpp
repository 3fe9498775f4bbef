#include "PdfParts.h"

#include "scoring/Answers.h"

#include "signing/ReportSigning.h"
#include "widgets/RatingColors.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextTable>

// The report's sections, in the order they appear.

namespace PdfReport::detail {

void Builder::summary()
{
    heading(Tr::tr("Executive summary"), true);
    const ScoreLabel& l = m_r.overallLabel;
    if (l.display)
        paragraph(Tr::tr("The overall readiness score is %1 of 100: grade %2, %3.")
                      .arg(*l.display)
                      .arg(l.grade, l.status),
            font(10.5, true));
    else
        paragraph(Tr::tr("The assessment is not scored yet: no applicable item has been assessed."),
            font(10.5, true));
    if (m_r.overall.adjusted) {
        paragraph(Tr::tr("Computed score %1 (grade %2, %3); adjusted score %4 (grade %5, %6).")
                      .arg(percent(m_r.computedLabel.display), m_r.computedLabel.grade,
                          m_r.computedLabel.status, percent(l.display), l.grade, l.status),
            font(9.5));
        if (m_r.overall.overallAdjustment)
            paragraph(Tr::tr("Reason for the adjustment: %1").arg(m_r.overall.adjustmentReason), font(9.5));
        for (const ReportDomain& d : m_r.domains) {
            if (d.score.adjusted)
                paragraph(Tr::tr("%1 adjusted from %2 to %3: %4")
                              .arg(d.score.title, percent(d.computedLabel.display), percent(d.label.display),
                                  d.score.adjustmentReason),
                    font(9.5));
        }
    }
    chartBlock(QStringLiteral("overall"), 0.3);
    const auto missed = m_r.missedTargets();
    subheading(Tr::tr("Domains below their target"));
    if (missed.isEmpty())
        paragraph(Tr::tr("Every domain with a target meets it."), font(9.5));
    for (const ReportDomain* d : missed)
        paragraph(QStringLiteral("•  ")
                + Tr::tr("%1: %2, target ≥ %3 %")
                      .arg(d->score.title, percent(d->label.display), number(*d->score.target)),
            font(9.5));
    subheading(Tr::tr("Blockers"));
    if (m_r.unmetBlockers.isEmpty())
        paragraph(Tr::tr("No blocker is unmet."), font(9.5));
    else
        paragraph(Tr::tr("While a blocker is unmet the status is %1 whatever the score.")
                      .arg(m_r.assessment.bands.notReadyStatus()),
            font(9.5));
    for (const ReportGap& g : m_r.unmetBlockers)
        paragraph(QStringLiteral("•  %1 (%2): %3").arg(g.item.key, g.domainTitle, g.item.text), font(9.5));
    const ReportAttention& attention = m_r.attention;
    if (!attention.evidenceIssues.isEmpty() || !attention.rejectedOnly.isEmpty())
        paragraph(Tr::tr("Evidence to look at again: %1 and %2 (see the evidence manifest).")
                      .arg(Tr::tr("%n piece(s) of evidence expired, dated outside the assessment period or "
                                  "rejected",
                               nullptr, int(attention.evidenceIssues.size())),
                          Tr::tr("%n item(s) whose only evidence was rejected", nullptr,
                              int(attention.rejectedOnly.size()))),
            font(9.5, true, RatingColors::forRatingIndex(3)));
    if (attention.reviewOpen())
        paragraph(
            Tr::tr("The review is open: %1 and %2 (see the sign-offs).")
                .arg(Tr::tr("%n flagged item(s)", nullptr, int(attention.openFlags.size())),
                    Tr::tr("%n unresolved comment thread(s)", nullptr, int(attention.openThreads.size()))),
            font(9.5, true));
    if (m_r.keyFindings.isEmpty()) {
        subheading(Tr::tr("Critical and high findings"));
        paragraph(Tr::tr("None open."), font(9.5));
    } else {
        tableCaption(Tr::tr("Critical and high findings"));
        Grid* t = table(int(m_r.keyFindings.size()) + 1, { 9, 12, 55, 12, 12 },
            { Tr::tr("ID"), Tr::tr("Priority"), Tr::tr("Finding"), Tr::tr("Effort"), Tr::tr("Owner") });
        int row = 1;
        for (const Finding& f : m_r.keyFindings) {
            cell(t, row, 0, f.reference(), font(7.5, false, Muted));
            cell(t, row, 1, toLabel(f.priority),
                font(8.5, true, f.priority == Priority::Critical ? RatingColors::forRatingIndex(3) : Ink));
            cell(t, row, 2, f.title);
            cell(t, row, 3, f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours)) : Tr::tr("–"),
                Qt::AlignRight);
            cell(t, row, 4, f.owner);
            ++row;
        }
        cell(t, row, 2, Tr::tr("Total"), font(8.5, true));
        cell(t, row, 3, Tr::tr("%1 h").arg(number(m_r.keyFindingsEffort)), font(8.5, true), Qt::AlignRight);
        after(t);
    }
}

void Builder::scopeAndLimitations()
{
    heading(Tr::tr("Scope and limitations"), true);
    subheading(Tr::tr("Scope"));
    paragraph(m_r.assessment.info.scope.isEmpty() ? Tr::tr("The scope was not recorded.")
                                                  : m_r.assessment.info.scope,
        font(9.5));
    if (!m_r.assessment.info.system.isEmpty())
        paragraph(Tr::tr("System under assessment: %1").arg(m_r.assessment.info.system), font(9.5));
    paragraph(Tr::tr("Checklist: %1 (%n item(s) in %2 domains).", nullptr, m_r.overall.items)
                  .arg(m_r.assessment.info.templateId.isEmpty() ? m_r.assessment.info.title
                                                                : m_r.assessment.info.templateId)
                  .arg(m_r.domains.size()),
        font(9.5));
    subheading(Tr::tr("Limitations"));
    for (const QString& limit : m_r.limitations())
        paragraph(QStringLiteral("•  ") + limit, font(9.5));
}

void Builder::method()
{
    heading(Tr::tr("Method and rating scale"));
    for (const QString& p : m_r.methodParagraphs())
        paragraph(p, font(9.5));
    tableCaption(
        Tr::tr("Rating scale"), Tr::tr("The bands of this checklist, on the shown whole-percent score."));
    const QVector<Report::ScaleRow> scale = m_r.scale();
    Grid* t = table(
        int(scale.size()), { 30, 40, 30 }, { Tr::tr("Scale"), Tr::tr("Band"), Tr::tr("Shown score") });
    int row = 1;
    for (const Report::ScaleRow& r : scale) {
        cell(t, row, 0, r.kind, font(8.5, false, Muted));
        cell(t, row, 1, r.label, font(8.5, true));
        cell(t, row, 2, r.range);
        ++row;
    }
    after(t);
}

void Builder::scores()
{
    heading(Tr::tr("Scores by domain"), true);
    const Bands& bands = m_r.assessment.bands;
    Grid* t = table(int(m_r.domains.size()), { 22, 9, 11, 13, 17, 13, 15 },
        { Tr::tr("Domain"), Tr::tr("Weight"), Tr::tr("Earned / possible"), Tr::tr("Score"), Tr::tr("Bar"),
            Tr::tr("Rating"), Tr::tr("Target") });
    int row = 1;
    for (const ReportDomain& d : m_r.domains) {
        const DomainScore& s = d.score;
        cell(t, row, 0, s.title, font(8.5, true));
        cell(t, row, 1,
            s.weightFromTemplate ? QStringLiteral("%1 %").arg(number(s.weight))
                                 : Tr::tr("%1 pts").arg(number(s.weight)),
            Qt::AlignRight);
        cell(t, row, 2, QStringLiteral("%1 / %2").arg(number(s.earned), number(s.possible)), Qt::AlignRight);
        QString score = percent(d.label.display);
        if (s.adjusted)
            score += QLatin1Char('\n') + Tr::tr("(computed %1)").arg(percent(d.computedLabel.display));
        cell(t, row, 3, score, Qt::AlignRight);
        if (d.label.score)
            barCell(t, row, 4, { *d.label.score, ratingColor(bands, d.label.rating), s.target });
        if (d.label.rating.isEmpty())
            cell(t, row, 5, s.isNotStarted() ? Tr::tr("not started") : Tr::tr("not scored"));
        else
            statusCell(t, row, 5, d.label.rating, ratingColor(bands, d.label.rating));
        QString target = s.target ? QStringLiteral("≥ %1 %").arg(number(*s.target)) : Tr::tr("none");
        if (d.meetsTarget)
            target += QLatin1Char(' ') + (*d.meetsTarget ? Tr::tr("met") : Tr::tr("missed"));
        cell(t, row, 6, target,
            font(8.5, d.meetsTarget && !*d.meetsTarget,
                d.meetsTarget && !*d.meetsTarget ? RatingColors::forRatingIndex(3) : Ink));
        ++row;
    }
    after(t);
    chartBlock(QStringLiteral("domainScores"), 0.55);
    chartBlock(QStringLiteral("radar"), 0.5);
    chartBlock(QStringLiteral("statuses"), 0.5);
}

void Builder::checklists()
{
    heading(Tr::tr("Checklists"), true);
    QHash<QString, QStringList> evidenceOf;
    for (const Evidence& e : m_r.assessment.evidence) {
        for (const QString& key : e.itemKeys)
            evidenceOf[key] << e.name;
    }
    for (int di = 0; di < m_r.assessment.domains.size(); ++di) {
        const Domain& d = m_r.assessment.domains.at(di);
        const ReportDomain& rd = m_r.domains.at(di);
        QString title = QStringLiteral("%1. %2 — %3").arg(di + 1).arg(d.title, percent(rd.label.display));
        if (!rd.label.rating.isEmpty())
            title += QStringLiteral(" (%1)").arg(rd.label.rating);
        tableCaption(title, d.description);
        m_domainGrids.append(
            { int(m_objects->grids().size()), QStringLiteral("%1. %2").arg(di + 1).arg(d.title) });
        // Six columns on a portrait page: the points go under the status, so that the item and the
        // note keep their width.
        Grid* t = table(int(d.items.size()), { 10, 34, 15, 12, 19, 10 },
            { Tr::tr("Key"), Tr::tr("Item"), Tr::tr("Status and points"), Tr::tr("Owner"), Tr::tr("Note"),
                Tr::tr("Evidence") });
        t->autoWidths = true;
        int row = 1;
        for (const Item& i : d.items) {
            cell(t, row, 0, i.key, font(7.5, false, Muted));
            cell(t, row, 1, i.text);
            if (i.blocker)
                append(t, row, 1, QStringLiteral(" ") + Tr::tr("(blocker)"),
                    font(8.5, true, RatingColors::forRatingIndex(3)));
            const ItemStatus status = i.effectiveStatus();
            const QString recorded = ReportText::recordedOnly(i);
            const QString label = recorded.isEmpty() ? toLabel(status) : recorded;
            statusCell(t, row, 2,
                i.risk().isEmpty() ? label : Tr::tr("%1 · %2").arg(label, LensRisk::label(i.risk())),
                RatingColors::forStatus(status));
            // The answer as given, the gap to a target level, and why an item does not apply.
            if (i.question.type != QuestionType::Status && Answers::isAnswered(i.answer)) {
                QString answer = Tr::tr("Answer: %1").arg(Answers::shown(i.question, i.answer));
                if (const QString gap = ReportText::targetGap(i); !gap.isEmpty())
                    answer += QStringLiteral(" (%1)").arg(gap);
                append(t, row, 2, QLatin1Char('\n') + answer, font(7.5));
            }
            if (!i.doesNotApply.isEmpty())
                append(t, row, 2, QLatin1Char('\n') + i.doesNotApply, font(7.5, false, Muted));
            if (Scoring::isApplicable(i))
                append(t, row, 2,
                    QLatin1Char('\n')
                        + Tr::tr("%1 of %2 points").arg(number(Scoring::earnedPoints(i)), number(i.points)),
                    font(7.5, false, Muted));
            cell(t, row, 3, i.owner);
            cell(t, row, 4, i.note, font(8));
            cell(t, row, 5, breakable(evidenceOf.value(i.key).join(QStringLiteral(", "))), font(8));
            ++row;
        }
        after(t);
    }
}

void Builder::gaps()
{
    heading(Tr::tr("Gaps and findings"), true);
    if (m_r.gaps.isEmpty()) {
        subheading(Tr::tr("Open gaps"));
        paragraph(Tr::tr("Every applicable item is met."), font(9.5));
    } else {
        tableCaption(Tr::tr("Open gaps"));
        Grid* t = table(int(m_r.gaps.size()), { 9, 20, 14, 57 },
            { Tr::tr("Key"), Tr::tr("Domain"), Tr::tr("Status"), Tr::tr("Item and note") });
        t->autoWidths = true;
        int row = 1;
        for (const ReportGap& g : m_r.gaps) {
            cell(t, row, 0, g.item.key, font(8, false, Muted));
            cell(t, row, 1, g.domainTitle);
            statusCell(t, row, 2, toLabel(g.item.status), RatingColors::forStatus(g.item.status));
            cell(t, row, 3, g.item.text);
            if (g.item.blocker)
                append(t, row, 3, QStringLiteral(" ") + Tr::tr("(blocker)"),
                    font(8.5, true, RatingColors::forRatingIndex(3)));
            if (!g.item.note.isEmpty())
                append(t, row, 3, QStringLiteral(" — ") + g.item.note, font(8, false, Muted));
            ++row;
        }
        after(t);
    }
    if (m_r.assessment.findings.isEmpty())
        return;
    chartBlock(QStringLiteral("recommendations"), 0.5);
    for (const ReportPriorityGroup& group : m_r.recommendations) {
        tableCaption(Tr::tr("%1 priority · %2 h").arg(toLabel(group.priority), number(group.effortHours)));
        Grid* t = table(int(group.findings.size()), { 9, 33, 9, 14, 12, 10, 13 },
            { Tr::tr("ID"), Tr::tr("Finding"), Tr::tr("Effort"), Tr::tr("Owner"), Tr::tr("Due"),
                Tr::tr("State"), Tr::tr("Items") });
        t->autoWidths = true;
        int row = 1;
        for (const Finding& f : group.findings) {
            cell(t, row, 0, f.reference(), font(7.5, false, Muted));
            cell(t, row, 1, f.title);
            cell(t, row, 2, f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours)) : Tr::tr("–"),
                Qt::AlignRight);
            cell(t, row, 3, f.owner);
            cell(t, row, 4, ReportText::date(f.dueDate));
            cell(t, row, 5, toLabel(f.state));
            cell(t, row, 6, f.itemKeys.join(QStringLiteral(", ")), font(8));
            ++row;
        }
        after(t);
    }
    paragraph(Tr::tr("Total effort of all findings: %1 h.").arg(number(m_r.recommendationsEffort)),
        font(9.5, true));
    // The findings written out as auditors write them: condition, criteria, cause, effect,
    // recommendation, management response.
    const QVector<const Finding*> detailed = m_r.detailedFindings();
    if (detailed.isEmpty())
        return;
    subheading(Tr::tr("Findings in detail"));
    for (const Finding* f : detailed) {
        const QString grade = ReportText::grade(*f, m_r.assessment.findingGrades);
        paragraph(grade.isEmpty() ? QStringLiteral("%1 %2").arg(f->reference(), f->title)
                                  : QStringLiteral("%1 %2 — %3").arg(f->reference(), f->title, grade),
            font(10, true), pt(2));
        const QVector<std::pair<QString, QString>> parts = ReportText::findingParts(*f);
        Grid* t = table(int(parts.size()), { 24, 76 }, { Tr::tr("Part"), Tr::tr("Finding") });
        int row = 1;
        for (const auto& [heading, text] : parts) {
            cell(t, row, 0, heading, font(8.5, true, Muted));
            cell(t, row, 1, text);
            ++row;
        }
        after(t);
    }
}

void Builder::risks()
{
    heading(Tr::tr("Risks"), true);
    block(pt(4), pt(6), Qt::AlignHCenter);
    // The matrix is drawn for paper (drawRiskMatrix), nearly square.
    chart(QStringLiteral("risks"), 0.6, 0.86);
    Grid* t = table(int(m_r.assessment.risks.size()), { 24, 11, 7, 7, 8, 25, 10, 8 },
        { Tr::tr("Risk"), Tr::tr("Category"), Tr::tr("P"), Tr::tr("I"), Tr::tr("Severity"),
            Tr::tr("Mitigation"), Tr::tr("Owner"), Tr::tr("State") });
    t->autoWidths = true;
    int row = 1;
    for (const Risk& k : m_r.assessment.risks) {
        cell(t, row, 0, k.title, font(8.5, true));
        cell(t, row, 1, toLabel(k.category));
        cell(t, row, 2, QString::number(k.probability), Qt::AlignRight);
        cell(t, row, 3, QString::number(k.impact), Qt::AlignRight);
        const int severity = k.severity();
        const QColor color = severity >= 15 ? RatingColors::forRatingIndex(3)
            : severity >= 8                 ? RatingColors::forRatingIndex(2)
                                            : RatingColors::forRatingIndex(0);
        statusCell(t, row, 4, QString::number(severity), color);
        cell(t, row, 5, k.mitigation, font(8));
        cell(t, row, 6, k.owner);
        cell(t, row, 7, toLabel(k.state));
        ++row;
    }
    after(t);
}

void Builder::kpis()
{
    heading(Tr::tr("Key performance indicators"), true);
    chartBlock(QStringLiteral("kpis"), 0.5);
    Grid* t = table(int(m_r.assessment.kpis.size()), { 46, 18, 18, 18 },
        { Tr::tr("KPI"), Tr::tr("Target"), Tr::tr("Actual"), Tr::tr("Result") });
    int row = 1;
    for (const Kpi& k : m_r.assessment.kpis) {
        const std::optional<bool> passes = k.passes();
        const QString unit = k.unit.isEmpty() ? QString() : QStringLiteral(" ") + k.unit;
        cell(t, row, 0, k.name);
        cell(t, row, 1, ReportText::comparator(k.comparator) + QStringLiteral(" ") + number(k.target) + unit,
            Qt::AlignRight);
        cell(t, row, 2, k.actual ? number(*k.actual) + unit : Tr::tr("not measured"), Qt::AlignRight);
        if (passes)
            statusCell(t, row, 3, *passes ? Tr::tr("pass") : Tr::tr("fail"),
                *passes ? RatingColors::forRatingIndex(0) : RatingColors::forRatingIndex(3));
        else
            cell(t, row, 3, Tr::tr("–"));
        ++row;
    }
    after(t);
}

void Builder::milestone()
{
    const MilestoneComparison& c = m_r.milestone->comparison;
    heading(Tr::tr("Since the last milestone"), true);
    paragraph(Tr::tr("Compared with milestone “%1” of %2.")
                  .arg(m_r.milestone->name, ReportText::date(m_r.milestone->takenAt.date())),
        font(9.5));
    Grid* t = table(int(c.domains.size()) + 1, { 52, 16, 16, 16 },
        { Tr::tr("Domain"), Tr::tr("Then"), Tr::tr("Now"), Tr::tr("Change") });
    cell(t, 1, 0, Tr::tr("Overall"), font(8.5, true));
    cell(t, 1, 1, ReportText::score(c.overallFrom), Qt::AlignRight);
    cell(t, 1, 2, ReportText::score(c.overallTo), Qt::AlignRight);
    cell(t, 1, 3, ReportText::change(c.overallFrom, c.overallTo), font(8.5, true), Qt::AlignRight);
    int row = 2;
    for (const DomainDelta& d : c.domains) {
        cell(t, row, 0, d.title);
        cell(t, row, 1, ReportText::score(d.from), Qt::AlignRight);
        cell(t, row, 2, ReportText::score(d.to), Qt::AlignRight);
        cell(t, row, 3, ReportText::change(d.from, d.to), Qt::AlignRight);
        ++row;
    }
    after(t);
    if (!c.changedItems.isEmpty()) {
        tableCaption(Tr::tr("%n item(s) changed status", nullptr, int(c.changedItems.size())));
        Grid* s = table(int(c.changedItems.size()), { 10, 50, 20, 20 },
            { Tr::tr("Key"), Tr::tr("Item"), Tr::tr("Then"), Tr::tr("Now") });
        int r = 1;
        for (const StatusChange& ch : c.changedItems) {
            cell(s, r, 0, ch.itemKey, font(8, false, Muted));
            cell(s, r, 1, ch.itemText);
            statusCell(s, r, 2, toLabel(ch.from), RatingColors::forStatus(ch.from));
            statusCell(s, r, 3, toLabel(ch.to), RatingColors::forStatus(ch.to));
            ++r;
        }
        after(s);
    }
}

void Builder::signOffs()
{
    heading(Tr::tr("Sign-offs"), !m_r.options.has(ReportSection::Milestones) || !m_r.milestone);
    if (m_r.assessment.signOffs.isEmpty()) {
        paragraph(Tr::tr("No approver has signed off yet."), font(9.5));
        return;
    }
    Grid* t = table(int(m_r.assessment.signOffs.size()), { 20, 18, 20, 27, 15 },
        { Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Decision"), Tr::tr("Conditions"), Tr::tr("Date") });
    t->autoWidths = true;
    int row = 1;
    for (const SignOff& s : m_r.assessment.signOffs) {
        cell(t, row, 0, s.name, font(8.5, true));
        cell(t, row, 1, s.role);
        statusCell(t, row, 2, toLabel(s.decision), decisionColor(s.decision));
        cell(t, row, 3, s.conditions);
        cell(t, row, 4, ReportText::date(s.signedAt.toUTC().date()));
        ++row;
    }
    after(t);
    const QString bound = ReportText::signOffBindings(m_r.assessment.signOffs, nullptr, m_r.staleSignOffs);
    if (!bound.isEmpty())
        paragraph(bound, font(8.5, false, Muted));
    review();
}

// Who reviewed each domain, and what the review left open.
void Builder::review()
{
    subheading(Tr::tr("Review"));
    Grid* t = table(int(m_r.assessment.domains.size()), { 50, 30, 20 },
        { Tr::tr("Domain"), Tr::tr("Reviewed by"), Tr::tr("Date") });
    int row = 1;
    for (const Domain& d : m_r.assessment.domains) {
        cell(t, row, 0, d.title);
        cell(t, row, 1, d.reviewedBy.isEmpty() ? Tr::tr("not reviewed yet") : d.reviewedBy,
            d.reviewedBy.isEmpty() ? font(8.5, false, Muted) : font(8.5));
        cell(t, row, 2, ReportText::date(d.reviewedAt.toUTC().date()));
        ++row;
    }
    after(t);
    const ReportAttention& a = m_r.attention;
    if (!a.reviewOpen()) {
        paragraph(Tr::tr("No item is flagged for review and every comment thread is resolved."), font(9.5));
        return;
    }
    Grid* open = table(int(a.openFlags.size() + a.openThreads.size()), { 10, 22, 68 },
        { Tr::tr("Key"), Tr::tr("Open"), Tr::tr("Why") });
    row = 1;
    for (const ReportReviewPoint& p : a.openFlags) {
        cell(open, row, 0, p.itemKey, font(8, false, Muted));
        statusCell(open, row, 1, Tr::tr("Flagged"), RatingColors::forRatingIndex(2));
        cell(open, row, 2, p.flag);
        ++row;
    }
    for (const ReportReviewPoint& p : a.openThreads) {
        cell(open, row, 0, p.itemKey, font(8, false, Muted));
        cell(open, row, 1, Tr::tr("Comment"));
        cell(open, row, 2,
            Tr::tr("%1, %2: %3")
                .arg(p.thread.by, ReportText::date(p.thread.at.toUTC().date()), p.thread.text));
        if (p.replies)
            append(open, row, 2, QStringLiteral(" ") + Tr::tr("(%n reply(ies))", nullptr, p.replies),
                font(8, false, Muted));
        ++row;
    }
    after(open);
}

void Builder::evidence()
{
    heading(Tr::tr("Evidence manifest"), true);
    paragraph(Tr::tr("Every file below is stored in the project; its SHA-256 identifies the exact bytes "
                     "the assessment rests on."),
        font(9, false, Muted));
    if (m_r.assessment.evidence.isEmpty()) {
        paragraph(Tr::tr("No evidence is attached."), font(9.5));
        return;
    }
    Grid* t = table(int(m_r.assessment.evidence.size()), { 20, 8, 38, 10, 12, 12 },
        { Tr::tr("Name"), Tr::tr("Size"), Tr::tr("SHA-256"), Tr::tr("Supports"), Tr::tr("Collected"),
            Tr::tr("Valid until · review") });
    QTextCharFormat mono = font(7);
    mono.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
    int row = 1;
    for (const Evidence& e : m_r.assessment.evidence) {
        cell(t, row, 0, breakable(e.name));
        cell(t, row, 1, e.isLink() ? Tr::tr("link") : QLocale().formattedDataSize(e.size), Qt::AlignRight);
        cell(t, row, 2, e.isLink() ? e.url : e.sha256, e.isLink() ? font(8) : mono);
        cell(t, row, 3, e.itemKeys.join(QStringLiteral(", ")), font(8));
        cell(t, row, 4, ReportText::collected(e), font(8));
        cell(t, row, 5,
            (e.validUntil.isValid() ? ReportText::date(e.validUntil) : Tr::tr("–")) + QStringLiteral(" · ")
                + toLabel(e.review),
            font(8));
        ++row;
    }
    after(t);
    const ReportAttention& a = m_r.attention;
    if (!a.evidenceIssues.isEmpty()) {
        tableCaption(Tr::tr("Evidence to look at again"));
        Grid* issues = table(int(a.evidenceIssues.size()), { 26, 14, 60 },
            { Tr::tr("Name"), Tr::tr("Supports"), Tr::tr("Why") });
        int r = 1;
        for (const ReportEvidenceIssue& i : a.evidenceIssues) {
            cell(issues, r, 0, breakable(i.evidence.name));
            cell(issues, r, 1, i.evidence.itemKeys.join(QStringLiteral(", ")), font(8));
            cell(issues, r, 2,
                ReportText::evidenceProblems(i.evidence, i.expired, i.outsidePeriod, i.rejected),
                font(8.5, false, RatingColors::forRatingIndex(3)));
            ++r;
        }
        after(issues);
    }
    if (!a.rejectedOnly.isEmpty()) {
        QStringList keys;
        for (const ReportGap& g : a.rejectedOnly)
            keys << g.item.key;
        paragraph(Tr::tr("Items whose only evidence was rejected: %1.").arg(keys.join(QStringLiteral(", "))),
            font(9.5, true));
    }
}

void Builder::closing()
{
    subheading(Tr::tr("Project state"));
    QTextCharFormat mono = font(7.5);
    mono.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
    paragraph(Tr::tr("This report describes %1 as of audit log entry %2, whose hash is:")
                  .arg(m_r.projectFileName)
                  .arg(m_r.auditRows),
        font(9));
    paragraph(m_r.auditHead, mono);
    paragraph(Tr::tr("Generated by %1 on %2.").arg(m_r.generator, m_r.generatedAt.toString(Qt::ISODate)),
        font(9, false, Muted));
    if (m_r.signer)
        paragraph(Tr::tr("Signed by %1; certificate SHA-256 fingerprint %2. The signature is embedded in "
                         "this PDF: check it with any PDF "
                         "reader, with pdfsig, or with readiness-cli verify.")
                      .arg(m_r.signer->name, m_r.signer->fingerprint),
            font(9, false, Muted));
}

} // namespace PdfReport::detail
