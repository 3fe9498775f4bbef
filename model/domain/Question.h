#pragma once

// How an item is answered. Most items take one of the five statuses (the default scale); a template can
// instead ask for a maturity level, yes or no, one or several choices, a number, a date or a text, make
// an item apply only after a given answer to another, and tag it with implementation groups. The answer
// as given is kept; the status and points it earns follow from the rules in scoring/Answers.h.

#include "Enums.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rw {

enum class QuestionType { Status, YesNo, Level, SingleChoice, MultipleChoice, Number, Date, Text };

QString toKey(QuestionType type);
std::optional<QuestionType> questionTypeFromKey(const QString& key);
QStringList questionTypeKeys();

// A level of a maturity scale or a choice of a question, with the score it earns.
struct AnswerOption
{
    QString id;
    QString title;
    QString description;
    double score = 0.0;
    // A framework library's verdict for this choice (compliant, partially, not, not applicable); when
    // set it gives the status instead of the score.
    std::optional<ItemStatus> result;
    bool operator==(const AnswerOption& o) const
    {
        return id == o.id && title == o.title && description == o.description && score == o.score
            && result == o.result;
    }
};

// One step of a number question's rule: a value within [min, max] earns this share of the points.
struct NumberRule
{
    std::optional<double> min;
    std::optional<double> max;
    double share = 0.0; // 0 to 1
    bool operator==(const NumberRule& o) const { return min == o.min && max == o.max && share == o.share; }
};

struct Question
{
    QuestionType type = QuestionType::Status;
    // The answer scale the options come from (for example "maturity"); its title as the template names it.
    QString scale;
    QString scaleTitle;
    QVector<AnswerOption> options; // levels (Level) or choices (SingleChoice, MultipleChoice)
    // Multiple choice: the sum of scores that earns all points (unset: the sum of the positive scores).
    std::optional<double> fullScore;
    QVector<NumberRule> rules; // Number: the first rule the value falls in gives the share
    QString unit; // Number: shown after the value ("%", "h")
    QString target; // Level: the level that earns all points (unset: the highest)
    // The item applies only when the item dependsOn is answered with one of dependsOnAnswers.
    QString dependsOn;
    QStringList dependsOnAnswers;
    // Implementation groups (IG1, IG2, ...): when the assessment chooses groups, an item of none of them
    // does not apply.
    QStringList groups;

    bool isPlain() const { return type == QuestionType::Status && dependsOn.isEmpty() && groups.isEmpty(); }
    // Text and date questions record an answer but earn nothing: they never count in the ratio.
    bool isScored() const { return type != QuestionType::Text && type != QuestionType::Date; }
    bool hasOptions() const
    {
        return type == QuestionType::Level || type == QuestionType::SingleChoice
            || type == QuestionType::MultipleChoice;
    }
    const AnswerOption* option(const QString& id) const;
    int optionIndex(const QString& id) const;

    // Compact JSON as stored in a project (an empty object for a plain status item).
    QJsonObject toJson() const;
    // Reads what toJson wrote or a template's question; says what is wrong otherwise.
    static std::optional<Question> fromJson(const QJsonObject& o, QString* error);

    bool operator==(const Question& o) const
    {
        return type == o.type && scale == o.scale && scaleTitle == o.scaleTitle && options == o.options
            && fullScore == o.fullScore && rules == o.rules && unit == o.unit && target == o.target
            && dependsOn == o.dependsOn && dependsOnAnswers == o.dependsOnAnswers && groups == o.groups;
    }
    bool operator!=(const Question& o) const { return !(*this == o); }
};

} // namespace rw
