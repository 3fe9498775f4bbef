#pragma once

// An approver's recorded decision on the assessment.

#include "Enums.h"

#include <QDateTime>
#include <QString>

namespace rw {

struct SignOff
{
    qint64 id = 0;
    QString name;
    QString role;
    Decision decision = Decision::None;
    QString conditions;
    QDateTime signedAt;
};

} // namespace rw
