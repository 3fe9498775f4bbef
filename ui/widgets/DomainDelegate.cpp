#include "DomainDelegate.h"

#include "RatingColors.h"
#include "models/DomainListModel.h"

#include <QApplication>
#include <QPainter>
#include <QVector>

void DomainDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
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
    const bool notStarted = index.data(DomainListModel::NotStartedRole).toBool();
    const QString right = display.isValid() ? tr("%1 %  %2").arg(display.toInt()).arg(rating)
        : notStarted                        ? tr("not started")
                                            : tr("not scored");
    const int rightWidth = bfm.horizontalAdvance(right);

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    const QString title
        = bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() - rightWidth - 12);
    painter->drawText(
        QRect(r.left(), r.top(), r.width(), bfm.height()), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->drawText(
        QRect(r.left(), r.top(), r.width(), bfm.height()), Qt::AlignRight | Qt::AlignVCenter, right);

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

    // The states that need attention are badges at the right of the last line: never cut off. The
    // weight and progress take what room is left.
    struct Badge
    {
        QString text;
        QColor colour;
    };
    QVector<Badge> badges;
    if (target.isValid()) {
        const QVariant meets = index.data(DomainListModel::MeetsTargetRole);
        if (meets.isValid() && !meets.toBool())
            badges.append({ tr("below target"), RatingColors::forRatingIndex(3) });
    }
    if (index.data(DomainListModel::AdjustedRole).toBool())
        badges.append({ tr("adjusted"), QColor(0x6a, 0x1b, 0x9a) });
    const int blockers = index.data(DomainListModel::BlockersRole).toInt();
    if (blockers > 0)
        badges.append({ tr("%n blocker(s)", nullptr, blockers), RatingColors::forRatingIndex(3) });
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    small.setBold(true);
    const QFontMetrics sfm(small);
    const int lineTop = bar.bottom() + 4;
    int x = r.right();
    painter->setFont(small);
    for (int i = badges.size() - 1; i >= 0; --i) {
        const int w = sfm.horizontalAdvance(badges[i].text) + 10;
        const QRect pill(x - w + 1, lineTop, w, fm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(badges[i].colour);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badges[i].text);
        x -= w + 4;
    }
    painter->setFont(option.font);
    painter->setPen(muted);
    QStringList details { index.data(DomainListModel::AssessedTextRole).toString(),
        index.data(DomainListModel::WeightTextRole).toString() };
    if (target.isValid())
        details << tr("target %1 %").arg(target.toDouble());
    const int room = x - r.left() - 4;
    if (room > fm.horizontalAdvance(QStringLiteral("MMM")))
        painter->drawText(QRect(r.left(), lineTop, room, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(details.join(QStringLiteral(" · ")), Qt::ElideRight, room));
    painter->restore();
}

QSize DomainDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return QSize(280, QFontMetrics(bold).height() + 4 + 10 + 4 + QFontMetrics(option.font).height() + 14);
}
