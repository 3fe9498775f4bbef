#include "ChecklistView.h"

#include "models/ChecklistModel.h"

#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMimeData>

ChecklistView::ChecklistView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("checklistView"));
    setAccessibleName(tr("Checklist"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
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
