#pragma once

// Checklists from elsewhere, read as templates: our own template format, NIST OSCAL catalogs (and
// profiles, resolved against the catalog beside them), AWS Well-Architected custom lenses, the
// production-readiness questionnaire format (sections of option questions with scores) and CSV with
// the documented column layout, and framework libraries in YAML (docs/import-export.md). Every source becomes
// a Template that passed the same checks as a template file, so a project never holds what a template could
// not.

#include "exchange/Template.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace rw::Import {

enum class Format {
    Template,
    OscalCatalog,
    OscalProfile,
    WellArchitectedLens,
    FrameworkYaml,
    Questionnaire,
    Csv,
    Unknown
};
using Options = ImportOptions;

// What a file is, from its name and content.
Format detect(const QString& path, const QByteArray& content);
// A reader's name for a format ("OSCAL catalog").
QString formatName(Format format);

// Reads `content` (the file at `path`; a profile's catalog is looked up beside it) as a template.
std::optional<Template> fromContent(
    const QString& path, const QByteArray& content, QString* error, const Options& options = {});
// The implementation groups a framework library defines ("IG1", "IG2"), to choose from before import.
QStringList frameworkGroups(const QByteArray& content);

// Shared by the readers: a key from any id ("AC-2(1)" -> "AC-2.1"), unique among `used`.
QString keyFrom(const QString& id, QSet<QString>* used);
// Plain text from text that may hold HTML (tags dropped, entities decoded, white space tidied).
QString plainText(const QString& maybeHtml);
// Texts beyond this many characters are cut (with "…"): a checklist item is not a book.
constexpr int MaxTextLength = 20000;
QString bounded(const QString& text);

// The individual readers (each validates through Template::fromJson at the end).
std::optional<Template> oscalCatalog(const QJsonObject& root, const QString& source, QString* error);
std::optional<Template> oscalProfile(const QJsonObject& root, const QString& path, QString* error);
std::optional<Template> wellArchitectedLens(const QJsonObject& root, const QString& source, QString* error);
std::optional<Template> questionnaire(const QJsonArray& sections, const QString& source, QString* error);
std::optional<Template> csv(const QByteArray& content, const QString& source, QString* error);
std::optional<Template> frameworkYaml(
    const QByteArray& content, const QString& source, const Options& options, QString* error);
bool isFrameworkYaml(const QString& path, const QByteArray& content);

// Checks a template built in memory the way a template file is checked.
std::optional<Template> checked(const Template& t, const QString& source, QString* error);

} // namespace rw::Import
