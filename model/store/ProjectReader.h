#pragma once

// Reads a whole assessment from a project file: one reader per table, in the order their rows refer to
// each other (domains before items, items before the links to them). Each reads its table with one
// SELECT, through SQLite itself (see Rows). A missing assessment record or an item of no domain is an error.

#include "domain/Assessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <memory>

struct sqlite3;

namespace rw {

class ProjectReader
{
    // The messages are the project's own (one translation context).
    Q_DECLARE_TR_FUNCTIONS(rw::Project)

public:
    ProjectReader(QSqlDatabase& db, QString* error);
    ~ProjectReader();

    // Fills assessment; false with the error set when a table cannot be read.
    bool read(Assessment* assessment);

private:
    class Rows;
    bool select(const QString& sql);
    // After the last row: whether the table was read to its end (else the error is set).
    bool finished();
    QString problem() const;
    // Whether the table has the column (a file of an older version opened read-only may not).
    bool hasColumn(const QString& table, const QString& column, bool* has);
    bool info();
    bool domains();
    bool items();
    bool findings();
    bool risks();
    bool kpis();
    bool signOffs();
    bool adjustments();
    bool snapshots();
    bool evidence();
    bool comments();

    sqlite3* m_db = nullptr;
    std::unique_ptr<Rows> m_query;
    QString* m_error;
    Assessment* m_assessment = nullptr;
    QHash<qint64, int> m_domainById; // its index in the assessment's domains
    QHash<qint64, QString> m_itemKeyById;
    bool m_reviewed = false; // version 9 or later
};

} // namespace rw
