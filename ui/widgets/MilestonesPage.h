#pragma once

// Milestones: save the scores of a moment under a name, rename and delete them, follow the overall and
// domain scores across milestones in a trend chart, and compare any two milestones, or one with now:
// the change of each score and the items whose status changed.

#include <QWidget>

class Document;
class RefreshWhenShown;
class QComboBox;
class QListWidget;
class QPushButton;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

class MilestonesPage : public QWidget
{
    Q_OBJECT

public:
    explicit MilestonesPage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void refresh();

    QListWidget* list() const { return m_list; }
    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QTableWidget* deltas() const { return m_deltas; }
    QListWidget* changedItems() const { return m_changed; }
    QChartView* trend() const { return m_trend; }

    void saveMilestone(const QString& name);

private:
    void compare();
    void refreshTrend();
    qint64 selectedId() const;

    Document* m_document = nullptr;
    RefreshWhenShown* m_follow;
    QListWidget* m_list;
    QPushButton* m_save;
    QPushButton* m_rename;
    QPushButton* m_remove;
    QChartView* m_trend;
    QComboBox* m_from;
    QComboBox* m_to;
    QTableWidget* m_deltas;
    QListWidget* m_changed;
};
