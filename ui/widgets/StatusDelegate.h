#pragma once

// In-place editors of the checklist table: a list of statuses in the status column, and a number from
// 0 to the item's points for a partially met item's points.

#include <QStyledItemDelegate>
#include <functional>

class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class PointsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PointsDelegate(std::function<double(const QModelIndex&)> maximum, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_maximum(std::move(maximum))
    {
    }

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    std::function<double(const QModelIndex&)> m_maximum;
};
