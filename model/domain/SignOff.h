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
};

} // namespace rw
