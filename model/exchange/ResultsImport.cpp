#include "ResultsImport.h"
#include "scoring/Answers.h"

#include "Csv.h"
#include "domain/Enums.h"
#include "scoring/Scoring.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace rw::ResultsImport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsImport)
};

// What one row says about one item; a field left unset is not in the file and stays as it is.
struct Row
{
    int line = 0;
    QString key;
    std::optional<QString> status;
    std::optional<QString> earned;
    std::optional<QString> owner;
    std::optional<QString> note;
    std::optional<QStringList> choices;
    std::optional<QString> effort;
    std::optional<QString> answer; // an item asked other than with a status
};

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

// A status as a spreadsheet may hold it: our keys, the English labels, and a few common words.
std::optional<ItemStatus> statusOf(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (const std::optional<ItemStatus> s = fromKey<ItemStatus>(t))
        return s;
    static const QHash<QString, ItemStatus> words {
        { QStringLiteral("not assessed"), ItemStatus::Open },
        { QStringLiteral("partially met"), ItemStatus::Partial },
        { QStringLiteral("partially"), ItemStatus::Partial },
        { QStringLiteral("not met"), ItemStatus::Unmet },
        { QStringLiteral("not applicable"), ItemStatus::NotApplicable },
        { QStringLiteral("n/a"), ItemStatus::NotApplicable },
        { QStringLiteral("yes"), ItemStatus::Met },
        { QStringLiteral("no"), ItemStatus::Unmet },
    };
    const auto it = words.constFind(t);
    return it == words.constEnd() ? std::nullopt : std::optional<ItemStatus>(*it);
}

std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    QString t = text.trimmed();
    // A spreadsheet in a German or French locale writes decimal commas.
    if (!t.contains(QLatin1Char('.')) && t.count(QLatin1Char(',')) == 1)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QStringList splitChoices(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list << part.trimmed();
    }
    return list;
}

