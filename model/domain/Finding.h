#pragma once

// A finding: a gap the assessors found and what to do about it (its recommendation).

#include "Enums.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace rw {

struct Finding
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString title;
    QString description;
    Priority priority = Priority::Medium;
    std::optional<double> effortHours;
    QString owner;
    QDate dueDate;
    FindingState state = FindingState::Open;
    QStringList itemKeys; // the checklist items it addresses

    // The finding's reference as the workbench, the reports, CSV and OSCAL name it: "F-007".
    QString reference() const
    {
        return id > 0 ? QStringLiteral("F-%1").arg(id, 3, 10, QLatin1Char('0')) : QString();
    }
};

} // namespace rw
