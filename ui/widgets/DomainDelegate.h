#pragma once

// Paints a domain in the navigator: title and weight, a score bar coloured by rating with the target as a
// marker, the percent and rating written out, and how much is assessed.

#include <QStyledItemDelegate>

class DomainDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
