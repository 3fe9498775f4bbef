#pragma once

// Writes a project's state (ProjectState::state) into its tables, changing only the records that differ
// from the state the tables hold now: rows keep their local ids, so that views and undo steps that name
// them stay valid. A merge of copies uses it to bring the tables to what the merged log says.

#include <QJsonObject>
#include <QSqlDatabase>

namespace rw::StateWriter {

// Call inside a write transaction; from must be the state the tables hold.
bool write(QSqlDatabase& db, const QJsonObject& from, const QJsonObject& to, QString* error);

} // namespace rw::StateWriter
