// Framework libraries in the YAML format of the open-source GRC tool that publishes them
// (objects.framework.requirement_nodes with urn, parent_urn, ref_id, name, description, depth,
// assessable, implementation_groups). Read with yaml-cpp, which refuses nesting beyond its limit.

#include "Import.h"
#include "YamlText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace rw::Import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Requirement
{
    QString urn;
    QString parent;
    QString refId;
    QString name;
    QString description;
    QString annotation;
    QStringList questions; // each question's text, then its choices
    struct Asked
    {
        QString urn;
        QString text;
        Question question;
        QString dependsOn; // a question's urn
        QStringList dependsOnAnswers; // choice urns
        QHash<QString, QString> optionByUrn; // choice urn -> option id
    };
    QVector<Asked> asked; // the questions as questions, where their type is one a checklist asks
    bool assessable = false;
    QStringList groups;
};

// The start of a text, cut at a word, for a title.
QString opening(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() <= 80)
        return line;
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '), 80);
    return line.left(space > 40 ? space : 80) + QStringLiteral("…");
}

QString titleOf(const Requirement& r)
{
    // A node without a name is called by its reference, else by the start of its description.
    if (r.refId.isEmpty() && r.name.isEmpty()) {
        const QString start = opening(r.description);
        return start.isEmpty() ? opening(r.questions.value(0)) : start;
    }
    if (r.refId.isEmpty())
        return r.name;
    if (r.name.isEmpty() || r.name == r.refId)
        return r.refId;
    return r.refId + QLatin1Char(' ') + r.name;
}

// A text in the chosen language: the node's translation when it has one, else its own text.
QString localized(const YAML::Node& node, const char* key, const QString& language)
{
    if (!language.isEmpty()) {
        const YAML::Node translations = node["translations"];
        if (translations && translations.IsMap()) {
            const YAML::Node in = translations[language.toStdString()];
            if (in && in.IsMap()) {
                const QString text = yamlText(in, key);
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return yamlText(node, key);
}

// A library question as a checklist question: unique and multiple choice (scores from add_score, or
// from compute_result: compliant 1, partially 0.5, non-compliant 0, not applicable left out), boolean,
// date and text; a number without a rule is recorded as text. Choices that carry no score or result
// record the answer without scoring it (not applicable).
std::optional<Requirement::Asked> askedFrom(const QString& urn, const YAML::Node& q)
{
    Requirement::Asked a;
    a.urn = urn;
    a.text = plainText(yamlText(q, "text"));
    const QString type = yamlText(q, "type");
    if (type == QLatin1String("unique_choice") || type == QLatin1String("multiple_choice")) {
        a.question.type = type == QLatin1String("unique_choice") ? QuestionType::SingleChoice
                                                                 : QuestionType::MultipleChoice;
        const YAML::Node choices = q["choices"];
        if (!choices || !choices.IsSequence())
            return std::nullopt;
        bool scored = false;
        for (const YAML::Node& c : choices) {
            AnswerOption o;
            const QString choiceUrn = yamlText(c, "urn");
            o.id = choiceUrn.contains(QLatin1String(":choice:"))
                ? choiceUrn.section(QLatin1Char(':'), -1)
                : QString::number(a.question.options.size() + 1);
            if (o.id.isEmpty() || a.question.option(o.id))
                o.id = QString::number(a.question.options.size() + 1);
            o.title = bounded(plainText(yamlText(c, "value")));
            if (o.title.isEmpty())
                o.title = o.id;
            o.description = bounded(plainText(yamlText(c, "description")));
            const QString score = yamlText(c, "add_score");
            const QString result = yamlText(c, "compute_result");
            bool numeric = false;
            const double value = score.toDouble(&numeric);
            if (numeric) {
                o.score = value;
                scored = true;
            }
            if (result == QLatin1String("compliant"))
                o.result = ItemStatus::Met;
            else if (result == QLatin1String("partially_compliant"))
                o.result = ItemStatus::Partial;
            else if (result == QLatin1String("non_compliant"))
                o.result = ItemStatus::Unmet;
            else if (result == QLatin1String("not_applicable"))
                o.result = ItemStatus::NotApplicable;
            if (o.result && !numeric)
                o.score = *o.result == ItemStatus::Met ? 1.0 : (*o.result == ItemStatus::Partial ? 0.5 : 0.0);
            scored = scored || o.result.has_value();
            a.optionByUrn.insert(choiceUrn, o.id);
            a.question.options.append(o);
        }
        if (a.question.options.size() < (a.question.type == QuestionType::SingleChoice ? 2 : 1))
            return std::nullopt;
        if (!scored) {
            for (AnswerOption& o : a.question.options)
                o.result = ItemStatus::NotApplicable;
        }
        if (a.question.type == QuestionType::MultipleChoice && !scored)
            a.question.type = QuestionType::Text; // nothing to score: the ticked choices are recorded as text
    } else if (type == QLatin1String("boolean")) {
        a.question.type = QuestionType::YesNo;
    } else if (type == QLatin1String("date")) {
        a.question.type = QuestionType::Date;
    } else if (type == QLatin1String("text") || type == QLatin1String("number")) {
        a.question.type = QuestionType::Text;
    } else {
        return std::nullopt;
    }
    if (a.question.type == QuestionType::Text)
        a.question.options.clear();
    const YAML::Node depends = q["depends_on"];
    if (depends && depends.IsMap()) {
        a.dependsOn = yamlText(depends, "question");
        const YAML::Node answers = depends["answers"];
        if (answers && answers.IsSequence()) {
            for (const YAML::Node& v : answers) {
                if (v.IsScalar())
                    a.dependsOnAnswers << QString::fromStdString(v.Scalar());
            }
        }
    }
    return a;
}

} // namespace

bool isFrameworkYaml(const QString& path, const QByteArray& content)
{
    return path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)
        || (content.contains("requirement_nodes:") && !content.trimmed().startsWith('{'));
}

QStringList frameworkGroups(const QByteArray& content)
{
    QStringList groups;
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        const YAML::Node definition = root["objects"]["framework"]["implementation_groups_definition"];
        if (definition && definition.IsSequence()) {
            for (const YAML::Node& g : definition)
                groups << yamlText(g, "ref_id");
        }
    } catch (const std::exception&) {
    }
    groups.removeAll(QString());
    return groups;
}

