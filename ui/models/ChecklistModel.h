#pragma once

// Every checklist item of the project as one table (domains in order), for the checklist view and the
// filter across all items. Status and partial points edit in place; setData() pushes an undo command,
// so no edit reaches the file except through the undo stack.

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

class Document;

namespace rw {
struct Item;
}

class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        TextColumn,
        StatusColumn,
        PointsColumn,
        EvidenceColumn,
        OwnerColumn,
        BlockerColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        DomainIndexRole,
        DomainKeyRole,
        StatusRole, // int(rw::ItemStatus)
        EvidenceCountRole,
        BlockerRole,
        OwnerRole,
        SearchTextRole, // key, text, note and owner, for the filter
        WorkStateRole, // int(rw::WorkState)
        FlagRole, // the reason the item is flagged for review; empty when it is not
        OpenThreadsRole, // comment threads on the item not yet resolved
    };

    explicit ChecklistModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QModelIndex indexOfKey(const QString& key, int column = KeyColumn) const;
    // In a live workshop, who else is on each item (item key -> names; "typing" marks a note being
    // typed): a badge beside the key and a tooltip say so.
    void setPresence(const QHash<QString, QStringList>& names);
    QStringList presenceAt(const QString& key) const { return m_presence.value(key); }
    QString keyAt(int row) const;
    // The status column's text: the answer as given for items asked otherwise, "does not apply" for
    // items whose condition or implementation group leaves them out.
    static QString statusText(const rw::Item& item);

private:
    const rw::Item& itemAt(int row) const;
    void rebuild();
    void onItemChanged(int domainIndex, int itemIndex);
    void countEvidence();
    void recountEvidence();

    Document* m_document;
    QVector<QPair<int, int>> m_rows; // (domain, item) per row
    QVector<int> m_domainFirstRow;
    QHash<QString, int> m_evidenceCount;
    QHash<QString, QStringList> m_presence;
    QHash<QString, QIcon> m_presenceBadges;
    QHash<QString, int> m_openThreads; // item UUID -> unresolved threads
    void countThreads();
};
