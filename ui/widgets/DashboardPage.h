#pragma once

// The dashboard: domain scores with targets, a radar of domain scores beside the previous milestone,
// the status distribution, the risk matrix, recommendations' effort by priority and KPIs against their
// targets. Every chart follows each edit; clicking a domain's bar or a status segment takes you to those
// items; each chart exports as PNG or SVG from its context menu.

#include <QHash>
#include <QWidget>
#include <functional>

class Document;
class PathToReadyPanel;
class RiskHeatMap;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QTableWidget;
QT_END_NAMESPACE

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // A presenter dashboard (for a projector) uses large type and a high-contrast theme. A single-column
    // dashboard (the one a PDF report draws its charts from) gives every chart the full width.
    explicit DashboardPage(QWidget* parent = nullptr, bool presenter = false, bool singleColumn = false);

    void setDocument(Document* document);
    void refresh();

    QList<QChartView*> chartViews() const { return m_views; }
    QChartView* chartView(const QString& name) const;
    RiskHeatMap* riskMap() const { return m_riskMap; }
    // Below the radar when it names domains by key: which key is which domain.
    QLabel* radarKeys() const { return m_radarKeys; }
    PathToReadyPanel* plan() const { return m_plan; }
    QLabel* attention() const { return m_attention; }
    // The score and rating written at each domain's bar, in domain order.
    QStringList scoreLabels() const;
    // Writes the chart as PNG or SVG (by the file's suffix); false when it cannot be written.
    static bool exportChart(QWidget* view, const QString& path);
    // Asks where to export a chart (suggested file name, filter); empty when cancelled. Without it the
    // charts offer no export (the report's dashboard has no one to ask).
    void setChartPathQuestion(std::function<QString(const QString&, const QString&)> ask)
    {
        m_askChartPath = std::move(ask);
    }
    // The table of a chart's numbers ("overall", "domainScores", "radar", "statuses", "risks",
    // "recommendations", "kpis"), filled when shown.
    QTableWidget* table(const QString& name) const;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void domainActivated(const QString& domainKey);
    // status is int(rw::ItemStatus); domainKey empty for all domains.
    void statusActivated(const QString& domainKey, int status);
    void riskCellActivated(int probability, int impact);
    void itemActivated(const QString& itemKey);
    // A priority's bar in the recommendations chart.
    void findingsActivated(int priority);
    void kpiActivated(qint64 id);

private:
    QWidget* addChart(const QString& name, const QString& accessibleName);
    QWidget* addCard(const QString& name, const QString& accessibleName, QWidget* chart);
    void fillTable(const QString& name);
    void refreshTables();
    void refreshOverall();
    void refreshDomainScores();
    void refreshRadar();
    void refreshStatuses();
    void refreshRecommendations();
    void refreshKpis();
    void refreshAttention();

    void refreshWhenVisible();
    void applyLargeType();
    void placeScoreLabels();
    void scoresChanged();
    // Updates the score charts in place (values, labels); false when their shape no longer fits.
    bool updateScoreValues();

    Document* m_document = nullptr;
    bool m_presenter = false;
    std::function<QString(const QString&, const QString&)> m_askChartPath;
    bool m_print = false; // the single-column page a report draws its charts from
    bool m_stale = false;
    bool m_scoresStale = false;
    QList<QChartView*> m_views;
    QLabel* m_radarKeys = nullptr;
    QLabel* m_attention = nullptr; // evidence to look at again and what the review left open
    RiskHeatMap* m_riskMap;
    PathToReadyPanel* m_plan;
    QList<QGraphicsSimpleTextItem*> m_scoreLabels;
    QList<QGraphicsRectItem*> m_scoreBacks;
    QHash<QString, QTableWidget*> m_tables;
};
