#include "Answers.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace rw {
namespace Answers {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Answers)
};

double lowestScore(const Question& q)
{
    double low = q.options.isEmpty() ? 0.0 : q.options.first().score;
    for (const AnswerOption& o : q.options)
        low = std::min(low, o.score);
    return low;
}

double highestScore(const Question& q)
{
    double high = q.options.isEmpty() ? 0.0 : q.options.first().score;
    for (const AnswerOption& o : q.options)
        high = std::max(high, o.score);
    return high;
}

double targetScore(const Question& q)
{
    if (const AnswerOption* t = q.option(q.target))
        return t->score;
    return highestScore(q);
}

double fullScore(const Question& q)
{
    if (q.fullScore)
        return *q.fullScore;
    double sum = 0.0;
    for (const AnswerOption& o : q.options)
        sum += std::max(0.0, o.score);
    return sum;
}

QStringList ids(const QJsonValue& answer)
{
    QStringList list;
    if (answer.isArray()) {
        for (const QJsonValue& v : answer.toArray())
            list << v.toString();
    } else if (answer.isString()) {
        list << answer.toString();
    }
    return list;
}

// An option by id, then by id or title whatever the case, then by its place (1 = first).
const AnswerOption* resolve(const Question& q, const QString& text)
{
    if (const AnswerOption* o = q.option(text))
        return o;
    for (const AnswerOption& o : q.options) {
        if (o.id.compare(text, Qt::CaseInsensitive) == 0 || o.title.compare(text, Qt::CaseInsensitive) == 0)
            return &o;
    }
    for (const AnswerOption& o : q.options) {
        if (shown(q, QJsonValue(o.id)).compare(text, Qt::CaseInsensitive) == 0)
            return &o;
    }
    bool ok = false;
    const int place = text.toInt(&ok);
    if (ok && place >= 1 && place <= q.options.size())
        return &q.options.at(place - 1);
    return nullptr;
}

QString optionList(const Question& q)
{
    QStringList names;
    for (const AnswerOption& o : q.options)
        names << (o.id == o.title ? o.id : QStringLiteral("%1 (%2)").arg(o.id, o.title));
    return names.join(QStringLiteral(", "));
}

std::optional<QJsonValue> failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 15);
}

} // namespace

bool isAnswered(const QJsonValue& answer)
{
    if (answer.isArray())
        return !answer.toArray().isEmpty();
    if (answer.isString())
        return !answer.toString().isEmpty();
    return answer.isDouble() || answer.isBool();
}

std::optional<double> share(const Question& q, const QJsonValue& answer)
{
    if (!isAnswered(answer) || !q.isScored())
        return std::nullopt;
    switch (q.type) {
    case QuestionType::Status:
    case QuestionType::Date:
    case QuestionType::Text:
        return std::nullopt;
    case QuestionType::YesNo:
        return answer.toString() == QLatin1String("yes") ? 1.0 : 0.0;
    case QuestionType::Level: {
        const AnswerOption* o = q.option(answer.toString());
        if (!o)
            return std::nullopt;
        const double low = lowestScore(q);
        const double target = targetScore(q);
        if (target <= low)
            return o->score >= target ? 1.0 : 0.0;
        return std::clamp((o->score - low) / (target - low), 0.0, 1.0);
    }
    case QuestionType::SingleChoice: {
        const AnswerOption* o = q.option(answer.toString());
        const double high = highestScore(q);
        if (!o)
            return std::nullopt;
        return high <= 0 ? 0.0 : std::clamp(o->score / high, 0.0, 1.0);
    }
    case QuestionType::MultipleChoice: {
        double sum = 0.0;
        for (const QString& id : ids(answer)) {
            if (const AnswerOption* o = q.option(id))
                sum += o->score;
        }
        const double full = fullScore(q);
        return full <= 0 ? 0.0 : std::clamp(sum / full, 0.0, 1.0);
    }
    case QuestionType::Number: {
        if (!answer.isDouble())
            return std::nullopt;
        const double v = answer.toDouble();
        for (const NumberRule& r : q.rules) {
            if ((!r.min || v >= *r.min) && (!r.max || v <= *r.max))
                return r.share;
        }
        return 0.0;
    }
    }
    return std::nullopt;
}

