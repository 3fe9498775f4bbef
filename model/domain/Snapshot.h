#pragma once

// A named milestone: every domain's score and the overall score at one moment.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace rw {

struct Snapshot
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString name;
    QDateTime takenAt;
    QString by;
    std::optional<double> overall;
    QHash<QString, double> domainScores; // domain key -> score; unscored domains are absent
    QHash<QString, QString> itemStatuses; // item key -> status key, to compare milestones item by item
};

} // namespace rw
