#include "Evidence.h"

#include <QJsonObject>

namespace rw {

namespace {

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString moment(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonArray EvidenceRevision::toJson(const QVector<EvidenceRevision>& revisions)
{
    QJsonArray out;
    for (const EvidenceRevision& r : revisions) {
        out.append(QJsonObject { { QStringLiteral("sha256"), r.sha256 }, { QStringLiteral("name"), r.name },
            { QStringLiteral("mime"), r.mimeType }, { QStringLiteral("size"), r.size },
            { QStringLiteral("collected_from"), day(r.collectedFrom) },
            { QStringLiteral("collected_to"), day(r.collectedTo) },
            { QStringLiteral("valid_until"), day(r.validUntil) }, { QStringLiteral("added_by"), r.addedBy },
            { QStringLiteral("added_at"), moment(r.addedAt) },
            { QStringLiteral("replaced_by"), r.replacedBy },
            { QStringLiteral("replaced_at"), moment(r.replacedAt) } });
    }
    return out;
}

QVector<EvidenceRevision> EvidenceRevision::fromJson(const QJsonArray& array)
{
    QVector<EvidenceRevision> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        EvidenceRevision r;
        r.sha256 = o.value(QStringLiteral("sha256")).toString();
        if (r.sha256.isEmpty())
            continue;
        r.name = o.value(QStringLiteral("name")).toString();
        r.mimeType = o.value(QStringLiteral("mime")).toString();
        r.size = o.value(QStringLiteral("size")).toInteger();
        r.collectedFrom
            = QDate::fromString(o.value(QStringLiteral("collected_from")).toString(), Qt::ISODate);
        r.collectedTo = QDate::fromString(o.value(QStringLiteral("collected_to")).toString(), Qt::ISODate);
        r.validUntil = QDate::fromString(o.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
        r.addedBy = o.value(QStringLiteral("added_by")).toString();
        r.addedAt = QDateTime::fromString(o.value(QStringLiteral("added_at")).toString(), Qt::ISODateWithMs);
        r.replacedBy = o.value(QStringLiteral("replaced_by")).toString();
        r.replacedAt
            = QDateTime::fromString(o.value(QStringLiteral("replaced_at")).toString(), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

EvidenceRevision Evidence::current() const
{
    return { sha256, name, mimeType, size, collectedFrom, collectedTo, validUntil, addedBy, addedAt, {}, {} };
}

std::optional<EvidenceRevision> Evidence::heldAt(const QDateTime& moment) const
{
    if (addedAt.isValid() && addedAt <= moment)
        return current();
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->addedAt <= moment && moment < it->replacedAt)
            return *it;
    }
    return std::nullopt;
}

} // namespace rw
