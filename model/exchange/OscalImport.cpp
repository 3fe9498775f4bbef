// NIST OSCAL catalogs and profiles as templates. Groups (nested or not) become domains, controls and
// their enhancements items keyed by the control id, the title and the statement the item's text, the
// guidance part its guidance. Parameters read as the catalog gives them: their values, else the
// choices of a selection, else "[Assignment: label]" as NIST prints them.

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
#include <QUrl>

namespace rw::Import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int MaxDepth = 32; // groups in groups, parts in parts: deeper is refused, not recursed

// A property's value; of several ("label" and a zero-padded "label"), the one without a class.
QString propValue(const QJsonObject& o, const char* name)
{
    QString found;
    for (const QJsonValue& p : o.value(QLatin1String("props")).toArray()) {
        const QJsonObject prop = p.toObject();
        if (prop.value(QLatin1String("name")).toString() != QLatin1String(name))
            continue;
        if (!prop.contains(QLatin1String("class")))
            return prop.value(QLatin1String("value")).toString();
        if (found.isEmpty())
            found = prop.value(QLatin1String("value")).toString();
    }
    return found;
}

class CatalogReader
{
public:
    CatalogReader(const QSet<QString>* only, QString* error)
        : m_only(only)
        , m_error(error)
    {
    }

    bool read(const QJsonObject& catalog, Template* t)
    {
        collectParams(catalog, 0);
        for (const QJsonValue& g : catalog.value(QLatin1String("groups")).toArray()) {
            if (!group(g.toObject(), QString(), t, 0))
                return false;
        }
        // Controls outside any group.
        TemplateDomain loose;
        loose.title = Tr::tr("Controls");
        for (const QJsonValue& c : catalog.value(QLatin1String("controls")).toArray())
            control(c.toObject(), &loose, 0);
        if (!loose.items.isEmpty()) {
            loose.key = keyFrom(QStringLiteral("controls"), &m_domainKeys);
            t->domains.append(loose);
        }
        return m_error->isEmpty();
    }

private:
    bool deep(int depth)
    {
        if (depth <= MaxDepth)
            return false;
        *m_error
            = Tr::tr("The catalog nests groups, controls or parts more than %1 levels deep.").arg(MaxDepth);
        return true;
    }

    void collectParams(const QJsonObject& o, int depth)
    {
        if (depth > MaxDepth)
            return;
        for (const QJsonValue& p : o.value(QLatin1String("params")).toArray()) {
            const QJsonObject param = p.toObject();
            m_params.insert(param.value(QLatin1String("id")).toString(), param);
        }
        for (const char* children : { "groups", "controls" }) {
            for (const QJsonValue& c : o.value(QLatin1String(children)).toArray())
                collectParams(c.toObject(), depth + 1);
        }
    }

    // "{{ insert: param, ac-1_prm_1 }}" as a reader should see it.
    QString resolve(const QString& prose, int depth = 0)
    {
        static const QRegularExpression insert(
            QStringLiteral("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}"));
        QString out;
        qsizetype last = 0;
        for (auto it = insert.globalMatch(prose); it.hasNext();) {
            const auto m = it.next();
            out += prose.mid(last, m.capturedStart() - last);
            out += depth > 4 ? QStringLiteral("[…]") : paramText(m.captured(1), depth);
            last = m.capturedEnd();
        }
        out += prose.mid(last);
        return out;
    }

    QString paramText(const QString& id, int depth)
    {
        const QJsonObject param = m_params.value(id);
        if (param.isEmpty())
            return QStringLiteral("[%1]").arg(id);
        QStringList values;
        for (const QJsonValue& v : param.value(QLatin1String("values")).toArray())
            values << resolve(v.toString(), depth + 1);
        if (!values.isEmpty())
            return values.join(QStringLiteral(", "));
        const QJsonObject select = param.value(QLatin1String("select")).toObject();
        if (!select.isEmpty()) {
            QStringList choices;
            for (const QJsonValue& c : select.value(QLatin1String("choice")).toArray())
                choices << resolve(c.toString(), depth + 1);
            const bool many
                = select.value(QLatin1String("how-many")).toString() == QLatin1String("one-or-more");
            return (many ? Tr::tr("[Selection (one or more): %1]") : Tr::tr("[Selection: %1]"))
                .arg(choices.join(QStringLiteral("; ")));
        }
        const QString label = param.value(QLatin1String("label")).toString();
        return Tr::tr("[Assignment: %1]").arg(label.isEmpty() ? id : resolve(label, depth + 1));
    }

