#pragma once

// Reads a whole assessment from a project file: one reader per table, in the order their rows refer to
// each other (domains before items, items before the links to them). Each reads its table with one
// forward-only SELECT. A missing assessment record or an item of no domain is an error.

#include "domain/Assessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace rw {

class ProjectReader
{
    // The messages are the project's own (one translation context).
    Q_DECLARE_TR_FUNCTIONS(rw::Project)

public:
    ProjectReader(QSqlDatabase& db, QString* error);

    // Fills assessment; false with the error set when a table cannot be read.
    bool read(Assessment* assessment);

private:
    bool select(const QString& sql);
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

    QSqlQuery m_query;
    QString* m_error;
    Assessment* m_assessment = nullptr;
    QHash<qint64, int> m_domainById; // its index in the assessment's domains
    QHash<qint64, QString> m_itemKeyById;
};

} // namespace rw
