#pragma once

// A piece of evidence: a file stored inside the project (content-addressed by SHA-256) or a link.

#include "Enums.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rw {

// An earlier version of a piece of evidence, kept when a newer one was attached in its place: what the
// project held from addedAt until replacedAt.
struct EvidenceRevision
{
    QString sha256;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QDate collectedFrom;
    QDate collectedTo;
    QDate validUntil;
    QString addedBy;
    QDateTime addedAt;
    QString replacedBy;
    QDateTime replacedAt;

    static QJsonArray toJson(const QVector<EvidenceRevision>& revisions);
    static QVector<EvidenceRevision> fromJson(const QJsonArray& array);
};

// When a proof was collected (one day: from alone, or a period) and its last valid day.
struct EvidenceDates
{
    QDate collectedFrom;
    QDate collectedTo;
    QDate validUntil;
    bool isEmpty() const
    {
        return !collectedFrom.isValid() && !collectedTo.isValid() && !validUntil.isValid();
    }
};

struct Evidence
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString sha256; // empty for a link
    QString url; // set for a link
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString caption;
    QString addedBy;
    QDateTime addedAt;
    QStringList itemKeys;
    // When the proof was collected: one day (from = to) or the period it covers; unset when unknown.
    QDate collectedFrom;
    QDate collectedTo;
    // The last day it is valid; unset when it does not expire.
    QDate validUntil;
    EvidenceReview review = EvidenceReview::Unreviewed;
    QString reviewReason; // why it was rejected (or a remark on accepting it)
    QString reviewedBy;
    // Earlier versions, oldest first.
    QVector<EvidenceRevision> revisions;

    bool isLink() const { return sha256.isEmpty(); }
    // The version it is now, as a revision would record it.
    EvidenceRevision current() const;
    // The version the project held at moment: this one, an earlier one, or none (not attached yet).
    std::optional<EvidenceRevision> heldAt(const QDateTime& moment) const;
    bool isExpired(const QDate& on) const { return validUntil.isValid() && validUntil < on; }
    // Whether the period it covers lies (partly) outside from..to; false when either is unknown.
    bool isOutside(const QDate& from, const QDate& to) const
    {
        if (!collectedFrom.isValid())
            return false;
        const QDate end = collectedTo.isValid() ? collectedTo : collectedFrom;
        return (from.isValid() && collectedFrom < from) || (to.isValid() && end > to);
    }
};

} // namespace rw
