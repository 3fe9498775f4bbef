#pragma once

// Binding helpers for QtSql: a null QString binds as SQL NULL, which the project schema's NOT NULL text
// columns refuse; text is always bound as text, empty or not. Intentional NULLs are bound as QVariant().

#include <QSqlQuery>
#include <QVariant>

namespace rw {

inline void addBind(QSqlQuery& q, const QVariant& value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        q.addBindValue(QStringLiteral(""));
    else
        q.addBindValue(value);
}

} // namespace rw