std::optional<Template> frameworkYaml(
    const QByteArray& content, const QString& source, const Options& options, QString* error)
{
    YAML::Node root;
    try {
        root = YAML::Load(content.toStdString());
    } catch (const YAML::Exception& e) {
        *error = Tr::tr("%1 cannot be read as YAML: %2 (line %3, column %4).")
                     .arg(source, QString::fromStdString(e.msg))
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1);
        return std::nullopt;
    }
    try {
        const YAML::Node framework = root["objects"]["framework"];
        const YAML::Node nodes = framework ? framework["requirement_nodes"] : YAML::Node();
        if (!nodes || !nodes.IsSequence()) {
            // Say what the library is instead, when it is one of the other kinds the collection holds.
            const YAML::Node objects = root["objects"];
            const auto has = [&](const char* key) { return objects && objects.IsMap() && objects[key]; };
            if (has("requirement_mapping_set") || has("requirement_mapping_sets"))
                *error
                    = Tr::tr("%1 is a mapping library (it relates the requirements of two frameworks), not a "
                             "framework: there is nothing in it to assess.")
                          .arg(source);
            else if (has("risk_matrix"))
                *error = Tr::tr(
                    "%1 is a risk matrix library, not a framework: there is nothing in it to assess.")
                             .arg(source);
            else if (has("reference_controls") || has("threats"))
                *error = Tr::tr("%1 is a catalog of reference controls or threats, not a framework: there is "
                                "nothing in it to assess.")
                             .arg(source);
            else if (has("preset"))
                *error = Tr::tr("%1 is a preset (a set-up of other libraries for an organisation), not a "
                                "framework: there is nothing in it to assess.")
                             .arg(source);
            else if (has("metric_definitions"))
                *error
                    = Tr::tr("%1 is a library of metric definitions, not a framework: there is nothing in it "
                             "to assess.")
                          .arg(source);
            else
                *error = Tr::tr(
                    "%1 is YAML but not a framework library: it has no objects.framework.requirement_nodes.")
                             .arg(source);
            return std::nullopt;
        }
        // The language: the library's own (locale) or one of its translations.
        const QString own = yamlText(root, "locale");
        QStringList languages { own.isEmpty() ? QStringLiteral("en") : own };
        for (const YAML::Node& holder : { root, framework }) {
            const YAML::Node translations = holder["translations"];
            if (translations && translations.IsMap()) {
                for (const auto& t : translations) {
                    const QString code = QString::fromStdString(t.first.as<std::string>(""));
                    if (!code.isEmpty() && !languages.contains(code))
                        languages << code;
                }
            }
        }
        QString language = options.language;
        if (language.isEmpty() && languages.contains(options.preferLanguage))
            language = options.preferLanguage;
        if (!language.isEmpty() && !languages.contains(language)) {
            *error = Tr::tr("%1 has no texts in \"%2\"; it has: %3.")
                         .arg(source, language, languages.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (language == languages.first())
            language.clear(); // its own texts

        QStringList known;
        const YAML::Node definition = framework["implementation_groups_definition"];
        if (definition && definition.IsSequence()) {
            for (const YAML::Node& g : definition)
                known << yamlText(g, "ref_id");
        }
        for (const QString& wanted : options.implementationGroups) {
            if (!known.contains(wanted)) {
                *error = Tr::tr("%1 has no implementation group \"%2\"; it has: %3.")
                             .arg(source, wanted,
                                 known.isEmpty() ? Tr::tr("none") : known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }

        // A framework's scores (min_score, max_score, scores_definition): every requirement is answered
        // with a level of that scale.
        Question levels;
        {
            bool hasMin = false;
            bool hasMax = false;
            const int low = yamlText(framework, "min_score").toInt(&hasMin);
            const int high = yamlText(framework, "max_score").toInt(&hasMax);
            const YAML::Node defined = framework["scores_definition"];
            if (defined && defined.IsSequence()) {
                for (const YAML::Node& d : defined) {
                    bool ok = false;
                    const double score = yamlText(d, "score").toDouble(&ok);
                    if (!ok)
                        continue;
                    AnswerOption o;
                    o.id = yamlText(d, "score");
                    o.title = bounded(plainText(localized(d, "name", language)));
                    if (o.title.isEmpty())
                        o.title = o.id;
                    o.description = bounded(plainText(localized(d, "description", language)));
                    o.score = score;
                    if (!levels.option(o.id))
                        levels.options.append(o);
                }
            } else if (hasMin && hasMax && high > low && high - low <= 100) {
                for (int v = low; v <= high; ++v)
                    levels.options.append(
                        { QString::number(v), QString::number(v), QString(), double(v), {} });
            }
            if (levels.options.size() >= 2) {
                levels.type = QuestionType::Level;
                levels.scale = QStringLiteral("score");
                levels.scaleTitle = Tr::tr("Score");
            } else {
                levels = Question();
            }
        }

        QVector<Requirement> requirements;
        QHash<QString, int> byUrn;
        for (const YAML::Node& n : nodes) {
            if (!n.IsMap())
                continue;
            Requirement r;
            r.urn = yamlText(n, "urn");
            r.parent = yamlText(n, "parent_urn");
            r.refId = plainText(yamlText(n, "ref_id"));
            r.name = plainText(localized(n, "name", language));
            r.description = plainText(localized(n, "description", language));
            r.annotation = plainText(localized(n, "annotation", language));
            // Questions (a map from the question's urn to its type, text and choices): kept as text here.
            const YAML::Node questions = n["questions"];
            if (questions && questions.IsMap()) {
                for (const auto& q : questions) {
                    if (!q.second.IsMap())
                        continue;
                    QString question = plainText(yamlText(q.second, "text"));
                    const YAML::Node choices = q.second["choices"];
                    if (choices && choices.IsSequence()) {
                        QStringList values;
                        for (const YAML::Node& c : choices)
                            values << plainText(yamlText(c, "value"));
                        values.removeAll(QString());
                        if (!values.isEmpty())
                            question += QStringLiteral("\n")
                                + Tr::tr("Answers: %1").arg(values.join(QStringLiteral(" / ")));
                    }
                    if (!question.trimmed().isEmpty())
                        r.questions << question.trimmed();
                    if (std::optional<Requirement::Asked> a
                        = askedFrom(QString::fromStdString(q.first.as<std::string>("")), q.second))
                        r.asked.append(*a);
                }
            }
            r.assessable = yamlText(n, "assessable").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            const YAML::Node groups = n["implementation_groups"];
            if (groups && groups.IsSequence()) {
                for (const YAML::Node& g : groups) {
                    if (g.IsScalar())
                        r.groups << QString::fromStdString(g.Scalar());
                }
            }
            if (!r.urn.isEmpty())
                byUrn.insert(r.urn, int(requirements.size()));
            requirements.append(r);
        }

        Template t;
        t.title = bounded(plainText(localized(framework, "name", language)));
        if (t.title.isEmpty())
            t.title = bounded(plainText(yamlText(root, "name")));
        if (t.title.isEmpty())
            t.title = source;
        t.description = bounded(plainText(localized(framework, "description", language)));
        t.version = yamlText(root, "version").left(64);
        t.id = keyFrom(yamlText(framework, "ref_id").isEmpty() ? t.title.toLower().left(48)
                                                               : yamlText(framework, "ref_id"),
            nullptr);
        if (!options.implementationGroups.isEmpty())
            t.title += QStringLiteral(" (") + options.implementationGroups.join(QStringLiteral(", "))
                + QLatin1Char(')');

        // Items made from questions, to link a question asked after another's answers.
        struct Asking
        {
            int domain;
            int item;
            QString dependsOn;
            QStringList answers;
        };
        QVector<Asking> asking;
        QHash<QString, std::pair<QString, QHash<QString, QString>>>
            askedItems; // question urn -> item, options

        // The domain of an assessable node: its nearest ancestor that is not assessable itself.
        QHash<int, int> domainOf; // requirement index -> domain index
        QSet<QString> domainKeys;
        QSet<QString> itemKeys;
        const auto domainFor = [&](int index) {
            int parent = byUrn.value(requirements.at(index).parent, -1);
            for (int hops = 0; parent >= 0 && requirements.at(parent).assessable && hops < 1000; ++hops)
                parent = byUrn.value(requirements.at(parent).parent, -1);
            if (!domainOf.contains(parent)) {
                TemplateDomain d;
                if (parent < 0) {
                    d.title = Tr::tr("Requirements");
                } else {
                    const Requirement& p = requirements.at(parent);
                    d.title = bounded(titleOf(p));
                    d.description = bounded(p.description);
                    const int grand = byUrn.value(p.parent, -1);
                    if (grand >= 0) {
                        const QString part = Tr::tr("Part of %1.").arg(titleOf(requirements.at(grand)));
                        d.description
                            = d.description.isEmpty() ? part : part + QLatin1Char(' ') + d.description;
                    }
                }
                // Its reference id, else the last part of its urn, else its title.
                QString id = parent >= 0 ? requirements.at(parent).refId : QString();
                if (id.isEmpty() && parent >= 0)
                    id = requirements.at(parent).urn.section(QLatin1Char(':'), -1);
                d.key = keyFrom(id.isEmpty() ? d.title : id, &domainKeys);
                domainOf.insert(parent, int(t.domains.size()));
                t.domains.append(d);
            }
            return domainOf.value(parent);
        };
        for (int i = 0; i < requirements.size(); ++i) {
            const Requirement& r = requirements.at(i);
            if (!r.assessable)
                continue;
            if (!options.implementationGroups.isEmpty() && !r.groups.isEmpty()) {
                bool chosen = false;
                for (const QString& g : r.groups)
                    chosen = chosen || options.implementationGroups.contains(g);
                if (!chosen)
                    continue;
            }
            TemplateItem item;
            item.sourceId = r.urn;
            item.key = keyFrom(r.refId.isEmpty() ? r.urn.section(QLatin1Char(':'), -1) : r.refId, &itemKeys);
            const QString title = r.name.isEmpty() || r.name == r.refId ? QString() : r.name;
            item.text = bounded(title.isEmpty()
                    ? r.description
                    : (r.description.isEmpty() ? title : title + QLatin1Char('\n') + r.description));
            if (item.text.isEmpty() && !r.questions.isEmpty())
                item.text = bounded(r.questions.first().section(QLatin1Char('\n'), 0, 0));
            if (item.text.isEmpty())
                item.text = r.refId;
            if (item.text.isEmpty())
                continue; // nothing to assess against
            QStringList guidance;
            if (!r.annotation.isEmpty())
                guidance << r.annotation;
            if (!r.questions.isEmpty() && r.asked.size() != 1)
                guidance << Tr::tr("Questions:") + QLatin1Char('\n') + r.questions.join(QStringLiteral("\n"));
            if (!r.groups.isEmpty())
                guidance << Tr::tr("Implementation groups: %1").arg(r.groups.join(QStringLiteral(", ")));
            item.guidance = bounded(guidance.join(QStringLiteral("\n\n")));
            item.question = levels;
            item.question.groups = r.groups;
            const int domain = domainFor(i);
            if (r.asked.size() == 1 && r.asked.size() == r.questions.size()) {
                // One question: it is how the requirement is answered.
                const Requirement::Asked& a = r.asked.first();
                item.question = a.question;
                item.question.groups = r.groups;
                if (!a.text.isEmpty())
                    item.guidance = bounded(Tr::tr("Question: %1").arg(a.text)
                        + (item.guidance.isEmpty() ? QString() : QStringLiteral("\n\n") + item.guidance));
                askedItems.insert(a.urn, { item.key, a.optionByUrn });
                asking.append(
                    { domain, int(t.domains[domain].items.size()), a.dependsOn, a.dependsOnAnswers });
            } else if (r.asked.size() > 1 && r.asked.size() == r.questions.size()) {
                // Several: one item each, under the requirement's key.
                for (int n = 0; n < r.asked.size(); ++n) {
                    const Requirement::Asked& a = r.asked.at(n);
                    TemplateItem each = item;
                    each.key = keyFrom(QStringLiteral("%1-Q%2").arg(item.key).arg(n + 1), &itemKeys);
                    each.text = bounded(a.text.isEmpty() ? item.text : a.text);
                    each.guidance = bounded(item.text
                        + (r.annotation.isEmpty() ? QString() : QStringLiteral("\n\n") + r.annotation));
                    each.question = a.question;
                    each.question.groups = r.groups;
                    askedItems.insert(a.urn, { each.key, a.optionByUrn });
                    asking.append(
                        { domain, int(t.domains[domain].items.size()), a.dependsOn, a.dependsOnAnswers });
                    t.domains[domain].items.append(each);
                }
                continue;
            }
            t.domains[domain].items.append(item);
        }
        // A question asked only after given answers to another: the item applies only then.
        for (const Asking& a : std::as_const(asking)) {
            const auto other = askedItems.constFind(a.dependsOn);
            if (a.dependsOn.isEmpty() || other == askedItems.constEnd())
                continue;
            QStringList answers;
            for (const QString& urn : a.answers) {
                if (const QString id = other->second.value(urn); !id.isEmpty())
                    answers << id;
            }
            TemplateItem& item = t.domains[a.domain].items[a.item];
            if (!answers.isEmpty() && other->first != item.key) {
                item.question.dependsOn = other->first;
                item.question.dependsOnAnswers = answers;
            }
        }
        QVector<TemplateDomain> kept;
        for (const TemplateDomain& d : t.domains) {
            if (!d.items.isEmpty())
                kept.append(d);
        }
        t.domains = kept;
        return checked(t, source, error);
    } catch (const std::exception& e) {
        *error = Tr::tr("%1 cannot be read as a framework library: %2")
                     .arg(source, QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

} // namespace rw::Import
