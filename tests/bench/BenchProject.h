#pragma once

// The generated benchmark project: 20 domains of 500 items (10,000), with answers, notes and owners.

#include "store/Project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace BenchProject {

// The median of runs timings of work, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

constexpr int Domains = 20;
constexpr int ItemsPerDomain = 500;

inline rw::Template generatedTemplate(int domains = Domains, int itemsPerDomain = ItemsPerDomain)
{
    using namespace rw;

    Template t;
    t.id = QStringLiteral("bench");
    t.title = QStringLiteral("Benchmark: %1 items").arg(domains * itemsPerDomain);
    for (int d = 0; d < domains; ++d) {
        TemplateDomain domain;
        domain.key = QStringLiteral("D%1").arg(d, 2, 10, QLatin1Char('0'));
        domain.title = QStringLiteral("Domain %1").arg(d + 1);
        domain.weight = 1 + d % 5;
        domain.target = 80;
        for (int i = 0; i < itemsPerDomain; ++i) {
            TemplateItem item;
            item.key = QStringLiteral("%1-%2").arg(domain.key).arg(i, 4, 10, QLatin1Char('0'));
            item.text = QStringLiteral(
                "Checklist item %1 of domain %2, phrased as a full sentence an assessor would read.")
                            .arg(i)
                            .arg(d + 1);
            item.guidance = QStringLiteral("Guidance for the assessor: what to look at, what evidence to ask "
                                           "for, and when the item counts as met.");
            item.points = double(1 + i % 3);
            item.blocker = i % 97 == 0;
            domain.items.append(item);
        }
        t.domains.append(domain);
    }
    return t;
}

// Creates the project at path (replacing any file there).
inline std::unique_ptr<rw::Project> create(
    const QString& path, int domains = Domains, int itemsPerDomain = ItemsPerDomain)
{
    QFile::remove(path);
    rw::ProjectError error;
    auto project = rw::Project::create(
        path, generatedTemplate(domains, itemsPerDomain), QString(), QStringLiteral("bench"), &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return nullptr;
    }
    // Answers written straight into the file: the setup is not what is measured.
    QSqlDatabase db = project->file().database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE item SET status = ?, note = ?, owner = ? WHERE id = ?"));
    const char* statuses[] = { "met", "met", "met", "partial", "unmet", "na", "open" };
    QRandomGenerator random(42);
    for (int id = 1; id <= domains * itemsPerDomain; ++id) {
        q.addBindValue(QString::fromLatin1(statuses[random.bounded(7)]));
        q.addBindValue(
            QStringLiteral("Observed during the workshop; evidence requested from the service team."));
        q.addBindValue(QStringLiteral("Owner %1").arg(id % 17));
        q.addBindValue(id);
        q.exec();
    }
    db.commit();
    return project;
}

} // namespace BenchProject
