#include "MarkdownWriter.h"
#include "scoring/Answers.h"

#include "domain/SafeText.h"

#include "ReportText.h"
#include "scoring/Figures.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace rw::MarkdownWriter {

namespace {

using ReportText::number;
using ReportText::percent;

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownWriter)
};

QString statusMark(ItemStatus s)
{
    // A symbol and the word, so that the status never depends on the symbol alone.
    switch (s) {
    case ItemStatus::Met:
        return QStringLiteral("✅ ") + toLabel(s);
    case ItemStatus::Partial:
        return QStringLiteral("◐ ") + toLabel(s);
    case ItemStatus::Unmet:
        return QStringLiteral("❌ ") + toLabel(s);
    case ItemStatus::NotApplicable:
        return QStringLiteral("– ") + toLabel(s);
    case ItemStatus::Open:
        return QStringLiteral("☐ ") + toLabel(s);
    }
    return {};
}

// A date a reader reads, in the report's language ("2. Dezember 2026"); tables keep ISO dates, which sort.
QString date(const QDate& d)
{
    return d.isValid() ? ReportText::date(d) : Tr::tr("not set");
}

void row(QString& out, const QStringList& cells)
{
    out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

void header(QString& out, const QStringList& cells, const QString& align = {})
{
    row(out, cells);
    QStringList rule;
    for (int i = 0; i < cells.size(); ++i)
        rule << (i < align.size() && align.at(i) == QLatin1Char('r') ? QStringLiteral("---:")
                                                                     : QStringLiteral("---"));
    row(out, rule);
}

} // namespace

