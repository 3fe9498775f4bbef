#include "RecordCommands.h"

#include "report/JsonWriter.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

const QString Add = QStringLiteral("add");
const QString Update = QStringLiteral("update");
const QString List = QStringLiteral("list");
const QString Remove = QStringLiteral("remove");

} // namespace

RecordCommand::RecordCommand(const QString& name, const QString& description)
    : Command(name, description)
{
}

void RecordCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("add FILE, update FILE ID, list FILE or remove FILE ID."),
        QStringLiteral("add|update|list|remove"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
        tr("For update and remove: the id list shows, or the UUID."), QStringLiteral("[ID]"));
    for (const Field& f : fields())
        parser.addOption({ f.name, f.description, f.valueName });
    parser.addOption({ QStringLiteral("json"), tr("For list: print JSON instead of a table.") });
    parser.addOption(byOption());
}

int RecordCommand::requiredPositionals() const
{
    return 2;
}

QStringList RecordCommand::givenFields(const QCommandLineParser& parser) const
{
    QStringList given;
    for (const Field& f : fields()) {
        if (parser.isSet(f.name))
            given << f.name;
    }
    return given;
}

int RecordCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    if (action != Add && action != Update && action != List && action != Remove)
        return fail(tr("Unknown action \"%1\"; use add, update, list or remove.").arg(action));
    const bool needsId = action == Update || action == Remove;
    if (needsId && args.size() < 3)
        return fail(tr("%1 %2 needs the id of the record (see %1 list).").arg(name(), action));
    if (!needsId && args.size() > 2)
        return fail(tr("%1 %2 takes no id.").arg(name(), action));
    const QStringList given = givenFields(parser);
    if ((action == List || action == Remove) && !given.isEmpty())
        return fail(tr("%1 %2 takes no --%3.").arg(name(), action, given.first()));
    if (action == Update && given.isEmpty())
        return fail(tr("Nothing to update: give at least one of %1.").arg(optionList()));
    if (action == Add) {
        for (const Field& f : fields()) {
            if (f.required && !parser.isSet(f.name))
                return fail(tr("--%1 is required to add a record.").arg(f.name));
        }
    }

    const auto project = openProject(args.at(1), action != List);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));

    if (action == List) {
        const QVector<Row> all = rows(*project);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Row& r : all) {
                QJsonObject o = r.json;
                o.insert(QStringLiteral("id"), r.reference);
                o.insert(QStringLiteral("uuid"), r.uuid);
                array.append(o);
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (all.isEmpty()) {
            out() << emptyText() << '\n';
            return Ok;
        }
        QVector<QStringList> table { header() };
        for (const Row& r : all)
            table.append(r.cells);
        printTable(table, alignment());
        return Ok;
    }

    qint64 id = 0;
    if (needsId) {
        const QString ref = args.at(2).trimmed();
        for (const Row& r : rows(*project)) {
            if (QString::compare(r.reference, ref, Qt::CaseInsensitive) == 0 || QString::number(r.id) == ref
                || (!r.uuid.isEmpty() && QUuid::fromString(r.uuid) == QUuid::fromString(ref)))
                id = r.id;
        }
        if (!id)
            return fail(
                tr("There is no record with the id \"%1\" in this project (see %2 list).").arg(ref, name()));
    }
    if (action == Remove) {
        if (const rw::ProjectError e = remove(*project, id))
            return fail(e.message);
        out() << tr("Removed %1 %2.").arg(name(), args.at(2)) << '\n';
        return Ok;
    }
    QString problem;
    const std::optional<qint64> saved = save(*project, parser, id, &problem);
    if (!saved)
        return fail(problem);
    for (const Row& r : rows(*project)) {
        if (r.id == *saved) {
            out() << (action == Add ? tr("Added %1 %2: %3.") : tr("Updated %1 %2: %3."))
                         .arg(name(), r.reference, r.title)
                  << '\n';
        }
    }
    return Ok;
}

