// The dashboard's charts, drawn again from the figures when the scores change.

#include "DashboardPage.h"

#include "report/Report.h"

#include "exchange/Template.h"
#include "report/ReportText.h"
#include "scoring/Figures.h"

#include "Document.h"
#include "PathToReadyPanel.h"
#include "RatingColors.h"
#include "RiskHeatMap.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPolarChart>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <map>

using namespace rw;

namespace {

// A domain's axis label: its title and weight. Axis labels are rich text, so what users typed is escaped.
// A domain's name on a chart axis: long names are shortened so that the bars keep their room.
QString shortTitle(const QString& title)
{
    constexpr int MaxChars = 34;
    return title.size() <= MaxChars ? title : title.left(MaxChars - 1).trimmed() + QChar(0x2026);
}

QString domainLabel(const DomainScore& d, const QString& weight, const ScoreLabel&)
{
    return QStringLiteral("%1 (%2)").arg(
        shortTitle(Template::displayText(d.title)).toHtmlEscaped(), weight.toHtmlEscaped());
}

// Rows of a bar chart with one bar per domain: enough height for each name and its value label.
int heightForRows(int rows, bool presenter)
{
    return (presenter ? 150 : 120) + rows * (presenter ? 40 : 27);
}

int statusIndex(const Bands& bands, const QString& status)
{
    for (int i = 0; i < bands.statuses.size(); ++i) {
        if (bands.statuses.at(i).label == status)
            return i;
    }
    return 0;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

bool DashboardPage::updateScoreValues()
{
    if (!m_document)
        return false;
    const Project* p = m_document->project();
    const Assessment& a = p->assessment();
    const Bands& bands = a.bands;
    const QVector<DomainScore>& domains = p->scores().domains();
    const int n = domains.size();

    QHorizontalStackedBarSeries* scoreBars = nullptr;
    for (QAbstractSeries* s : chartView(QStringLiteral("domainScores"))->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s))
            scoreBars = bars;
    }
    QHorizontalStackedBarSeries* statusBars = nullptr;
    for (QAbstractSeries* s : chartView(QStringLiteral("statuses"))->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s))
            statusBars = bars;
    }
    const QList<QAbstractAxis*> scoreAxes
        = chartView(QStringLiteral("domainScores"))->chart()->axes(Qt::Vertical);
    auto* categories = scoreAxes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(scoreAxes.first());
    if (!scoreBars || !statusBars || !categories || scoreBars->count() != bands.ratings.size()
        || categories->count() != n || statusBars->count() != 5
        || statusBars->barSets().first()->count() != n + 1)
        return false;

    const QList<QBarSet*> ratingSets = scoreBars->barSets();
    for (int i = 0; i < n; ++i) {
        const DomainScore& d = domains.at(i);
        const ScoreLabel l = Scoring::label(d.score(), bands);
        const int row = n - 1 - i;
        for (int r = 0; r < ratingSets.size(); ++r) {
            const double value = l.rating == bands.ratings.at(r).label ? d.score().value_or(0) : 0.0;
            if (ratingSets[r]->at(row) != value)
                ratingSets[r]->replace(row, value);
        }
        const QString weight = d.weightFromTemplate ? tr("%1 %").arg(QLocale().toString(d.weight, 'g', 4))
                                                    : tr("%1 pts").arg(QLocale().toString(d.weight, 'g', 6));
        const QString label = domainLabel(d, weight, l);
        const QString old = categories->at(row);
        if (old != label)
            categories->replace(old, label);
    }

    placeScoreLabels();
    // The radar's "Now" shape is the last series added.
    const QList<QAbstractSeries*> radar = chartView(QStringLiteral("radar"))->chart()->series();
    if (auto* now = radar.isEmpty() ? nullptr : qobject_cast<QLineSeries*>(radar.last())) {
        if (now->count() != n + 1)
            return false;
        for (int i = 0; i <= n; ++i) {
            const double value = domains.at(i % n).score().value_or(0.0);
            if (now->at(i).y() != value)
                now->replace(i, QPointF(i, value));
        }
    }

    const ItemStatus order[] = { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
        ItemStatus::NotApplicable, ItemStatus::Open };
    const QList<QBarSet*> statusSets = statusBars->barSets();
    QVector<int> total(5, 0);
    for (int d = 0; d < a.domains.size(); ++d) {
        int counts[5] = {};
        for (const Item& item : a.domains.at(d).items) {
            for (int s = 0; s < 5; ++s) {
                if (item.status == order[s])
                    ++counts[s];
            }
        }
        for (int s = 0; s < 5; ++s) {
            total[s] += counts[s];
            const int row = n - d;
            if (statusSets[s]->at(row) != counts[s])
                statusSets[s]->replace(row, counts[s]);
        }
    }
    for (int s = 0; s < 5; ++s) {
        if (statusSets[s]->at(0) != total[s])
            statusSets[s]->replace(0, total[s]);
    }
    refreshOverall();
    refreshTables();
    return true;
}

