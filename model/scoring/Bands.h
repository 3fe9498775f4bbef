#pragma once

// The bands that turn a displayed score into a grade, a rating and a readiness status. A template
// defines them; the defaults are the US letter scale, Excellent/Good/Fair/Poor and Ready/Mostly ready/
// Not ready.

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace rw {

struct Band
{
    QString label;
    double min = 0.0; // the band holds every displayed score >= min (up to the next band's min)
};

struct Bands
{
    QVector<Band> grades; // sorted by min, highest first
    QVector<Band> ratings; // sorted by min, highest first
    QVector<Band> statuses; // sorted by min, highest first; the last one is "not ready"

    static Bands defaults();

    QString grade(double displayedScore) const { return labelFor(grades, displayedScore); }
    QString rating(double displayedScore) const { return labelFor(ratings, displayedScore); }
    QString status(double displayedScore) const { return labelFor(statuses, displayedScore); }
    // The lowest status, which an unmet blocker forces whatever the score.
    QString notReadyStatus() const { return statuses.isEmpty() ? QString() : statuses.last().label; }
    // The displayed score at which the top status ("Ready") begins.
    double readyThreshold() const { return statuses.isEmpty() ? 0.0 : statuses.first().min; }

    QJsonObject toJson() const;
    // Reads bands; lists that are missing keep the defaults. Returns nullopt with a reason on bad input.
    static std::optional<Bands> fromJson(const QJsonObject& json, QString* error);

private:
    static QString labelFor(const QVector<Band>& bands, double displayedScore);
};

} // namespace rw