QString RecordCommand::optionList() const
{
    QStringList names;
    for (const Field& f : fields())
        names << QStringLiteral("--") + f.name;
    return names.join(QStringLiteral(", "));
}

std::optional<double> RecordCommand::number(
    const QCommandLineParser& parser, const QString& option, bool allowEmpty, QString* problem)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty() && allowEmpty)
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *problem = allowEmpty ? tr("--%1 needs a number (or \"\" to clear it), not \"%2\".").arg(option, text)
                              : tr("--%1 needs a number, not \"%2\".").arg(option, text);
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> RecordCommand::date(
    const QCommandLineParser& parser, const QString& option, QString* problem)
{
    const QString text = parser.value(option).trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        *problem = tr("--%1 needs a date as YYYY-MM-DD (or \"\" to clear it), not \"%2\".").arg(option, text);
        return std::nullopt;
    }
    return d;
}

QString RecordCommand::unknownKey(const QString& option, const QString& value, const QStringList& keys)
{
    return tr("Unknown value \"%1\" for --%2; use one of: %3.")
        .arg(value, option, keys.join(QStringLiteral(", ")));
}

// --- finding ---------------------------------------------------------------------------------------

FindingCommand::FindingCommand()
    : RecordCommand(QStringLiteral("finding"),
        tr("Add, change, list or remove findings (recommendations), as a pipeline records what a scanner "
           "found."))
{
}

QVector<RecordCommand::Field> FindingCommand::fields() const
{
    return { { QStringLiteral("title"), tr("What is to be done (required to add)."), tr("text"), true },
        { QStringLiteral("description"), tr("Why, and how."), tr("text"), false },
        { QStringLiteral("priority"),
            tr("One of: %1 (default medium).").arg(rw::allKeys<rw::Priority>().join(QStringLiteral(", "))),
            tr("priority"), false },
        { QStringLiteral("effort"), tr("Estimated effort in hours (\"\" clears it)."), tr("hours"), false },
        { QStringLiteral("owner"), tr("Who does it."), tr("name"), false },
        { QStringLiteral("due"), tr("Due date, YYYY-MM-DD (\"\" clears it)."), tr("date"), false },
        { QStringLiteral("state"),
            tr("One of: %1 (default open).").arg(rw::allKeys<rw::FindingState>().join(QStringLiteral(", "))),
            tr("state"), false },
        { QStringLiteral("items"), tr("The items it addresses, comma-separated keys (replaces the list)."),
            tr("keys"), false },
        { QStringLiteral("criteria"), tr("The requirement it is measured against."), tr("text"), false },
        { QStringLiteral("cause"), tr("Why it happened."), tr("text"), false },
        { QStringLiteral("effect"), tr("What it leads to."), tr("text"), false },
        { QStringLiteral("recommendation"), tr("What to do about it."), tr("text"), false },
        { QStringLiteral("response"), tr("Management's response."), tr("text"), false },
        { QStringLiteral("response-owner"), tr("Who answers for the response."), tr("name"), false },
        { QStringLiteral("response-date"),
            tr("When the response is due or was given, YYYY-MM-DD (\"\" clears it)."), tr("date"), false },
        { QStringLiteral("grade"),
            tr("The grade: major, minor, observation, ofi, good-practice or the checklist's own (\"\" clears "
               "it)."),
            tr("grade"), false } };
}

QStringList FindingCommand::header() const
{
    return { tr("Id"), tr("Priority"), tr("State"), tr("Effort"), tr("Due"), tr("Items"), tr("Title") };
}

QVector<RecordCommand::Row> FindingCommand::rows(const rw::Project& project) const
{
    QVector<Row> rows;
    for (const rw::Finding& f : project.assessment().findings) {
        rows.append({ f.id, f.reference(), f.uuid, f.title,
            { f.reference(), rw::toLabel(f.priority), rw::toLabel(f.state),
                f.effortHours ? tr("%1 h").arg(*f.effortHours) : QString(), f.dueDate.toString(Qt::ISODate),
                f.itemKeys.join(QStringLiteral(", ")), f.title },
            rw::JsonWriter::finding(f) });
    }
    return rows;
}