void DashboardPage::refreshOverall()
{
    QChart* chart = chartView(QStringLiteral("overall"))->chart();
    const Project* p = m_document->project();
    const Bands& bands = p->assessment().bands;
    const OverallScore& o = p->scores().overall();
    QVector<QPair<QString, std::optional<double>>> figures { { tr("Computed"), o.computed } };
    if (o.adjusted)
        figures.append({ tr("Adjusted"), o.score });
    QStringList categories;
    QVector<double> values;
    for (const auto& [name, score] : figures) {
        const ScoreLabel l = Scoring::label(score, bands, o.unmetBlockers);
        categories << tr("%1: %2 %3, %4")
                          .arg(name, l.display ? tr("%1 %").arg(*l.display) : tr("–"), l.grade,
                              Template::displayText(l.status))
                          .toHtmlEscaped();
        values << (l.display ? double(*l.display) : 0.0);
    }
    // In place when the shape is the same (every edit), rebuilt when an adjustment appears or goes.
    auto* series
        = chart->series().isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    if (series && axis && axis->count() == categories.size()) {
        QBarSet* set = series->barSets().first();
        for (int i = 0; i < values.size(); ++i) {
            const int row = values.size() - 1 - i;
            if (set->at(row) != values[i])
                set->replace(row, values[i]);
            if (axis->at(row) != categories[i])
                axis->replace(axis->at(row), categories[i]);
        }
        set->setColor(RatingColors::forStatusIndex(
            statusIndex(bands, Scoring::label(o.score, bands, o.unmetBlockers).status),
            bands.statuses.size()));
        return;
    }
    clear(chart);
    auto* set = new QBarSet(tr("Score"));
    set->setColor(RatingColors::forStatusIndex(
        statusIndex(bands, Scoring::label(o.score, bands, o.unmetBlockers).status), bands.statuses.size()));
    set->setLabelColor(Qt::white);
    QStringList shown;
    for (int i = values.size() - 1; i >= 0; --i) {
        set->append(values[i]);
        shown << categories[i];
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->legend()->hide();
    auto* y = new QBarCategoryAxis;
    y->append(shown);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(y);
    bars->attachAxis(x);
}

void DashboardPage::refreshAttention()
{
    const rw::Assessment& a = m_document->project()->assessment();
    const rw::ReportAttention attention = rw::ReportAttention::of(a, QDate::currentDate());
    const auto link = [](const QString& key) {
        return QStringLiteral("<a href=\"item:%1\">%1</a>").arg(key.toHtmlEscaped());
    };
    const auto keys = [&link](QStringList list) {
        list.removeDuplicates();
        QStringList links;
        for (const QString& k : std::as_const(list).mid(0, 12))
            links << link(k);
        if (list.size() > 12)
            links << tr("and %n more", nullptr, int(list.size() - 12));
        return links.join(QStringLiteral(", "));
    };
    QStringList lines;
    QStringList expired;
    QStringList outside;
    QStringList rejected;
    for (const rw::ReportEvidenceIssue& i : attention.evidenceIssues) {
        if (i.expired)
            expired << i.evidence.itemKeys;
        if (i.outsidePeriod)
            outside << i.evidence.itemKeys;
        if (i.rejected)
            rejected << i.evidence.itemKeys;
    }
    if (!expired.isEmpty())
        lines << tr("Expired evidence: %1").arg(keys(expired));
    if (!outside.isEmpty())
        lines << tr("Evidence collected outside the assessment period: %1").arg(keys(outside));
    QStringList rejectedOnly;
    for (const rw::ReportGap& g : attention.rejectedOnly)
        rejectedOnly << g.item.key;
    if (!rejectedOnly.isEmpty())
        lines << tr("Only rejected evidence: %1").arg(keys(rejectedOnly));
    else if (!rejected.isEmpty())
        lines << tr("Rejected evidence: %1").arg(keys(rejected));
    QStringList flagged;
    for (const rw::ReportReviewPoint& p : attention.openFlags)
        flagged << p.itemKey;
    if (!flagged.isEmpty())
        lines << tr("Flagged for review: %1").arg(keys(flagged));
    QStringList threads;
    for (const rw::ReportReviewPoint& p : attention.openThreads)
        threads << p.itemKey;
    if (!threads.isEmpty())
        lines << tr("Unresolved comments: %1").arg(keys(threads));
    int reviewed = 0;
    for (const rw::Domain& d : a.domains)
        reviewed += !d.reviewedBy.isEmpty();
    if (reviewed > 0 || !lines.isEmpty())
        lines << tr("Review signed off for %1 of %2 domains.").arg(reviewed).arg(a.domains.size());
    m_attention->setText(tr("<b>Needs a second look</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    m_attention->setVisible(!lines.isEmpty() && !m_print);
}

void DashboardPage::refresh()
{
    m_stale = false;
    if (!m_document) {
        for (QChartView* v : m_views)
            clear(v->chart());
        qDeleteAll(m_scoreLabels);
        m_scoreLabels.clear();
        qDeleteAll(m_scoreBacks);
        m_scoreBacks.clear();
        m_riskMap->setRisks({});
        return;
    }
    refreshOverall();
    refreshDomainScores();
    refreshRadar();
    refreshStatuses();
    refreshRecommendations();
    refreshKpis();
    refreshAttention();
    m_riskMap->setRisks(m_document->project()->assessment().risks);
    applyLargeType();
    refreshTables();
}

void DashboardPage::applyLargeType()
{
    if (!m_presenter && !m_print)
        return;
    // Type that reads from the back of a room: everything on the charts half as large again. On paper
    // (the report draws this page at 820 px across 170 mm) every label is at least 13 px: 7.6 pt.
    QFont big = font();
    if (m_print)
        big.setPointSizeF(9.75);
    else
        big.setPointSizeF(big.pointSizeF() * 1.3);
    QFont title = big;
    title.setBold(true);
    if (m_print)
        title.setPointSizeF(11.25);
    else
        title.setPointSizeF(big.pointSizeF() * 1.2);
    for (QChartView* v : m_views) {
        for (QAbstractSeries* series : v->chart()->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets())
                    set->setLabelFont(big);
            }
        }
    }
    for (QChartView* v : m_views) {
        QChart* chart = v->chart();
        chart->setTitleFont(title);
        chart->legend()->setFont(big);
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsFont(big);
            axis->setTitleFont(big);
        }
    }
    for (QGraphicsSimpleTextItem* label : m_scoreLabels) {
        QFont f = big;
        f.setBold(true);
        label->setFont(f);
    }
    placeScoreLabels();
}

