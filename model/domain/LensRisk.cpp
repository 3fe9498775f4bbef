#include "LensRisk.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rw::LensRisk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LensRisk)
};

// A recursive-descent reader of a condition: expr := term ("||" term)*, term := factor ("&&" factor)*,
// factor := "!" factor | "(" expr ")" | id. Depth is bounded; anything else makes the condition invalid.
class Condition
{
public:
    Condition(const QString& text, const QStringList& selected)
        : m_text(text)
        , m_selected(selected)
    {
    }

    // Sets ok to whether the whole text was a well-formed condition.
    bool holds(bool* ok)
    {
        skip();
        const bool value = expr(0);
        skip();
        *ok = m_ok && m_pos == m_text.size();
        return value;
    }

private:
    void skip()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(const char* token)
    {
        skip();
        const QLatin1String t(token);
        if (QStringView(m_text).mid(m_pos).startsWith(t)) {
            m_pos += t.size();
            return true;
        }
        return false;
    }
    bool expr(int depth)
    {
        bool value = term(depth);
        while (m_ok && take("||"))
            value = term(depth) || value;
        return value;
    }
    bool term(int depth)
    {
        bool value = factor(depth);
        while (m_ok && take("&&"))
            value = factor(depth) && value;
        return value;
    }
    bool factor(int depth)
    {
        if (depth > 64) {
            m_ok = false;
            return false;
        }
        if (take("!"))
            return !factor(depth + 1);
        if (take("(")) {
            const bool value = expr(depth + 1);
            if (!take(")"))
                m_ok = false;
            return value;
        }
        skip();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
            && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')
                || m_text.at(m_pos) == QLatin1Char('-')))
            ++m_pos;
        if (m_pos == start) {
            m_ok = false;
            return false;
        }
        return m_selected.contains(m_text.mid(start, m_pos - start));
    }

    const QString& m_text;
    const QStringList& m_selected;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

} // namespace

QString evaluate(const QVector<RiskRule>& rules, const QStringList& selected)
{
    if (selected.isEmpty())
        return {};
    for (const RiskRule& rule : rules) {
        if (rule.condition.trimmed() == QLatin1String("default"))
            return rule.risk;
        bool ok = false;
        const bool holds = Condition(rule.condition, selected).holds(&ok);
        if (ok && holds)
            return rule.risk;
    }
    return {};
}

bool isValidCondition(const QString& condition)
{
    if (condition.trimmed() == QLatin1String("default"))
        return true;
    bool ok = false;
    Condition(condition, {}).holds(&ok);
    return ok;
}

bool isRisk(const QString& risk)
{
    return risk == QLatin1String("HIGH_RISK") || risk == QLatin1String("MEDIUM_RISK")
        || risk == QLatin1String("NO_RISK");
}

QString label(const QString& risk)
{
    if (risk == QLatin1String("HIGH_RISK"))
        return Tr::tr("High risk");
    if (risk == QLatin1String("MEDIUM_RISK"))
        return Tr::tr("Medium risk");
    if (risk == QLatin1String("NO_RISK"))
        return Tr::tr("No risk");
    return {};
}

QString key(const QString& risk)
{
    if (risk == QLatin1String("HIGH_RISK"))
        return QStringLiteral("high");
    if (risk == QLatin1String("MEDIUM_RISK"))
        return QStringLiteral("medium");
    if (risk == QLatin1String("NO_RISK"))
        return QStringLiteral("none");
    return {};
}

QJsonArray choicesToJson(const QVector<Choice>& choices)
{
    QJsonArray a;
    for (const Choice& c : choices)
        a.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("title"), c.title } });
    return a;
}

QVector<Choice> choicesFromJson(const QJsonArray& array)
{
    QVector<Choice> choices;
    for (const QJsonValue& v : array)
        choices.append({ v.toObject().value(QLatin1String("id")).toString(),
            v.toObject().value(QLatin1String("title")).toString() });
    return choices;
}

QJsonArray rulesToJson(const QVector<RiskRule>& rules)
{
    QJsonArray a;
    for (const RiskRule& r : rules)
        a.append(
            QJsonObject { { QStringLiteral("condition"), r.condition }, { QStringLiteral("risk"), r.risk } });
    return a;
}

QVector<RiskRule> rulesFromJson(const QJsonArray& array)
{
    QVector<RiskRule> rules;
    for (const QJsonValue& v : array)
        rules.append({ v.toObject().value(QLatin1String("condition")).toString(),
            v.toObject().value(QLatin1String("risk")).toString() });
    return rules;
}

} // namespace rw::LensRisk