std::optional<qint64> FindingCommand::save(
    rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem)
{
    rw::Finding f = id ? *project.finding(id) : rw::Finding();
    if (parser.isSet(QStringLiteral("title")))
        f.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("description")))
        f.description = parser.value(QStringLiteral("description"));
    if (!enumOption(parser, QStringLiteral("priority"), &f.priority, problem))
        return std::nullopt;
    if (!enumOption(parser, QStringLiteral("state"), &f.state, problem))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("effort"))) {
        const auto e = number(parser, QStringLiteral("effort"), true, problem);
        if (!e)
            return std::nullopt;
        f.effortHours = std::isnan(*e) ? std::nullopt : std::optional<double>(*e);
    }
    if (parser.isSet(QStringLiteral("owner")))
        f.owner = parser.value(QStringLiteral("owner")).trimmed();
    if (parser.isSet(QStringLiteral("due"))) {
        const auto d = date(parser, QStringLiteral("due"), problem);
        if (!d)
            return std::nullopt;
        f.dueDate = *d;
    }
    for (const auto& [option, field] : { std::pair(QStringLiteral("criteria"), &f.criteria),
             std::pair(QStringLiteral("cause"), &f.cause), std::pair(QStringLiteral("effect"), &f.effect),
             std::pair(QStringLiteral("recommendation"), &f.recommendation),
             std::pair(QStringLiteral("response"), &f.response),
             std::pair(QStringLiteral("response-owner"), &f.responseOwner),
             std::pair(QStringLiteral("grade"), &f.grade) }) {
        if (parser.isSet(option))
            *field = parser.value(option).trimmed();
    }
    if (parser.isSet(QStringLiteral("response-date"))) {
        const auto d = date(parser, QStringLiteral("response-date"), problem);
        if (!d)
            return std::nullopt;
        f.responseDate = *d;
    }
    if (parser.isSet(QStringLiteral("items"))) {
        f.itemKeys.clear();
        for (const QString& key :
            parser.value(QStringLiteral("items")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            f.itemKeys << key.trimmed();
    }
    qint64 saved = id;
    if (const rw::ProjectError e = id ? project.saveFinding(f) : project.addFinding(f, &saved)) {
        *problem = e.message;
        return std::nullopt;
    }
    return saved;
}

rw::ProjectError FindingCommand::remove(rw::Project& project, qint64 id)
{
    return project.removeFinding(id);
}

QString FindingCommand::emptyText() const
{
    return tr("No findings recorded.");
}

// --- risk ------------------------------------------------------------------------------------------

RiskCommand::RiskCommand()
    : RecordCommand(QStringLiteral("risk"), tr("Add, change, list or remove risks in the register."))
{
}

QVector<RecordCommand::Field> RiskCommand::fields() const
{
    return { { QStringLiteral("title"), tr("The risk (required to add)."), tr("text"), true },
        { QStringLiteral("category"),
            tr("One of: %1 (default technical).")
                .arg(rw::allKeys<rw::RiskCategory>().join(QStringLiteral(", "))),
            tr("category"), false },
        { QStringLiteral("probability"), tr("1 (rare) to 5 (almost certain); default 3."), tr("n"), false },
        { QStringLiteral("impact"), tr("1 (negligible) to 5 (severe); default 3."), tr("n"), false },
        { QStringLiteral("mitigation"), tr("What reduces it."), tr("text"), false },
        { QStringLiteral("owner"), tr("Who owns it."), tr("name"), false },
        { QStringLiteral("state"),
            tr("One of: %1 (default open).").arg(rw::allKeys<rw::RiskState>().join(QStringLiteral(", "))),
            tr("state"), false } };
}

QStringList RiskCommand::header() const
{
    return { tr("Id"), tr("Category"), tr("Severity"), tr("State"), tr("Owner"), tr("Title") };
}

QVector<RecordCommand::Row> RiskCommand::rows(const rw::Project& project) const
{
    QVector<Row> rows;
    for (const rw::Risk& r : project.assessment().risks) {
        const QString ref = QString::number(r.id);
        rows.append({ r.id, ref, r.uuid, r.title,
            { ref, rw::toLabel(r.category),
                tr("%1 (%2×%3)").arg(r.severity()).arg(r.probability).arg(r.impact), rw::toLabel(r.state),
                r.owner, r.title },
            rw::JsonWriter::risk(r) });
    }
    return rows;
}

std::optional<qint64> RiskCommand::save(
    rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem)
{
    rw::Risk r = id ? *project.risk(id) : rw::Risk();
    if (parser.isSet(QStringLiteral("title")))
        r.title = parser.value(QStringLiteral("title"));
    if (!enumOption(parser, QStringLiteral("category"), &r.category, problem))
        return std::nullopt;
    for (const auto& [option, target] : { std::pair { QStringLiteral("probability"), &r.probability },
             std::pair { QStringLiteral("impact"), &r.impact } }) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int v = parser.value(option).trimmed().toInt(&ok);
        if (!ok) {
            *problem
                = tr("--%1 needs a whole number from 1 to 5, not \"%2\".").arg(option, parser.value(option));
            return std::nullopt;
        }
        *target = v;
    }
    if (parser.isSet(QStringLiteral("mitigation")))
        r.mitigation = parser.value(QStringLiteral("mitigation"));
    if (parser.isSet(QStringLiteral("owner")))
        r.owner = parser.value(QStringLiteral("owner")).trimmed();
    if (!enumOption(parser, QStringLiteral("state"), &r.state, problem))
        return std::nullopt;
    qint64 saved = id;
    if (const rw::ProjectError e = id ? project.saveRisk(r) : project.addRisk(r, &saved)) {
        *problem = e.message;
        return std::nullopt;
    }
    return saved;
}