QString escape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    // Line breaks of any kind become one; control and bidirectional formatting characters are shown, never
    // written raw.
    QString lines = text.trimmed();
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString simplified = SafeText::forDocument(lines);
    for (int i = 0; i < simplified.size(); ++i) {
        const QChar c = simplified.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // Line breaks inside a cell or list entry become a visible separator, never a new block.
            if (c == QLatin1Char('\r') && i + 1 < simplified.size()
                && simplified.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral(" / ");
            continue;
        }
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '{':
        case '}':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&':
            // Only "&name;" and "&#..;" are entities; a lone "&" reads as itself.
            if (i + 1 < simplified.size()
                && (simplified.at(i + 1).isLetterOrNumber() || simplified.at(i + 1) == QLatin1Char('#')))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '+':
        case '-':
        case '=':
            // Only at the start of a line (the start of the text, as line breaks are folded above) do
            // these begin a list, a rule or a heading underline.
            if (out.isEmpty())
                out += QLatin1Char('\\');
            out += c;
            break;
        case '.':
            // "1." at the start would begin an ordered list.
            if (!out.isEmpty() && std::all_of(out.cbegin(), out.cend(), [](QChar d) { return d.isDigit(); }))
                out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bar(double percent, int width)
{
    const double clamped = std::clamp(percent, 0.0, 100.0);
    const int halves = int(std::lround(clamped / 100.0 * width * 2));
    QString out = QString(halves / 2, QChar(0x2588));
    if (halves % 2)
        out += QChar(0x258C);
    out += QString(width - halves / 2 - halves % 2, QChar(0x2591));
    return out;
}

namespace {

// The cover: who, what, when and the decision, as a table.
void cover(QString& out, const Report& r, const QString& marking)
{
    const AssessmentInfo& info = r.assessment.info;
    const ReportOptions& o = r.options;
    header(out, { Tr::tr("Readiness assessment"), QString() });
    if (!o.preparedFor.trimmed().isEmpty())
        row(out, { Tr::tr("Prepared for"), escape(o.preparedFor.trimmed()) });
    const QString author = !o.preparedBy.trimmed().isEmpty() ? o.preparedBy.trimmed()
        : r.signer                                           ? r.signer->name
                                                             : info.team;
    if (!author.isEmpty())
        row(out, { Tr::tr("Prepared by"), escape(author) });
    row(out,
        { Tr::tr("Document"), Tr::tr("Version %1 · %2").arg(escape(o.documentVersion), r.documentStatus()) });
    if (!marking.isEmpty())
        row(out, { Tr::tr("Classification"), escape(marking) });
    row(out, { Tr::tr("System under assessment"), escape(info.system) });
    row(out, { Tr::tr("Assessment date"), date(info.date) });
    if (info.periodFrom.isValid() || info.periodTo.isValid())
        row(out,
            { Tr::tr("Assessment period"),
                Tr::tr("%1 – %2").arg(ReportText::date(info.periodFrom), ReportText::date(info.periodTo)) });
    row(out, { Tr::tr("Team"), escape(info.team) });
    row(out, { Tr::tr("Scope"), escape(info.scope) });
    row(out, { Tr::tr("Decision"), toLabel(info.decision) });
    if (!info.conditions.isEmpty())
        row(out, { Tr::tr("Conditions"), escape(info.conditions) });
    row(out, { Tr::tr("Next review"), date(info.nextReview) });
    row(out,
        { Tr::tr("Checklist"),
            escape(QStringLiteral("%1 %2").arg(info.templateId, info.templateVersion).trimmed()) });
    if (r.signer)
        row(out,
            { Tr::tr("Signed by"),
                Tr::tr("%1, %2 (certificate SHA-256 %3)")
                    .arg(
                        escape(r.signer->name), r.signer->at.toString(Qt::ISODate), r.signer->fingerprint) });
    out += QLatin1Char('\n');
}

// Executive summary: the score, its rating, missed targets, blockers and key findings.
void summary(QString& out, const Report& r)
{
    // Executive summary
    out += Tr::tr("## Executive summary") + QStringLiteral("\n\n");
    const ScoreLabel& l = r.overallLabel;
    if (l.display) {
        out += Tr::tr("**Score %1 / 100 · Grade %2 · %3**").arg(*l.display).arg(l.grade, l.status)
            + QStringLiteral("\n\n");
        out += QStringLiteral("`%1` %2\n\n").arg(bar(*l.score), percent(l.display));
    } else {
        out += Tr::tr("**Not scored yet** (no applicable item has been assessed).") + QStringLiteral("\n\n");
    }
    if (r.overall.adjusted) {
        const ScoreLabel& c = r.computedLabel;
        out += Tr::tr("- Computed score: %1 (grade %2, %3)").arg(percent(c.display), c.grade, c.status)
            + QLatin1Char('\n');
        out += Tr::tr("- Adjusted score: %1 (grade %2, %3)").arg(percent(l.display), l.grade, l.status)
            + QLatin1Char('\n');
        if (r.overall.overallAdjustment)
            out += Tr::tr("- Reason for the adjustment: %1").arg(escape(r.overall.adjustmentReason))
                + QLatin1Char('\n');
        for (const ReportDomain& d : r.domains) {
            if (d.score.adjusted)
                out += Tr::tr("- %1 adjusted from %2 to %3: %4")
                           .arg(escape(d.score.title), percent(d.computedLabel.display),
                               percent(d.label.display), escape(d.score.adjustmentReason))
                    + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    out += Tr::tr("%1 of %2 items assessed.").arg(r.overall.assessed).arg(r.overall.items)
        + QStringLiteral("\n\n");
    const auto missed = r.missedTargets();
    if (missed.isEmpty()) {
        out += Tr::tr("Every domain with a target meets it.") + QStringLiteral("\n\n");
    } else {
        out += Tr::tr("**Domains below their target:**") + QStringLiteral("\n\n");
        for (const ReportDomain* d : missed)
            out += Tr::tr("- %1: %2, target ≥ %3 %")
                       .arg(escape(d->score.title), percent(d->label.display), number(*d->score.target))
                + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    if (!r.unmetBlockers.isEmpty()) {
        out += Tr::tr("**%n unmet blocker(s)**: the status is %1 whatever the score.", nullptr,
                   int(r.unmetBlockers.size()))
                   .arg(r.assessment.bands.notReadyStatus())
            + QStringLiteral("\n\n");
        for (const ReportGap& g : r.unmetBlockers)
            out += QStringLiteral("- **%1** (%2): %3\n")
                       .arg(escape(g.item.key), escape(g.domainTitle), escape(g.item.text));
        out += QLatin1Char('\n');
    }
    if (!r.attention.evidenceIssues.isEmpty() || !r.attention.rejectedOnly.isEmpty()) {
        out += Tr::tr("**Evidence to look at again**: %1 and %2 (see the evidence manifest).")
                   .arg(Tr::tr("%n piece(s) of evidence expired, dated outside the assessment period or "
                               "rejected",
                            nullptr, int(r.attention.evidenceIssues.size())),
                       Tr::tr("%n item(s) whose only evidence was rejected", nullptr,
                           int(r.attention.rejectedOnly.size())))
            + QStringLiteral("\n\n");
    }
    if (r.reviewOpen()) {
        out += Tr::tr("**The review is open**: %1 and %2 (see the sign-offs).")
                   .arg(Tr::tr("%n flagged item(s)", nullptr, int(r.attention.openFlags.size())),
                       Tr::tr(
                           "%n unresolved comment thread(s)", nullptr, int(r.attention.openThreads.size())))
            + QStringLiteral("\n\n");
    }
    if (!r.keyFindings.isEmpty()) {
        out += Tr::tr("**Critical and high findings** (%1 h in total):").arg(number(r.keyFindingsEffort))
            + QStringLiteral("\n\n");
        for (const Finding& f : r.keyFindings)
            out += QStringLiteral("- %1 %2 — %3 (%4)\n")
                       .arg(f.reference(), toLabel(f.priority), escape(f.title),
                           f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours))
                                         : Tr::tr("effort not estimated"));
        out += QLatin1Char('\n');
    }
}

// Scope and limitations; method and rating scale.
void scopeAndMethod(QString& out, const Report& r)
{
    const AssessmentInfo& info = r.assessment.info;
    out += Tr::tr("## Scope and limitations") + QStringLiteral("\n\n");
    out += (info.scope.isEmpty() ? Tr::tr("The scope was not recorded.") : escape(info.scope))
        + QStringLiteral("\n\n");
    for (const QString& limit : r.limitations())
        out += QStringLiteral("- ") + escape(limit) + QLatin1Char('\n');
    out += QLatin1Char('\n');

    out += Tr::tr("## Method and rating scale") + QStringLiteral("\n\n");
    for (const QString& paragraph : r.methodParagraphs())
        out += escape(paragraph) + QStringLiteral("\n\n");
    header(out, { Tr::tr("Scale"), Tr::tr("Band"), Tr::tr("Shown score") });
    for (const Report::ScaleRow& scale : r.scale())
        row(out, { scale.kind, escape(scale.label), scale.range });
    out += QLatin1Char('\n');
}

// Scores by domain.
void scores(QString& out, const Report& r)
{
    out += Tr::tr("## Scores by domain") + QStringLiteral("\n\n");
    header(out,
        { Tr::tr("Domain"), Tr::tr("Weight"), Tr::tr("Earned / possible"), Tr::tr("Score"), Tr::tr("Bar"),
            Tr::tr("Rating"), Tr::tr("Target") },
        QStringLiteral("lrrrlll"));
    for (const ReportDomain& d : r.domains) {
        const DomainScore& s = d.score;
        QString score = percent(d.label.display);
        if (s.adjusted)
            score = Tr::tr("%1 (computed %2)").arg(score, percent(d.computedLabel.display));
        QString target = s.target ? QStringLiteral("≥ %1 %").arg(number(*s.target)) : Tr::tr("none");
        if (d.meetsTarget)
            target += *d.meetsTarget ? Tr::tr(" ✅ met") : Tr::tr(" ❌ missed");
        row(out,
            { escape(s.title),
                s.weightFromTemplate ? QStringLiteral("%1 %").arg(number(s.weight))
                                     : Tr::tr("%1 pts").arg(number(s.weight)),
                QStringLiteral("%1 / %2").arg(number(s.earned), number(s.possible)), score,
                d.label.score ? QStringLiteral("`%1`").arg(bar(*d.label.score)) : QString(),
                !d.label.rating.isEmpty() ? d.label.rating
                    : s.isNotStarted()    ? Tr::tr("not started")
                                          : Tr::tr("not scored"),
                target });
    }
    out += QLatin1Char('\n');
}

// The answer as given beside the status it earns, the gap to a target level, and why an item does not
// apply.
QString answerCell(const Item& i, const QString& status)
{
    QString cell = status;
    if (i.question.type != QuestionType::Status && Answers::isAnswered(i.answer)) {
        cell = Tr::tr("%1 → %2").arg(escape(Answers::shown(i.question, i.answer)), status);
        if (const QString gap = ReportText::targetGap(i); !gap.isEmpty())
            cell += QStringLiteral(" (%1)").arg(escape(gap));
    }
    if (!i.doesNotApply.isEmpty())
        cell += QStringLiteral(" — ") + escape(i.doesNotApply);
    return cell;
}

// Each domain's checklist with its answers.
void checklists(QString& out, const Report& r)
{
    QHash<QString, QStringList> evidenceOf; // item key -> evidence names
    for (const Evidence& e : r.assessment.evidence) {
        for (const QString& key : e.itemKeys)
            evidenceOf[key] << e.name;
    }
    out += Tr::tr("## Checklists") + QStringLiteral("\n\n");
    for (int di = 0; di < r.assessment.domains.size(); ++di) {
        const Domain& d = r.assessment.domains.at(di);
        const ReportDomain& rd = r.domains.at(di);
        out += QStringLiteral("### %1. %2 — %3").arg(di + 1).arg(escape(d.title), percent(rd.label.display));
        if (!rd.label.rating.isEmpty())
            out += QStringLiteral(" (%1)").arg(rd.label.rating);
        out += QStringLiteral("\n\n");
        if (!d.description.isEmpty())
            out += escape(d.description) + QStringLiteral("\n\n");
        header(out,
            { Tr::tr("Key"), Tr::tr("Item"), Tr::tr("Status"), Tr::tr("Points"), Tr::tr("Owner"),
                Tr::tr("Note"), Tr::tr("Evidence") },
            QStringLiteral("lllrlll"));
        for (const Item& i : d.items) {
            QString text = escape(i.text);
            if (i.blocker)
                text += Tr::tr(" **(blocker)**");
            const QString points = !Scoring::isApplicable(i)
                ? QStringLiteral("–")
                : QStringLiteral("%1 / %2").arg(number(Scoring::earnedPoints(i)), number(i.points));
            QString status = i.risk().isEmpty()
                ? statusMark(i.effectiveStatus())
                : Tr::tr("%1 · %2").arg(statusMark(i.effectiveStatus()), LensRisk::label(i.risk()));
            if (const QString recorded = ReportText::recordedOnly(i); !recorded.isEmpty())
                status = QStringLiteral("– ") + recorded;
            status = answerCell(i, status);
            row(out,
                { escape(i.key), text, status, points, escape(i.owner), escape(i.note),
                    escape(evidenceOf.value(i.key).join(QStringLiteral(", "))) });
        }
        out += QLatin1Char('\n');
    }
}

// Gaps and recommendations.
void gaps(QString& out, const Report& r)
{
    out += Tr::tr("## Gaps and findings") + QStringLiteral("\n\n");
    out += Tr::tr("### Open gaps") + QStringLiteral("\n\n");
    if (r.gaps.isEmpty())
        out += Tr::tr("Every applicable item is met.") + QStringLiteral("\n\n");
    for (const ReportGap& g : r.gaps) {
        out += QStringLiteral("- **%1** (%2) — %3: %4")
                   .arg(escape(g.item.key), escape(g.domainTitle), toLabel(g.item.status),
                       escape(g.item.text));
        if (g.item.blocker)
            out += Tr::tr(" **Blocker.**");
        if (!g.item.note.isEmpty())
            out += QStringLiteral(" — ") + escape(g.item.note);
        out += QLatin1Char('\n');
    }
    if (!r.gaps.isEmpty())
        out += QLatin1Char('\n');

    if (!r.assessment.findings.isEmpty()) {
        for (const ReportPriorityGroup& group : r.recommendations) {
            out += Tr::tr("### %1 priority (%2)")
                       .arg(toLabel(group.priority), Tr::tr("%1 h").arg(number(group.effortHours)))
                + QStringLiteral("\n\n");
            header(out,
                { Tr::tr("ID"), Tr::tr("Finding"), Tr::tr("Effort"), Tr::tr("Owner"), Tr::tr("Due"),
                    Tr::tr("State"), Tr::tr("Items") },
                QStringLiteral("llrllll"));
            for (const Finding& f : group.findings)
                row(out,
                    { f.reference(), escape(f.title),
                        f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours)) : Tr::tr("–"),
                        escape(f.owner), ReportText::date(f.dueDate), toLabel(f.state),
                        escape(f.itemKeys.join(QStringLiteral(", "))) });
            out += QLatin1Char('\n');
        }
        out += Tr::tr("Total effort of all findings: %1 h.").arg(number(r.recommendationsEffort))
            + QStringLiteral("\n\n");
    }
    const QVector<const Finding*> detailed = r.detailedFindings();
    if (!detailed.isEmpty()) {
        out += Tr::tr("### Findings in detail") + QStringLiteral("\n\n");
        for (const Finding* f : detailed) {
            const QString grade = ReportText::grade(*f, r.assessment.findingGrades);
            out += QStringLiteral("#### %1 %2%3\n\n")
                       .arg(f->reference(), escape(f->title),
                           grade.isEmpty() ? QString() : QStringLiteral(" — ") + escape(grade));
            for (const auto& [heading, text] : ReportText::findingParts(*f))
                out += QStringLiteral("- **%1:** %2\n").arg(heading, escape(text));
            out += QLatin1Char('\n');
        }
    }
}

// Risks, with the matrix of open risks.
void risks(QString& out, const Report& r)
{
    out += Tr::tr("## Risks") + QStringLiteral("\n\n");
    // The matrix: how many open risks sit at each probability and impact (closed ones are not counted,
    // as on the dashboard and in the PDF).
    const Figures::RiskMatrix matrix = Figures::openRisks(r.assessment.risks);
    out += Tr::tr("Open risks by probability (rows) and impact (columns):") + QStringLiteral("\n\n");
    header(out,
        { Tr::tr("Probability \\\\ Impact"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4"), QStringLiteral("5") },
        QStringLiteral("lrrrrr"));
    for (int p = 5; p >= 1; --p) {
        QStringList cells { QString::number(p) };
        for (int i = 1; i <= 5; ++i) {
            const int n = matrix.count(p, i);
            cells << (n ? QString::number(n) : QStringLiteral("·"));
        }
        row(out, cells);
    }
    out += QLatin1Char('\n');
    header(out,
        { Tr::tr("Risk"), Tr::tr("Category"), Tr::tr("Probability"), Tr::tr("Impact"), Tr::tr("Severity"),
            Tr::tr("Mitigation"), Tr::tr("Owner"), Tr::tr("State") },
        QStringLiteral("llrrrlll"));
    for (const Risk& k : r.assessment.risks)
        row(out,
            { escape(k.title), toLabel(k.category), QString::number(k.probability), QString::number(k.impact),
                QString::number(k.severity()), escape(k.mitigation), escape(k.owner), toLabel(k.state) });
    out += QLatin1Char('\n');
}

// Key performance indicators.
void kpis(QString& out, const Report& r)
{
    out += Tr::tr("## Key performance indicators") + QStringLiteral("\n\n");
    header(out, { Tr::tr("KPI"), Tr::tr("Target"), Tr::tr("Actual"), Tr::tr("Result") });
    for (const Kpi& k : r.assessment.kpis) {
        const std::optional<bool> passes = k.passes();
        const QString unit = k.unit.isEmpty() ? QString() : QStringLiteral(" ") + escape(k.unit);
        row(out,
            { escape(k.name),
                ReportText::comparator(k.comparator) + QStringLiteral(" ") + number(k.target) + unit,
                k.actual ? number(*k.actual) + unit : Tr::tr("not measured"),
                passes ? (*passes ? Tr::tr("✅ pass") : Tr::tr("❌ fail")) : Tr::tr("–") });
    }
    out += QLatin1Char('\n');
}

// The milestone compared with the one before.
void milestone(QString& out, const Report& r)
{
    const MilestoneComparison& c = r.milestone->comparison;
    out += Tr::tr("## Since the last milestone") + QStringLiteral("\n\n");
    out += Tr::tr("Compared with milestone \"%1\" of %2.")
               .arg(escape(r.milestone->name), date(r.milestone->takenAt.toUTC().date()))
        + QStringLiteral("\n\n");
    header(
        out, { Tr::tr("Domain"), Tr::tr("Then"), Tr::tr("Now"), Tr::tr("Change") }, QStringLiteral("lrrr"));
    row(out,
        { Tr::tr("**Overall**"), ReportText::score(c.overallFrom), ReportText::score(c.overallTo),
            ReportText::change(c.overallFrom, c.overallTo) });
    for (const DomainDelta& d : c.domains)
        row(out,
            { escape(d.title), ReportText::score(d.from), ReportText::score(d.to),
                ReportText::change(d.from, d.to) });
    out += QLatin1Char('\n');
    if (!c.changedItems.isEmpty()) {
        out += Tr::tr("%n item(s) changed status:", nullptr, int(c.changedItems.size()))
            + QStringLiteral("\n\n");
        for (const StatusChange& s : c.changedItems)
            out += QStringLiteral("- **%1** %2: %3 → %4\n")
                       .arg(escape(s.itemKey), escape(s.itemText), toLabel(s.from), toLabel(s.to));
        out += QLatin1Char('\n');
    }
}

// Sign-offs.
void signOffs(QString& out, const Report& r)
{
    out += Tr::tr("## Sign-offs") + QStringLiteral("\n\n");
    if (r.assessment.signOffs.isEmpty()) {
        out += Tr::tr("No approver has signed off yet.") + QStringLiteral("\n\n");
    } else {
        header(out,
            { Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Decision"), Tr::tr("Conditions"), Tr::tr("Time") });
        for (const SignOff& s : r.assessment.signOffs)
            row(out,
                { escape(s.name), escape(s.role), toLabel(s.decision), escape(s.conditions),
                    ReportText::date(s.signedAt.toUTC().date()) });
        out += QLatin1Char('\n');
        const QString bound = ReportText::signOffBindings(r.assessment.signOffs, escape, r.staleSignOffs);
        if (!bound.isEmpty())
            out += bound + QStringLiteral("\n\n");
    }
    // The review: who checked each domain, and what is still open.
    out += Tr::tr("### Review") + QStringLiteral("\n\n");
    header(out, { Tr::tr("Domain"), Tr::tr("Reviewed by"), Tr::tr("Time") });
    for (const Domain& d : r.assessment.domains)
        row(out,
            { escape(d.title), d.reviewedBy.isEmpty() ? Tr::tr("not reviewed yet") : escape(d.reviewedBy),
                ReportText::date(d.reviewedAt.toUTC().date()) });
    out += QLatin1Char('\n');
    if (!r.reviewOpen()) {
        out += Tr::tr("No item is flagged for review and every comment thread is resolved.")
            + QStringLiteral("\n\n");
        return;
    }
    for (const ReportReviewPoint& p : r.attention.openFlags)
        out += Tr::tr("- **%1** (%2) flagged for review: %3")
                   .arg(escape(p.itemKey), escape(p.domainTitle), escape(p.flag))
            + QLatin1Char('\n');
    for (const ReportReviewPoint& p : r.attention.openThreads)
        out += Tr::tr("- **%1** (%2) unresolved comment by %3, %4: %5")
                   .arg(escape(p.itemKey), escape(p.domainTitle), escape(p.thread.by),
                       ReportText::date(p.thread.at.toUTC().date()), escape(p.thread.text))
            + (p.replies ? QStringLiteral(" ") + Tr::tr("(%n reply(ies))", nullptr, p.replies) : QString())
            + QLatin1Char('\n');
    out += QLatin1Char('\n');
}

// The evidence index.
void evidence(QString& out, const Report& r)
{
    out += Tr::tr("## Evidence manifest") + QStringLiteral("\n\n");
    if (r.assessment.evidence.isEmpty())
        out += Tr::tr("No evidence is attached.") + QStringLiteral("\n\n");
    else {
        header(out,
            { Tr::tr("Name"), Tr::tr("Size"), Tr::tr("SHA-256"), Tr::tr("Supports"), Tr::tr("Collected"),
                Tr::tr("Valid until"), Tr::tr("Review") },
            QStringLiteral("lrlllll"));
        for (const Evidence& e : r.assessment.evidence)
            row(out,
                { escape(e.name), e.isLink() ? Tr::tr("link") : QLocale::c().formattedDataSize(e.size),
                    e.isLink() ? escape(e.url) : QStringLiteral("`%1`").arg(e.sha256),
                    escape(e.itemKeys.join(QStringLiteral(", "))), ReportText::collected(e),
                    e.validUntil.isValid() ? ReportText::date(e.validUntil) : Tr::tr("–"),
                    toLabel(e.review)
                        + (e.revisions.isEmpty() ? QString()
                                                 : QStringLiteral(" · ")
                                    + Tr::tr("%n earlier version(s)", nullptr, int(e.revisions.size()))) });
        out += QLatin1Char('\n');
    }
    if (!r.attention.evidenceIssues.isEmpty()) {
        out += Tr::tr("### Evidence to look at again") + QStringLiteral("\n\n");
        for (const ReportEvidenceIssue& i : r.attention.evidenceIssues)
            out += QStringLiteral("- **%1** (%2): %3\n")
                       .arg(escape(i.evidence.name), escape(i.evidence.itemKeys.join(QStringLiteral(", "))),
                           escape(ReportText::evidenceProblems(
                               i.evidence, i.expired, i.outsidePeriod, i.rejected)));
        out += QLatin1Char('\n');
    }
    if (!r.attention.rejectedOnly.isEmpty()) {
        out += Tr::tr("Items whose only evidence was rejected:") + QStringLiteral("\n\n");
        for (const ReportGap& g : r.attention.rejectedOnly)
            out += QStringLiteral("- **%1** (%2): %3\n")
                       .arg(escape(g.item.key), escape(g.domainTitle), escape(g.item.text));
        out += QLatin1Char('\n');
    }
}

// How the report was made, and the state it describes (for verify --project).
void closing(QString& out, const Report& r)
{
    out += QStringLiteral("---\n\n");
    out += Tr::tr("Generated by %1 on %2 from %3. Audit log: %4 entries, head hash `%5`.")
               .arg(r.generator, r.generatedAt.toString(Qt::ISODate), escape(r.projectFileName))
               .arg(r.auditRows)
               .arg(r.auditHead)
        + QLatin1Char('\n');
    if (r.signer)
        out += QLatin1Char('\n')
            + Tr::tr("This report is signed: its detached signature is the file beside it with the suffix "
                     ".p7s. Check it with "
                     "`readiness-cli verify` or `openssl cms -verify -binary -inform DER`.")
            + QLatin1Char('\n');
    // The state the report describes, for `readiness-cli verify --project`; invisible when rendered.
    // "<" and ">" only occur inside JSON strings, where their escapes mean the same, so no name can end
    // the comment.
    // JSON escapes for any control or bidirectional character: the same data, nothing raw.
    QString state
        = SafeText::forTerminal(QString::fromUtf8(QJsonDocument(r.state()).toJson(QJsonDocument::Compact)));
    state.replace(QLatin1Char('<'), QStringLiteral("\\u003c"))
        .replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    out += QStringLiteral("\n<!-- readiness-state %1 -->\n").arg(state);
}

} // namespace

QByteArray write(const Report& r)
{
    const ReportOptions& o = r.options;
    QString out;
    const QString marking = o.classification.trimmed().toUpper();
    if (!marking.isEmpty())
        out += QStringLiteral("**%1**\n\n").arg(escape(marking));
    out += QStringLiteral("# %1\n\n").arg(escape(r.assessment.info.title));

    cover(out, r, marking);
    summary(out, r);
    scopeAndMethod(out, r);
    if (o.has(ReportSection::Scores))
        scores(out, r);
    if (o.has(ReportSection::Checklists))
        checklists(out, r);
    if (o.has(ReportSection::Gaps))
        gaps(out, r);
    if (o.has(ReportSection::Risks) && !r.assessment.risks.isEmpty())
        risks(out, r);
    if (o.has(ReportSection::Kpis) && !r.assessment.kpis.isEmpty())
        kpis(out, r);
    if (o.has(ReportSection::Milestones) && r.milestone)
        milestone(out, r);
    if (o.has(ReportSection::SignOffs))
        signOffs(out, r);
    if (o.has(ReportSection::Evidence))
        evidence(out, r);
    closing(out, r);
    return out.toUtf8();
}

std::optional<QJsonObject> readState(const QByteArray& markdown)
{
    const QByteArray marker = "<!-- readiness-state ";
    const qsizetype at = markdown.lastIndexOf(marker);
    if (at < 0)
        return std::nullopt;
    const qsizetype end = markdown.indexOf(" -->", at);
    if (end < 0)
        return std::nullopt;
    const QJsonDocument doc
        = QJsonDocument::fromJson(markdown.mid(at + marker.size(), end - at - marker.size()));
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace rw::MarkdownWriter
