#include "Mapping.h"
#include "scoring/Answers.h"

#include "YamlText.h"
#include "domain/Enums.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>
#include <QHash>
#include <yaml-cpp/yaml.h>

namespace rw::Mapping {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mapping)
};

QString text(const YAML::Node& node, const char* key)
{
    return Import::yamlText(node, key).trimmed();
}

Relation relationOf(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("equal"))
        return Relation::Equal;
    if (n == QLatin1String("superset"))
        return Relation::Superset;
    if (n == QLatin1String("subset"))
        return Relation::Subset;
    if (n == QLatin1String("intersect"))
        return Relation::Intersect;
    return Relation::NotRelated;
}

QString relationName(Relation r)
{
    switch (r) {
    case Relation::Equal:
        return Tr::tr("equal");
    case Relation::Superset:
        return Tr::tr("covers it");
    case Relation::Subset:
        return Tr::tr("part of it");
    case Relation::Intersect:
        return Tr::tr("overlaps");
    case Relation::NotRelated:
        break;
    }
    return Tr::tr("not related");
}

Set readSet(const YAML::Node& node)
{
    Set set;
    set.sourceFramework = text(node, "source_framework_urn");
    set.targetFramework = text(node, "target_framework_urn");
    const YAML::Node links = node["requirement_mappings"];
    if (links && links.IsSequence()) {
        for (const YAML::Node& l : links) {
            if (!l.IsMap())
                continue;
            Link link { text(l, "source_requirement_urn"), text(l, "target_requirement_urn"),
                relationOf(text(l, "relationship")) };
            if (!link.source.isEmpty() && !link.target.isEmpty())
                set.links.append(link);
        }
    }
    return set;
}

// How strong an answer is, for taking the weakest of several equal requirements.
int strength(ItemStatus s)
{
    switch (s) {
    case ItemStatus::Met:
        return 3;
    case ItemStatus::NotApplicable:
        return 4; // only when every source is not applicable
    case ItemStatus::Partial:
        return 2;
    case ItemStatus::Unmet:
        return 1;
    case ItemStatus::Open:
        break;
    }
    return 0;
}

} // namespace

std::optional<QVector<Set>> read(const QByteArray& content, const QString& source, QString* error)
{
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        const YAML::Node objects = root["objects"];
        QVector<Set> sets;
        if (objects && objects.IsMap()) {
            const YAML::Node one = objects["requirement_mapping_set"];
            if (one && one.IsMap())
                sets.append(readSet(one));
            const YAML::Node many = objects["requirement_mapping_sets"];
            if (many && many.IsSequence()) {
                for (const YAML::Node& s : many) {
                    if (s.IsMap())
                        sets.append(readSet(s));
                }
            }
        }
        if (sets.isEmpty()) {
            *error = Tr::tr("%1 is not a mapping library: it has no objects.requirement_mapping_set.")
                         .arg(source);
            return std::nullopt;
        }
        return sets;
    } catch (const std::exception& e) {
        *error = Tr::tr("%1 cannot be read as a mapping library: %2")
                     .arg(source, QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

std::optional<Projection> project(const Assessment& assessment, const Template& sourceLibrary,
    const Template& targetLibrary, const QVector<Set>& sets, QString* error)
{
    QHash<QString, QString> sourceKeyOf; // urn -> key
    for (const TemplateDomain& d : sourceLibrary.domains) {
        for (const TemplateItem& i : d.items)
            sourceKeyOf.insert(i.sourceId, i.key);
    }
    QHash<QString, QString> targetKeyOf;
    for (const TemplateDomain& d : targetLibrary.domains) {
        for (const TemplateItem& i : d.items)
            targetKeyOf.insert(i.sourceId, i.key);
    }
    QHash<QString, const Item*> answers;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items)
            answers.insert(i.key, &i);
    }

    // The links that join the two libraries, turned to run from source to target.
    QVector<Link> links;
    for (const Set& set : sets) {
        for (const Link& l : set.links) {
            if (sourceKeyOf.contains(l.source) && targetKeyOf.contains(l.target)) {
                links.append(l);
            } else if (sourceKeyOf.contains(l.target) && targetKeyOf.contains(l.source)) {
                Link turned { l.target, l.source, l.relation };
                if (l.relation == Relation::Superset)
                    turned.relation = Relation::Subset;
                else if (l.relation == Relation::Subset)
                    turned.relation = Relation::Superset;
                links.append(turned);
            }
        }
    }
    if (links.isEmpty()) {
        *error
            = Tr::tr("The mapping relates none of the requirements of %1 to those of %2; is it the mapping "
                     "between these two frameworks?")
                  .arg(sourceLibrary.title, targetLibrary.title);
        return std::nullopt;
    }

    Projection p;
    p.linksUsed = int(links.size());
    QHash<QString, QVector<const Link*>> into; // target urn -> carrying links
    for (const Link& l : links) {
        if (l.relation == Relation::Equal || l.relation == Relation::Superset)
            into[l.target].append(&l);
    }
    for (const TemplateDomain& d : targetLibrary.domains) {
        for (const TemplateItem& target : d.items) {
            ++p.targetItems;
            const QVector<const Link*> carrying = into.value(target.sourceId);
            if (carrying.isEmpty())
                continue;
            ++p.mapped;
            // A met requirement that is equal to this one or covers it meets it. Otherwise only an equal
            // one says how far it is met (the weakest of them); one that covers it but is not met says
            // nothing about this part of it.
            bool met = false;
            std::optional<ItemStatus> equal;
            QStringList from;
            for (const Link* l : carrying) {
                const QString key = sourceKeyOf.value(l->source);
                const Item* answer = answers.value(key);
                if (!answer || answer->status == ItemStatus::Open)
                    continue;
                from << Tr::tr("%1 (%2): %3").arg(key, relationName(l->relation), toLabel(answer->status));
                met = met || answer->status == ItemStatus::Met;
                if (l->relation == Relation::Equal && (!equal || strength(answer->status) < strength(*equal)))
                    equal = answer->status;
            }
            const std::optional<ItemStatus> status = met ? std::optional<ItemStatus>(ItemStatus::Met) : equal;
            if (!status)
                continue;
            p.carried.append({ target.key, *status,
                Tr::tr("Carried over from %1: %2. Review before relying on it.")
                    .arg(sourceLibrary.title, from.join(QStringLiteral("; "))) });
        }
    }
    return p;
}

