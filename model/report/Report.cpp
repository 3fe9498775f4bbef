#include "Report.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <algorithm>

namespace rw {

Report Report::build(const Project& project)
{
    Report r;
    r.assessment = project.assessment();
    const Scoreboard& scores = project.scores();
    r.overall = scores.overall();
    const Bands& bands = r.assessment.bands;
    r.overallLabel = Scoring::label(r.overall.score, bands, r.overall.unmetBlockers);
    r.computedLabel = Scoring::label(r.overall.computed, bands, r.overall.unmetBlockers);
    for (const DomainScore& d : scores.domains()) {
        ReportDomain rd;
        rd.score = d;
        rd.label = Scoring::label(d.score(), bands);
        rd.computedLabel = Scoring::label(d.computed, bands);
        rd.meetsTarget = Scoring::meetsTarget(d);
        r.domains.append(rd);
    }
    for (const Domain& d : r.assessment.domains) {
        for (const Item& i : d.items) {
            if (i.status == ItemStatus::Open || i.status == ItemStatus::Partial || i.status == ItemStatus::Unmet)
                r.gaps.append({ d.key, d.title, i });
        }
    }
    // Unmet blockers first, then not met, partially met and not yet assessed, each in checklist order.
    const auto rank = [](const Item& i) {
        if (i.blocker && i.status == ItemStatus::Unmet)
            return 0;
        switch (i.status) {
        case ItemStatus::Unmet:
            return 1;
        case ItemStatus::Partial:
            return 2;
        default:
            return 3;
        }
    };
    std::stable_sort(r.gaps.begin(), r.gaps.end(),
        [&rank](const ReportGap& a, const ReportGap& b) { return rank(a.item) < rank(b.item); });

    project.file().read([&r](QSqlDatabase& db, QString*) {
        r.auditHead = AuditLog::headHash(db);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next())
            r.auditRows = q.value(0).toLongLong();
        return true;
    });
    r.projectFileName = QFileInfo(project.path()).fileName();
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.generator = QStringLiteral("Readiness Workbench %1").arg(QStringLiteral(READINESS_VERSION));
    return r;
}

} // namespace rw
