#include "RiskHeatMap.h"

#include "RatingColors.h"

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
    p.drawText(QRect(0, 0, width(), fontMetrics().height() + 4), Qt::AlignCenter,
        tr("Open risks by probability and impact"));
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    for (int prob = 1; prob <= 5; ++prob) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int n = count(prob, impact);
            const QColor colour = RatingColors::forRiskCell(prob * impact, n > 0);
            const QRect r = cellRect(prob, impact);
            p.fillRect(r, colour);
            if (n > 0) {
                p.setFont(bold);
                p.setPen(Qt::white);
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    p.setFont(font());
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