    // A part's prose with its sub-parts, labelled and indented ("a. ...", "  1. ...").
    QString partText(const QJsonObject& part, int depth)
    {
        if (depth > MaxDepth)
            return {};
        QStringList lines;
        const QString label = propValue(part, "label");
        const QString prose = resolve(part.value(QLatin1String("prose")).toString()).trimmed();
        const QString indent(std::max(0, depth - 1) * 2, QLatin1Char(' '));
        if (!prose.isEmpty())
            lines << indent + (label.isEmpty() ? QString() : label + QLatin1Char(' ')) + prose;
        for (const QJsonValue& p : part.value(QLatin1String("parts")).toArray())
            lines << partText(p.toObject(), depth + 1);
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }

    QString namedParts(const QJsonObject& control, const QString& name)
    {
        QStringList texts;
        for (const QJsonValue& p : control.value(QLatin1String("parts")).toArray()) {
            const QJsonObject part = p.toObject();
            if (part.value(QLatin1String("name")).toString() == name)
                texts << partText(part, 0);
        }
        texts.removeAll(QString());
        return texts.join(QStringLiteral("\n\n"));
    }

    void control(const QJsonObject& c, TemplateDomain* domain, int depth)
    {
        if (depth > MaxDepth)
            return;
        const QString id = c.value(QLatin1String("id")).toString();
        const bool withdrawn
            = propValue(c, "status").compare(QLatin1String("withdrawn"), Qt::CaseInsensitive) == 0;
        if (!withdrawn && (!m_only || m_only->contains(id))) {
            TemplateItem item;
            item.key = keyFrom(id.isEmpty() ? propValue(c, "label") : id, &m_itemKeys);
            const QString label = propValue(c, "label");
            const QString title = c.value(QLatin1String("title")).toString().trimmed();
            QString statement = namedParts(c, QStringLiteral("statement"));
            if (statement.isEmpty())
                statement = namedParts(c, QStringLiteral("overview"));
            item.text = bounded((label.isEmpty() ? title : label + QLatin1Char(' ') + title)
                + (statement.isEmpty() ? QString() : QLatin1Char('\n') + statement));
            item.guidance = bounded(namedParts(c, QStringLiteral("guidance")));
            if (!item.text.trimmed().isEmpty())
                domain->items.append(item);
        }
        // Enhancements follow their control.
        for (const QJsonValue& e : c.value(QLatin1String("controls")).toArray())
            control(e.toObject(), domain, depth + 1);
    }

    bool group(const QJsonObject& g, const QString& parentTitle, Template* t, int depth)
    {
        if (deep(depth))
            return false;
        TemplateDomain d;
        const QString label = propValue(g, "label");
        const QString title = g.value(QLatin1String("title")).toString().trimmed();
        d.title
            = bounded(label.isEmpty() || title.startsWith(label) ? title : label + QLatin1Char(' ') + title);
        if (d.title.isEmpty())
            d.title = g.value(QLatin1String("id")).toString();
        if (!parentTitle.isEmpty())
            d.description = Tr::tr("Part of %1.").arg(parentTitle);
        const QString overview = namedParts(g, QStringLiteral("overview"));
        if (!overview.isEmpty())
            d.description = d.description.isEmpty() ? overview : d.description + QLatin1Char(' ') + overview;
        d.description = bounded(d.description);
        for (const QJsonValue& c : g.value(QLatin1String("controls")).toArray())
            control(c.toObject(), &d, depth + 1);
        if (!d.items.isEmpty()) {
            d.key = keyFrom(g.value(QLatin1String("id")).toString().isEmpty()
                    ? d.title
                    : g.value(QLatin1String("id")).toString(),
                &m_domainKeys);
            t->domains.append(d);
        }
        for (const QJsonValue& sub : g.value(QLatin1String("groups")).toArray()) {
            if (!group(sub.toObject(), d.title, t, depth + 1))
                return false;
        }
        return true;
    }

    const QSet<QString>* m_only;
    QString* m_error;
    QHash<QString, QJsonObject> m_params;
    QSet<QString> m_domainKeys;
    QSet<QString> m_itemKeys;
};

