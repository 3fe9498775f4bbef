#include "PathToReadyPanel.h"

#include "Document.h"
#include "RefreshWhenShown.h"
#include "scoring/PathToReady.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace rw;

PathToReadyPanel::PathToReadyPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pathToReady"));
    m_follow = new RefreshWhenShown(this, [this] { refresh(); });
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        tr("Path to ready: the least work that makes the assessment Ready and meets every target"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_steps = new QTableWidget(0, 5, this);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Steps to ready"));
    m_steps->setHorizontalHeaderLabels(
        { tr("Item"), tr("What to do"), tr("Effort"), tr("Score after"), tr("Status after") });
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setMinimumHeight(220);
    connect(m_steps, &QTableWidget::cellActivated, this,
        [this](int row) { emit itemActivated(m_steps->item(row, 0)->text()); });
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps);
}

void PathToReadyPanel::setDocument(Document* document)
{
    m_document = document;
    m_follow->follow(document ? document->project() : nullptr);
    refresh();
}

void PathToReadyPanel::refresh()
{
    m_steps->setRowCount(0);
    if (!m_document) {
        m_summary->clear();
        return;
    }
    const Project* p = m_document->project();
    // A bounded search keeps the panel live on very large checklists; the plan then says it is the best
    // found.
    const ReadinessPlan plan = PathToReady::plan(p->assessment(), 100000);
    const auto hours = [](double h) { return tr("%1 h").arg(QLocale().toString(h, 'g', 6)); };
    if (plan.alreadyReady) {
        m_summary->setText(tr("Already ready: the assessment is Ready and every domain meets its target."));
        return;
    }
    if (!plan.reachable) {
        m_summary->setText(tr("Ready cannot be reached yet:") + QStringLiteral("<ul><li>")
            + plan.reasons.join(QStringLiteral("</li><li>"))
                  .toHtmlEscaped()
                  .replace(QStringLiteral("&lt;/li&gt;&lt;li&gt;"), QStringLiteral("</li><li>"))
            + QStringLiteral("</li></ul>"));
        return;
    }
    m_summary->setText(tr("%n step(s), %1 in all. Efforts come from each item's estimate or its "
                          "recommendations; the plan uses the computed scores.",
                           nullptr, int(plan.steps.size()))
                           .arg(hours(plan.totalEffort))
        + (plan.unestimatedSteps == 0 ? QString()
                                      : QLatin1Char(' ')
                    + tr("%n step(s) have no estimate yet and count %1 each; give one in the item's Effort "
                         "field.",
                        nullptr, plan.unestimatedSteps)
                          .arg(hours(plan.defaultEffort)))
        + (plan.optimal ? QString()
                        : tr(" The checklist is too large to prove this plan the smallest; it is the best "
                             "one found.")));
    for (const PlanStep& s : plan.steps) {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        const Item* item = p->item(s.itemKey);
        m_steps->setItem(row, 0, new QTableWidgetItem(s.itemKey));
        m_steps->setItem(row, 1, new QTableWidgetItem(item ? item->text : QString()));
        auto* effort
            = new QTableWidgetItem(s.estimated ? hours(s.effort) : tr("%1 (default)").arg(hours(s.effort)));
        if (!s.estimated) {
            effort->setToolTip(tr("No estimate yet: counted at the default effort."));
            QFont italic = effort->font();
            italic.setItalic(true);
            effort->setFont(italic);
        }
        m_steps->setItem(row, 2, effort);
        m_steps->setItem(row, 3, new QTableWidgetItem(tr("%1 %").arg(Scoring::displayed(s.scoreAfter))));
        m_steps->setItem(row, 4, new QTableWidgetItem(s.statusAfter));
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(2);
    m_steps->resizeColumnToContents(3);
    m_steps->resizeColumnToContents(4);
}
