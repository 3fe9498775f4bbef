#include "DashboardPage.h"

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

DashboardPage::DashboardPage(QWidget* parent, bool presenter, bool singleColumn)
    : QWidget(parent)
    , m_presenter(presenter)
    , m_print(singleColumn)
{
    if (m_print) {
        // The heat map and the plan read their type from the page.
        QFont f = font();
        f.setPointSizeF(9.75); // 13 px at 96 dpi
        setFont(f);
    }
    setObjectName(QStringLiteral("dashboardPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* grid = new QGridLayout(content);

    // The domain scores and the KPIs get the full width, so that their labels are never cut; a presenter
    // shows one chart per row, large enough for its large type.
    const int columns = m_presenter || singleColumn ? 1 : 2;
    int cell = 0;
    const auto place = [&](QWidget* w, bool wide) {
        if (wide && columns == 2 && cell % 2 == 1)
            ++cell;
        const int span = wide ? columns : 1;
        grid->addWidget(w, cell / columns, cell % columns, 1, span);
        cell += span;
    };
    // The charts with a row per domain take the full width and grow with the number of domains, so
    // that every name stays readable from 3 to 25 domains.
    // What needs a second look before the report goes out; hidden when nothing does. Item keys are
    // links to the item.
    m_attention = new QLabel(content);
    m_attention->setObjectName(QStringLiteral("attentionPanel"));
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setStyleSheet(
        QStringLiteral("QLabel#attentionPanel { background: #fff8e5; color: #3d3000; border: "
                       "1px solid #e6cf7a; border-radius: 4px; padding: 8px; }"));
    connect(m_attention, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("item:")))
            emit itemActivated(link.mid(5));
    });
    m_attention->hide();
    if (!m_print)
        place(m_attention, true);
    place(addChart(QStringLiteral("overall"), tr("Overall score, computed and adjusted")), true);
    place(addChart(QStringLiteral("domainScores"), tr("Domain scores with targets")), true);
    place(addChart(QStringLiteral("statuses"), tr("Item status by domain")), true);
    QWidget* radar = addChart(QStringLiteral("radar"), tr("Domain scores, now and at the last milestone"));
    // Past a few domains the radar names them by key; this line says which key is which.
    m_radarKeys = new QLabel(radar);
    m_radarKeys->setObjectName(QStringLiteral("radarKeys"));
    m_radarKeys->setWordWrap(true);
    m_radarKeys->setTextFormat(Qt::PlainText);
    m_radarKeys->hide();
    radar->layout()->addWidget(m_radarKeys);
    place(radar, false);
    m_riskMap = new RiskHeatMap(content);
    connect(m_riskMap, &RiskHeatMap::cellActivated, this, &DashboardPage::riskCellActivated);
    place(addCard(QStringLiteral("risks"), m_riskMap->accessibleName(), m_riskMap), false);
    place(addChart(QStringLiteral("recommendations"), tr("Findings: effort by priority")), true);
    place(addChart(QStringLiteral("kpis"), tr("KPIs against their targets")), true);
    m_plan = new PathToReadyPanel(content);
    connect(m_plan, &PathToReadyPanel::itemActivated, this, &DashboardPage::itemActivated);
    place(m_plan, true);
    if (m_presenter) {
        for (QChartView* v : m_views)
            v->setMinimumHeight(560);
        m_riskMap->setMinimumHeight(480);
    }
    // Two bars at the most: the overall chart needs little height.
    chartView(QStringLiteral("overall"))->setMinimumHeight(m_presenter ? 280 : 190);
    chartView(QStringLiteral("overall"))->setMaximumHeight(m_presenter ? 320 : 220);
    connect(chartView(QStringLiteral("domainScores"))->chart(), &QChart::plotAreaChanged, this,
        &DashboardPage::placeScoreLabels);
    grid->setColumnStretch(0, 1);
    if (columns == 2)
        grid->setColumnStretch(1, 1);
}

