#include "ChecklistModel.h"

#include "scoring/Answers.h"

#include <QSet>
#include <cmath>

#include "exchange/Template.h"

#include "Document.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace rw;

namespace {

// A small flag (red: flagged for review) or speech mark (blue: comments open) beside the key.
QIcon reviewBadge(bool flagged)
{
    static const QIcon flag = [] {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5));
        p.drawLine(QPointF(3.5, 2), QPointF(3.5, 15));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc4, 0x31, 0x4b));
        p.drawPolygon(QPolygonF({ QPointF(4, 2), QPointF(14, 5.5), QPointF(4, 9) }));
        return QIcon(pm);
    }();
    static const QIcon comment = [] {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2b, 0x6c, 0xb0));
        p.drawRoundedRect(QRectF(1.5, 2, 13, 9), 3, 3);
        p.drawPolygon(QPolygonF({ QPointF(4, 10), QPointF(4, 14.5), QPointF(8, 10) }));
        return QIcon(pm);
    }();
    return flagged ? flag : comment;
}

// Points as people read them: at most two decimals (a level's share of the points may have more).
QString number(double v)
{
    return QLocale().toString(std::round(v * 100) / 100, 'g', 6);
}

} // namespace

ChecklistModel::ChecklistModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document->project(), &Project::itemChanged, this, &ChecklistModel::onItemChanged);
    connect(document->project(), &Project::conditionsChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    // Rows start over only when domains or items were added, removed or reordered.
    connect(document->project(), &Project::checklistChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(document->project(), &Project::recordChanged, this, [this](Project::Record kind) {
        if (kind == Project::Record::Evidence)
            recountEvidence();
        if (kind == Project::Record::Comment) {
            countThreads();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, KeyColumn), index(int(m_rows.size()) - 1, KeyColumn));
        }
    });
    countThreads();
}

void ChecklistModel::countThreads()
{
    m_openThreads.clear();
    for (const Comment& c : m_document->project()->assessment().comments) {
        if (c.startsThread() && !c.resolved)
            ++m_openThreads[c.itemUuid];
    }
}

void ChecklistModel::recountEvidence()
{
    const QHash<QString, int> before = m_evidenceCount;
    countEvidence();
    QSet<QString> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_evidenceCount.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_evidenceCount.cbegin(); it != m_evidenceCount.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (const QString& key : changed) {
        const Project::ItemRef ref = m_document->project()->findItem(key);
        if (ref.isValid())
            onItemChanged(ref.domain, ref.item);
    }
}

void ChecklistModel::countEvidence()
{
    m_evidenceCount.clear();
    for (const Evidence& e : m_document->project()->assessment().evidence) {
        for (const QString& key : e.itemKeys)
            ++m_evidenceCount[key];
    }
}

void ChecklistModel::rebuild()
{
    m_rows.clear();
    m_domainFirstRow.clear();
    m_evidenceCount.clear();
    const Assessment& a = m_document->project()->assessment();
    m_rows.reserve(a.itemCount());
    for (int d = 0; d < a.domains.size(); ++d) {
        m_domainFirstRow.append(m_rows.size());
        for (int i = 0; i < a.domains.at(d).items.size(); ++i)
            m_rows.append({ d, i });
    }
    countEvidence();
}

void ChecklistModel::onItemChanged(int domainIndex, int itemIndex)
{
    if (domainIndex >= m_domainFirstRow.size())
        return;
    const int row = m_domainFirstRow.at(domainIndex) + itemIndex;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Item& ChecklistModel::itemAt(int row) const
{
    const auto [d, i] = m_rows.at(row);
    return m_document->project()->assessment().domains.at(d).items.at(i);
}

QString ChecklistModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? itemAt(row).key : QString();
}

QModelIndex ChecklistModel::indexOfKey(const QString& key, int column) const
{
    const Project::ItemRef ref = m_document->project()->findItem(key);
    if (!ref.isValid() || ref.domain >= m_domainFirstRow.size())
        return {};
    return index(m_domainFirstRow.at(ref.domain) + ref.item, column);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TextColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case PointsColumn:
        return tr("Points");
    case EvidenceColumn:
        return tr("Evidence");
    case OwnerColumn:
        return tr("Owner");
    case BlockerColumn:
        return tr("Blocker");
    }
    return {};
}

