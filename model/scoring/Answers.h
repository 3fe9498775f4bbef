#pragma once

// The rules that turn an answer as given into the status and points it earns (docs/template-format.md,
// "Scoring"), and the conditions that make items apply or not. Pure functions.
//
// - Yes earns all points, no none.
// - A level earns its share of the way from the lowest level's score to the target's (the highest level
//   without a target): (score - lowest) / (target - lowest), at most all points. At or above the target
//   the item is met, at the lowest level unmet, in between partially met.
// - A single choice earns score / highest score of its choices; several choices earn the sum of their
//   scores / the question's full score (the sum of the positive scores unless the template sets one), at
//   most all points. A choice that carries a result (met, partial, unmet, na) gives that status.
// - A number earns the share of the first rule whose range holds it, nothing when none does.
// - Dates and texts are recorded, not scored: the item stays out of the ratio, as not applicable.
// - An item whose condition (another item's answer) does not hold, or of no implementation group the
//   assessment chose, does not apply: it leaves both sides of the ratio, whatever its answer.

#include "domain/Assessment.h"

#include <QJsonValue>
#include <optional>

namespace rw {
namespace Answers {

struct Outcome
{
    ItemStatus status = ItemStatus::Open;
    std::optional<double> partialPoints; // set for a partially met item
};

bool isAnswered(const QJsonValue& answer);
// The status and points the answer earns on an item worth points.
Outcome evaluate(const Question& question, const QJsonValue& answer, double points);
// The share of the points (0 to 1) the answer earns; unset when unanswered or not scored.
std::optional<double> share(const Question& question, const QJsonValue& answer);

// Reads an answer typed by a person or a file: yes/no (also ja/nein, oui/non, true/false, 1/0), a level
// or choice by id, title or number, several choices separated by "," or ";", a number (point or comma),
// an ISO date, any text. An empty text means no answer (a null value).
std::optional<QJsonValue> parse(const Question& question, const QString& text, QString* error);
// Whether an answer is one the question can take (a known level or choice, a number, an ISO date, ...).
bool fits(const Question& question, const QJsonValue& answer);
// The answer as a file writes it (what parse reads back): ids, the number, the date, the text.
QString valueText(const Question& question, const QJsonValue& answer);
// The answer as a person reads it: "3 - Defined", "Yes", "MFA; SSO", "99.5 %", a date, the text.
QString shown(const Question& question, const QJsonValue& answer);
// Levels between the answer and the target (0 when reached); unset for other types or no answer.
std::optional<int> gap(const Question& question, const QJsonValue& answer);
// The answer a digit key gives: a level or choice whose id is the digit, else the digit's place in the
// list (1 = first); for yes/no 1 = yes and 0 = no. A multiple-choice digit toggles that choice.
std::optional<QJsonValue> answerForDigit(const Question& question, const QJsonValue& current, int digit);
// The answer that gives a status where one clearly does (a result carried over from another framework):
// met is yes, the target level or the best choice; not met is no, the lowest level or the worst choice.
// Unset for other statuses and types.
std::optional<QJsonValue> answerForStatus(const Question& question, ItemStatus status);
// "Maturity level (target 3 - Defined)", "Yes or no", "Number in %": what kind of answer is asked.
QString describe(const Question& question);
// Whether an answer is one of the given answers (for a condition; any of several choices counts).
bool matchesAny(const QJsonValue& answer, const QStringList& answers);

// The stored form of an answer (an empty text for none) and back.
QString toStored(const QJsonValue& answer);
QJsonValue fromStored(const QString& stored);

// Sets each item's doesNotApply from the conditions and the chosen implementation groups (empty: all);
// returns whether any item has a condition or groups; changed (when given) says whether any item's
// reason changed.
bool applyConditions(Assessment& assessment, bool* changed = nullptr);
// Whether any item of the assessment is typed, conditional or grouped.
bool hasConditions(const Assessment& assessment);
// The implementation groups the items are tagged with, in order of first use.
QStringList groupsOf(const Assessment& assessment);

} // namespace Answers
} // namespace rw