QWidget* DashboardPage::addChart(const QString& name, const QString& accessibleName)
{
    QChart* chart = name == QLatin1String("radar") ? new QPolarChart : new QChart;
    if (m_presenter)
        chart->setTheme(QChart::ChartThemeHighContrast);
    chart->setTitle(accessibleName);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(340);
    m_views.append(view);
    return addCard(name, accessibleName, view);
}

// A chart with its numbers: the chart, a table of the same numbers for readers who cannot use the
// colours (Show Table), and export from the context menu.
QWidget* DashboardPage::addCard(const QString& name, const QString& accessibleName, QWidget* chart)
{
    auto* card = new QWidget(this);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* stack = new QStackedWidget(card);
    auto* table = new QTableWidget(card);
    table->setObjectName(name + QStringLiteral("Table"));
    table->setAccessibleName(tr("%1 (table)").arg(accessibleName));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    stack->addWidget(chart);
    stack->addWidget(table);
    auto* toggle = new QToolButton(card);
    toggle->setObjectName(name + QStringLiteral("Toggle"));
    toggle->setText(tr("Show Table"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show the numbers of \"%1\" as a table").arg(accessibleName));
    connect(toggle, &QToolButton::toggled, this, [this, name, stack, toggle](bool on) {
        toggle->setText(on ? tr("Show Chart") : tr("Show Table"));
        if (on)
            fillTable(name);
        stack->setCurrentIndex(on ? 1 : 0);
    });
    layout->addWidget(toggle, 0, Qt::AlignRight);
    layout->addWidget(stack, 1);
    m_tables.insert(name, table);
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, [this, chart, name](const QPoint& at) {
        if (!m_askChartPath)
            return;
        QMenu menu(this);
        menu.addAction(tr("Export as PNG..."), this, [this, chart, name] {
            const QString path = m_askChartPath(name + QStringLiteral(".png"), tr("PNG images (*.png)"));
            if (!path.isEmpty())
                exportChart(chart, path);
        });
        menu.addAction(tr("Export as SVG..."), this, [this, chart, name] {
            const QString path = m_askChartPath(name + QStringLiteral(".svg"), tr("SVG drawings (*.svg)"));
            if (!path.isEmpty())
                exportChart(chart, path);
        });
        menu.exec(chart->mapToGlobal(at));
    });
    return card;
}

QTableWidget* DashboardPage::table(const QString& name) const
{
    return m_tables.value(name);
}