std::optional<QVector<Row>> csvRows(const QByteArray& content, QString* error)
{
    QString parseError;
    const std::optional<QVector<QStringList>> table = Csv::parse(content, &parseError);
    if (!table) {
        *error = parseError;
        return std::nullopt;
    }
    if (table->isEmpty()) {
        *error = Tr::tr("The file is empty.");
        return std::nullopt;
    }
    QHash<QString, int> column;
    const QStringList header = table->first();
    for (int c = 0; c < header.size(); ++c)
        column.insert(header.at(c).trimmed().toLower(), c);
    if (!column.contains(QStringLiteral("key"))) {
        *error = Tr::tr("The first line names no \"key\" column, so no row can be matched to an item. Export "
                        "the checklist as CSV for a sheet with the right columns.");
        return std::nullopt;
    }
    const auto cell = [&](const QStringList& fields, const char* name) -> std::optional<QString> {
        const int c = column.value(QLatin1String(name), -1);
        if (c < 0)
            return std::nullopt;
        return c < fields.size() ? fields.at(c) : QString();
    };
    QVector<Row> rows;
    for (int r = 1; r < table->size(); ++r) {
        const QStringList& fields = table->at(r);
        if (std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue; // a blank line at the end of a sheet
        Row row;
        row.line = r + 1;
        row.key = cell(fields, "key").value_or(QString()).trimmed();
        // A status left empty says nothing; the exported sheet writes "open" for an item not assessed.
        if (const auto s = cell(fields, "status"); s && !s->trimmed().isEmpty())
            row.status = s;
        if (const auto e = cell(fields, "earned"); e && !e->trimmed().isEmpty())
            row.earned = e;
        row.owner = cell(fields, "owner");
        row.note = cell(fields, "note");
        if (const auto c = cell(fields, "choices"))
            row.choices = splitChoices(*c);
        if (const auto e = cell(fields, "effort"))
            row.effort = e;
        row.answer = cell(fields, "answer");
        rows.append(row);
    }
    return rows;
}

std::optional<QVector<Row>> answerRows(const QJsonObject& root, QString* answeredBy, QString* error)
{
    if (root.value(QStringLiteral("formatVersion")).toInt() > 1) {
        *error = Tr::tr("The answers file was written by a newer version (format version %1); this version "
                        "reads version 1.")
                     .arg(root.value(QStringLiteral("formatVersion")).toInt());
        return std::nullopt;
    }
    if (!root.value(QStringLiteral("answers")).isArray()) {
        *error = Tr::tr("The answers file holds no list of answers.");
        return std::nullopt;
    }
    *answeredBy = root.value(QStringLiteral("answeredBy")).toString().trimmed();
    QVector<Row> rows;
    int position = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("answers")).toArray()) {
        ++position;
        const QJsonObject a = v.toObject();
        Row row;
        row.line = position;
        row.key = a.value(QStringLiteral("key")).toString().trimmed();
        const auto text = [&](const char* name) -> std::optional<QString> {
            const QJsonValue x = a.value(QLatin1String(name));
            if (x.isString())
                return x.toString();
            if (x.isDouble())
                return number(x.toDouble());
            return std::nullopt;
        };
        row.status = text("status");
        if (row.status && row.status->trimmed().isEmpty())
            row.status.reset();
        row.earned = text("earned");
        row.owner = text("owner");
        row.note = text("note");
        row.effort = text("effort");
        if (a.value(QStringLiteral("answer")).isArray()) {
            QStringList ids;
            for (const QJsonValue& v : a.value(QStringLiteral("answer")).toArray())
                ids << v.toString();
            row.answer = ids.join(QStringLiteral("; "));
        } else {
            row.answer = text("answer");
        }
        if (a.value(QStringLiteral("choices")).isArray()) {
            QStringList choices;
            for (const QJsonValue& c : a.value(QStringLiteral("choices")).toArray())
                choices << c.toString().trimmed();
            choices.removeAll(QString());
            row.choices = choices;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

std::optional<Preview> read(
    const Assessment& assessment, const QByteArray& content, QString* error, const QString& assessmentId)
{
    Preview preview;
    std::optional<QVector<Row>> rows;
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(content, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && json.isObject()) {
        if (json.object().value(QStringLiteral("format")).toString()
            != QLatin1String("readiness-workbench-answers")) {
            *error = Tr::tr("This JSON file is not an answers file of the questionnaire.");
            return std::nullopt;
        }
        preview.kind = QStringLiteral("answers");
        rows = answerRows(json.object(), &preview.answeredBy, error);
        preview.answeredFor = json.object().value(QStringLiteral("assessment")).toString();
        const QString given = json.object().value(QStringLiteral("assessmentId")).toString();
        preview.otherAssessment = !assessmentId.isEmpty() && !given.isEmpty() && given != assessmentId;
    } else {
        const QByteArray start = content.left(64).trimmed();
        if (start.startsWith('{') || start.startsWith('[')) {
            *error = Tr::tr("The file looks like JSON but cannot be read: %1.").arg(jsonError.errorString());
            return std::nullopt;
        }
        preview.kind = QStringLiteral("csv");
        rows = csvRows(content, error);
    }
    if (!rows)
        return std::nullopt;

    QHash<QString, const Item*> items;
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items)
            items.insert(i.key, &i);
    }
    QSet<QString> seen;
    preview.rows = rows->size();
    for (Row row : std::as_const(*rows)) {
        const auto skip = [&](const QString& reason) {
            preview.skipped.append({ row.line, row.key, reason });
        };
        if (row.key.isEmpty()) {
            skip(Tr::tr("The row has no key."));
            continue;
        }
        const Item* current = items.value(row.key);
        if (!current) {
            // Keys are matched exactly; say so when only the case differs.
            QString near;
            for (auto it = items.constBegin(); it != items.constEnd() && near.isEmpty(); ++it) {
                if (it.key().compare(row.key, Qt::CaseInsensitive) == 0)
                    near = it.key();
            }
            skip(near.isEmpty() ? Tr::tr("No item has this key.")
                                : Tr::tr("No item has this key; did you mean %1?").arg(near));
            continue;
        }
        if (seen.contains(row.key)) {
            skip(Tr::tr("The key appears more than once; only its first row is taken."));
            continue;
        }
        seen.insert(row.key);

        Item after = *current;
        QString problem;
        // An item asked other than with a status takes its answer; its status and points follow from it
        // (the sheet's status and earned cells, as exported, are left aside).
        const bool typed = current->question.type != QuestionType::Status;
        if (typed) {
            if (row.answer) {
                const std::optional<QJsonValue> answer
                    = Answers::parse(current->question, *row.answer, &problem);
                if (answer) {
                    after.answer = *answer;
                    const Answers::Outcome outcome
                        = Answers::evaluate(after.question, after.answer, after.points);
                    if (Answers::toStored(after.answer) != Answers::toStored(current->answer)) {
                        after.status = outcome.status;
                        after.partialPoints = outcome.partialPoints;
                    }
                }
            }
            row.status.reset();
            row.earned.reset();
        } else if (row.answer && !row.answer->trimmed().isEmpty()) {
            problem
                = Tr::tr("The item is answered with a status, not with \"%1\".").arg(row.answer->trimmed());
        }
        if (problem.isEmpty() && row.status) {
            const std::optional<ItemStatus> s = statusOf(*row.status);
            if (!s)
                problem = Tr::tr("Unknown status \"%1\"; use one of: %2.")
                              .arg(row.status->trimmed(), allKeys<ItemStatus>().join(QStringLiteral(", ")));
            else
                after.status = *s;
        }
        // A sheet exported before holds the points the old status earned; where only the status was
        // changed, that cell says nothing about the new one (a partially met item then earns half).
        const bool earnedAsExported = row.earned && after.status != current->status
            && current->status != ItemStatus::Open && current->status != ItemStatus::NotApplicable
            && numberOf(*row.earned) == Scoring::earnedPoints(*current);
        if (problem.isEmpty() && row.earned && !earnedAsExported && after.status == ItemStatus::Partial) {
            const std::optional<double> e = numberOf(*row.earned);
            if (!e || *e < 0 || *e > after.points)
                problem = Tr::tr("Earned points \"%1\" are not a number from 0 to %2.")
                              .arg(row.earned->trimmed(), number(after.points));
            else if (std::abs(*e - after.points / 2) > 1e-9 || current->partialPoints)
                after.partialPoints = *e;
        }
        if (after.status != ItemStatus::Partial && !typed)
            after.partialPoints.reset();
        if (problem.isEmpty() && row.effort) {
            if (row.effort->trimmed().isEmpty()) {
                after.effortHours.reset();
            } else {
                const std::optional<double> e = numberOf(*row.effort);
                if (!e || *e < 0)
                    problem = Tr::tr("Effort \"%1\" is not a number of hours.").arg(row.effort->trimmed());
                else
                    after.effortHours = *e;
            }
        }
        if (row.owner)
            after.owner = row.owner->trimmed();
        if (row.note)
            after.note = *row.note;
        if (problem.isEmpty() && row.choices) {
            for (const QString& id : *row.choices) {
                const bool known = std::any_of(current->choices.cbegin(), current->choices.cend(),
                    [&](const Choice& c) { return c.id == id; });
                if (!known) {
                    problem = current->choices.isEmpty()
                        ? Tr::tr("The item has no choices, but the row names \"%1\".").arg(id)
                        : Tr::tr("The item has no choice \"%1\".").arg(id);
                    break;
                }
            }
            after.selectedChoices = *row.choices;
        }
        if (!problem.isEmpty()) {
            skip(problem);
            continue;
        }

        Change change { row.key, *current, after, {} };
        for (const QString& field : { QStringLiteral("answer"), QStringLiteral("status"),
                 QStringLiteral("earned"), QStringLiteral("owner"), QStringLiteral("note"),
                 QStringLiteral("choices"), QStringLiteral("effort") }) {
            // Points earned are listed for a partially met item; for any other status they follow from it.
            if (field == QLatin1String("earned") && after.status != ItemStatus::Partial)
                continue;
            // An answer carries its status and points with it.
            if (typed && (field == QLatin1String("status") || field == QLatin1String("earned")))
                continue;
            if (fieldValue(*current, field) != fieldValue(after, field)
                || (field == QLatin1String("note") && current->note != after.note))
                change.fields << field;
        }
        if (change.fields.isEmpty())
            ++preview.unchanged;
        else
            preview.changes.append(change);
    }
    return preview;
}

