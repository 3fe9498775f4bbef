// AWS Well-Architected custom lenses (schemaVersion 2021-11-01) and readiness questionnaires (sections of
// option and checkbox questions with scores, as the open production-readiness-review publishes them).

#include "Import.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace rw::Import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString riskWord(const QString& risk)
{
    if (risk == QLatin1String("HIGH_RISK"))
        return Tr::tr("high risk");
    if (risk == QLatin1String("MEDIUM_RISK"))
        return Tr::tr("medium risk");
    if (risk == QLatin1String("NO_RISK"))
        return Tr::tr("no risk");
    return risk;
}

QString linkLine(const QJsonObject& o)
{
    const QString text = plainText(o.value(QLatin1String("displayText")).toString());
    const QString url = o.value(QLatin1String("url")).toString();
    if (url.isEmpty())
        return text;
    return text.isEmpty() ? url : text + QStringLiteral(" (") + url + QLatin1Char(')');
}

// "S1" for "Service Levels": a short, readable key prefix.
QString initials(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            out += word.at(0).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("S") : out.left(6);
}

} // namespace

std::optional<Template> wellArchitectedLens(const QJsonObject& root, const QString& source, QString* error)
{
    Template t;
    t.title = bounded(plainText(root.value(QLatin1String("name")).toString()));
    if (t.title.isEmpty())
        t.title = source;
    t.description = bounded(plainText(root.value(QLatin1String("description")).toString()));
    t.id = keyFrom(QStringLiteral("wa-lens-") + t.title.toLower().left(48), nullptr);
    t.version = root.value(QLatin1String("schemaVersion")).toString().left(64);
    QSet<QString> domainKeys;
    QSet<QString> itemKeys;
    for (const QJsonValue& p : root.value(QLatin1String("pillars")).toArray()) {
        const QJsonObject pillar = p.toObject();
        TemplateDomain d;
        d.title = bounded(plainText(pillar.value(QLatin1String("name")).toString()));
        d.key = keyFrom(pillar.value(QLatin1String("id")).toString().isEmpty()
                ? d.title
                : pillar.value(QLatin1String("id")).toString(),
            &domainKeys);
        if (d.title.isEmpty())
            d.title = d.key;
        for (const QJsonValue& q : pillar.value(QLatin1String("questions")).toArray()) {
            const QJsonObject question = q.toObject();
            TemplateItem item;
            item.key = keyFrom(question.value(QLatin1String("id")).toString(), &itemKeys);
            item.text = bounded(plainText(question.value(QLatin1String("title")).toString()));
            if (item.text.isEmpty())
                continue;
            // The choices as a checklist, each with what it means and what to do; then the risk rules.
            QStringList guidance;
            const QString description = plainText(question.value(QLatin1String("description")).toString());
            if (!description.isEmpty())
                guidance << description;
            QStringList choices;
            QHash<QString, QString> choiceTitles;
            for (const QJsonValue& c : question.value(QLatin1String("choices")).toArray()) {
                const QJsonObject choice = c.toObject();
                const QString title = plainText(choice.value(QLatin1String("title")).toString());
                choiceTitles.insert(choice.value(QLatin1String("id")).toString(), title);
                const QString choiceId = choice.value(QLatin1String("id")).toString();
                if (!choiceId.isEmpty() && !title.isEmpty())
                    item.choices.append({ keyFrom(choiceId, nullptr), bounded(title) });
                QString line = QStringLiteral("☐ ") + title;
                const QString helpful = linkLine(choice.value(QLatin1String("helpfulResource")).toObject());
                if (!helpful.isEmpty())
                    line += QStringLiteral(" — ") + helpful;
                const QString plan = linkLine(choice.value(QLatin1String("improvementPlan")).toObject());
                if (!plan.isEmpty())
                    line += QLatin1Char('\n') + Tr::tr("    Improvement plan: %1").arg(plan);
                choices << line;
            }
            if (!choices.isEmpty())
                guidance << Tr::tr("Choices:") + QLatin1Char('\n') + choices.join(QLatin1Char('\n'));
            QStringList rules;
            for (const QJsonValue& r : question.value(QLatin1String("riskRules")).toArray()) {
                const QJsonObject rule = r.toObject();
                QString condition = rule.value(QLatin1String("condition")).toString();
                const QString risk = rule.value(QLatin1String("risk")).toString();
                // Kept as data so that the answer shows its risk; a rule this version cannot read stays text
                // only.
                if (LensRisk::isRisk(risk) && LensRisk::isValidCondition(condition))
                    item.riskRules.append({ condition, risk });
                // Longer ids first, so that "choice1" does not eat into "choice10".
                QStringList ids = choiceTitles.keys();
                std::sort(ids.begin(), ids.end(),
                    [](const QString& a, const QString& b) { return a.size() > b.size(); });
                for (const QString& id : ids)
                    condition.replace(id, QStringLiteral("“") + choiceTitles.value(id) + QStringLiteral("”"));
                if (condition == QLatin1String("default"))
                    condition = Tr::tr("otherwise");
                rules << Tr::tr("%1: %2").arg(
                    condition, riskWord(rule.value(QLatin1String("risk")).toString()));
            }
            if (!rules.isEmpty())
                guidance << Tr::tr("Risk:") + QLatin1Char(' ') + rules.join(QStringLiteral("; "))
                        + QLatin1Char('.');
            item.guidance = bounded(guidance.join(QStringLiteral("\n\n")));
            d.items.append(item);
        }
        if (!d.items.isEmpty())
            t.domains.append(d);
    }
    return checked(t, source, error);
}

