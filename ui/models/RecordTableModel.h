#pragma once

// A read-only table over one list of records (findings, risks, KPIs or sign-offs), described by its
// columns. It reloads when the project's content changes; editing happens in the record's dialog.

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

    RecordTableModel(Document* document, std::function<int()> count, std::function<qint64(int row)> idAt,
        QVector<Column> columns, QObject* parent = nullptr);

    static RecordTableModel* findings(Document* document, QObject* parent);
    static RecordTableModel* risks(Document* document, QObject* parent);
    static RecordTableModel* kpis(Document* document, QObject* parent);
    static RecordTableModel* signOffs(Document* document, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const { return m_idAt(row); }
    int rowOfId(qint64 id) const;

private:
    std::function<int()> m_count;
    std::function<qint64(int)> m_idAt;
    QVector<Column> m_columns;
};