rw::ProjectError RiskCommand::remove(rw::Project& project, qint64 id)
{
    return project.removeRisk(id);
}

QString RiskCommand::emptyText() const
{
    return tr("No risks recorded.");
}

// --- kpi -------------------------------------------------------------------------------------------

KpiCommand::KpiCommand()
    : RecordCommand(QStringLiteral("kpi"), tr("Add, change, list or remove key performance indicators."))
{
}

QVector<RecordCommand::Field> KpiCommand::fields() const
{
    return { { QStringLiteral("name"), tr("What is measured (required to add)."), tr("text"), true },
        { QStringLiteral("unit"), tr("The unit, for example ms or %."), tr("unit"), false },
        { QStringLiteral("comparator"),
            tr("One of: %1 (default >=).").arg(rw::allKeys<rw::Comparator>().join(QStringLiteral(", "))),
            tr("comparator"), false },
        { QStringLiteral("target"), tr("The target value (default 0)."), tr("n"), false },
        { QStringLiteral("actual"), tr("The value measured (\"\" clears it)."), tr("n"), false } };
}

QStringList KpiCommand::header() const
{
    return { tr("Id"), tr("Target"), tr("Actual"), tr("Result"), tr("Name") };
}

QVector<RecordCommand::Row> KpiCommand::rows(const rw::Project& project) const
{
    QVector<Row> rows;
    for (const rw::Kpi& k : project.assessment().kpis) {
        const QString ref = QString::number(k.id);
        const std::optional<bool> passes = k.passes();
        rows.append({ k.id, ref, k.uuid, k.name,
            { ref,
                QStringLiteral("%1 %2 %3")
                    .arg(rw::ReportText::comparator(k.comparator))
                    .arg(k.target)
                    .arg(k.unit)
                    .trimmed(),
                k.actual ? QStringLiteral("%1 %2").arg(*k.actual).arg(k.unit).trimmed() : QString(),
                passes ? (*passes ? tr("met") : tr("missed")) : tr("not measured"), k.name },
            rw::JsonWriter::kpi(k) });
    }
    return rows;
}