void DashboardPage::refreshDomainScores()
{
    QChart* chart = chartView(QStringLiteral("domainScores"))->chart();
    clear(chart);
    const Project* p = m_document->project();
    const Bands& bands = p->assessment().bands;
    const QVector<DomainScore>& domains = p->scores().domains();
    // One bar set per rating, so that each bar takes its rating's colour; the legend names the ratings.
    QVector<QBarSet*> sets;
    for (int r = 0; r < bands.ratings.size(); ++r) {
        auto* set = new QBarSet(Template::displayText(bands.ratings.at(r).label));
        set->setColor(RatingColors::forRatingIndex(qMin(r, 3)));
        set->setLabelColor(Qt::white);
        sets.append(set);
    }
    QStringList categories;
    // Horizontal bars run bottom to top; list the domains from the last so the first is on top.
    for (int i = domains.size() - 1; i >= 0; --i) {
        const DomainScore& d = domains.at(i);
        const ScoreLabel l = Scoring::label(d.score(), bands);
        QString weight = d.weightFromTemplate ? tr("%1 %").arg(QLocale().toString(d.weight, 'g', 4))
                                              : tr("%1 pts").arg(QLocale().toString(d.weight, 'g', 6));
        // Axis labels are rich text: what users typed is escaped.
        categories << domainLabel(d, weight, l);
        for (int r = 0; r < sets.size(); ++r)
            sets[r]->append(l.rating == bands.ratings.at(r).label ? d.score().value_or(0) : 0.0);
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* set : sets) {
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, count = int(domains.size())](int index) {
            const QVector<DomainScore>& now = m_document->project()->scores().domains();
            if (index >= 0 && index < now.size() && count == now.size())
                emit domainActivated(now.at(now.size() - 1 - index).key);
        });
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    chartView(QStringLiteral("domainScores"))
        ->setMinimumHeight(qMax(m_presenter ? 560 : 340, heightForRows(int(domains.size()), m_presenter)));
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %%"));
    x->setTickCount(6);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    // Targets as short dark lines across their bars, on a hidden axis aligned with the categories.
    auto* rows = new QValueAxis;
    rows->setRange(-0.5, domains.size() - 0.5);
    rows->setVisible(false);
    chart->addAxis(rows, Qt::AlignRight);
    for (int i = 0; i < domains.size(); ++i) {
        const DomainScore& d = domains.at(i);
        if (!d.target)
            continue;
        const double row = domains.size() - 1 - i;
        auto* marker = new QLineSeries;
        marker->setName(tr("Target"));
        marker->append(*d.target, row - 0.42);
        marker->append(*d.target, row + 0.42);
        marker->setPen(QPen(QColor(0x21, 0x21, 0x21), 3));
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(rows);
    }
    placeScoreLabels();
    // One legend entry for all target lines.
    bool first = true;
    for (QAbstractSeries* s : chart->series()) {
        if (qobject_cast<QLineSeries*>(s)) {
            for (QLegendMarker* m : chart->legend()->markers(s))
                m->setVisible(first);
            first = false;
        }
    }
}

