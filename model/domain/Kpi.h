#pragma once

// A key performance indicator with its target and the actual value measured.

#include "Enums.h"

#include <QString>
#include <optional>

namespace rw {

struct Kpi
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString name;
    QString unit;
    double target = 0.0;
    Comparator comparator = Comparator::AtLeast;
    std::optional<double> actual;

    // Unset while no actual value has been measured.
    std::optional<bool> passes() const
    {
        if (!actual)
            return std::nullopt;
        switch (comparator) {
        case Comparator::AtLeast:
            return *actual >= target;
        case Comparator::AtMost:
            return *actual <= target;
        case Comparator::Equal:
            return qFuzzyCompare(*actual + 1.0, target + 1.0);
        }
        return std::nullopt;
    }
};

} // namespace rw
