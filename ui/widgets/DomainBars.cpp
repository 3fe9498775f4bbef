#include "DomainBars.h"

#include "exchange/Template.h"

#include "Document.h"
#include "RatingColors.h"

#include <QMouseEvent>
#include <QPainter>

using namespace rw;

namespace {

constexpr int MaxRow = 96;
constexpr int MinRow = 18;

int ratingIndex(const Bands& bands, const QString& rating)
{
    for (int i = 0; i < bands.ratings.size(); ++i) {
        if (bands.ratings.at(i).label == rating)
            return qMin(i, 3);
    }
    return -1;
}

} // namespace

DomainBars::DomainBars(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("domainBars"));
    setAccessibleName(tr("Domain scores"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DomainBars::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document->project(), &Project::scoresChanged, this, qOverload<>(&QWidget::update));
        connect(document->project(), &Project::contentChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

void DomainBars::setCurrentDomain(const QString& key)
{
    if (key == m_current)
        return;
    m_current = key;
    update();
}

QStringList DomainBars::valueTexts() const
{
    QStringList texts;
    if (!m_document)
        return texts;
    const Project* p = m_document->project();
    for (const DomainScore& d : p->scores().domains()) {
        const ScoreLabel l = Scoring::label(d.score(), p->assessment().bands);
        texts << (l.display        ? tr("%1 % %2").arg(*l.display).arg(Template::displayText(l.rating))
                : d.isNotStarted() ? tr("not started")
                                   : tr("not scored"));
    }
    return texts;
}

QSize DomainBars::minimumSizeHint() const
{
    const int rows = m_document ? int(m_document->project()->scores().domains().size()) : 8;
    return QSize(360, rows * MinRow);
}

int DomainBars::rowHeight() const
{
    const int rows = m_document ? int(m_document->project()->scores().domains().size()) : 0;
    if (rows == 0)
        return MaxRow;
    return qBound(MinRow, height() / rows, MaxRow);
}

void DomainBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_document)
        return;
    const Project* p = m_document->project();
    const Bands& bands = p->assessment().bands;
    const QVector<DomainScore>& domains = p->scores().domains();
    const QStringList values = valueTexts();
    const int row = rowHeight();
    // Text as large as the row allows: the value label is what the room reads. A tall row puts the
    // domain's name above its bar, so that long names need no shortening.
    const int pixels = qBound(12, int(row * (row >= 60 ? 0.36 : 0.6)), 30);
    const bool stacked = row >= 60;
    m_valuePixels = pixels;
    QFont valueFont = font();
    valueFont.setPixelSize(pixels);
    valueFont.setBold(true);
    const QFontMetrics vfm(valueFont);
    int valueWidth = 0;
    for (const QString& v : values)
        valueWidth = qMax(valueWidth, vfm.horizontalAdvance(v));
    // Names beside the bars get up to 45 % of the width, in a smaller size before they are shortened.
    QFont titleFont = font();
    titleFont.setPixelSize(pixels);
    int longest = 0;
    for (const DomainScore& d : domains)
        longest = qMax(longest, QFontMetrics(titleFont).horizontalAdvance(Template::displayText(d.title)));
    const int titleRoom = stacked ? width() - 8 : width() * 45 / 100;
    if (longest > titleRoom)
        titleFont.setPixelSize(qMax(11, int(pixels * qMax(0.75, double(titleRoom) / longest))));
    const QFontMetrics tfm(titleFont);
    const int titleWidth = stacked ? 0 : qMin(titleRoom, longest + 12);
    const int barLeft = stacked ? 4 : titleWidth + 8;
    const int barWidth = qMax(40, width() - barLeft - valueWidth - 16);
    const QColor ink = palette().color(QPalette::WindowText);
    QColor track = ink;
    track.setAlphaF(0.18);
    QColor muted = ink;
    muted.setAlphaF(0.65);

    for (int i = 0; i < domains.size(); ++i) {
        const DomainScore& d = domains.at(i);
        const QRect line(0, i * row, width(), row);
        if (d.key == m_current) {
            QColor h = palette().color(QPalette::Highlight);
            h.setAlphaF(0.35);
            painter.fillRect(line, h);
        }
        painter.setFont(titleFont);
        painter.setPen(ink);
        QRect barLine = line;
        if (stacked) {
            const QRect titleRect(4, line.top() + 2, width() - 8, tfm.height());
            painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(Template::displayText(d.title), Qt::ElideRight, titleRect.width()));
            barLine = QRect(0, titleRect.bottom() + 2, width(), line.bottom() - titleRect.bottom() - 2);
        } else {
            painter.drawText(QRect(4, line.top(), titleWidth - 8, row), Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(Template::displayText(d.title), Qt::ElideRight, titleWidth - 8));
        }
        const int barHeight = qMax(6, qMin(barLine.height() - 6, row * 5 / 10));
        const QRect bar(barLeft, barLine.top() + (barLine.height() - barHeight) / 2, barWidth, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(bar, 3, 3);
        const ScoreLabel l = Scoring::label(d.score(), bands);
        if (l.score) {
            QRect fill = bar;
            fill.setWidth(int(bar.width() * qBound(0.0, *l.score, 100.0) / 100.0));
            painter.setBrush(RatingColors::forRatingIndex(ratingIndex(bands, l.rating)));
            painter.drawRoundedRect(fill, 3, 3);
        }
        if (d.target) {
            const int x = bar.left() + int(bar.width() * *d.target / 100.0);
            painter.setPen(QPen(ink, 3));
            painter.drawLine(x, bar.top() - 3, x, bar.bottom() + 3);
        }
        painter.setFont(valueFont);
        painter.setPen(l.display ? ink : muted);
        painter.drawText(QRect(bar.right() + 12, barLine.top(), valueWidth + 4, barLine.height()),
            Qt::AlignLeft | Qt::AlignVCenter, values.value(i));
    }
}

void DomainBars::mousePressEvent(QMouseEvent* event)
{
    if (!m_document)
        return;
    const int index = int(event->position().y()) / rowHeight();
    const QVector<DomainScore>& domains = m_document->project()->scores().domains();
    if (index >= 0 && index < domains.size())
        emit domainActivated(domains.at(index).key);
}
