#include "ChecklistView.h"

#include "models/ChecklistModel.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>

ChecklistView::ChecklistView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("checklistView"));
    setAccessibleName(tr("Checklist"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
}

QString ChecklistView::currentKey() const
{
    return currentIndex().data(ChecklistModel::KeyRole).toString();
}

void ChecklistView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ChecklistView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasUrls() && indexAt(event->position().toPoint()).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ChecklistView::dropEvent(QDropEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (m_readOnly || !index.isValid() || files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setCurrentIndex(index.siblingAtColumn(ChecklistModel::KeyColumn));
    emit filesDropped(index.data(ChecklistModel::KeyRole).toString(), files);
}

void ChecklistView::setColumnWanted(int column, bool wanted)
{
    if (wanted)
        m_unwanted.remove(column);
    else
        m_unwanted.insert(column);
    updateColumns();
}

void ChecklistView::setYieldingColumns(int textColumn, const QVector<int>& columns, int minTextWidth)
{
    m_textColumn = textColumn;
    m_yielding = columns;
    m_minTextWidth = minTextWidth;
    updateColumns();
}

void ChecklistView::updateColumns()
{
    if (!model())
        return;
    const int columns = model()->columnCount();
    int fixed = 0;
    for (int c = 0; c < columns; ++c) {
        if (c != m_textColumn && !m_unwanted.contains(c))
            fixed += horizontalHeader()->sectionSize(c);
    }
    const int room = viewport()->width();
    QSet<int> dropped;
    for (int c : m_yielding) {
        if (room - fixed >= m_minTextWidth)
            break;
        if (!m_unwanted.contains(c)) {
            dropped.insert(c);
            fixed -= horizontalHeader()->sectionSize(c);
        }
    }
    for (int c = 0; c < columns; ++c) {
        const bool hide = m_unwanted.contains(c) || dropped.contains(c);
        if (isColumnHidden(c) != hide)
            setColumnHidden(c, hide);
    }
}

void ChecklistView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateColumns();
}