std::optional<qint64> KpiCommand::save(
    rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem)
{
    rw::Kpi k = id ? *project.kpi(id) : rw::Kpi();
    if (parser.isSet(QStringLiteral("name")))
        k.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("unit")))
        k.unit = parser.value(QStringLiteral("unit")).trimmed();
    if (!enumOption(parser, QStringLiteral("comparator"), &k.comparator, problem))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("target"))) {
        const auto t = number(parser, QStringLiteral("target"), false, problem);
        if (!t)
            return std::nullopt;
        k.target = *t;
    }
    if (parser.isSet(QStringLiteral("actual"))) {
        const auto a = number(parser, QStringLiteral("actual"), true, problem);
        if (!a)
            return std::nullopt;
        k.actual = std::isnan(*a) ? std::nullopt : std::optional<double>(*a);
    }
    qint64 saved = id;
    if (const rw::ProjectError e = id ? project.saveKpi(k) : project.addKpi(k, &saved)) {
        *problem = e.message;
        return std::nullopt;
    }
    return saved;
}

rw::ProjectError KpiCommand::remove(rw::Project& project, qint64 id)
{
    return project.removeKpi(id);
}

QString KpiCommand::emptyText() const
{
    return tr("No KPIs recorded.");
}

// --- signoff ---------------------------------------------------------------------------------------

SignOffCommand::SignOffCommand()
    : RecordCommand(QStringLiteral("signoff"),
        tr("Add, change, list or remove approvers' sign-offs; a decision is bound to the project as its log "
           "stands."))
{
}

QVector<RecordCommand::Field> SignOffCommand::fields() const
{
    return { { QStringLiteral("name"), tr("The approver (required to add)."), tr("name"), true },
        { QStringLiteral("role"), tr("The approver's role."), tr("role"), false },
        { QStringLiteral("decision"),
            tr("One of: %1 (default none).").arg(rw::allKeys<rw::Decision>().join(QStringLiteral(", "))),
            tr("decision"), false },
        { QStringLiteral("conditions"), tr("The conditions of an approval with conditions."), tr("text"),
            false } };
}

QStringList SignOffCommand::header() const
{
    return { tr("Id"), tr("Decision"), tr("Signed"), tr("Role"), tr("Name") };
}

QVector<RecordCommand::Row> SignOffCommand::rows(const rw::Project& project) const
{
    QVector<Row> rows;
    for (const rw::SignOff& s : project.assessment().signOffs) {
        const QString ref = QString::number(s.id);
        rows.append({ s.id, ref, s.uuid, s.name,
            { ref, rw::toLabel(s.decision), s.signedAt.toUTC().toString(Qt::ISODate), s.role, s.name },
            rw::JsonWriter::signOff(s) });
    }
    return rows;
}

std::optional<qint64> SignOffCommand::save(
    rw::Project& project, const QCommandLineParser& parser, qint64 id, QString* problem)
{
    rw::SignOff s = id ? *project.signOff(id) : rw::SignOff();
    if (parser.isSet(QStringLiteral("name")))
        s.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("role")))
        s.role = parser.value(QStringLiteral("role")).trimmed();
    if (!enumOption(parser, QStringLiteral("decision"), &s.decision, problem))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("conditions")))
        s.conditions = parser.value(QStringLiteral("conditions"));
    if (!id)
        s.signedAt = QDateTime::currentDateTimeUtc();
    qint64 saved = id;
    if (const rw::ProjectError e = id ? project.saveSignOff(s) : project.addSignOff(s, &saved)) {
        *problem = e.message;
        return std::nullopt;
    }
    return saved;
}

rw::ProjectError SignOffCommand::remove(rw::Project& project, qint64 id)
{
    return project.removeSignOff(id);
}

QString SignOffCommand::emptyText() const
{
    return tr("No sign-offs recorded.");
}