Outcome evaluate(const Question& q, const QJsonValue& answer, double points)
{
    Outcome out;
    if (!isAnswered(answer))
        return out;
    if (!q.isScored()) {
        out.status = ItemStatus::NotApplicable;
        return out;
    }
    const std::optional<double> s = share(q, answer);
    const AnswerOption* chosen = (q.type == QuestionType::Level || q.type == QuestionType::SingleChoice)
        ? q.option(answer.toString())
        : nullptr;
    if (chosen && chosen->result) {
        out.status = *chosen->result;
        if (out.status == ItemStatus::Partial)
            out.partialPoints = (s && *s > 0 && *s < 1) ? *s * points : points / 2.0;
        return out;
    }
    if (!s)
        return out;
    if (*s >= 1.0) {
        out.status = ItemStatus::Met;
    } else if (*s <= 0.0) {
        out.status = ItemStatus::Unmet;
    } else {
        out.status = ItemStatus::Partial;
        // Kept to a fixed number of places so that the same answer always stores the same points.
        out.partialPoints = std::round(*s * points * 1e6) / 1e6;
    }
    return out;
}

std::optional<QJsonValue> parse(const Question& q, const QString& input, QString* error)
{
    const QString text = q.type == QuestionType::Text ? input : input.trimmed();
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (q.type) {
    case QuestionType::Status:
        return failed(error, Tr::tr("This item is answered with a status, not with an answer."));
    case QuestionType::YesNo: {
        static const QStringList yes { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("ja"),
            QStringLiteral("oui"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("met") };
        static const QStringList no { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("nein"),
            QStringLiteral("non"), QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("unmet") };
        const QString lower = text.toLower();
        if (yes.contains(lower) || lower == Tr::tr("Yes").toLower())
            return QJsonValue(QStringLiteral("yes"));
        if (no.contains(lower) || lower == Tr::tr("No").toLower())
            return QJsonValue(QStringLiteral("no"));
        return failed(error, Tr::tr("\"%1\" is neither yes nor no.").arg(text));
    }
    case QuestionType::Level:
    case QuestionType::SingleChoice: {
        if (const AnswerOption* o = resolve(q, text))
            return QJsonValue(o->id);
        return failed(error, Tr::tr("\"%1\" is not one of: %2.").arg(text, optionList(q)));
    }
    case QuestionType::MultipleChoice: {
        QJsonArray chosen;
        QStringList seen;
        for (const QString& part :
            text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
            const AnswerOption* o = resolve(q, part.trimmed());
            if (!o)
                return failed(error, Tr::tr("\"%1\" is not one of: %2.").arg(part.trimmed(), optionList(q)));
            if (!seen.contains(o->id)) {
                seen << o->id;
                chosen.append(o->id);
            }
        }
        return QJsonValue(chosen);
    }
    case QuestionType::Number: {
        QString digits = text;
        if (!q.unit.isEmpty() && digits.endsWith(q.unit))
            digits = digits.chopped(q.unit.size()).trimmed();
        bool ok = false;
        double v = QLocale::c().toDouble(digits, &ok);
        if (!ok)
            v = QLocale::c().toDouble(QString(digits).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        if (!ok)
            v = QLocale().toDouble(digits, &ok);
        if (!ok || !std::isfinite(v))
            return failed(error, Tr::tr("\"%1\" is not a number.").arg(text));
        return QJsonValue(v);
    }
    case QuestionType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return failed(error, Tr::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        return QJsonValue(d.toString(Qt::ISODate));
    }
    case QuestionType::Text:
        return QJsonValue(text);
    }
    return failed(error, Tr::tr("This item is answered with a status, not with an answer."));
}

bool fits(const Question& q, const QJsonValue& answer)
{
    if (!isAnswered(answer))
        return true;
    switch (q.type) {
    case QuestionType::Status:
        return false;
    case QuestionType::YesNo:
        return answer.toString() == QLatin1String("yes") || answer.toString() == QLatin1String("no");
    case QuestionType::Level:
    case QuestionType::SingleChoice:
        return answer.isString() && q.option(answer.toString());
    case QuestionType::MultipleChoice: {
        if (!answer.isArray())
            return false;
        for (const QJsonValue& v : answer.toArray()) {
            if (!v.isString() || !q.option(v.toString()))
                return false;
        }
        return true;
    }
    case QuestionType::Number:
        return answer.isDouble() && std::isfinite(answer.toDouble());
    case QuestionType::Date:
        return answer.isString() && QDate::fromString(answer.toString(), Qt::ISODate).isValid();
    case QuestionType::Text:
        return answer.isString();
    }
    return false;
}

QString valueText(const Question& q, const QJsonValue& answer)
{
    if (!isAnswered(answer))
        return {};
    if (answer.isArray())
        return ids(answer).join(QStringLiteral("; "));
    if (answer.isDouble())
        return number(answer.toDouble());
    Q_UNUSED(q);
    return answer.toString();
}

QString shown(const Question& q, const QJsonValue& answer)
{
    if (!isAnswered(answer))
        return {};
    switch (q.type) {
    case QuestionType::YesNo:
        return answer.toString() == QLatin1String("yes") ? Tr::tr("Yes") : Tr::tr("No");
    case QuestionType::Level:
    case QuestionType::SingleChoice: {
        const AnswerOption* o = q.option(answer.toString());
        if (!o)
            return answer.toString();
        if (q.type == QuestionType::Level && o->title != o->id && !o->title.startsWith(o->id))
            return QStringLiteral("%1 \u2013 %2").arg(o->id, o->title);
        return o->title;
    }
    case QuestionType::MultipleChoice: {
        QStringList titles;
        for (const QString& id : ids(answer)) {
            const AnswerOption* o = q.option(id);
            titles << (o ? o->title : id);
        }
        return titles.join(QStringLiteral("; "));
    }
    case QuestionType::Number: {
        const QString v = QLocale().toString(answer.toDouble(), 'g', 15);
        return q.unit.isEmpty() ? v : QStringLiteral("%1 %2").arg(v, q.unit);
    }
    case QuestionType::Date:
    case QuestionType::Text:
    case QuestionType::Status:
        return answer.toString();
    }
    return answer.toString();
}

std::optional<int> gap(const Question& q, const QJsonValue& answer)
{
    if (q.type != QuestionType::Level || !isAnswered(answer))
        return std::nullopt;
    const AnswerOption* o = q.option(answer.toString());
    if (!o)
        return std::nullopt;
    const double target = targetScore(q);
    int levels = 0;
    for (const AnswerOption& l : q.options)
        levels += (l.score > o->score && l.score <= target) ? 1 : 0;
    return levels;
}

std::optional<QJsonValue> answerForDigit(const Question& q, const QJsonValue& current, int digit)
{
    if (q.type == QuestionType::YesNo) {
        if (digit == 1)
            return QJsonValue(QStringLiteral("yes"));
        if (digit == 0 || digit == 2)
            return QJsonValue(QStringLiteral("no"));
        return std::nullopt;
    }
    if (!q.hasOptions())
        return std::nullopt;
    const AnswerOption* o = q.option(QString::number(digit));
    if (!o && digit >= 1 && digit <= q.options.size())
        o = &q.options.at(digit - 1);
    if (!o)
        return std::nullopt;
    if (q.type != QuestionType::MultipleChoice)
        return QJsonValue(o->id);
    QStringList chosen = ids(current);
    if (chosen.contains(o->id))
        chosen.removeAll(o->id);
    else
        chosen << o->id;
    // Kept in the question's order, so that the same choices always read the same.
    QJsonArray ordered;
    for (const AnswerOption& each : q.options) {
        if (chosen.contains(each.id))
            ordered.append(each.id);
    }
    return QJsonValue(ordered);
}

std::optional<QJsonValue> answerForStatus(const Question& q, ItemStatus status)
{
    if (status != ItemStatus::Met && status != ItemStatus::Unmet)
        return std::nullopt;
    const bool met = status == ItemStatus::Met;
    if (q.type == QuestionType::YesNo)
        return QJsonValue(met ? QStringLiteral("yes") : QStringLiteral("no"));
    if (q.type != QuestionType::Level && q.type != QuestionType::SingleChoice)
        return std::nullopt;
    // The option whose own outcome is the status, the lowest such for met (the target rather than above).
    const AnswerOption* best = nullptr;
    for (const AnswerOption& o : q.options) {
        if (evaluate(q, QJsonValue(o.id), 1.0).status != status)
            continue;
        if (!best || (met ? o.score < best->score : o.score > best->score))
            best = &o;
    }
    return best ? std::optional<QJsonValue>(QJsonValue(best->id)) : std::nullopt;
}

QString describe(const Question& q)
{
    switch (q.type) {
    case QuestionType::Status:
        return Tr::tr("Met, partially met, not met or not applicable");
    case QuestionType::YesNo:
        return Tr::tr("Yes or no");
    case QuestionType::Level: {
        const QString scale = q.scaleTitle.isEmpty() ? Tr::tr("Maturity level") : q.scaleTitle;
        if (const AnswerOption* t = q.option(q.target))
            return Tr::tr("%1, target %2").arg(scale, shown(q, QJsonValue(t->id)));
        return scale;
    }
    case QuestionType::SingleChoice:
        return Tr::tr("One of %n choices", nullptr, int(q.options.size()));
    case QuestionType::MultipleChoice:
        return Tr::tr("Any of %n choices", nullptr, int(q.options.size()));
    case QuestionType::Number:
        return q.unit.isEmpty() ? Tr::tr("A number") : Tr::tr("A number in %1").arg(q.unit);
    case QuestionType::Date:
        return Tr::tr("A date (recorded, not scored)");
    case QuestionType::Text:
        return Tr::tr("A text (recorded, not scored)");
    }
    return {};
}

bool matchesAny(const QJsonValue& answer, const QStringList& answers)
{
    if (answer.isDouble())
        return answers.contains(number(answer.toDouble()));
    for (const QString& id : ids(answer)) {
        if (answers.contains(id))
            return true;
    }
    return false;
}

QString toStored(const QJsonValue& answer)
{
    if (!isAnswered(answer))
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact));
}

