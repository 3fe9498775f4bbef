#pragma once

// What went wrong in SQLite, said for people: the disk is full, the file is read-only or damaged,
// another program holds it. The driver's own text ("disk I/O error Unable to fetch row") never reaches
// a message; the SQLite code stays at the end for a bug report.

#include <QSqlError>
#include <QString>

namespace rw {

QString sqlProblem(const QSqlError& error);

} // namespace rw
