#include "Template.h"

#include "app/Language.h"

#include "Import.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

QString builtinPath(const QString& id)
{
    return QStringLiteral(":/templates/%1.json").arg(id);
}

// A built-in template in the interface's language. Its texts are listed for lupdate in
// translations/builtin_template_strings.cpp; a project keeps the texts it was created with.
Template translated(Template t)
{
    const auto translate = [](QString& text) {
        if (!text.isEmpty())
            text = QCoreApplication::translate("BuiltinTemplate", text.toUtf8().constData());
    };
    translate(t.title);
    translate(t.description);
    for (Band& band : t.bands.ratings)
        translate(band.label);
    for (Band& band : t.bands.statuses)
        translate(band.label);
    for (TemplateDomain& d : t.domains) {
        translate(d.title);
        translate(d.description);
        for (TemplateItem& i : d.items) {
            translate(i.text);
            translate(i.guidance);
            translate(i.question.scaleTitle);
            for (AnswerOption& o : i.question.options) {
                translate(o.title);
                translate(o.description);
            }
        }
    }
    return t;
}

// Every built-in template's text, by its English source and by each shipped translation of it, so that
// a stored text can be shown in another language than the one it was stored in.
const QHash<QString, QByteArray>& builtinSources()
{
    static const QHash<QString, QByteArray> sources = [] {
        QStringList texts;
        for (const QString& id : Template::builtinIds()) {
            QFile file(builtinPath(id));
            QString error;
            const std::optional<Template> t = file.open(QIODevice::ReadOnly)
                ? Template::fromJson(file.readAll(), id, &error)
                : std::nullopt;
            if (!t)
                continue;
            texts << t->title << t->description;
            for (const Band& band : t->bands.ratings)
                texts << band.label;
            for (const Band& band : t->bands.statuses)
                texts << band.label;
            for (const TemplateDomain& d : t->domains) {
                texts << d.title << d.description;
                for (const TemplateItem& i : d.items) {
                    texts << i.text << i.guidance << i.question.scaleTitle;
                    for (const AnswerOption& o : i.question.options)
                        texts << o.title << o.description;
                }
            }
        }
        texts.removeAll(QString());
        QHash<QString, QByteArray> map;
        for (const QString& text : texts)
            map.insert(text, text.toUtf8());
        for (const QString& code : Language::available()) {
            QTranslator translator;
            if (!translator.load(QStringLiteral(":/i18n/readiness_%1.qm").arg(code)))
                continue;
            for (const QString& text : texts) {
                const QByteArray source = text.toUtf8();
                const QString translated = translator.translate("BuiltinTemplate", source.constData());
                if (!translated.isEmpty() && !map.contains(translated))
                    map.insert(translated, source);
            }
        }
        return map;
    }();
    return sources;
}

std::optional<Template> loadBuiltin(const QString& id, QString* error)
{
    QFile file(builtinPath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The built-in template %1 is missing from this build.").arg(id);
        return std::nullopt;
    }
    std::optional<Template> t = Template::fromJson(file.readAll(), id, error);
    if (t)
        t = translated(std::move(*t));
    return t;
}

// 1-based line and column of a byte offset, for parse errors a person can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

bool isKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(key).hasMatch();
}

class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {
    }

    bool fail(const QString& where, const QString& what)
    {
        *m_error = where.isEmpty() ? what : Tr::tr("%1: %2").arg(where, what);
        return false;
    }

    bool text(const QJsonObject& o, const char* name, const QString& where, bool required, QString* out)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(where, Tr::tr("\"%1\" is missing.").arg(QLatin1String(name)));
            return true;
        }
        if (!v.isString())
            return fail(where, Tr::tr("\"%1\" must be text.").arg(QLatin1String(name)));
        *out = v.toString().trimmed();
        if (required && out->isEmpty())
            return fail(where, Tr::tr("\"%1\" must not be empty.").arg(QLatin1String(name)));
        return true;
    }

    bool number(const QJsonObject& o, const char* name, const QString& where, double min, double max,
        std::optional<double>* out)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            return fail(where,
                Tr::tr("\"%1\" must be a number from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max));
        *out = v.toDouble();
        return true;
    }

private:
    QString* m_error;
};

} // namespace

int Template::itemCount() const
{
    int n = 0;
    for (const TemplateDomain& d : domains)
        n += d.items.size();
    return n;
}

