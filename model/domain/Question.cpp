#include "Question.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>
#include <cmath>

namespace rw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Question)
};

constexpr std::array<std::pair<QuestionType, const char*>, 8> kTypes { { { QuestionType::Status, "status" },
    { QuestionType::YesNo, "yesno" }, { QuestionType::Level, "level" },
    { QuestionType::SingleChoice, "single" }, { QuestionType::MultipleChoice, "multiple" },
    { QuestionType::Number, "number" }, { QuestionType::Date, "date" }, { QuestionType::Text, "text" } } };

std::optional<double> optionalNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QString toKey(QuestionType type)
{
    for (const auto& [t, key] : kTypes) {
        if (t == type)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("status");
}

std::optional<QuestionType> questionTypeFromKey(const QString& key)
{
    for (const auto& [t, k] : kTypes) {
        if (key == QLatin1String(k))
            return t;
    }
    return std::nullopt;
}

QStringList questionTypeKeys()
{
    QStringList keys;
    for (const auto& entry : kTypes)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

const AnswerOption* Question::option(const QString& id) const
{
    const int i = optionIndex(id);
    return i < 0 ? nullptr : &options.at(i);
}

int Question::optionIndex(const QString& id) const
{
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonObject Question::toJson() const
{
    QJsonObject o;
    if (type != QuestionType::Status)
        o.insert(QStringLiteral("type"), toKey(type));
    if (!scale.isEmpty())
        o.insert(QStringLiteral("scale"), scale);
    if (!scaleTitle.isEmpty())
        o.insert(QStringLiteral("scaleTitle"), scaleTitle);
    if (!options.isEmpty()) {
        QJsonArray list;
        for (const AnswerOption& a : options) {
            QJsonObject e { { QStringLiteral("id"), a.id }, { QStringLiteral("title"), a.title },
                { QStringLiteral("score"), a.score } };
            if (!a.description.isEmpty())
                e.insert(QStringLiteral("description"), a.description);
            if (a.result)
                e.insert(QStringLiteral("result"), rw::toKey(*a.result));
            list.append(e);
        }
        o.insert(QStringLiteral("options"), list);
    }
    if (fullScore)
        o.insert(QStringLiteral("fullScore"), *fullScore);
    if (!rules.isEmpty()) {
        QJsonArray list;
        for (const NumberRule& r : rules) {
            QJsonObject e { { QStringLiteral("share"), r.share } };
            if (r.min)
                e.insert(QStringLiteral("min"), *r.min);
            if (r.max)
                e.insert(QStringLiteral("max"), *r.max);
            list.append(e);
        }
        o.insert(QStringLiteral("rules"), list);
    }
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!dependsOn.isEmpty())
        o.insert(QStringLiteral("appliesWhen"),
            QJsonObject { { QStringLiteral("item"), dependsOn },
                { QStringLiteral("answers"), QJsonArray::fromStringList(dependsOnAnswers) } });
    if (!groups.isEmpty())
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    return o;
}

std::optional<Question> Question::fromJson(const QJsonObject& o, QString* error)
{
    Question q;
    const auto fail = [&](const QString& message) -> std::optional<Question> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("status"));
    const std::optional<QuestionType> t = questionTypeFromKey(type);
    if (!t)
        return fail(Tr::tr("\"type\" must be one of %1, not \"%2\".")
                        .arg(questionTypeKeys().join(QStringLiteral(", ")), type));
    q.type = *t;
    q.scale = o.value(QStringLiteral("scale")).toString();
    q.scaleTitle = o.value(QStringLiteral("scaleTitle")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("options")).toArray()) {
        const QJsonObject e = v.toObject();
        AnswerOption a;
        a.id = e.value(QStringLiteral("id")).toVariant().toString().trimmed();
        a.title = e.value(QStringLiteral("title")).toString().trimmed();
        a.description = e.value(QStringLiteral("description")).toString().trimmed();
        a.score = e.value(QStringLiteral("score")).toDouble();
        if (a.id.isEmpty())
            return fail(Tr::tr("Every option needs an \"id\"."));
        if (!std::isfinite(a.score))
            return fail(Tr::tr("The score of option \"%1\" is not a number.").arg(a.id));
        if (a.title.isEmpty())
            a.title = a.id;
        if (const QJsonValue r = e.value(QStringLiteral("result")); r.isString()) {
            a.result = fromKey<ItemStatus>(r.toString());
            if (!a.result || *a.result == ItemStatus::Open)
                return fail(
                    Tr::tr("The result of option \"%1\" must be met, partial, unmet or na.").arg(a.id));
        }
        if (q.option(a.id))
            return fail(Tr::tr("Two options share the id \"%1\".").arg(a.id));
        q.options.append(a);
    }
    q.fullScore = optionalNumber(o.value(QStringLiteral("fullScore")));
    for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject e = v.toObject();
        NumberRule r;
        r.min = optionalNumber(e.value(QStringLiteral("min")));
        r.max = optionalNumber(e.value(QStringLiteral("max")));
        r.share = e.value(QStringLiteral("share")).toDouble(-1);
        if (!(r.share >= 0 && r.share <= 1))
            return fail(Tr::tr("A rule's \"share\" must be from 0 to 1."));
        q.rules.append(r);
    }
    q.unit = o.value(QStringLiteral("unit")).toString().trimmed();
    q.target = o.value(QStringLiteral("target")).toVariant().toString().trimmed();
    const QJsonObject when = o.value(QStringLiteral("appliesWhen")).toObject();
    q.dependsOn = when.value(QStringLiteral("item")).toString().trimmed();
    for (const QJsonValue& v : when.value(QStringLiteral("answers")).toArray())
        q.dependsOnAnswers << v.toVariant().toString();
    for (const QJsonValue& v : o.value(QStringLiteral("groups")).toArray()) {
        if (const QString g = v.toString().trimmed(); !g.isEmpty() && !q.groups.contains(g))
            q.groups << g;
    }

    if (q.hasOptions() && q.options.size() < (q.type == QuestionType::MultipleChoice ? 1 : 2))
        return fail(Tr::tr("A %1 question needs at least two options.").arg(toKey(q.type)));
    if (!q.hasOptions() && !q.options.isEmpty())
        return fail(Tr::tr("A %1 question has no options.").arg(toKey(q.type)));
    if (!q.target.isEmpty() && (q.type != QuestionType::Level || !q.option(q.target)))
        return fail(Tr::tr("The target \"%1\" is not one of the levels.").arg(q.target));
    if (q.type == QuestionType::Number && q.rules.isEmpty())
        return fail(Tr::tr("A number question needs \"rules\" that say what a value earns."));
    if (q.fullScore && !(*q.fullScore > 0))
        return fail(Tr::tr("\"fullScore\" must be more than 0."));
    if (!q.dependsOn.isEmpty() && q.dependsOnAnswers.isEmpty())
        return fail(Tr::tr("\"appliesWhen\" needs the answers the item applies after."));
    return q;
}

} // namespace rw