Template fromMetadata(const QJsonObject& metadata, const QString& fallbackTitle)
{
    Template t;
    t.title = bounded(metadata.value(QLatin1String("title")).toString().trimmed());
    if (t.title.isEmpty())
        t.title = fallbackTitle;
    t.version = metadata.value(QLatin1String("version")).toString().left(64);
    t.id = keyFrom(QStringLiteral("oscal-") + t.title.toLower().left(48), nullptr);
    t.description = bounded(plainText(metadata.value(QLatin1String("remarks")).toString()));
    return t;
}

std::optional<Template> readCatalog(
    const QJsonObject& catalog, const QSet<QString>* only, Template t, const QString& source, QString* error)
{
    QString problem;
    CatalogReader reader(only, &problem);
    if (!reader.read(catalog, &t)) {
        *error = Tr::tr("The catalog %1 cannot be used: %2").arg(source, problem);
        return std::nullopt;
    }
    return checked(t, source, error);
}

} // namespace

std::optional<Template> oscalCatalog(const QJsonObject& root, const QString& source, QString* error)
{
    const QJsonObject catalog = root.value(QLatin1String("catalog")).toObject();
    return readCatalog(catalog, nullptr,
        fromMetadata(catalog.value(QLatin1String("metadata")).toObject(), source), source, error);
}

std::optional<Template> oscalProfile(const QJsonObject& root, const QString& path, QString* error)
{
    const QJsonObject profile = root.value(QLatin1String("profile")).toObject();
    const QString source = QFileInfo(path).fileName();
    const QJsonArray imports = profile.value(QLatin1String("imports")).toArray();
    if (imports.size() != 1) {
        *error = Tr::tr(
            "The profile %1 imports %2 catalogs; this version resolves a profile that imports exactly one.")
                     .arg(source)
                     .arg(imports.size());
        return std::nullopt;
    }
    const QJsonObject import = imports.first().toObject();
    // The catalog: a file name, or "#uuid" of a back-matter resource whose link names the file.
    QString href = import.value(QLatin1String("href")).toString();
    if (href.startsWith(QLatin1Char('#'))) {
        const QString uuid = href.mid(1);
        for (const QJsonValue& r : profile.value(QLatin1String("back-matter"))
                                       .toObject()
                                       .value(QLatin1String("resources"))
                                       .toArray()) {
            const QJsonObject resource = r.toObject();
            if (resource.value(QLatin1String("uuid")).toString() != uuid)
                continue;
            for (const QJsonValue& l : resource.value(QLatin1String("rlinks")).toArray()) {
                const QString link = l.toObject().value(QLatin1String("href")).toString();
                if (link.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                    || href.startsWith(QLatin1Char('#')))
                    href = link;
            }
        }
    }
    const QString fileName
        = QUrl(href).fileName().isEmpty() ? QFileInfo(href).fileName() : QUrl(href).fileName();
    const QString catalogPath = QFileInfo(path).dir().filePath(fileName);
    QFile file(catalogPath);
    if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr(
            "The profile %1 selects controls from the catalog %2, which must be in the same folder (%3).")
                     .arg(source, fileName.isEmpty() ? href : fileName,
                         QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject catalog = doc.object().value(QLatin1String("catalog")).toObject();
    if (parseError.error != QJsonParseError::NoError || catalog.isEmpty()) {
        *error = Tr::tr("%1, the catalog the profile %2 selects from, is not an OSCAL catalog.")
                     .arg(fileName, source);
        return std::nullopt;
    }
    QSet<QString> only;
    bool all = false;
    for (const QJsonValue& inc : import.value(QLatin1String("include-controls")).toArray()) {
        for (const QJsonValue& id : inc.toObject().value(QLatin1String("with-ids")).toArray())
            only.insert(id.toString());
    }
    if (import.contains(QLatin1String("include-all")))
        all = true;
    for (const QJsonValue& exc : import.value(QLatin1String("exclude-controls")).toArray()) {
        for (const QJsonValue& id : exc.toObject().value(QLatin1String("with-ids")).toArray())
            only.remove(id.toString());
    }
    Template t = fromMetadata(profile.value(QLatin1String("metadata")).toObject(), source);
    return readCatalog(catalog, all ? nullptr : &only, t, source, error);
}

} // namespace rw::Import