void DashboardPage::refreshRadar()
{
    auto* chart = static_cast<QPolarChart*>(chartView(QStringLiteral("radar"))->chart());
    clear(chart);
    const Project* p = m_document->project();
    const QVector<DomainScore>& domains = p->scores().domains();
    if (domains.isEmpty())
        return;
    auto* angular = new QCategoryAxis;
    angular->setRange(0, domains.size());
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Names fit around a radar of a few domains; past that each is named by its key, with a key below.
    bool byKey = domains.size() > 8;
    for (const DomainScore& d : domains)
        byKey = byKey || Template::displayText(d.title).size() > 32;
    QStringList keys;
    for (int i = 0; i < domains.size(); ++i) {
        const QString name = byKey ? domains.at(i).key.toUpper() : Template::displayText(domains.at(i).title);
        // Category labels must be unique; a repeated key gets its position.
        angular->append((angular->categoriesLabels().contains(name.toHtmlEscaped())
                                ? QStringLiteral("%1 %2").arg(name).arg(i + 1)
                                : name)
                            .toHtmlEscaped(),
            i);
        keys << tr("%1 %2").arg(domains.at(i).key.toUpper(), Template::displayText(domains.at(i).title));
    }
    m_radarKeys->setVisible(byKey);
    m_radarKeys->setText(byKey ? keys.join(QStringLiteral(" · ")) : QString());
    chartView(QStringLiteral("radar"))->setMinimumHeight(m_presenter ? 560 : domains.size() > 8 ? 440 : 340);
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const auto addShape = [&](const QString& name, const std::function<double(int)>& value,
                              const QColor& colour, Qt::PenStyle style) {
        auto* s = new QLineSeries;
        s->setName(name);
        for (int i = 0; i <= domains.size(); ++i)
            s->append(i, value(i % domains.size()));
        s->setPen(QPen(colour, 2.5, style));
        chart->addSeries(s);
        s->attachAxis(angular);
        s->attachAxis(radial);
    };
    const QVector<Snapshot>& milestones = p->assessment().snapshots;
    if (!milestones.isEmpty()) {
        const Snapshot& last = milestones.last();
        addShape(
            tr("%1 (%2)").arg(
                last.name, QLocale().toString(last.takenAt.toLocalTime().date(), QLocale::ShortFormat)),
            [&](int i) { return last.domainScores.value(domains.at(i).key, 0.0); }, QColor(0x75, 0x75, 0x75),
            Qt::DashLine);
    }
    addShape(
        tr("Now"), [&](int i) { return domains.at(i).score().value_or(0.0); }, QColor(0x15, 0x65, 0xc0),
        Qt::SolidLine);
}

