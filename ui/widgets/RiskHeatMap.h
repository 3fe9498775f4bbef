#pragma once

// The risk matrix: probability (1-5) against impact (1-5), the number of open risks in each cell,
// coloured by severity and written out; clicking a cell lists its risks.

#include "scoring/Figures.h"

#include <QWidget>

namespace rw {
struct Risk;
}

class RiskHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit RiskHeatMap(QWidget* parent = nullptr);

    void setRisks(const QVector<rw::Risk>& risks);
    int count(int probability, int impact) const { return m_matrix.count(probability, impact); }
    QSize sizeHint() const override { return { 420, 320 }; }

signals:
    void cellActivated(int probability, int impact);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect cellRect(int probability, int impact) const;
    QRect gridRect() const;

    rw::Figures::RiskMatrix m_matrix;
};