std::optional<Template> Template::fromJson(const QByteArray& json, const QString& source, QString* error)
{
    QString problem;
    Reader r(&problem);
    const auto failed = [&]() {
        *error = Tr::tr("The template %1 cannot be used. %2").arg(source, problem);
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        problem = Tr::tr("It is not valid JSON: %1 at line %2, column %3.")
                      .arg(parseError.errorString())
                      .arg(line)
                      .arg(column);
        return failed();
    }
    if (!doc.isObject()) {
        problem = Tr::tr("It must be a JSON object.");
        return failed();
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        problem = Tr::tr("\"format\" must be \"%1\"; this is not a Readiness Workbench template.")
                      .arg(formatName());
        return failed();
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() < 1) {
        problem = Tr::tr("\"formatVersion\" must be a whole number.");
        return failed();
    }
    if (version.toInt() > FormatVersion) {
        problem = Tr::tr(
            "It uses template format %1, but this version of Readiness Workbench reads up to format %2.")
                      .arg(version.toInt())
                      .arg(FormatVersion);
        return failed();
    }

    Template t;
    if (!r.text(root, "id", QString(), true, &t.id) || !r.text(root, "title", QString(), true, &t.title)
        || !r.text(root, "version", QString(), false, &t.version)
        || !r.text(root, "description", QString(), false, &t.description))
        return failed();
    if (!isKey(t.id)) {
        problem = Tr::tr("\"id\" may hold only letters, digits, '.', '_' and '-'.");
        return failed();
    }
    const QJsonValue bands = root.value(QStringLiteral("bands"));
    if (!bands.isUndefined()) {
        if (!bands.isObject()) {
            problem = Tr::tr("\"bands\" must be an object.");
            return failed();
        }
        const std::optional<Bands> parsed = Bands::fromJson(bands.toObject(), &problem);
        if (!parsed)
            return failed();
        t.bands = *parsed;
    }

    // The grades findings are given, when the checklist names its own.
    const QJsonValue grades = root.value(QStringLiteral("findingGrades"));
    if (!grades.isUndefined()) {
        if (!grades.isArray() || grades.toArray().isEmpty()) {
            problem = Tr::tr("\"findingGrades\" must be a list of grades, each with an id and a title.");
            return failed();
        }
        for (const QJsonValue& v : grades.toArray()) {
            const QString gradeId = v.toObject().value(QStringLiteral("id")).toString();
            const QString gradeTitle = v.toObject().value(QStringLiteral("title")).toString().trimmed();
            if (!isKey(gradeId) || gradeTitle.isEmpty()) {
                problem
                    = Tr::tr("Each of \"findingGrades\" needs an id (letters, digits, '.', '_', '-') and a "
                             "title.");
                return failed();
            }
            if (std::any_of(t.findingGrades.cbegin(), t.findingGrades.cend(),
                    [&gradeId](const FindingGrade& g) { return g.id == gradeId; })) {
                problem = Tr::tr("The finding grade \"%1\" is named twice.").arg(gradeId);
                return failed();
            }
            t.findingGrades.append({ gradeId, gradeTitle });
        }
    }

    // Answer scales: named lists of levels or choices that items refer to.
    QHash<QString, QJsonObject> scales;
    const QJsonValue scaleList = root.value(QStringLiteral("scales"));
    if (!scaleList.isUndefined() && !scaleList.isArray()) {
        problem = Tr::tr("\"scales\" must be a list.");
        return failed();
    }
    for (int si = 0; si < scaleList.toArray().size(); ++si) {
        const QString where = QStringLiteral("scales[%1]").arg(si);
        const QJsonObject so = scaleList.toArray().at(si).toObject();
        QString id;
        QString title;
        if (!r.text(so, "id", where, true, &id) || !r.text(so, "title", where, false, &title))
            return failed();
        QJsonObject q { { QStringLiteral("type"),
                            so.value(QStringLiteral("type")).toString(QStringLiteral("level")) },
            { QStringLiteral("scale"), id }, { QStringLiteral("scaleTitle"), title },
            { QStringLiteral("options"),
                so.value(QStringLiteral("levels")).isArray() ? so.value(QStringLiteral("levels"))
                                                             : so.value(QStringLiteral("options")) } };
        QString why;
        if (!Question::fromJson(q, &why)) {
            r.fail(where, why);
            return failed();
        }
        if (scales.contains(id)) {
            r.fail(where, Tr::tr("the scale id \"%1\" is used twice.").arg(id));
            return failed();
        }
        scales.insert(id, q);
    }

    const QJsonValue domains = root.value(QStringLiteral("domains"));
    if (!domains.isArray() || domains.toArray().isEmpty()) {
        problem = Tr::tr("\"domains\" must be a non-empty list.");
        return failed();
    }
    QSet<QString> domainKeys;
    QSet<QString> itemKeys;
    const QJsonArray domainArray = domains.toArray();
    for (int di = 0; di < domainArray.size(); ++di) {
        const QString where = QStringLiteral("domains[%1]").arg(di);
        if (!domainArray.at(di).isObject()) {
            r.fail(where, Tr::tr("must be an object."));
            return failed();
        }
        const QJsonObject o = domainArray.at(di).toObject();
        TemplateDomain d;
        if (!r.text(o, "key", where, true, &d.key) || !r.text(o, "title", where, true, &d.title)
            || !r.text(o, "description", where, false, &d.description)
            || !r.number(o, "weight", where, 0, 100000, &d.weight)
            || !r.number(o, "target", where, 0, 100, &d.target))
            return failed();
        if (!isKey(d.key)) {
            r.fail(where, Tr::tr("\"key\" may hold only letters, digits, '.', '_' and '-'."));
            return failed();
        }
        if (domainKeys.contains(d.key)) {
            r.fail(where, Tr::tr("the domain key \"%1\" is used twice.").arg(d.key));
            return failed();
        }
        domainKeys.insert(d.key);
        const QJsonValue items = o.value(QStringLiteral("items"));
        if (!items.isArray()) {
            r.fail(where, Tr::tr("\"items\" must be a list."));
            return failed();
        }
        const QJsonArray itemArray = items.toArray();
        for (int ii = 0; ii < itemArray.size(); ++ii) {
            const QString itemWhere = QStringLiteral("%1.items[%2]").arg(where).arg(ii);
            if (!itemArray.at(ii).isObject()) {
                r.fail(itemWhere, Tr::tr("must be an object."));
                return failed();
            }
            const QJsonObject io = itemArray.at(ii).toObject();
            TemplateItem item;
            std::optional<double> points;
            if (!r.text(io, "key", itemWhere, true, &item.key)
                || !r.text(io, "text", itemWhere, true, &item.text)
                || !r.text(io, "guidance", itemWhere, false, &item.guidance)
                || !r.number(io, "points", itemWhere, 0.001, 1000000, &points))
                return failed();
            item.points = points.value_or(1.0);
            const QJsonValue blocker = io.value(QStringLiteral("blocker"));
            if (!blocker.isUndefined() && !blocker.isBool()) {
                r.fail(itemWhere, Tr::tr("\"blocker\" must be true or false."));
                return failed();
            }
            item.blocker = blocker.toBool(false);
            // A Well-Architected question's choices and risk rules (optional).
            const QJsonValue choices = io.value(QStringLiteral("choices"));
            const QJsonValue rules = io.value(QStringLiteral("riskRules"));
            if ((!choices.isUndefined() && !choices.isArray())
                || (!rules.isUndefined() && !rules.isArray())) {
                r.fail(itemWhere, Tr::tr("\"choices\" and \"riskRules\" must be lists."));
                return failed();
            }
            item.choices = LensRisk::choicesFromJson(choices.toArray());
            item.riskRules = LensRisk::rulesFromJson(rules.toArray());
            for (const Choice& c : item.choices) {
                if (!isKey(c.id) || c.title.trimmed().isEmpty()) {
                    r.fail(itemWhere,
                        Tr::tr(
                            "each choice needs an \"id\" (letters, digits, '.', '_', '-') and a \"title\"."));
                    return failed();
                }
            }
            for (const RiskRule& rule : item.riskRules) {
                if (!LensRisk::isRisk(rule.risk) || !LensRisk::isValidCondition(rule.condition)) {
                    r.fail(itemWhere,
                        Tr::tr("the risk rule \"%1\" → \"%2\" is not understood (risks: HIGH_RISK, "
                               "MEDIUM_RISK, NO_RISK).")
                            .arg(rule.condition, rule.risk));
                    return failed();
                }
            }
            if (!isKey(item.key)) {
                r.fail(itemWhere, Tr::tr("\"key\" may hold only letters, digits, '.', '_' and '-'."));
                return failed();
            }
            if (itemKeys.contains(item.key)) {
                r.fail(itemWhere, Tr::tr("the item key \"%1\" is used twice.").arg(item.key));
                return failed();
            }
            if (!readQuestion(io, scales, &item.question, &problem)) {
                problem = Tr::tr("%1: %2").arg(itemWhere, problem);
                return failed();
            }
            itemKeys.insert(item.key);
            d.items.append(item);
        }
        t.domains.append(d);
    }
    // Conditions name items of this template and answers those items can take.
    QHash<QString, const TemplateItem*> byKey;
    for (const TemplateDomain& d : t.domains) {
        for (const TemplateItem& i : d.items)
            byKey.insert(i.key, &i);
    }
    for (const TemplateDomain& d : t.domains) {
        for (const TemplateItem& i : d.items) {
            if (i.question.dependsOn.isEmpty())
                continue;
            const TemplateItem* other = byKey.value(i.question.dependsOn);
            if (!other || other == &i) {
                problem
                    = Tr::tr("item %1 applies when item \"%2\" is answered, but there is no such other item.")
                          .arg(i.key, i.question.dependsOn);
                return failed();
            }
            for (const QString& a : i.question.dependsOnAnswers) {
                const bool known = other->question.type == QuestionType::Status
                    ? fromKey<ItemStatus>(a).has_value()
                    : (other->question.type == QuestionType::YesNo
                            ? (a == QLatin1String("yes") || a == QLatin1String("no"))
                            : (!other->question.hasOptions() || other->question.option(a)));
                if (!known) {
                    problem
                        = Tr::tr("item %1 applies when %2 is answered \"%3\", which %2 cannot be answered.")
                              .arg(i.key, other->key, a);
                    return failed();
                }
            }
        }
    }
    return t;
}

