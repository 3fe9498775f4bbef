#include "SqlProblem.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlProblem)
};

} // namespace

QString sqlProblem(const QSqlError& error)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    // The primary result code is the low byte of SQLite's extended code.
    const int code = ok ? (extended & 0xff) : -1;
    QString what;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        what = Tr::tr("another program is using the project file; try again when it has finished");
        break;
    case 7: // SQLITE_NOMEM
        what = Tr::tr("there is not enough memory");
        break;
    case 8: // SQLITE_READONLY
        what = Tr::tr("the project file cannot be written (it or its folder is read-only)");
        break;
    case 10: // SQLITE_IOERR
        what = Tr::tr("the disk reported an input/output error");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        what = Tr::tr("the project file is damaged");
        break;
    case 13: // SQLITE_FULL
        what = Tr::tr("the disk is full");
        break;
    case 14: // SQLITE_CANTOPEN
        what = Tr::tr("the project file cannot be opened");
        break;
    case 19: // SQLITE_CONSTRAINT
        what = Tr::tr("the change conflicts with what the project already holds");
        break;
    default:
        what = Tr::tr("the database reported an error");
        break;
    }
    return ok ? Tr::tr("%1 (SQLite code %2).").arg(what).arg(extended) : what + QLatin1Char('.');
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(handle.data())
                                                       : nullptr;
}

QString sqlProblem(const QSqlDatabase& db)
{
    QSqlError error = db.lastError();
    if (error.nativeErrorCode().isEmpty()) {
        if (sqlite3* raw = sqliteHandle(db))
            error = QSqlError(error.driverText(), error.databaseText(), error.type(),
                QString::number(sqlite3_extended_errcode(raw)));
    }
    return sqlProblem(error);
}

} // namespace rw
