#include "MilestonesPage.h"

#include "Document.h"
#include "RefreshWhenShown.h"
#include "commands/EditCommand.h"
#include "scoring/Milestones.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>

using namespace rw;

namespace {

QString percent(const std::optional<double>& v)
{
    return v ? QCoreApplication::translate("MilestonesPage", "%1 %").arg(Scoring::displayed(*v))
             : QCoreApplication::translate("MilestonesPage", "–");
}

} // namespace

MilestonesPage::MilestonesPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("milestonesPage"));
    m_follow = new RefreshWhenShown(this, [this] { refresh(); });
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    auto* listLabel = new QLabel(tr("&Milestones:"), left);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("milestoneList"));
    m_list->setAccessibleName(tr("Milestones"));
    listLabel->setBuddy(m_list);
    m_save = new QPushButton(tr("&Save Milestone..."), left);
    m_rename = new QPushButton(tr("Re&name..."), left);
    m_remove = new QPushButton(tr("&Delete"), left);
    m_save->setObjectName(QStringLiteral("saveMilestone"));
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_save);
    leftLayout->addWidget(m_rename);
    leftLayout->addWidget(m_remove);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    auto* chart = new QChart;
    chart->setTitle(tr("Scores across milestones"));
    chart->legend()->setAlignment(Qt::AlignRight);
    m_trend = new QChartView(chart, right);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_trend->setAccessibleName(tr("Scores across milestones"));
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(280);
    rightLayout->addWidget(m_trend, 3);

    auto* compareRow = new QHBoxLayout;
    m_from = new QComboBox(right);
    m_from->setAccessibleName(tr("Compare from"));
    m_to = new QComboBox(right);
    m_to->setAccessibleName(tr("Compare to"));
    auto* fromLabel = new QLabel(tr("Compare &from"), right);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), right);
    toLabel->setBuddy(m_to);
    compareRow->addWidget(fromLabel);
    compareRow->addWidget(m_from, 1);
    compareRow->addWidget(toLabel);
    compareRow->addWidget(m_to, 1);
    rightLayout->addLayout(compareRow);
    auto* results = new QHBoxLayout;
    m_deltas = new QTableWidget(0, 4, right);
    m_deltas->setObjectName(QStringLiteral("milestoneDeltas"));
    m_deltas->setAccessibleName(tr("Score changes"));
    m_deltas->setHorizontalHeaderLabels({ tr("Score"), tr("From"), tr("To"), tr("Change") });
    m_deltas->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deltas->verticalHeader()->hide();
    m_deltas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changed = new QListWidget(right);
    m_changed->setObjectName(QStringLiteral("changedItems"));
    m_changed->setAccessibleName(tr("Items whose status changed"));
    results->addWidget(m_deltas, 3);
    results->addWidget(m_changed, 2);
    rightLayout->addLayout(results, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_from, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MilestonesPage::compare);
    connect(m_to, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &MilestonesPage::compare);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Milestone"), tr("&Name of the milestone:"),
            QLineEdit::Normal,
            tr("Review %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveMilestone(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Snapshot* s = m_document ? m_document->project()->snapshot(selectedId()) : nullptr;
        if (!s)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename Milestone"), tr("&Name:"), QLineEdit::Normal, s->name, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        m_document->renameMilestone(s->id, name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const Snapshot* s = m_document ? m_document->project()->snapshot(selectedId()) : nullptr;
        if (!s)
            return;
        m_document->removeMilestone(s->id);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool editable = m_document && !m_document->isReadOnly() && selectedId();
        m_rename->setEnabled(editable);
        m_remove->setEnabled(editable);
    });
}

void MilestonesPage::saveMilestone(const QString& name)
{
    m_document->saveMilestone(name);
}

void MilestonesPage::setDocument(Document* document)
{
    m_document = document;
    m_follow->follow(document ? document->project() : nullptr);
    refresh();
}

