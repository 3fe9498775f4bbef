#include "ScoreHeader.h"

#include "exchange/Template.h"

#include "Document.h"
#include "RatingColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace rw;

ScoreHeader::ScoreHeader(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreHeader"));
    setAutoFillBackground(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("projectTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("overallScore"));
    m_score->setAccessibleName(tr("Overall score"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("100 %")) + 8);

    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("overallGrade"));
    m_grade->setAccessibleName(tr("Grade"));
    QFont medium = m_grade->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_grade->setFont(medium);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("overallStatus"));
    m_status->setAccessibleName(tr("Readiness status"));
    medium.setBold(true);
    m_status->setFont(medium);

    m_computed = new QLabel(this);
    m_computed->setObjectName(QStringLiteral("computedScore"));
    m_computed->setWordWrap(true);
    m_assessed = new QProgressBar(this);
    m_assessed->setObjectName(QStringLiteral("assessedProgress"));
    m_assessed->setAccessibleName(tr("Items assessed"));
    m_assessed->setMinimumWidth(200);
    m_assessed->setMaximumWidth(260);
    m_adjust = new QPushButton(tr("&Adjust Score..."), this);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_adjust->setToolTip(tr("Set an adjusted score with a reason; the computed score stays beside it."));
    connect(m_adjust, &QPushButton::clicked, this, &ScoreHeader::adjustRequested);

    layout->addWidget(m_score, 0, 0, 2, 1);
    layout->addWidget(m_grade, 0, 1);
    layout->addWidget(m_status, 1, 1);
    layout->addWidget(m_title, 0, 2);
    layout->addWidget(m_computed, 1, 2);
    layout->addWidget(m_assessed, 0, 3, Qt::AlignRight);
    layout->addWidget(m_adjust, 1, 3, Qt::AlignRight);
    layout->setColumnStretch(2, 1);
}

void ScoreHeader::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document->project(), &Project::scoresChanged, this, &ScoreHeader::refresh);
        connect(document->project(), &Project::contentChanged, this, &ScoreHeader::refresh);
    }
    refresh();
}

void ScoreHeader::refresh()
{
    if (!m_document)
        return;
    const Project* p = m_document->project();
    const Bands& bands = p->assessment().bands;
    const OverallScore& o = p->scores().overall();
    const ScoreLabel l = Scoring::label(o.score, bands, o.unmetBlockers);
    m_title->setText(p->assessment().info.title);
    m_score->setText(l.display ? tr("%1 %").arg(*l.display) : tr("–"));
    m_grade->setText(!l.grade.isEmpty() ? tr("Grade %1").arg(l.grade)
            : o.assessed == 0           ? tr("Not started: nothing assessed yet")
                                        : tr("Not scored yet"));
    m_status->setText(Template::displayText(l.status));
    int statusIndex = 0;
    for (int i = 0; i < bands.statuses.size(); ++i) {
        if (bands.statuses.at(i).label == l.status)
            statusIndex = i;
    }
    const QColor colour = RatingColors::forStatusIndex(statusIndex, bands.statuses.size());
    if (m_status->palette().color(QPalette::WindowText) != colour) {
        QPalette pal = m_status->palette();
        pal.setColor(QPalette::WindowText, colour);
        m_status->setPalette(pal);
    }

    QStringList notes;
    if (o.adjusted) {
        const ScoreLabel c = Scoring::label(o.computed, bands, o.unmetBlockers);
        notes << tr("Adjusted; computed %1 (grade %2, %3).")
                     .arg(c.display ? tr("%1 %").arg(*c.display) : tr("–"), c.grade,
                         Template::displayText(c.status));
        if (o.overallAdjustment)
            notes << tr("Reason: %1").arg(o.adjustmentReason);
    }
    if (o.unmetBlockers > 0)
        notes << tr("%n unmet blocker(s): not ready whatever the score.", nullptr, o.unmetBlockers);
    if (p->isReadOnly())
        notes << tr("Opened read-only.");
    m_computed->setText(notes.join(QLatin1Char(' ')));
    m_assessed->setRange(0, qMax(1, o.items));
    m_assessed->setValue(o.assessed);
    m_assessed->setFormat(tr("%1 of %2 assessed").arg(o.assessed).arg(o.items));
    m_adjust->setEnabled(!p->isReadOnly());
}

void ScoreHeader::setAdjustVisible(bool visible)
{
    m_adjust->setVisible(visible);
}

QString ScoreHeader::scoreText() const
{
    return m_score->text();
}
QString ScoreHeader::gradeText() const
{
    return m_grade->text();
}
QString ScoreHeader::statusText() const
{
    return m_status->text();
}
QString ScoreHeader::computedText() const
{
    return m_computed->text();
}
