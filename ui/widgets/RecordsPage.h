#pragma once

// A page with one table of records (findings, risks, KPIs or sign-offs) and buttons to add, edit and
// remove; the window supplies what each button does (through the undo stack).

#include <QWidget>
#include <functional>

class RecordTableModel;
class QPushButton;
class QTableView;

class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    RecordsPage(const QString& name, const QString& hint, QWidget* parent = nullptr);

    void setModel(RecordTableModel* model);
    void setReadOnly(bool readOnly);
    QTableView* view() const { return m_view; }
    qint64 currentId() const;
    void selectId(qint64 id);

    std::function<void()> onAdd;
    std::function<void(qint64)> onEdit;
    std::function<void(qint64)> onRemove;

private:
    void updateButtons();

    RecordTableModel* m_model = nullptr;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_readOnly = false;
};
