#pragma once

// The checklist table: files dropped on a row are attached to that row's item.

#include <QTableView>

class ChecklistView : public QTableView
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget* parent = nullptr);

    QString currentKey() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void filesDropped(const QString& itemKey, const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool m_readOnly = false;
};