void DashboardPage::fillTable(const QString& name)
{
    QTableWidget* t = m_tables.value(name);
    if (!t || !m_document)
        return;
    const Project* p = m_document->project();
    const Assessment& a = p->assessment();
    const Bands& bands = a.bands;
    QStringList headers;
    QVector<QStringList> rows;
    const auto pct
        = [](const std::optional<double>& v) { return v ? tr("%1 %").arg(Scoring::displayed(*v)) : tr("–"); };
    const auto num = [](double v) { return QLocale().toString(v, 'g', 6); };
    if (name == QLatin1String("overall")) {
        headers = { tr("Figure"), tr("Score"), tr("Grade"), tr("Status") };
        const OverallScore& o = p->scores().overall();
        const ScoreLabel c = Scoring::label(o.computed, bands, o.unmetBlockers);
        rows.append({ tr("Computed"), pct(o.computed), c.grade, Template::displayText(c.status) });
        if (o.adjusted) {
            const ScoreLabel l = Scoring::label(o.score, bands, o.unmetBlockers);
            rows.append({ tr("Adjusted"), pct(o.score), l.grade, Template::displayText(l.status) });
        }
    } else if (name == QLatin1String("domainScores")) {
        headers = { tr("Domain"), tr("Weight"), tr("Score"), tr("Rating"), tr("Target"), tr("Target met") };
        for (const DomainScore& d : p->scores().domains()) {
            const ScoreLabel l = Scoring::label(d.score(), bands);
            const std::optional<bool> meets = Scoring::meetsTarget(d);
            rows.append({ Template::displayText(d.title),
                d.weightFromTemplate ? tr("%1 %").arg(num(d.weight)) : tr("%1 pts").arg(num(d.weight)),
                pct(d.score()), Template::displayText(l.rating),
                d.target ? tr("%1 %").arg(num(*d.target)) : tr("none"),
                meets ? (*meets ? tr("yes") : tr("no")) : tr("–") });
        }
    } else if (name == QLatin1String("radar")) {
        const Snapshot* last = a.snapshots.isEmpty() ? nullptr : &a.snapshots.last();
        headers = { tr("Domain"), tr("Now") };
        if (last)
            headers << last->name;
        for (const DomainScore& d : p->scores().domains()) {
            QStringList row { Template::displayText(d.title), pct(d.score()) };
            if (last)
                row << (last->domainScores.contains(d.key) ? pct(last->domainScores.value(d.key)) : tr("–"));
            rows.append(row);
        }
    } else if (name == QLatin1String("statuses")) {
        const ItemStatus order[] = { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
            ItemStatus::NotApplicable, ItemStatus::Open };
        headers = { tr("Domain") };
        for (ItemStatus st : order)
            headers << toLabel(st);
        int total[5] = {};
        for (const Domain& d : a.domains) {
            QStringList row { Template::displayText(d.title) };
            for (int k = 0; k < 5; ++k) {
                const int n = int(std::count_if(
                    d.items.begin(), d.items.end(), [&](const Item& i) { return i.status == order[k]; }));
                total[k] += n;
                row << QString::number(n);
            }
            rows.append(row);
        }
        QStringList all { tr("All domains") };
        for (int k = 0; k < 5; ++k)
            all << QString::number(total[k]);
        rows.append(all);
    } else if (name == QLatin1String("risks")) {
        headers = { tr("Probability"), tr("Impact"), tr("Open risks"), tr("Risks") };
        for (int prob = 5; prob >= 1; --prob) {
            for (int impact = 5; impact >= 1; --impact) {
                QStringList titles;
                for (const Risk& r : a.risks) {
                    if (r.probability == prob && r.impact == impact && r.state != RiskState::Closed)
                        titles << r.title;
                }
                if (!titles.isEmpty())
                    rows.append({ QString::number(prob), QString::number(impact),
                        QString::number(titles.size()), titles.join(QStringLiteral("; ")) });
            }
        }
    } else if (name == QLatin1String("recommendations")) {
        headers = { tr("Priority"), toLabel(FindingState::Open), toLabel(FindingState::InProgress),
            toLabel(FindingState::Done), tr("Total") };
        for (Priority pr : { Priority::Critical, Priority::High, Priority::Medium, Priority::Low }) {
            double h[3] = {};
            for (const Finding& f : a.findings) {
                if (f.priority == pr)
                    h[int(f.state)] += f.effortHours.value_or(0);
            }
            rows.append({ toLabel(pr), tr("%1 h").arg(num(h[0])), tr("%1 h").arg(num(h[1])),
                tr("%1 h").arg(num(h[2])), tr("%1 h").arg(num(h[0] + h[1] + h[2])) });
        }
    } else if (name == QLatin1String("kpis")) {
        headers = { tr("KPI"), tr("Target"), tr("Actual"), tr("Result") };
        for (const Kpi& k : a.kpis) {
            const std::optional<bool> passes = k.passes();
            rows.append({ k.name,
                QStringLiteral("%1 %2 %3")
                    .arg(ReportText::comparator(k.comparator), num(k.target), k.unit)
                    .trimmed(),
                k.actual ? QStringLiteral("%1 %2").arg(num(*k.actual), k.unit).trimmed() : tr("not measured"),
                passes ? (*passes ? tr("Pass") : tr("Fail")) : tr("–") });
        }
    }
    t->clear();
    t->setColumnCount(headers.size());
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    t->resizeColumnsToContents();
}

void DashboardPage::refreshTables()
{
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it.value()->isVisible())
            fillTable(it.key());
    }
}