namespace {

void copyField(const Item& from, Item& to, const QString& field)
{
    if (field == QLatin1String("answer")) {
        to.answer = from.answer;
    } else if (field == QLatin1String("status")) {
        to.status = from.status;
        to.partialPoints = from.partialPoints;
    } else if (field == QLatin1String("earned")) {
        to.partialPoints = from.partialPoints;
    } else if (field == QLatin1String("owner")) {
        to.owner = from.owner;
    } else if (field == QLatin1String("note")) {
        to.note = from.note;
    } else if (field == QLatin1String("choices")) {
        to.selectedChoices = from.selectedChoices;
    } else if (field == QLatin1String("effort")) {
        to.effortHours = from.effortHours;
    }
}

} // namespace

ProjectError apply(Project& project, const QVector<Change>& changes, bool reverse)
{
    QVector<Item> written; // the items as they were before each write, to take a failed import back
    for (int n = 0; n < changes.size(); ++n) {
        const Change& c = changes.at(reverse ? changes.size() - 1 - n : n);
        const Item* current = project.item(c.key);
        if (!current) {
            ProjectError e = ProjectError::make(
                ProjectError::Kind::Invalid, Tr::tr("The item %1 no longer exists.").arg(c.key));
            for (auto it = written.crbegin(); it != written.crend(); ++it)
                project.updateItem(it->key, *it);
            return e;
        }
        Item updated = *current;
        for (const QString& field : c.fields)
            copyField(reverse ? c.before : c.after, updated, field);
        const Item before = *current;
        if (ProjectError e = project.updateItem(c.key, updated)) {
            e.message = Tr::tr("%1: %2").arg(c.key, e.message);
            for (auto it = written.crbegin(); it != written.crend(); ++it)
                project.updateItem(it->key, *it);
            return e;
        }
        written.append(before);
    }
    return {};
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("answer"))
        return Tr::tr("Answer");
    if (field == QLatin1String("status"))
        return Tr::tr("Status");
    if (field == QLatin1String("earned"))
        return Tr::tr("Points earned");
    if (field == QLatin1String("owner"))
        return Tr::tr("Owner");
    if (field == QLatin1String("note"))
        return Tr::tr("Note");
    if (field == QLatin1String("choices"))
        return Tr::tr("Choices");
    if (field == QLatin1String("effort"))
        return Tr::tr("Effort");
    return field;
}

QString fieldValue(const Item& item, const QString& field)
{
    if (field == QLatin1String("answer"))
        return Answers::shown(item.question, item.answer);
    if (field == QLatin1String("status"))
        return toLabel(item.status);
    if (field == QLatin1String("earned"))
        return item.status == ItemStatus::Partial ? number(Scoring::earnedPoints(item)) : QString();
    if (field == QLatin1String("owner"))
        return item.owner;
    if (field == QLatin1String("note"))
        return item.note.simplified();
    if (field == QLatin1String("choices"))
        return item.selectedChoices.join(QStringLiteral("; "));
    if (field == QLatin1String("effort"))
        return item.effortHours ? Tr::tr("%1 h").arg(number(*item.effortHours)) : QString();
    return {};
}

} // namespace rw::ResultsImport