void DashboardPage::refreshStatuses()
{
    QChart* chart = chartView(QStringLiteral("statuses"))->chart();
    clear(chart);
    const Assessment& a = m_document->project()->assessment();
    const auto& order = Figures::StatusOrder;
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    // By domain, and all domains last.
    QVector<std::array<int, 5>> counts;
    for (const Domain& d : a.domains)
        counts.append(Figures::statuses(d).counts);
    counts.append(Figures::statuses(a).counts);
    categories << tr("All domains");
    for (int d = a.domains.size() - 1; d >= 0; --d)
        categories << shortTitle(Template::displayText(a.domains.at(d).title)).toHtmlEscaped();
    chartView(QStringLiteral("statuses"))
        ->setMinimumHeight(
            qMax(m_presenter ? 560 : 340, heightForRows(int(a.domains.size()) + 1, m_presenter)));
    for (int s = 0; s < 5; ++s) {
        auto* set = new QBarSet(toLabel(order[s]));
        set->setColor(RatingColors::forStatus(order[s]));
        set->append(counts[a.domains.size()][s]);
        for (int d = a.domains.size() - 1; d >= 0; --d)
            set->append(counts[d][s]);
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, status = int(order[s])](int index) {
            const QVector<Domain>& domains = m_document->project()->assessment().domains;
            emit statusActivated(index == 0 ? QString() : domains.value(domains.size() - index).key, status);
        });
    }
    series->setLabelsVisible(true);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Items"));
    // Ticks at round numbers of items.
    int total = 0;
    for (int s = 0; s < 5; ++s)
        total += counts[a.domains.size()][s];
    x->setRange(0, qMax(total, 1));
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void DashboardPage::refreshRecommendations()
{
    QChart* chart = chartView(QStringLiteral("recommendations"))->chart();
    clear(chart);
    const Assessment& a = m_document->project()->assessment();
    // An empty chart says why it is empty.
    chart->setTitle(a.findings.isEmpty() ? tr("Findings: effort by priority (no finding recorded yet)")
                                         : tr("Findings: effort by priority"));
    const Priority priorities[] = { Priority::Critical, Priority::High, Priority::Medium, Priority::Low };
    const FindingState states[] = { FindingState::Open, FindingState::InProgress, FindingState::Done };
    const QColor colours[] = { QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x8f, 0x00), QColor(0x43, 0xa0, 0x47) };
    const Figures::Effort effort = Figures::effort(a.findings);
    auto* series = new QStackedBarSeries;
    for (int s = 0; s < 3; ++s) {
        auto* set = new QBarSet(toLabel(states[s]));
        set->setColor(colours[s]);
        for (int p = 0; p < 4; ++p)
            set->append(effort.hours[size_t(p)][size_t(s)]);
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this](int index) { emit findingsActivated(index); });
    }
    chart->addSeries(series);
    QStringList categories;
    for (int p = 0; p < 4; ++p)
        categories << tr("%1: %2 h")
                          .arg(toLabel(priorities[p]),
                              QLocale().toString(effort.ofPriority(priorities[p]), 'g', 6));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d h"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardPage::refreshKpis()
{
    QChart* chart = chartView(QStringLiteral("kpis"))->chart();
    clear(chart);
    const Assessment& a = m_document->project()->assessment();
    chart->setTitle(a.kpis.isEmpty() ? tr("KPIs against their targets (no KPI recorded yet)")
                                     : tr("KPIs against their targets"));
    // Each KPI's label takes two lines: room for both beside every bar.
    chartView(QStringLiteral("kpis"))
        ->setMinimumHeight(qMax(m_presenter ? 560 : 340, heightForRows(int(a.kpis.size()) * 2, m_presenter)));
    // Units differ from KPI to KPI, so each bar is the actual value as a share of its target, oriented so
    // that more is better; 100 % and beyond passes.
    auto* pass = new QBarSet(tr("Pass"));
    pass->setColor(QColor(0x2e, 0x7d, 0x32));
    auto* fail = new QBarSet(tr("Fail"));
    fail->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList categories;
    for (int i = a.kpis.size() - 1; i >= 0; --i) {
        const Kpi& k = a.kpis.at(i);
        const std::optional<bool> passes = k.passes();
        double share = 0.0;
        if (k.actual && k.target != 0) {
            share = k.comparator == Comparator::AtMost
                ? (*k.actual == 0 ? 200.0 : k.target / *k.actual * 100.0)
                : *k.actual / k.target * 100.0;
            share = qBound(0.0, share, 200.0);
        }
        const QString unit = k.unit.isEmpty() ? QString() : QStringLiteral(" ") + k.unit;
        // Two lines, the name over the figures, so that no label is cut short beside its bar.
        categories << k.name.toHtmlEscaped() + QStringLiteral("<br>")
                + tr("%1 (target %2 %3%4)")
                      .arg(k.actual ? QLocale().toString(*k.actual, 'g', 6) + unit : tr("not measured"),
                          ReportText::comparator(k.comparator), QLocale().toString(k.target, 'g', 6), unit)
                      .toHtmlEscaped();
        pass->append(passes && *passes ? share : 0.0);
        fail->append(passes && !*passes ? share : 0.0);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(pass);
    series->append(fail);
    for (QBarSet* set : { pass, fail }) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const QVector<Kpi>& kpis = m_document->project()->assessment().kpis;
            if (index >= 0 && index < kpis.size())
                emit kpiActivated(kpis.at(kpis.size() - 1 - index).id);
        });
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    x->setRange(0, 200);
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%d %%"));
    x->setTitleText(tr("Share of target (100 % = target met)"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}
