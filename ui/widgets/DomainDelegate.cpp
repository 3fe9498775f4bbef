#include "DomainDelegate.h"

#include "RatingColors.h"
#include "models/DomainListModel.h"

#include <QApplication>
#include <QPainter>

void DomainDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7);

    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);

    const QVariant display = index.data(DomainListModel::DisplayScoreRole);
    const QString rating = index.data(DomainListModel::RatingRole).toString();
    const QString right = display.isValid() ? tr("%1 %  %2").arg(display.toInt()).arg(rating) : tr("not scored");
    const int rightWidth = bfm.horizontalAdvance(right);

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QString title = bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() - rightWidth - 12);
    painter->drawText(QRect(r.left(), r.top(), r.width(), bfm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->drawText(QRect(r.left(), r.top(), r.width(), bfm.height()), Qt::AlignRight | Qt::AlignVCenter, right);

    // The bar, with the target drawn as a marker across it.
    const QRect bar(r.left(), r.top() + bfm.height() + 4, r.width(), 10);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid).lighter(140));
    painter->drawRoundedRect(bar, 3, 3);
    const QVariant score = index.data(DomainListModel::ScoreRole);
    if (score.isValid()) {
        QRect fill = bar;
        fill.setWidth(int(bar.width() * qBound(0.0, score.toDouble(), 100.0) / 100.0));
        painter->setBrush(RatingColors::forRatingIndex(index.data(DomainListModel::RatingIndexRole).toInt()));
        painter->drawRoundedRect(fill, 3, 3);
    }
    const QVariant target = index.data(DomainListModel::TargetRole);
    if (target.isValid()) {
        const int x = bar.left() + int(bar.width() * target.toDouble() / 100.0);
        painter->setPen(QPen(text, 2));
        painter->drawLine(x, bar.top() - 3, x, bar.bottom() + 3);
    }

    painter->setFont(option.font);
    painter->setPen(muted);
    QStringList details { index.data(DomainListModel::WeightTextRole).toString(), index.data(DomainListModel::AssessedTextRole).toString() };
    if (target.isValid()) {
        const QVariant meets = index.data(DomainListModel::MeetsTargetRole);
        details << (meets.isValid() && meets.toBool() ? tr("target %1 % met").arg(target.toDouble())
                                                      : tr("target %1 % not met").arg(target.toDouble()));
    }
    if (index.data(DomainListModel::AdjustedRole).toBool())
        details << tr("adjusted");
    const int blockers = index.data(DomainListModel::BlockersRole).toInt();
    if (blockers > 0)
        details << tr("%n unmet blocker(s)", nullptr, blockers);
    const QRect detailRect(r.left(), bar.bottom() + 4, r.width(), fm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight, r.width()));
    painter->restore();
}

QSize DomainDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return QSize(280, QFontMetrics(bold).height() + 4 + 10 + 4 + QFontMetrics(option.font).height() + 14);
}
