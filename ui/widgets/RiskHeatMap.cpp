#include "RiskHeatMap.h"

#include "domain/Risk.h"

#include <QMouseEvent>
#include <QPainter>

RiskHeatMap::RiskHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskHeatMap"));
    setAccessibleName(tr("Risk matrix"));
    setMinimumSize(320, 260);
}

void RiskHeatMap::setRisks(const QVector<rw::Risk>& risks)
{
    m_matrix = rw::Figures::openRisks(risks);
    QStringList summary;
    for (int p = 5; p >= 1; --p) {
        for (int i = 5; i >= 1; --i) {
            if (count(p, i))
                summary << tr("%1 at probability %2, impact %3").arg(count(p, i)).arg(p).arg(i);
        }
    }
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    update();
}

QRect RiskHeatMap::gridRect() const
{
    const int left = fontMetrics().horizontalAdvance(tr("Probability")) + 28;
    const int bottom = fontMetrics().height() * 2 + 12;
    const int top = fontMetrics().height() + 10;
    return QRect(left, top, width() - left - 10, height() - top - bottom);
}

QRect RiskHeatMap::cellRect(int probability, int impact) const
{
    const QRect g = gridRect();
    const int w = g.width() / 5;
    const int h = g.height() / 5;
    return QRect(g.left() + (impact - 1) * w, g.top() + (5 - probability) * h, w - 2, h - 2);
}

void RiskHeatMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Type in the widget's own pixels: drawn into a PDF (at its resolution, scaled), a point size would
    // be taken at the printer's resolution and outgrow the cells.
    QFont base = font();
    base.setPixelSize(QFontInfo(font()).pixelSize());
    p.setFont(base);
    p.drawText(QRect(0, 0, width(), fontMetrics().height() + 4), Qt::AlignCenter,
        tr("Open risks by probability and impact"));
    QFont bold = base;
    bold.setBold(true);
    bold.setPixelSize(base.pixelSize() * 13 / 10);
    for (int prob = 1; prob <= 5; ++prob) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int severity = prob * impact;
            // Green, amber and red by severity, paler where the cell is empty.
            QColor colour = severity >= 15 ? QColor(0xc6, 0x28, 0x28)
                : severity >= 8            ? QColor(0xef, 0x8f, 0x00)
                                           : QColor(0x43, 0xa0, 0x47);
            const int n = count(prob, impact);
            if (n == 0)
                colour = colour.lighter(170);
            const QRect r = cellRect(prob, impact);
            p.fillRect(r, colour);
            if (n > 0) {
                p.setFont(bold);
                p.setPen(Qt::white);
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    p.setFont(base);
    p.setPen(palette().color(QPalette::WindowText));
    const QRect g = gridRect();
    for (int i = 1; i <= 5; ++i) {
        const QRect c = cellRect(1, i);
        p.drawText(QRect(c.left(), g.bottom() + 4, c.width(), fontMetrics().height()), Qt::AlignCenter,
            QString::number(i));
        const QRect r = cellRect(i, 1);
        p.drawText(QRect(g.left() - 22, r.top(), 18, r.height()), Qt::AlignCenter, QString::number(i));
    }
    p.drawText(QRect(g.left(), g.bottom() + fontMetrics().height() + 6, g.width(), fontMetrics().height()),
        Qt::AlignCenter, tr("Impact"));
    p.save();
    p.translate(fontMetrics().height(), g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, -fontMetrics().height(), g.height(), fontMetrics().height() + 4),
        Qt::AlignCenter, tr("Probability"));
    p.restore();
}

void RiskHeatMap::mousePressEvent(QMouseEvent* event)
{
    for (int prob = 1; prob <= 5; ++prob) {
        for (int impact = 1; impact <= 5; ++impact) {
            if (cellRect(prob, impact).contains(event->position().toPoint())) {
                emit cellActivated(prob, impact);
                return;
            }
        }
    }
}