qint64 MilestonesPage::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MilestonesPage::refresh()
{
    const qint64 selected = selectedId();
    m_list->clear();
    const QSignalBlocker b1(m_from), b2(m_to);
    // The choices are kept by milestone, not by position, as milestones come and go.
    const QVariant fromId = m_from->currentData();
    const QVariant toId = m_to->currentData();
    m_from->clear();
    m_to->clear();
    const bool open = m_document != nullptr;
    m_save->setEnabled(open && !m_document->isReadOnly());
    m_rename->setEnabled(false);
    m_remove->setEnabled(false);
    if (!open) {
        m_trend->chart()->removeAllSeries();
        return;
    }
    const QVector<Snapshot>& milestones = m_document->project()->assessment().snapshots;
    for (const Snapshot& s : milestones) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(s.name, QLocale().toString(s.takenAt.toLocalTime().date(), QLocale::ShortFormat),
                    percent(s.overall)),
            m_list);
        item->setToolTip(
            tr("%1, taken by %2 on %3")
                .arg(s.name, s.by, QLocale().toString(s.takenAt.toLocalTime(), QLocale::LongFormat)));
        item->setData(Qt::UserRole, s.id);
        if (s.id == selected)
            m_list->setCurrentItem(item);
        m_from->addItem(s.name, s.id);
        m_to->addItem(s.name, s.id);
    }
    m_from->addItem(tr("Now"), 0);
    m_to->addItem(tr("Now"), 0);
    // By default: the last milestone against now.
    const int from = fromId.isValid() ? m_from->findData(fromId) : -1;
    const int to = toId.isValid() ? m_to->findData(toId) : -1;
    m_from->setCurrentIndex(from >= 0 ? from : qMax(0, m_from->count() - 2));
    m_to->setCurrentIndex(to >= 0 ? to : m_to->count() - 1);
    refreshTrend();
    compare();
}

void MilestonesPage::refreshTrend()
{
    QChart* chart = m_trend->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const Project* p = m_document->project();
    QVector<Snapshot> points = p->assessment().snapshots;
    Snapshot now = p->currentState();
    now.name = tr("Now");
    points.append(now);
    // One band per milestone, labelled in its middle where its points are.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(-0.5, points.size() - 0.5);
    x->setStartValue(-0.5);
    for (int i = 0; i < points.size(); ++i)
        x->append(points[i].name.toHtmlEscaped(), i + 0.5);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto line
        = [&](const QString& name, const std::function<std::optional<double>(const Snapshot&)>& value,
              const QPen& pen) {
              auto* s = new QLineSeries;
              s->setName(name);
              s->setPen(pen);
              s->setPointsVisible(true);
              for (int i = 0; i < points.size(); ++i) {
                  if (const std::optional<double> v = value(points[i]))
                      s->append(i, *v);
              }
              chart->addSeries(s);
              s->attachAxis(x);
              s->attachAxis(y);
          };
    line(
        tr("Overall"), [](const Snapshot& s) { return s.overall; }, QPen(QColor(0x21, 0x21, 0x21), 3.5));
    for (const Domain& d : p->assessment().domains) {
        line(
            d.title,
            [key = d.key](const Snapshot& s) {
                return s.domainScores.contains(key) ? std::optional<double>(s.domainScores.value(key))
                                                    : std::nullopt;
            },
            QPen(QColor::fromHsv((d.id * 47) % 360, 160, 190), 1.5));
    }
}

void MilestonesPage::compare()
{
    m_deltas->setRowCount(0);
    m_changed->clear();
    if (!m_document || m_from->count() == 0)
        return;
    const Project* p = m_document->project();
    const auto pick = [p](qint64 id) {
        if (const Snapshot* s = p->snapshot(id))
            return *s;
        return p->currentState();
    };
    const Snapshot from = pick(m_from->currentData().toLongLong());
    const Snapshot to = pick(m_to->currentData().toLongLong());
    const MilestoneComparison c = Milestones::compare(p->assessment(), from, to);
    const auto row
        = [this](const QString& name, const std::optional<double>& a, const std::optional<double>& b) {
              const int r = m_deltas->rowCount();
              m_deltas->insertRow(r);
              m_deltas->setItem(r, 0, new QTableWidgetItem(name));
              m_deltas->setItem(r, 1, new QTableWidgetItem(percent(a)));
              m_deltas->setItem(r, 2, new QTableWidgetItem(percent(b)));
              QString change = tr("–");
              if (a && b) {
                  const int delta = Scoring::displayed(*b) - Scoring::displayed(*a);
                  change = delta > 0 ? tr("+%1 points ▲").arg(delta)
                      : delta < 0    ? tr("%1 points ▼").arg(delta)
                                     : tr("no change");
              }
              m_deltas->setItem(r, 3, new QTableWidgetItem(change));
          };
    row(tr("Overall"), c.overallFrom, c.overallTo);
    for (const DomainDelta& d : c.domains)
        row(d.title, d.from, d.to);
    for (const StatusChange& s : c.changedItems)
        new QListWidgetItem(tr("%1: %2 → %3").arg(s.itemKey, toLabel(s.from), toLabel(s.to)), m_changed);
    if (c.changedItems.isEmpty())
        new QListWidgetItem(tr("No item changed its status."), m_changed);
}