std::optional<Template> questionnaire(const QJsonArray& sections, const QString& source, QString* error)
{
    Template t;
    t.title = Tr::tr("Readiness questionnaire (%1)").arg(source);
    t.id = keyFrom(
        QStringLiteral("questionnaire-") + source.toLower().section(QLatin1Char('.'), 0, 0), nullptr);
    t.version = QStringLiteral("1");
    QSet<QString> domainKeys;
    QSet<QString> itemKeys;
    for (const QJsonValue& s : sections) {
        const QJsonObject section = s.toObject();
        const QString name = plainText(section.value(QLatin1String("SectionName")).toString());
        TemplateDomain d;
        d.title = bounded(name.isEmpty() ? Tr::tr("Section") : name);
        d.key = keyFrom(initials(d.title), &domainKeys);
        QStringList banner; // information shown before the next questions
        int number = 0;
        for (const QJsonValue& q : section.value(QLatin1String("Questions")).toArray()) {
            const QJsonObject question = q.toObject();
            const QString type = question.value(QLatin1String("Type")).toString();
            const QString text = plainText(question.value(QLatin1String("QuestionText")).toString());
            if (type == QLatin1String("Banner")) {
                if (!text.isEmpty())
                    banner << text;
                continue;
            }
            const QJsonArray answers = question.value(QLatin1String("Answers")).toArray();
            if (text.isEmpty() || answers.isEmpty())
                continue;
            // An option question is worth its best answer; a checkbox question all its boxes.
            const bool checkbox = type == QLatin1String("Checkbox");
            double points = 0;
            QStringList lines;
            for (const QJsonValue& a : answers) {
                const QJsonObject answer = a.toObject();
                const double score = std::max(0.0, answer.value(QLatin1String("Score")).toDouble());
                points = checkbox ? points + score : std::max(points, score);
                lines << (checkbox ? QStringLiteral("☐ ") : QStringLiteral("○ "))
                        + plainText(answer.value(QLatin1String("Answer")).toString()) + QStringLiteral(" (")
                        + QLocale::c().toString(score, 'g', 4) + QLatin1Char(')');
            }
            TemplateItem item;
            item.key = keyFrom(
                QStringLiteral("%1-%2").arg(d.key).arg(++number, 2, 10, QLatin1Char('0')), &itemKeys);
            item.text = bounded(text);
            item.points = points > 0 ? std::min(points, 1000.0) : 1.0;
            QStringList guidance = banner;
            guidance << (checkbox ? Tr::tr("Answers (each that applies scores):")
                                  : Tr::tr("Answers (the one that applies scores):"))
                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
            item.guidance = bounded(guidance.join(QStringLiteral("\n\n")));
            banner.clear();
            d.items.append(item);
        }
        if (!d.items.isEmpty())
            t.domains.append(d);
    }
    return checked(t, source, error);
}

} // namespace rw::Import