std::optional<Draft> createDraft(const Project& source, const QString& mappingPath, const QString& fromPath,
    const QString& toPath, const QString& outPath, const QString& by, QString* error)
{
    const std::optional<Template> from = Template::load(fromPath, error);
    if (!from)
        return std::nullopt;
    const std::optional<Template> to = Template::load(toPath, error);
    if (!to)
        return std::nullopt;
    QFile mappingFile(mappingPath);
    if (!mappingFile.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(mappingPath), mappingFile.errorString());
        return std::nullopt;
    }
    const std::optional<QVector<Set>> sets = read(mappingFile.read(64 * 1024 * 1024), mappingPath, error);
    if (!sets)
        return std::nullopt;
    int known = 0;
    for (const TemplateDomain& d : from->domains) {
        for (const TemplateItem& i : d.items)
            known += source.item(i.key) != nullptr;
    }
    if (known * 2 < from->itemCount()) {
        *error
            = Tr::tr("%1 was not made from %2: only %3 of its %4 requirements are items of the assessment.")
                  .arg(QDir::toNativeSeparators(source.path()), from->title)
                  .arg(known)
                  .arg(from->itemCount());
        return std::nullopt;
    }
    const std::optional<Projection> projection = project(source.assessment(), *from, *to, *sets, error);
    if (!projection)
        return std::nullopt;

    ProjectError e;
    const QString title = Tr::tr("%1 (projected from %2)").arg(to->title, source.assessment().info.title);
    std::unique_ptr<Project> draft = Project::create(outPath, *to, title, by, &e);
    if (!draft) {
        *error = e.message;
        return std::nullopt;
    }
    draft->setUser(by);
    for (const Carried& c : projection->carried) {
        const Item* item = draft->item(c.targetKey);
        if (!item)
            continue;
        Item updated = *item;
        updated.note = c.note;
        if (item->question.type == QuestionType::Status || c.status == ItemStatus::NotApplicable) {
            updated.status = c.status;
        } else if (const std::optional<QJsonValue> answer
            = Answers::answerForStatus(item->question, c.status)) {
            // An item asked other than with a status takes the answer that gives the status carried over.
            updated.answer = *answer;
        }
        if (const ProjectError refused = draft->updateItem(c.targetKey, updated)) {
            *error = refused.message;
            const QString made = draft->path();
            draft.reset();
            QFile::remove(made);
            return std::nullopt;
        }
    }
    Draft result;
    result.path = draft->path();
    result.projection = *projection;
    result.summary
        = Tr::tr("Created %1: %2 of %3 requirements of %4 reached by the mapping, %5 answers carried over "
                 "for review (%6 links between the two frameworks used).")
              .arg(QDir::toNativeSeparators(result.path))
              .arg(projection->mapped)
              .arg(projection->targetItems)
              .arg(to->title)
              .arg(projection->carried.size())
              .arg(projection->linksUsed);
    return result;
}

} // namespace rw::Mapping
