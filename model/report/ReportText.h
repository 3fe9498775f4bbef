#pragma once

// How every report format writes its numbers, so that Markdown, PDF and JSON readers see the same
// figures: points and weights, whole percents, and the change of a score between milestones.

#include "domain/Enums.h"

#include "domain/Evidence.h"
#include "domain/Finding.h"
#include "domain/Item.h"
#include "domain/SignOff.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace rw::ReportText {

// A number as the scoring engine has it, without trailing zeros ("5.5", "20").
QString number(double v);
// A displayed score ("87 %"), or "not scored".
QString percent(const std::optional<int>& display);
// A milestone's score, rounded to a whole percent, or "not scored".
QString score(const std::optional<double>& v);
// The change between two milestone scores in whole points ("+12", "±0", "-3"), or "–".
QString change(const std::optional<double>& from, const std::optional<double>& to);

// A comparator as every report and table writes it: "≥", "≤", "=".
QString comparator(Comparator c);

// A date as every report writes it, in the report's language: "18 Nov 2026", "18. Nov. 2026".
// An invalid date is empty.
QString date(const QDate& d);

// Which state of the project each decision approved: "Each decision approves the project as its audit
// log stood when it was given: Dana Reyes at entry 41 (head 3f9a…)." Empty when no sign-off is bound.
// name writes an approver's name as the format needs it (escaped for Markdown).
// stale: per sign-off UUID, the changes to the project its decision did not see (merged from other copies
// or made since); a decision with any is marked stale.
QString signOffBindings(const QVector<SignOff>& signOffs,
    const std::function<QString(const QString&)>& name = nullptr, const QHash<QString, int>& stale = {});

// How far a level answer falls short of the item's target: "target 3 – Defined, 1 level short"; empty
// when it reaches it, or for other answers.
QString targetGap(const Item& item);
// A date or text answer is recorded, not scored: its status reads "not applicable", the reports say this.
// Empty for any other item.
QString recordedOnly(const Item& item);

// When a piece of evidence was collected: "5 Jan 2026", "1 Jan 2026 – 31 Mar 2026", or "–".
QString collected(const Evidence& e);
// What is wrong with a piece of evidence on the day: "expired on 31 Jan 2026; collected outside the
// assessment period; rejected: screenshot is of the test system". Empty when nothing is.
QString evidenceProblems(const Evidence& e, bool expired, bool outsidePeriod, bool rejected);

// A finding as auditors write it: its parts with their headings, in the order an audit report gives them
// (condition, criteria with the linked items, cause, effect, recommendation, management response with
// owner and date). Parts left empty are left out.
QVector<std::pair<QString, QString>> findingParts(const Finding& f);
// The finding's grade by the checklist's titles ("Minor non-conformity"); empty when it has none.
QString grade(const Finding& f, const QVector<FindingGrade>& grades);

} // namespace rw::ReportText