bool Template::readQuestion(
    const QJsonObject& io, const QHash<QString, QJsonObject>& scales, Question* question, QString* error)
{
    QJsonObject q;
    const QJsonValue answer = io.value(QStringLiteral("answer"));
    if (answer.isString()) {
        // The name of a scale, or of a type that needs nothing more ("yesno", "date", "text").
        if (scales.contains(answer.toString()))
            q = scales.value(answer.toString());
        else
            q.insert(QStringLiteral("type"), answer.toString());
    } else if (answer.isObject()) {
        q = answer.toObject();
        const QString scale = q.value(QStringLiteral("scale")).toString();
        // A scale named without its levels is one of the template's scales (a question written out in
        // full keeps its scale's name for people).
        if (!scale.isEmpty() && !q.contains(QStringLiteral("options"))) {
            if (!scales.contains(scale)) {
                *error = Tr::tr("there is no answer scale \"%1\".").arg(scale);
                return false;
            }
            QJsonObject base = scales.value(scale);
            for (auto it = q.begin(); it != q.end(); ++it)
                base.insert(it.key(), it.value());
            q = base;
        }
    } else if (!answer.isUndefined()) {
        *error = Tr::tr("\"answer\" must be a scale's id or an object.");
        return false;
    }
    if (const QJsonValue when = io.value(QStringLiteral("appliesWhen")); !when.isUndefined()) {
        if (!when.isObject()) {
            *error = Tr::tr("\"appliesWhen\" must be an object with \"item\" and \"answers\".");
            return false;
        }
        q.insert(QStringLiteral("appliesWhen"), when);
    }
    if (const QJsonValue groups = io.value(QStringLiteral("groups")); !groups.isUndefined()) {
        if (!groups.isArray()) {
            *error = Tr::tr("\"groups\" must be a list.");
            return false;
        }
        q.insert(QStringLiteral("groups"), groups);
    }
    if (q.isEmpty())
        return true;
    const std::optional<Question> parsed = Question::fromJson(q, error);
    if (!parsed)
        return false;
    *question = *parsed;
    return true;
}

