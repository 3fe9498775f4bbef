#include "Bands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace rw {

Bands Bands::defaults()
{
    Bands b;
    b.grades = { { QStringLiteral("A+"), 97 }, { QStringLiteral("A"), 93 }, { QStringLiteral("A-"), 90 },
        { QStringLiteral("B+"), 87 }, { QStringLiteral("B"), 83 }, { QStringLiteral("B-"), 80 },
        { QStringLiteral("C+"), 77 }, { QStringLiteral("C"), 73 }, { QStringLiteral("C-"), 70 },
        { QStringLiteral("D+"), 67 }, { QStringLiteral("D"), 63 }, { QStringLiteral("D-"), 60 },
        { QStringLiteral("F"), 0 } };
    // Labels are words a project keeps: in the interface's language when the project is created.
    const auto label = [](const char* text) { return QCoreApplication::translate("BuiltinTemplate", text); };
    b.ratings = { { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Excellent")), 93 },
        { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Good")), 85 },
        { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Fair")), 70 },
        { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Poor")), 0 } };
    b.statuses = { { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Ready")), 90 },
        { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Mostly ready")), 80 },
        { label(QT_TRANSLATE_NOOP("BuiltinTemplate", "Not ready")), 0 } };
    return b;
}

QString Bands::labelFor(const QVector<Band>& bands, double displayedScore)
{
    for (const Band& band : bands) {
        if (displayedScore >= band.min)
            return band.label;
    }
    return bands.isEmpty() ? QString() : bands.last().label;
}

namespace {

QJsonArray bandsToJson(const QVector<Band>& bands)
{
    QJsonArray array;
    for (const Band& band : bands)
        array.append(
            QJsonObject { { QStringLiteral("label"), band.label }, { QStringLiteral("min"), band.min } });
    return array;
}

bool bandsFromJson(const QJsonValue& value, const QString& name, QVector<Band>* out, QString* error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error
            = QCoreApplication::translate("Bands", "\"bands.%1\" must be a non-empty list of {label, min}.")
                  .arg(name);
        return false;
    }
    QVector<Band> bands;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString label = o.value(QStringLiteral("label")).toString().trimmed();
        const QJsonValue min = o.value(QStringLiteral("min"));
        if (label.isEmpty() || !min.isDouble() || min.toDouble() < 0 || min.toDouble() > 100) {
            *error = QCoreApplication::translate(
                "Bands", "\"bands.%1[%2]\" needs a \"label\" and a \"min\" between 0 and 100.")
                         .arg(name)
                         .arg(i);
            return false;
        }
        bands.append({ label, min.toDouble() });
    }
    std::stable_sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.min > b.min; });
    if (bands.last().min > 0) {
        *error = QCoreApplication::translate(
            "Bands", "\"bands.%1\" must have a band starting at 0 so that every score gets a label.")
                     .arg(name);
        return false;
    }
    *out = bands;
    return true;
}

} // namespace

QJsonObject Bands::toJson() const
{
    return { { QStringLiteral("grades"), bandsToJson(grades) },
        { QStringLiteral("ratings"), bandsToJson(ratings) },
        { QStringLiteral("statuses"), bandsToJson(statuses) } };
}

std::optional<Bands> Bands::fromJson(const QJsonObject& json, QString* error)
{
    Bands b = defaults();
    if (!bandsFromJson(json.value(QStringLiteral("grades")), QStringLiteral("grades"), &b.grades, error)
        || !bandsFromJson(json.value(QStringLiteral("ratings")), QStringLiteral("ratings"), &b.ratings, error)
        || !bandsFromJson(
            json.value(QStringLiteral("statuses")), QStringLiteral("statuses"), &b.statuses, error))
        return std::nullopt;
    return b;
}

} // namespace rw