QString ChecklistModel::statusText(const Item& item)
{
    if (!item.doesNotApply.isEmpty())
        return tr("Does not apply");
    if (item.question.type == QuestionType::Status || !Answers::isAnswered(item.answer))
        return toLabel(item.status);
    const QString answer = Answers::shown(item.question, item.answer);
    if (item.status == ItemStatus::NotApplicable && item.question.isScored())
        return tr("%1 (not applicable)").arg(answer);
    return answer;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = itemAt(index.row());
    const int evidence = m_evidenceCount.value(item.key);
    switch (role) {
    case KeyRole:
        return item.key;
    case DomainIndexRole:
        return m_rows.at(index.row()).first;
    case DomainKeyRole:
        return m_document->project()->assessment().domains.at(m_rows.at(index.row()).first).key;
    case StatusRole:
        return int(item.effectiveStatus());
    case EvidenceCountRole:
        return evidence;
    case BlockerRole:
        return item.blocker;
    case OwnerRole:
        return item.owner;
    case WorkStateRole:
        return int(item.workState);
    case FlagRole:
        return item.flag;
    case OpenThreadsRole:
        return m_openThreads.value(item.uuid);
    case SearchTextRole:
        return QStringList { item.key, Template::displayText(item.text), item.note, item.owner }.join(
            QLatin1Char('\n'));
    case Qt::DecorationRole:
        if (index.column() == KeyColumn && m_presenceBadges.contains(item.key))
            return m_presenceBadges.value(item.key);
        if (index.column() == KeyColumn && (!item.flag.isEmpty() || m_openThreads.value(item.uuid) > 0))
            return reviewBadge(!item.flag.isEmpty());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn && m_presence.contains(item.key))
            return tr("Here now: %1").arg(m_presence.value(item.key).join(QStringLiteral(", ")));
        if (index.column() == KeyColumn && (!item.flag.isEmpty() || m_openThreads.value(item.uuid) > 0)) {
            QStringList tip;
            if (!item.flag.isEmpty())
                tip << tr("Flagged for review: %1").arg(item.flag);
            if (const int open = m_openThreads.value(item.uuid))
                tip << tr("%n unresolved comment thread(s)", nullptr, open);
            return tip.join(QLatin1Char('\n'));
        }
        if (index.column() == TextColumn && !item.guidance.isEmpty())
            return tr("<p>%1</p><p><b>Guidance:</b> %2</p>")
                .arg(Template::displayText(item.text).toHtmlEscaped(),
                    Template::displayText(item.guidance).toHtmlEscaped());
        if (index.column() == StatusColumn) {
            if (!item.doesNotApply.isEmpty())
                return item.doesNotApply;
            if (item.question.type == QuestionType::Status)
                return {};
            QString tip = Answers::describe(item.question);
            if (const std::optional<int> gap = Answers::gap(item.question, item.answer); gap && *gap > 0)
                tip += QLatin1Char('\n') + tr("%n level(s) below the target", nullptr, *gap);
            return tip;
        }
        if (index.column() == BlockerColumn && item.blocker)
            return tr("Blocker: if this item is not met, the assessment is not ready whatever the score.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn || index.column() == EvidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return int(item.status);
        if (index.column() == PointsColumn)
            return Scoring::earnedPoints(item);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return item.key;
        case TextColumn:
            return Template::displayText(item.text);
        case StatusColumn:
            return statusText(item);
        case PointsColumn:
            return !Scoring::isApplicable(item)
                ? tr("–")
                : tr("%1 / %2").arg(number(Scoring::earnedPoints(item)), number(item.points));
        case EvidenceColumn:
            return evidence > 0 ? QString::number(evidence) : QString();
        case OwnerColumn:
            return item.owner;
        case BlockerColumn:
            return item.blocker ? tr("Blocker") : QString();
        }
        return {};
    default:
        return {};
    }
}

void ChecklistModel::setPresence(const QHash<QString, QStringList>& names)
{
    if (names == m_presence)
        return;
    QSet<QString> touched;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it)
        touched.insert(it.key());
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        touched.insert(it.key());
    m_presence = names;
    // A badge per item with the person's initial, or how many they are, in the highlight colour: drawn
    // here once, not on every repaint.
    m_presenceBadges.clear();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QPixmap badge(32, 32);
        badge.fill(Qt::transparent);
        QPainter p(&badge);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1f, 0x6f, 0xd1));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 30, 30);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(19);
        f.setBold(true);
        p.setFont(f);
        const QStringList& people = it.value();
        p.drawText(badge.rect(), Qt::AlignCenter,
            people.size() > 1 ? QString::number(people.size()) : people.value(0).left(1).toUpper());
        p.end();
        m_presenceBadges.insert(it.key(), QIcon(badge));
    }
    for (const QString& key : std::as_const(touched)) {
        const QModelIndex i = indexOfKey(key);
        if (i.isValid())
            emit dataChanged(i, i, { Qt::DecorationRole, Qt::ToolTipRole });
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_document->isReadOnly())
        return f;
    // Items answered with a level, choices, a number, a date or a text take their answer in the item
    // panel (or by digit); the status list and partial points are for status and yes/no items.
    const QuestionType type = itemAt(index.row()).question.type;
    const bool byStatus = type == QuestionType::Status || type == QuestionType::YesNo;
    if (index.column() == StatusColumn && byStatus)
        f |= Qt::ItemIsEditable;
    if (index.column() == PointsColumn && itemAt(index.row()).status == ItemStatus::Partial
        && type == QuestionType::Status)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || m_document->isReadOnly())
        return false;
    const Item& item = itemAt(index.row());
    Item updated = item;
    QString text;
    if (index.column() == StatusColumn) {
        const int status = value.toInt();
        if (status < int(ItemStatus::Open) || status > int(ItemStatus::NotApplicable))
            return false;
        updated.status = ItemStatus(status);
        text = tr("Set %1 to %2").arg(item.key, toLabel(updated.status));
    } else if (index.column() == PointsColumn) {
        bool ok = false;
        const double points = value.toDouble(&ok);
        if (!ok)
            return false;
        updated.partialPoints = points;
        text = tr("Give %1 %2 points").arg(item.key, number(points));
    } else {
        return false;
    }
    if (updated.status == item.status && updated.partialPoints == item.partialPoints)
        return false;
    return m_document->setItem(item.key, updated, text);
}
