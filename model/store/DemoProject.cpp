#include "DemoProject.h"

#include "Project.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw::DemoProject {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

std::optional<double> optionalNumber(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

std::unique_ptr<Project> create(const QString& path, ProjectError* error)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProjectError::make(ProjectError::Kind::Io,
            QCoreApplication::translate("DemoProject", "The demo data is missing from this build."));
        return nullptr;
    }
    const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
    QString templateError;
    const std::optional<Template> tmpl
        = Template::load(demo.value(QStringLiteral("template")).toString(), &templateError);
    if (!tmpl) {
        *error = ProjectError::make(ProjectError::Kind::Invalid, templateError);
        return nullptr;
    }
    const QString facilitator = QStringLiteral("Priya Raman");
    std::unique_ptr<Project> project
        = Project::create(path, *tmpl, demo.value(QStringLiteral("title")).toString(), facilitator, error);
    if (!project)
        return nullptr;

    const auto check = [&](const ProjectError& e) {
        if (e)
            *error = e;
        return !e;
    };

    const QJsonObject i = demo.value(QStringLiteral("info")).toObject();
    AssessmentInfo info = project->assessment().info;
    info.system = i.value(QStringLiteral("system")).toString();
    info.date = QDate::fromString(i.value(QStringLiteral("date")).toString(), Qt::ISODate);
    info.team = i.value(QStringLiteral("team")).toString();
    info.scope = i.value(QStringLiteral("scope")).toString();
    info.nextReview = QDate::fromString(i.value(QStringLiteral("nextReview")).toString(), Qt::ISODate);
    if (!check(project->setInfo(info)))
        return nullptr;

    // The kick-off workshop's answers, kept as a milestone, then the answers of the final review.
    const QJsonObject milestone = demo.value(QStringLiteral("milestone")).toObject();
    const QJsonObject baseline = milestone.value(QStringLiteral("statuses")).toObject();
    for (auto it = baseline.begin(); it != baseline.end(); ++it) {
        if (!check(project->setItemStatus(
                it.key(), fromKey<ItemStatus>(it.value().toString()).value_or(ItemStatus::Open))))
            return nullptr;
    }
    if (!check(project->takeSnapshot(milestone.value(QStringLiteral("name")).toString(),
            QDateTime(info.date.addDays(-14), QTime(10, 0), Qt::UTC))))
        return nullptr;

    const QJsonObject answers = demo.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Item* current = project->item(it.key());
        if (!current)
            continue;
        const QJsonObject a = it.value().toObject();
        Item updated = *current;
        updated.status
            = fromKey<ItemStatus>(a.value(QStringLiteral("status")).toString()).value_or(ItemStatus::Open);
        updated.partialPoints = optionalNumber(a.value(QStringLiteral("partialPoints")));
        updated.owner = a.value(QStringLiteral("owner")).toString();
        updated.note = a.value(QStringLiteral("note")).toString();
        updated.effortHours = optionalNumber(a.value(QStringLiteral("effort")));
        if (!check(project->updateItem(it.key(), updated)))
            return nullptr;
    }

    for (const QJsonValue& v : demo.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!check(project->attachFile(strings(e.value(QStringLiteral("items"))),
                QStringLiteral(":/demo/") + e.value(QStringLiteral("file")).toString(),
                e.value(QStringLiteral("caption")).toString())))
            return nullptr;
    }

    for (const QJsonValue& v : demo.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.title = o.value(QStringLiteral("title")).toString();
        f.description = o.value(QStringLiteral("description")).toString();
        f.priority
            = fromKey<Priority>(o.value(QStringLiteral("priority")).toString()).value_or(Priority::Medium);
        f.effortHours = optionalNumber(o.value(QStringLiteral("effort")));
        f.owner = o.value(QStringLiteral("owner")).toString();
        f.dueDate = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
        f.itemKeys = strings(o.value(QStringLiteral("items")));
        if (!check(project->addFinding(f)))
            return nullptr;
    }
    for (const QJsonValue& v : demo.value(QStringLiteral("risks")).toArray()) {
        const QJsonObject o = v.toObject();
        Risk r;
        r.title = o.value(QStringLiteral("title")).toString();
        r.category = fromKey<RiskCategory>(o.value(QStringLiteral("category")).toString())
                         .value_or(RiskCategory::Technical);
        r.probability = o.value(QStringLiteral("probability")).toInt();
        r.impact = o.value(QStringLiteral("impact")).toInt();
        r.mitigation = o.value(QStringLiteral("mitigation")).toString();
        r.owner = o.value(QStringLiteral("owner")).toString();
        r.state = fromKey<RiskState>(o.value(QStringLiteral("state")).toString()).value_or(RiskState::Open);
        if (!check(project->addRisk(r)))
            return nullptr;
    }
    for (const QJsonValue& v : demo.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject o = v.toObject();
        Kpi k;
        k.name = o.value(QStringLiteral("name")).toString();
        k.unit = o.value(QStringLiteral("unit")).toString();
        k.target = o.value(QStringLiteral("target")).toDouble();
        k.comparator = fromKey<Comparator>(o.value(QStringLiteral("comparator")).toString())
                           .value_or(Comparator::AtLeast);
        k.actual = optionalNumber(o.value(QStringLiteral("actual")));
        if (!check(project->addKpi(k)))
            return nullptr;
    }
    for (const QJsonValue& v : demo.value(QStringLiteral("adjustments")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!check(project->setAdjustment(o.value(QStringLiteral("domain")).toString(),
                o.value(QStringLiteral("score")).toDouble(), o.value(QStringLiteral("reason")).toString())))
            return nullptr;
    }
    // The decision first: the approvers sign what it says.
    info = project->assessment().info;
    info.decision
        = fromKey<Decision>(i.value(QStringLiteral("decision")).toString()).value_or(Decision::None);
    info.conditions = i.value(QStringLiteral("conditions")).toString();
    if (!check(project->setInfo(info)))
        return nullptr;
    for (const QJsonValue& v : demo.value(QStringLiteral("signoffs")).toArray()) {
        const QJsonObject o = v.toObject();
        SignOff s;
        s.name = o.value(QStringLiteral("name")).toString();
        s.role = o.value(QStringLiteral("role")).toString();
        s.decision
            = fromKey<Decision>(o.value(QStringLiteral("decision")).toString()).value_or(Decision::None);
        s.conditions = o.value(QStringLiteral("conditions")).toString();
        if (!check(project->addSignOff(s)))
            return nullptr;
    }
    return project;
}

} // namespace rw::DemoProject
