#include "StatusDelegate.h"

#include "RatingColors.h"

#include "domain/Enums.h"
#include "models/ChecklistModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPainter>

using namespace rw;

namespace {

const ItemStatus kOrder[] = { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
    ItemStatus::NotApplicable, ItemStatus::Open };

} // namespace

QWidget* StatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Status"));
    const QStringList shortcuts { tr("1"), tr("2"), tr("3"), tr("0"), tr("Backspace") };
    for (int i = 0; i < 5; ++i)
        combo->addItem(tr("%1  (%2)").arg(toLabel(kOrder[i]), shortcuts.at(i)), int(kOrder[i]));
    // Choosing a status commits it at once, so that one click or key does the edit.
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, [this, combo] {
        emit const_cast<StatusDelegate*>(this)->commitData(combo);
        emit const_cast<StatusDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void StatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void StatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

// A coloured mark beside each status word, so that status never rests on colour alone.
void StatusDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const ItemStatus status = ItemStatus(index.data(ChecklistModel::StatusRole).toInt());
    const int size = opt.fontMetrics.height() - 4;
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    {
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(RatingColors::forStatus(status));
        if (status == ItemStatus::Open) {
            p.setPen(QPen(RatingColors::forStatus(status), 1.5));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    }
    opt.icon = QIcon(dot);
    opt.features |= QStyleOptionViewItem::HasDecoration;
    opt.decorationSize = QSize(size, size);
    const QWidget* widget = option.widget;
    (widget ? widget->style() : QApplication::style())
        ->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QWidget* PointsDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setAccessibleName(tr("Points earned"));
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setRange(0, m_maximum(index));
    return spin;
}

void PointsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QDoubleSpinBox*>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void PointsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}
