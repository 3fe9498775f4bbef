#pragma once

// The colours of ratings and statuses, chosen to read on a projector and never used without the words.

#include "domain/Enums.h"

#include <QColor>

namespace RatingColors {

// For a rating band index (0 = best). -1 (not scored) is grey.
inline QColor forRatingIndex(int index)
{
    switch (index) {
    case 0:
        return QColor(0x2e, 0x7d, 0x32);
    case 1:
        return QColor(0x15, 0x65, 0xc0);
    case 2:
        return QColor(0xe0, 0x8a, 0x00);
    case -1:
        return QColor(0x9e, 0x9e, 0x9e);
    default:
        return QColor(0xc6, 0x28, 0x28);
    }
}

// For a status band index (0 = ready; the last = not ready).
inline QColor forStatusIndex(int index, int count)
{
    if (index == 0)
        return QColor(0x2e, 0x7d, 0x32);
    if (index == count - 1)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0xd8, 0x70, 0x00);
}

// For a cell of the risk matrix (probability x impact): green, amber or red by severity, paler where no
// open risk sits in it.
inline QColor forRiskCell(int severity, bool occupied)
{
    const QColor colour = severity >= 15 ? QColor(0xc6, 0x28, 0x28)
        : severity >= 8                  ? QColor(0xef, 0x8f, 0x00)
                                         : QColor(0x43, 0xa0, 0x47);
    return occupied ? colour : colour.lighter(170);
}

// For an item status; the status word is always shown beside it.
inline QColor forStatus(rw::ItemStatus status)
{
    switch (status) {
    case rw::ItemStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case rw::ItemStatus::Partial:
        return QColor(0xe0, 0x8a, 0x00);
    case rw::ItemStatus::Unmet:
        return QColor(0xc6, 0x28, 0x28);
    case rw::ItemStatus::NotApplicable:
        return QColor(0x80, 0x80, 0x80);
    case rw::ItemStatus::Open:
        break;
    }
    return QColor(0xc8, 0xd0, 0xd4);
}

} // namespace RatingColors
