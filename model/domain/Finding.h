#pragma once

// A finding or recommendation: a gap the assessors found and what to do about it.

#include "Enums.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace rw {

struct Finding
{
    qint64 id = 0;
    QString title;
    QString description;
    Priority priority = Priority::Medium;
    std::optional<double> effortHours;
    QString owner;
    QDate dueDate;
    FindingState state = FindingState::Open;
    QStringList itemKeys; // the checklist items it addresses
};

} // namespace rw