QJsonValue fromStored(const QString& stored)
{
    if (stored.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonArray a = QJsonDocument::fromJson(stored.toUtf8()).array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.first();
}

bool hasConditions(const Assessment& assessment)
{
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items) {
            if (!i.question.dependsOn.isEmpty() || !i.question.groups.isEmpty())
                return true;
        }
    }
    return false;
}

QStringList groupsOf(const Assessment& assessment)
{
    QStringList groups;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items) {
            for (const QString& g : i.question.groups) {
                if (!groups.contains(g))
                    groups << g;
            }
        }
    }
    return groups;
}

bool applyConditions(Assessment& assessment, bool* changed)
{
    if (!hasConditions(assessment)) {
        bool cleared = false;
        for (Domain& d : assessment.domains) {
            for (Item& i : d.items) {
                cleared = cleared || !i.doesNotApply.isEmpty();
                i.doesNotApply.clear();
            }
        }
        if (changed)
            *changed = cleared;
        return false;
    }
    QStringList before;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items)
            before << i.doesNotApply;
    }
    const auto report = [&] {
        if (!changed)
            return;
        int n = 0;
        *changed = false;
        for (const Domain& d : assessment.domains) {
            for (const Item& i : d.items)
                *changed = *changed || i.doesNotApply != before.at(n++);
        }
    };
    const QStringList& chosen = assessment.info.implementationGroups;
    QHash<QString, Item*> byKey;
    for (Domain& d : assessment.domains) {
        for (Item& i : d.items)
            byKey.insert(i.key, &i);
    }
    // The reason an item does not apply on its own (groups), then its condition, which may rest on an
    // item that itself does not apply: passes until nothing changes (a chain is at most as long as the
    // checklist; a cycle settles because every pass computes the same from the same).
    const auto ownReason = [&](const Item& i) -> QString {
        if (chosen.isEmpty() || i.question.groups.isEmpty())
            return {};
        for (const QString& g : i.question.groups) {
            if (chosen.contains(g))
                return {};
        }
        return Tr::tr("Not in the implementation groups chosen (%1); it belongs to %2.")
            .arg(chosen.join(QStringLiteral(", ")), i.question.groups.join(QStringLiteral(", ")));
    };
    for (Domain& d : assessment.domains) {
        for (Item& i : d.items)
            i.doesNotApply = ownReason(i);
    }
    for (int pass = 0, limit = int(byKey.size()) + 1; pass < limit; ++pass) {
        bool moved = false;
        for (Domain& d : assessment.domains) {
            for (Item& i : d.items) {
                if (i.question.dependsOn.isEmpty())
                    continue;
                QString reason = ownReason(i);
                const Item* other = byKey.value(i.question.dependsOn);
                if (reason.isEmpty() && other && other != &i) {
                    const QJsonValue given = other->question.type == QuestionType::Status
                        ? QJsonValue(toKey(other->status))
                        : other->answer;
                    if (!other->doesNotApply.isEmpty() || !matchesAny(given, i.question.dependsOnAnswers)) {
                        QStringList wanted;
                        for (const QString& a : i.question.dependsOnAnswers) {
                            if (other->question.type == QuestionType::Status) {
                                const std::optional<ItemStatus> s = fromKey<ItemStatus>(a);
                                wanted << (s ? toLabel(*s) : a);
                            } else {
                                wanted << shown(other->question, QJsonValue(a));
                            }
                        }
                        reason = Tr::tr("Applies only when %1 is answered %2.")
                                     .arg(other->key, wanted.join(Tr::tr(" or ")));
                    }
                }
                if (reason != i.doesNotApply) {
                    i.doesNotApply = reason;
                    moved = true;
                }
            }
        }
        if (!moved)
            break;
    }
    report();
    return true;
}

} // namespace Answers
} // namespace rw
