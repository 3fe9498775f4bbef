#include "OverallScoreView.h"

#include "store/Project.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {

QString percent(const std::optional<int>& v)
{
    return v ? QObject::tr("%1 %").arg(*v) : QObject::tr("–");
}

// Bar colours by rating, from the best band down; the rating is always written beside the bar too.
QColor ratingColor(const rw::Bands& bands, const QString& rating)
{
    static const QColor colours[] = { QColor(0x2e, 0x7d, 0x32), QColor(0x1e, 0x88, 0xe5), QColor(0xef, 0x8f, 0x00),
        QColor(0xc6, 0x28, 0x28) };
    for (int i = 0; i < bands.ratings.size(); ++i) {
        if (bands.ratings.at(i).label == rating)
            return colours[qMin(i, 3)];
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor statusColor(const rw::Bands& bands, const QString& status)
{
    if (status == bands.statuses.value(0).label)
        return QColor(0x2e, 0x7d, 0x32);
    if (status == bands.notReadyStatus())
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0xef, 0x6c, 0x00);
}

} // namespace

OverallScoreView::OverallScoreView(QWidget* parent) : QWidget(parent)
{
    // The content keeps a readable width on wide screens and sits centred.
    auto* outer = new QHBoxLayout(this);
    auto* content = new QWidget(this);
    content->setMaximumWidth(1100);
    outer->addStretch();
    outer->addWidget(content, 10);
    outer->addStretch();
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_system = new QLabel(this);
    m_system->setWordWrap(true);
    m_system->setForegroundRole(QPalette::PlaceholderText);

    auto* scoreRow = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("overallScore"));
    m_score->setAccessibleName(tr("Overall score"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 4);
    big.setBold(true);
    m_score->setFont(big);
    auto* labels = new QVBoxLayout;
    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("overallGrade"));
    m_grade->setAccessibleName(tr("Grade"));
    QFont medium = m_grade->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.6);
    m_grade->setFont(medium);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("overallStatus"));
    m_status->setAccessibleName(tr("Readiness status"));
    medium.setBold(true);
    m_status->setFont(medium);
    labels->addWidget(m_grade);
    labels->addWidget(m_status);
    scoreRow->addWidget(m_score);
    scoreRow->addSpacing(24);
    scoreRow->addLayout(labels);
    scoreRow->setAlignment(labels, Qt::AlignVCenter);
    scoreRow->addStretch();

    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("computedScore"));
    m_computed->setWordWrap(true);
    m_progress = new QLabel(this);

    m_domains = new QGridLayout;
    m_domains->setHorizontalSpacing(16);
    m_domains->setVerticalSpacing(6);

    layout->addWidget(m_title);
    layout->addWidget(m_system);
    layout->addSpacing(12);
    layout->addLayout(scoreRow);
    layout->addWidget(m_computed);
    layout->addWidget(m_progress);
    layout->addSpacing(16);
    layout->addLayout(m_domains);
    layout->addStretch();
}

void OverallScoreView::setProject(const rw::Project* project)
{
    m_project = project;
    refresh();
}

void OverallScoreView::refresh()
{
    while (QLayoutItem* item = m_domains->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_project) {
        m_title->clear();
        m_system->clear();
        m_score->clear();
        m_grade->clear();
        m_status->clear();
        m_computed->clear();
        m_progress->clear();
        return;
    }
    const rw::Assessment& a = m_project->assessment();
    const rw::Scoreboard& scores = m_project->scores();
    const rw::OverallScore& overall = scores.overall();
    const rw::ScoreLabel label = rw::Scoring::label(overall.score, a.bands, overall.unmetBlockers);
    m_title->setText(a.info.title);
    m_system->setText(a.info.system);
    m_system->setVisible(!a.info.system.isEmpty());
    m_score->setText(percent(label.display));
    m_grade->setText(label.grade.isEmpty() ? tr("Not scored yet") : tr("Grade %1").arg(label.grade));
    m_status->setText(label.status);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, statusColor(a.bands, label.status));
    m_status->setPalette(pal);

    QStringList notes;
    if (overall.adjusted) {
        const rw::ScoreLabel computed = rw::Scoring::label(overall.computed, a.bands, overall.unmetBlockers);
        notes << tr("Adjusted by the assessors; computed score %1 (grade %2, %3).")
                     .arg(percent(computed.display), computed.grade, computed.status);
        if (overall.overallAdjustment)
            notes << tr("Reason: %1").arg(overall.adjustmentReason);
    }
    if (overall.unmetBlockers > 0)
        notes << tr("%n unmet blocker(s): not ready whatever the score.", nullptr, overall.unmetBlockers);
    m_computed->setText(notes.join(QLatin1Char('\n')));
    m_computed->setVisible(!notes.isEmpty());
    m_progress->setText(tr("%1 of %2 items assessed%3")
                            .arg(overall.assessed)
                            .arg(overall.items)
                            .arg(m_project->isReadOnly() ? tr(" · opened read-only") : QString()));

    int row = 0;
    for (const rw::DomainScore& d : scores.domains()) {
        const rw::ScoreLabel dl = rw::Scoring::label(d.score(), a.bands);
        auto* name = new QLabel(d.title, this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setValue(dl.display.value_or(0));
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        bar->setMinimumWidth(240);
        bar->setAccessibleName(tr("%1 score").arg(d.title));
        bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
                                          "QProgressBar::chunk { background: %1; border-radius: 2px; }")
                               .arg(ratingColor(a.bands, dl.rating).name()));
        auto* value = new QLabel(percent(dl.display) + (d.adjusted ? tr(" (adjusted)") : QString()), this);
        auto* rating = new QLabel(dl.rating.isEmpty() ? tr("not scored") : dl.rating, this);
        m_domains->addWidget(name, row, 0);
        m_domains->addWidget(bar, row, 1);
        m_domains->addWidget(value, row, 2, Qt::AlignRight);
        m_domains->addWidget(rating, row, 3);
        ++row;
    }
    m_domains->setColumnStretch(1, 1);
}

QString OverallScoreView::scoreText() const { return m_score->text(); }
QString OverallScoreView::gradeText() const { return m_grade->text(); }
QString OverallScoreView::statusText() const { return m_status->text(); }
