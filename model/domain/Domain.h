#pragma once

// A checklist domain (for example "Security & Compliance") with its items, weight and target.

#include "Item.h"

#include <QVector>

namespace rw {

struct Domain
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString key;
    QString title;
    QString description;
    // Weight in percent from the template; unset means the domain weighs its possible points.
    std::optional<double> weight;
    // Target score in percent (for example 80 for ">= 80 %"); unset means no target.
    std::optional<double> target;
    QVector<Item> items;
    // The reviewer who signed the domain's review off, and when; empty until then.
    QString reviewedBy;
    QDateTime reviewedAt;
};

} // namespace rw
