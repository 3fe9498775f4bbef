#pragma once

// A report's content, independent of its format: one consistent state of a project (its assessment,
// scores and audit head) with the labels the bands give. The Markdown, JSON and PDF writers all read
// this, so every format says the same thing.

#include "scoring/Milestones.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace rw {

class Project;

struct ReportDomain
{
    DomainScore score;
    ScoreLabel label; // of the score as reported (adjusted when adjusted)
    ScoreLabel computedLabel; // of the computed score
    std::optional<bool> meetsTarget;
};

struct ReportGap
{
    QString domainKey;
    QString domainTitle;
    Item item;
};

// The parts a reader may leave out. The cover and the executive summary are always there, and so is the
// project state the report describes (audit head, evidence hashes).
enum class ReportSection { Scores, Checklists, Gaps, Risks, Kpis, Milestones, SignOffs, Evidence };

struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    QSet<ReportSection> sections = allSections();
    QString language; // a language the application has ("de"); empty for English
    QString paper = QStringLiteral("A4"); // "A4" or "Letter" (PDF only)
    // The front matter a stakeholder reads first.
    QString preparedFor; // the organisation or person the report is for
    QString preparedBy; // who wrote it (the assessor, the team)
    QString documentVersion = QStringLiteral("1.0");
    bool final = false; // a final report, or a draft
    QString classification; // a marking such as "Confidential", on every page; empty: none
    QString limitations; // what the assessors add to the limitations the report states itself

    bool has(ReportSection s) const { return sections.contains(s); }
    static QSet<ReportSection> allSections();
    static QString key(ReportSection s);
    static std::optional<ReportSection> sectionFromKey(const QString& key);
    static QString label(ReportSection s);
};

// Who signs the report, stated in it before the signature is made.
struct ReportSigner
{
    QString name;
    QString fingerprint; // SHA-256 of the certificate
    QDateTime at;
};

// Recommendations of one priority, with their total effort.
struct ReportPriorityGroup
{
    Priority priority = Priority::Medium;
    QVector<Finding> findings;
    double effortHours = 0;
};

// A piece of evidence a reader should not rely on as it stands: expired on the report's date, collected
// outside the assessment period, or rejected by a reviewer.
struct ReportEvidenceIssue
{
    Evidence evidence;
    bool expired = false;
    bool outsidePeriod = false;
    bool rejected = false;
};

// What the review has not settled: an item flagged for review, or a comment thread not resolved.
struct ReportReviewPoint
{
    QString itemKey;
    QString domainTitle;
    QString itemText;
    QString flag; // the flag's reason; empty for a comment thread
    Comment thread; // the thread's first comment, for a comment thread
    int replies = 0;
};

// What a reader should look at again: evidence expired on the day, dated outside the assessment period
// or rejected, items whose only evidence was rejected, and what the review left open. The reports, the
// dashboard and the review command read it.
struct ReportAttention
{
    QVector<ReportEvidenceIssue> evidenceIssues;
    QVector<ReportGap> rejectedOnly; // items whose every piece of evidence was rejected
    QVector<ReportReviewPoint> openFlags;
    QVector<ReportReviewPoint> openThreads;
    bool reviewOpen() const { return !openFlags.isEmpty() || !openThreads.isEmpty(); }
    // Why a report cannot be final (flags and comment threads still open); empty when it can.
    QString finalBlocked() const;
    static ReportAttention of(const Assessment& assessment, const QDate& today);
};

struct ReportMilestone
{
    QString name;
    QDateTime takenAt;
    MilestoneComparison comparison; // from the milestone to now
};

struct Report
{
    Assessment assessment;
    OverallScore overall;
    ScoreLabel overallLabel;
    ScoreLabel computedLabel;
    QVector<ReportDomain> domains;
    QVector<ReportGap> gaps; // items not met (open, partial, unmet), blockers first
    QVector<ReportGap> unmetBlockers;
    QVector<Finding> keyFindings; // critical and high recommendations not done
    double keyFindingsEffort = 0;
    QVector<ReportPriorityGroup> recommendations; // by priority, critical first
    double recommendationsEffort = 0; // all of them
    std::optional<ReportMilestone> milestone; // the latest milestone, when there is one
    ReportAttention attention;
    QString auditHead; // the log's heads, separated by spaces (more than one after a merge)
    qint64 auditRows = 0;
    QHash<QString, int> staleSignOffs; // sign-off UUID -> changes its decision did not see
    QString projectFileName;
    QDateTime generatedAt;
    QString generator;
    ReportOptions options;
    std::optional<ReportSigner> signer;

    QVector<const ReportDomain*> missedTargets() const;
    bool reviewOpen() const { return attention.reviewOpen(); }
    // Why the report cannot be final (flags and comment threads still open); empty when it can.
    QString finalBlocked() const;
    // The findings written out as auditors write them (any field beyond the title and description).
    QVector<const Finding*> detailedFindings() const;

    // "Draft" or "Final", in the report's language.
    QString documentStatus() const;
    // What the report cannot say, stated from the data (items not assessed, adjustments, a self-signed
    // certificate) and what the assessors added.
    QStringList limitations() const;
    // How the scores are made, from the checklist's own bands: one paragraph per rule.
    QStringList methodParagraphs() const;
    // The rating scale: per band, its label and the displayed scores it holds ("90-100").
    struct ScaleRow
    {
        QString kind; // "Grade", "Rating", "Status"
        QString label;
        QString range;
    };
    QVector<ScaleRow> scale() const;

    // The state of the project the report describes, in a form a verifier can read back: the audit head
    // and every stored evidence file's SHA-256.
    QJsonObject state() const;

    static Report build(const Project& project, const ReportOptions& options = {});
};

} // namespace rw
