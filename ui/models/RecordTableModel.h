#pragma once

// A read-only table over one list of records (findings, risks, KPIs or sign-offs), described by its
// columns. It reloads when the project's content changes; editing happens in the record's dialog.

#include "store/Project.h"

#include <QAbstractTableModel>
#include <functional>

class Document;

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    struct Column
    {
        QString title;
        std::function<QVariant(int row, int role)> data;
    };

    // kind: the records shown; the model follows their additions, changes and removals row by row.
    RecordTableModel(Document* document, rw::Project::Record kind, std::function<int()> count,
        std::function<qint64(int row)> idAt, QVector<Column> columns, QObject* parent = nullptr);

    static RecordTableModel* findings(Document* document, QObject* parent);
    static RecordTableModel* risks(Document* document, QObject* parent);
    static RecordTableModel* kpis(Document* document, QObject* parent);
    static RecordTableModel* signOffs(Document* document, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOfId(qint64 id) const;

private:
    void onRecordChanged(qint64 id);
    QVector<qint64> currentIds() const;

    QVector<qint64> m_ids; // the rows as the view knows them
    std::function<int()> m_count;
    std::function<qint64(int)> m_idAt;
    QVector<Column> m_columns;
};
