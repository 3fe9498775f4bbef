#pragma once

// A checklist template: metadata, score bands and domains with their items. Read from and written to the
// versioned JSON format of docs/template-format.md (schema: resources/schema/template.schema.json).
// Built-in templates are resources; a file given by path works the same way.

#include "domain/Assessment.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rw {

struct TemplateItem
{
    QString key;
    QString text;
    QString guidance;
    double points = 1.0;
    bool blocker = false;
    QVector<Choice> choices; // a Well-Architected question's choices
    QVector<RiskRule> riskRules; // and its risk rules
    Question question; // how it is answered (the statuses unless the template says otherwise)
    // Where a read item came from (a framework library's requirement urn), for mappings between
    // frameworks; not written to template files or projects.
    QString sourceId;
    // The previous cycle's answer, when a project is made for the next cycle; not written to template
    // files.
    QJsonObject previous;
};

struct TemplateDomain
{
    QString key;
    QString title;
    QString description;
    std::optional<double> weight;
    std::optional<double> target;
    QVector<TemplateItem> items;
};

// Choices made when a checklist from elsewhere is read (docs/import-export.md).
struct ImportOptions
{
    // Framework libraries: only the requirements of these implementation groups (empty: all).
    QStringList implementationGroups;
    // Framework libraries: the language to read (one of the library's translations, or its own locale);
    // empty: the library's own language. `preferLanguage` is used when the library has it, else ignored.
    QString language;
    QString preferLanguage;
};

struct Template
{
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("readiness-workbench-template"); }

    QString id;
    QString version;
    QString title;
    QString description;
    Bands bands = Bands::defaults();
    // The grades its findings are given; empty: FindingGrade::defaults().
    QVector<FindingGrade> findingGrades;
    QVector<TemplateDomain> domains;

    int itemCount() const;

    // Parses and checks a template; on failure says where and what is wrong (source names the file).
    static std::optional<Template> fromJson(const QByteArray& json, const QString& source, QString* error);
    // A built-in id ("production-readiness") or the path of a template file or of any checklist the
    // importers read (OSCAL, Well-Architected lens, framework YAML, questionnaire, CSV).
    static std::optional<Template> load(
        const QString& idOrPath, QString* error, const ImportOptions& options = {});
    static QStringList builtinIds();
    static std::optional<Template> builtin(const QString& id);
    // A text as stored in a project, shown in the current language: a built-in template's text (a title,
    // an item, a guidance, a band's label) in whichever shipped language the project was created is
    // translated; anything else, as typed, is returned unchanged.
    static QString displayText(const QString& stored);

    // An item's "answer" (a scale's id or a question), "appliesWhen" and "groups" as one question.
    static bool readQuestion(const QJsonObject& item, const QHash<QString, QJsonObject>& scales,
        Question* question, QString* error);

    QByteArray toJson() const;
    // The checklist of an assessment as a template (no answers), for "save as template".
    static Template fromAssessment(const Assessment& assessment);
};

} // namespace rw
