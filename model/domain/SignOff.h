#pragma once

// An approver's recorded decision on the assessment.

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace rw {

struct SignOff
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString name;
    QString role;
    Decision decision = Decision::None;
    QString conditions;
    QDateTime signedAt;
    // The state approved: how many entries the audit log held when the decision was given and the hash
    // of the last one. A log later cut short or rebuilt below that point no longer holds that entry.
    // Empty in sign-offs given before they were bound.
    qint64 auditRows = 0;
    QString auditHead;
};

} // namespace rw
