#pragma once

// Conversions between the in-memory assessment and the project file's columns and audit JSON, shared by
// the parts of Project (Project.cpp, ProjectChecklist.cpp, ProjectRecords.cpp).

#include "ProjectState.h"
#include "SqlBind.h"
#include "SqlProblem.h"
#include "domain/Assessment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rw::sql {

inline QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QVariant isoDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant nullable(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<double> optionalDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

inline QDateTime dateTime(const QVariant& v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// A JSON array stored as text; "[]" (most rows) without parsing.
inline QJsonArray jsonArray(const QVariant& v)
{
    const QByteArray text = v.toByteArray();
    if (text.size() <= 2)
        return {};
    return QJsonDocument::fromJson(text).array();
}

inline QString newUuid(const QString& given)
{
    return given.isEmpty() ? ProjectState::newUuid() : given;
}

inline QString json(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonValue jsonValue(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

inline bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = sqlProblem(q.lastError());
    return false;
}

// Prepares, binds and runs one statement.
inline bool run(QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error,
    QVariant* lastId = nullptr)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = sqlProblem(q.lastError());
        return false;
    }
    for (const QVariant& v : values)
        addBind(q, v);
    if (!exec(q, error))
        return false;
    if (lastId)
        *lastId = q.lastInsertId();
    return true;
}

// Writes one record's columns: an UPDATE by id, or an INSERT (under id when it has one) with its UUID.
inline bool store(QSqlDatabase& db, const QString& table, const QStringList& columns,
    const QVariantList& values, qint64 id, const QString& uuid, bool update, QVariant* newId, QString* error)
{
    if (update) {
        return run(db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(table, columns.join(QStringLiteral(" = ?, "))),
            values + QVariantList { id }, error);
    }
    return run(db,
        QStringLiteral("INSERT INTO %1 (id, uuid, %2) VALUES (?, ?%3)")
            .arg(table, columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(columns.size())),
        QVariantList { id ? QVariant(id) : QVariant(), uuid } + values, error, newId);
}

// The fields that differ between two JSON records, as the audit log's before and after.
inline QPair<QJsonObject, QJsonObject> diff(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject b;
    QJsonObject a;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            b.insert(it.key(), before.value(it.key()));
            a.insert(it.key(), it.value());
        }
    }
    return { b, a };
}

template <typename T> T* byId(QVector<T>& records, qint64 id)
{
    for (T& r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

template <typename T> const T* byId(const QVector<T>& records, qint64 id)
{
    for (const T& r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

inline QString compactJson(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

inline QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace rw::sql
