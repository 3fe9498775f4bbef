#include "Import.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace rw::Import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

namespace {

// The format of a file, and for JSON formats the parsed document, so that a file is parsed once.
Format detectParsed(
    const QString& path, const QByteArray& content, QJsonDocument* doc, QJsonParseError* parseError)
{
    parseError->error = QJsonParseError::NoError;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (isFrameworkYaml(path, content))
        return Format::FrameworkYaml;
    *doc = QJsonDocument::fromJson(content, parseError);
    if (parseError->error != QJsonParseError::NoError)
        return Format::Unknown;
    if (doc->isArray()) {
        const QJsonArray a = doc->array();
        for (const QJsonValue& v : a) {
            if (v.toObject().contains(QLatin1String("SectionName")))
                return Format::Questionnaire;
        }
        return Format::Unknown;
    }
    const QJsonObject o = doc->object();
    if (o.value(QLatin1String("format")).toString() == Template::formatName())
        return Format::Template;
    if (o.value(QLatin1String("catalog")).isObject())
        return Format::OscalCatalog;
    if (o.value(QLatin1String("profile")).isObject())
        return Format::OscalProfile;
    if (o.value(QLatin1String("pillars")).isArray() && o.contains(QLatin1String("schemaVersion")))
        return Format::WellArchitectedLens;
    return Format::Unknown;
}

} // namespace

Format detect(const QString& path, const QByteArray& content)
{
    QJsonDocument doc;
    QJsonParseError parseError;
    return detectParsed(path, content, &doc, &parseError);
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Template:
        return Tr::tr("Readiness Workbench template");
    case Format::OscalCatalog:
        return Tr::tr("OSCAL catalog");
    case Format::OscalProfile:
        return Tr::tr("OSCAL profile");
    case Format::WellArchitectedLens:
        return Tr::tr("AWS Well-Architected lens");
    case Format::FrameworkYaml:
        return Tr::tr("framework library (YAML)");
    case Format::Questionnaire:
        return Tr::tr("readiness questionnaire");
    case Format::Csv:
        return Tr::tr("CSV checklist");
    case Format::Unknown:
        break;
    }
    return Tr::tr("unknown");
}

std::optional<Template> fromContent(
    const QString& path, const QByteArray& content, QString* error, const Options& options)
{
    const QString source = QFileInfo(path).fileName();
    QJsonDocument doc;
    QJsonParseError parseError;
    const Format format = detectParsed(path, content, &doc, &parseError);
    switch (format) {
    case Format::Template:
        return Template::fromJson(content, QDir::toNativeSeparators(path), error);
    case Format::OscalCatalog:
        return oscalCatalog(doc.object(), source, error);
    case Format::OscalProfile:
        return oscalProfile(doc.object(), path, error);
    case Format::WellArchitectedLens:
        return wellArchitectedLens(doc.object(), source, error);
    case Format::Questionnaire:
        return questionnaire(doc.array(), source, error);
    case Format::Csv:
        return csv(content, source, error);
    case Format::FrameworkYaml:
        return frameworkYaml(content, source, options, error);
    case Format::Unknown:
        break;
    }
    if (parseError.error != QJsonParseError::NoError)
        return Template::fromJson(
            content, QDir::toNativeSeparators(path), error); // says where the JSON is broken
    *error = Tr::tr(
        "%1 is not a checklist this version reads. It reads Readiness Workbench templates, OSCAL "
        "catalogs and profiles, AWS Well-Architected custom lenses, framework libraries in YAML, readiness "
        "questionnaires and CSV files (see docs/import-export.md).")
                 .arg(source);
    return std::nullopt;
}

QString keyFrom(const QString& id, QSet<QString>* used)
{
    QString key;
    for (const QChar c : id.trimmed()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c;
        else if (c == QLatin1Char('(') || c == QLatin1Char('.'))
            key += QLatin1Char('.');
        else if (c == QLatin1Char('_'))
            key += c;
        else if (c != QLatin1Char(')'))
            key += QLatin1Char('-');
    }
    static const QRegularExpression runs(QStringLiteral("([-.])[-.]+"));
    key.replace(runs, QStringLiteral("\\1"));
    // A key starts with a letter or digit and holds at most 64 characters, a suffix for uniqueness included.
    while (key.startsWith(QLatin1Char('-')) || key.startsWith(QLatin1Char('.'))
        || key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    const auto cut = [](QString k, int length) {
        k.truncate(length);
        while (k.endsWith(QLatin1Char('-')) || k.endsWith(QLatin1Char('.')))
            k.chop(1);
        return k;
    };
    key = cut(key, 64);
    if (key.isEmpty())
        key = QStringLiteral("item");
    QString unique = key;
    for (int n = 2; used && used->contains(unique); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        unique = cut(key, 64 - int(suffix.size())) + suffix;
    }
    if (used)
        used->insert(unique);
    return unique;
}

QString plainText(const QString& maybeHtml)
{
    QString text = maybeHtml;
    if (text.contains(QLatin1Char('<'))) {
        static const QRegularExpression lineBreaks(QStringLiteral("<\\s*(br|/p|/div|/h[1-6]|/tr)\\s*/?>"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression listItems(
            QStringLiteral("<\\s*li[^>]*>"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(lineBreaks, QStringLiteral("\n"));
        text.replace(listItems, QStringLiteral("\n• "));
        text.remove(tags);
    }
    if (text.contains(QLatin1Char('&'))) {
        static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
        QString decoded;
        qsizetype last = 0;
        for (auto it = numeric.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            bool ok = false;
            const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
            decoded += text.mid(last, m.capturedStart() - last);
            if (ok && code > 0 && code < 0x110000 && QChar::isPrint(char32_t(code)))
                decoded += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
            last = m.capturedEnd();
        }
        decoded += text.mid(last);
        text = decoded;
        text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&apos;"), QLatin1String("'"));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
            lines << simple;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString bounded(const QString& text)
{
    return text.size() <= MaxTextLength ? text : text.left(MaxTextLength - 1) + QChar(0x2026);
}

std::optional<Template> checked(const Template& t, const QString& source, QString* error)
{
    if (t.domains.isEmpty() || t.itemCount() == 0) {
        *error = Tr::tr("%1 holds no checklist items.").arg(source);
        return std::nullopt;
    }
    std::optional<Template> valid = Template::fromJson(t.toJson(), source, error);
    // Where each item came from is not part of the template format; it is kept beside it.
    if (valid) {
        for (int d = 0; d < valid->domains.size() && d < t.domains.size(); ++d) {
            for (int i = 0; i < valid->domains[d].items.size() && i < t.domains[d].items.size(); ++i)
                valid->domains[d].items[i].sourceId = t.domains[d].items[i].sourceId;
        }
    }
    return valid;
}

} // namespace rw::Import
