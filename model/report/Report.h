#pragma once

// A report's content, independent of its format: one consistent state of a project (its assessment,
// scores and audit head) with the labels the bands give. The Markdown, JSON and later PDF writers all
// read this, so every format says the same thing.

#include "scoring/Scoring.h"

#include <QDateTime>

namespace rw {

class Project;

struct ReportDomain
{
    DomainScore score;
    ScoreLabel label;         // of the score as reported (adjusted when adjusted)
    ScoreLabel computedLabel; // of the computed score
    std::optional<bool> meetsTarget;
};

struct ReportGap
{
    QString domainKey;
    QString domainTitle;
    Item item;
};

struct Report
{
    Assessment assessment;
    OverallScore overall;
    ScoreLabel overallLabel;
    ScoreLabel computedLabel;
    QVector<ReportDomain> domains;
    QVector<ReportGap> gaps; // items not met (open, partial, unmet), blockers first
    QString auditHead;
    qint64 auditRows = 0;
    QString projectFileName;
    QDateTime generatedAt;
    QString generator;

    static Report build(const Project& project);
};

} // namespace rw
