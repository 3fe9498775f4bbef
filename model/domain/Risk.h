#pragma once

// A risk in the register: probability and impact on a 1-5 scale, with its mitigation.

#include "Enums.h"

#include <QString>

namespace rw {

struct Risk
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString title;
    RiskCategory category = RiskCategory::Technical;
    int probability = 3;
    int impact = 3;
    QString mitigation;
    QString owner;
    RiskState state = RiskState::Open;

    int severity() const { return probability * impact; }
};

} // namespace rw
