#pragma once

// The whole assessment held in memory: its metadata, checklist, findings, risks, KPIs, sign-offs,
// adjustments, milestones and evidence metadata (never the evidence bytes).

#include "Adjustment.h"
#include "Comment.h"
#include "Domain.h"
#include "Evidence.h"
#include "Finding.h"
#include "Kpi.h"
#include "Risk.h"
#include "SignOff.h"
#include "Snapshot.h"
#include "scoring/Bands.h"

#include <QDate>

namespace rw {

struct AssessmentInfo
{
    QString uuid; // the assessment's identity, shared by every copy of the project
    QString title;
    QString system;
    QDate date;
    QString team;
    QString scope;
    QDate nextReview;
    Decision decision = Decision::None;
    QString conditions;
    QString templateId;
    QString templateVersion;
    // The implementation groups in scope (empty: all); items of none of them do not apply.
    QStringList implementationGroups;
    // The period the assessment covers (evidence collected outside it is pointed out); unset: open.
    QDate periodFrom;
    QDate periodTo;
};

struct Assessment
{
    AssessmentInfo info;
    Bands bands;
    QVector<Domain> domains;
    QVector<Finding> findings;
    QVector<Risk> risks;
    QVector<Kpi> kpis;
    QVector<SignOff> signOffs;
    QVector<Adjustment> adjustments;
    QVector<Snapshot> snapshots;
    QVector<Evidence> evidence;
    QVector<Comment> comments;
    // The grades findings are given (the template's, or FindingGrade::defaults()).
    QVector<FindingGrade> findingGrades = FindingGrade::defaults();

    int itemCount() const
    {
        int n = 0;
        for (const Domain& d : domains)
            n += d.items.size();
        return n;
    }

    int domainIndex(const QString& key) const
    {
        for (int i = 0; i < domains.size(); ++i) {
            if (domains[i].key == key)
                return i;
        }
        return -1;
    }

    const Adjustment* adjustmentFor(const QString& domainKey) const
    {
        for (const Adjustment& a : adjustments) {
            if (a.domainKey == domainKey)
                return &a;
        }
        return nullptr;
    }
};

} // namespace rw
