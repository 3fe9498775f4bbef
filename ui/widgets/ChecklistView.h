#pragma once

// The checklist table: files dropped on a row are attached to that row's item. The item text keeps a
// readable width: when the view is narrow (a laptop, a projector at 1280 px), the columns that the item
// panel shows anyway are left out, in a set order, until the text has its room.

#include <QSet>
#include <QTableView>
#include <QVector>

class ChecklistView : public QTableView
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget* parent = nullptr);

    QString currentKey() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Whether a column has anything to show (an owner column with no owner has not).
    void setColumnWanted(int column, bool wanted);
    // The columns that give way to the text column, first given first left out.
    void setYieldingColumns(int textColumn, const QVector<int>& columns, int minTextWidth);
    void updateColumns();

signals:
    void filesDropped(const QString& itemKey, const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool m_readOnly = false;
    int m_textColumn = -1;
    int m_minTextWidth = 0;
    QVector<int> m_yielding;
    QSet<int> m_unwanted;
};