QString Template::displayText(const QString& stored)
{
    if (stored.isEmpty())
        return stored;
    const QHash<QString, QByteArray>& sources = builtinSources();
    const auto it = sources.constFind(stored);
    return it == sources.constEnd() ? stored
                                    : QCoreApplication::translate("BuiltinTemplate", it->constData());
}

QStringList Template::builtinIds()
{
    return { QStringLiteral("production-readiness"), QStringLiteral("release-validation"),
        QStringLiteral("operations-maturity"), QStringLiteral("software-assurance-maturity") };
}

std::optional<Template> Template::builtin(const QString& id)
{
    QString error;
    return loadBuiltin(id, &error);
}

std::optional<Template> Template::load(const QString& idOrPath, QString* error, const ImportOptions& options)
{
    if (builtinIds().contains(idOrPath))
        return loadBuiltin(idOrPath, error);
    const QFileInfo fi(idOrPath);
    if (!fi.exists()) {
        *error = Tr::tr("\"%1\" is neither a built-in template (%2) nor a template file.")
                     .arg(idOrPath, builtinIds().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QFile file(idOrPath);
    if (!fi.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The template file %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(idOrPath),
                         fi.isFile() ? file.errorString() : Tr::tr("it is a folder"));
        return std::nullopt;
    }
    // Templates are small; anything far larger is not a template and is refused before parsing.
    if (file.size() > 64 * 1024 * 1024) {
        *error = Tr::tr("The template file %1 is too large to be a template.")
                     .arg(QDir::toNativeSeparators(idOrPath));
        return std::nullopt;
    }
    // Any checklist the importers read: our template format, OSCAL, Well-Architected lenses, CSV, ...
    return Import::fromContent(idOrPath, file.readAll(), error, options);
}

QByteArray Template::toJson() const
{
    QJsonArray domainArray;
    for (const TemplateDomain& d : domains) {
        QJsonArray items;
        for (const TemplateItem& i : d.items) {
            QJsonObject io { { QStringLiteral("key"), i.key }, { QStringLiteral("text"), i.text } };
            if (!i.guidance.isEmpty())
                io.insert(QStringLiteral("guidance"), i.guidance);
            io.insert(QStringLiteral("points"), i.points);
            if (i.blocker)
                io.insert(QStringLiteral("blocker"), true);
            if (!i.choices.isEmpty())
                io.insert(QStringLiteral("choices"), LensRisk::choicesToJson(i.choices));
            if (!i.riskRules.isEmpty())
                io.insert(QStringLiteral("riskRules"), LensRisk::rulesToJson(i.riskRules));
            QJsonObject question = i.question.toJson();
            if (const QJsonValue when = question.take(QStringLiteral("appliesWhen")); when.isObject())
                io.insert(QStringLiteral("appliesWhen"), when);
            if (const QJsonValue groups = question.take(QStringLiteral("groups")); groups.isArray())
                io.insert(QStringLiteral("groups"), groups);
            if (!question.isEmpty())
                io.insert(QStringLiteral("answer"), question);
            items.append(io);
        }
        QJsonObject o { { QStringLiteral("key"), d.key }, { QStringLiteral("title"), d.title } };
        if (!d.description.isEmpty())
            o.insert(QStringLiteral("description"), d.description);
        if (d.weight)
            o.insert(QStringLiteral("weight"), *d.weight);
        if (d.target)
            o.insert(QStringLiteral("target"), *d.target);
        o.insert(QStringLiteral("items"), items);
        domainArray.append(o);
    }
    QJsonObject root { { QStringLiteral("format"), formatName() },
        { QStringLiteral("formatVersion"), FormatVersion }, { QStringLiteral("id"), id },
        { QStringLiteral("version"), version }, { QStringLiteral("title"), title } };
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    root.insert(QStringLiteral("bands"), bands.toJson());
    if (!findingGrades.isEmpty()) {
        QJsonArray grades;
        for (const FindingGrade& g : findingGrades)
            grades.append(
                QJsonObject { { QStringLiteral("id"), g.id }, { QStringLiteral("title"), g.title } });
        root.insert(QStringLiteral("findingGrades"), grades);
    }
    root.insert(QStringLiteral("domains"), domainArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Template Template::fromAssessment(const Assessment& assessment)
{
    Template t;
    t.id = assessment.info.templateId.isEmpty() ? QStringLiteral("custom") : assessment.info.templateId;
    t.version = assessment.info.templateVersion;
    t.title = assessment.info.title;
    t.bands = assessment.bands;
    const QVector<FindingGrade> usual = FindingGrade::defaults();
    const bool ownGrades = assessment.findingGrades.size() != usual.size()
        || !std::equal(usual.cbegin(), usual.cend(), assessment.findingGrades.cbegin(),
            [](const FindingGrade& a, const FindingGrade& b) { return a.id == b.id; });
    if (ownGrades)
        t.findingGrades = assessment.findingGrades;
    for (const Domain& d : assessment.domains) {
        TemplateDomain td { d.key, d.title, d.description, d.weight, d.target, {} };
        for (const Item& i : d.items)
            td.items.append({ i.key, i.text, i.guidance, i.points, i.blocker, i.choices, i.riskRules,
                i.question, {}, {} });
        t.domains.append(td);
    }
    return t;
}

} // namespace rw