QChartView* DashboardPage::chartView(const QString& name) const
{
    for (QChartView* v : m_views) {
        if (v->objectName() == name)
            return v;
    }
    return nullptr;
}

QStringList DashboardPage::scoreLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem* label : m_scoreLabels)
        texts << label->text();
    return texts;
}

void DashboardPage::placeScoreLabels()
{
    if (!m_document)
        return;
    QChart* chart = chartView(QStringLiteral("domainScores"))->chart();
    QAbstractSeries* bars = nullptr;
    for (QAbstractSeries* s : chart->series()) {
        if (qobject_cast<QHorizontalStackedBarSeries*>(s))
            bars = s;
    }
    const QVector<DomainScore>& domains = m_document->project()->scores().domains();
    const Bands& bands = m_document->project()->assessment().bands;
    while (m_scoreLabels.size() > domains.size()) {
        delete m_scoreLabels.takeLast();
        delete m_scoreBacks.takeLast();
    }
    while (m_scoreLabels.size() < domains.size()) {
        // A box in the bar's colour behind the text, so that a target line never runs through it.
        auto* back = new QGraphicsRectItem(chart);
        back->setPen(Qt::NoPen);
        back->setZValue(999);
        auto* label = new QGraphicsSimpleTextItem(chart);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        label->setZValue(1000); // above the bars and the target lines
        m_scoreBacks.append(back);
        m_scoreLabels.append(label);
    }
    if (!bars)
        return;
    // The score and the rating in words at the end of each bar: inside it when there is room.
    for (int i = 0; i < domains.size(); ++i) {
        const DomainScore& d = domains.at(i);
        const ScoreLabel l = Scoring::label(d.score(), bands);
        QGraphicsSimpleTextItem* label = m_scoreLabels[i];
        label->setText(l.display   ? tr("%1 % %2").arg(*l.display).arg(Template::displayText(l.rating))
                : d.isNotStarted() ? tr("not started")
                                   : tr("not scored"));
        const double row = domains.size() - 1 - i;
        const QPointF end = chart->mapToPosition(QPointF(d.score().value_or(0), row), bars);
        const QRectF box = label->boundingRect();
        const QPointF start = chart->mapToPosition(QPointF(0, row), bars);
        const bool inside = end.x() - start.x() > box.width() + 12;
        int ratingIndex = -1;
        for (int r = 0; r < bands.ratings.size(); ++r) {
            if (bands.ratings.at(r).label == l.rating)
                ratingIndex = r;
        }
        const QColor barColour = RatingColors::forRatingIndex(ratingIndex < 0 ? -1 : qMin(ratingIndex, 3));
        label->setBrush(inside ? QBrush(Qt::white) : palette().brush(QPalette::WindowText));
        label->setPos(inside ? end.x() - box.width() - 6 : end.x() + 6, end.y() - box.height() / 2);
        m_scoreBacks[i]->setRect(QRectF(label->pos() - QPointF(3, 0), box.size() + QSizeF(6, 0)));
        m_scoreBacks[i]->setBrush(inside ? QBrush(barColour) : chart->backgroundBrush());
    }
}

bool DashboardPage::exportChart(QWidget* view, const QString& path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->accessibleName());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter);
        return painter.end();
    }
    return view->grab().save(path);
}

void DashboardPage::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    m_plan->setDocument(document);
    if (document) {
        connect(document->project(), &Project::scoresChanged, this, &DashboardPage::scoresChanged);
        connect(document->project(), &Project::contentChanged, this, &DashboardPage::refreshWhenVisible);
    }
    refresh();
}

// Hidden, the dashboard only notes that it is out of date, so that edits on the checklist page pay
// nothing for it; it catches up when shown.
void DashboardPage::refreshWhenVisible()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardPage::scoresChanged()
{
    if (!isVisible()) {
        m_scoresStale = true;
        return;
    }
    // Rebuilding charts costs far more than a frame; an edit only moves values, so they move in place.
    if (!updateScoreValues())
        refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    else if (m_scoresStale && !updateScoreValues())
        refresh();
    m_scoresStale = false;
}
