#pragma once

// A finding: a gap the assessors found and what to do about it (its recommendation).

#include "Enums.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace rw {

// A grade a finding can be given. Templates may name their own; these are the usual audit grades.
struct FindingGrade
{
    QString id;
    QString title;
    static QVector<FindingGrade> defaults();
    // The title of id among grades (the id itself when the list lacks it).
    static QString titleOf(const QVector<FindingGrade>& grades, const QString& id);
};

struct Finding
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString title;
    QString description; // the condition: what was found
    // As auditors write a finding: the requirement it is measured against (with the linked items), why
    // it happened, what it leads to, what to do about it, and what management answered, by whom and when.
    QString criteria;
    QString cause;
    QString effect;
    QString recommendation;
    QString response;
    QString responseOwner;
    QDate responseDate;
    // The grading's key (major, minor, observation, ofi, good-practice or the template's own); empty: none.
    QString grade;
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
