#pragma once

// What went wrong in SQLite, said for people: the disk is full, the file is read-only or damaged,
// another program holds it. The driver's own text ("disk I/O error Unable to fetch row") never reaches
// a message; the SQLite code stays at the end for a bug report.

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace rw {

// The sqlite3 connection under Qt's (Debian's Qt uses the system SQLite library, as we do), for what
// QtSql cannot do; nullptr for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);

QString sqlProblem(const QSqlError& error);
// The connection's last error; where Qt's error has no SQLite code (a failed COMMIT), the code is read
// from the connection itself.
QString sqlProblem(const QSqlDatabase& db);

} // namespace rw
