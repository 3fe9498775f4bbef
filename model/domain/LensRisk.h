#pragma once

// The choices of a question from an AWS Well-Architected lens and the lens's risk rules: which choices
// apply to the workload is the answer, and the first rule whose condition holds for it gives the risk
// (high, medium or none). Conditions are the lens's own: choice ids joined by && and ||, negated with !,
// grouped with parentheses; "default" holds always.

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rw {

struct Choice
{
    QString id;
    QString title;
    bool operator==(const Choice& o) const { return id == o.id && title == o.title; }
};

struct RiskRule
{
    QString condition;
    QString risk; // "HIGH_RISK", "MEDIUM_RISK" or "NO_RISK"
    bool operator==(const RiskRule& o) const { return condition == o.condition && risk == o.risk; }
};

namespace LensRisk {

// The risk of the selected choices: the first rule that holds; empty when nothing is selected, there
// are no rules, or none holds.
QString evaluate(const QVector<RiskRule>& rules, const QStringList& selected);
// Whether a condition is well formed (known syntax; ids need not exist).
bool isValidCondition(const QString& condition);
bool isRisk(const QString& risk);
// "High risk", "Medium risk", "No risk" (translated); empty for no risk value.
QString label(const QString& risk);
// "high", "medium", "none": the word exports use.
QString key(const QString& risk);

QJsonArray choicesToJson(const QVector<Choice>& choices);
QVector<Choice> choicesFromJson(const QJsonArray& array);
QJsonArray rulesToJson(const QVector<RiskRule>& rules);
QVector<RiskRule> rulesFromJson(const QJsonArray& array);

} // namespace LensRisk

} // namespace rw
