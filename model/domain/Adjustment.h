#pragma once

// A score set by the assessors with a written reason, shown beside the computed score, never instead.

#include <QDateTime>
#include <QString>

namespace rw {

struct Adjustment
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString domainKey; // empty for the overall score
    double score = 0.0;
    QString reason;
    QString by;
    QDateTime at;

    bool isOverall() const { return domainKey.isEmpty(); }
};

} // namespace rw
