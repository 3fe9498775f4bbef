// Project: the next assessment cycle, made from this one.

#include "Pack.h"
#include "Project.h"
#include "ProjectSql.h"
#include "scoring/Answers.h"

#include <QFileInfo>

namespace rw {

std::unique_ptr<Project> Project::startNextCycle(
    const QString& path, const QString& title, const QString& by, ProjectError* error) const
{
    const Assessment& a = m_assessment;
    // The same checklist (domains, items, questions and scales, bands, grades), each item with the
    // answer this cycle gave it, shown beside it for reference.
    Template t = Template::fromAssessment(a);
    t.id = a.info.templateId.isEmpty() ? t.id : a.info.templateId;
    t.version = a.info.templateVersion;
    const QString cycle = a.info.date.isValid()
        ? QStringLiteral("%1, %2").arg(a.info.title, a.info.date.toString(Qt::ISODate))
        : a.info.title;
    for (TemplateDomain& td : t.domains) {
        for (TemplateItem& ti : td.items) {
            const Item* i = item(ti.key);
            if (!i)
                continue;
            QJsonObject previous { { QStringLiteral("cycle"), cycle },
                { QStringLiteral("status"), toKey(i->status) }, { QStringLiteral("note"), i->note } };
            if (Answers::isAnswered(i->answer)) {
                previous.insert(QStringLiteral("answer"), i->answer);
                previous.insert(QStringLiteral("answer_shown"), Answers::shown(i->question, i->answer));
            }
            ti.previous = previous;
        }
    }
    const QString newTitle
        = title.trimmed().isEmpty() ? tr("%1 (next cycle)").arg(a.info.title) : title.trimmed();
    std::unique_ptr<Project> next = create(path, t, newTitle, by, error);
    if (!next)
        return nullptr;
    next->setUser(by);
    const auto failed = [&](const ProjectError& e) {
        *error = e;
        next.reset();
        QFile::remove(path);
        return nullptr;
    };
    // What the assessment covers stays; its decision and period are the new cycle's to give.
    AssessmentInfo info = next->assessment().info;
    info.system = a.info.system;
    info.team = a.info.team;
    info.scope = a.info.scope;
    info.implementationGroups = a.info.implementationGroups;
    if (ProjectError e = next->setInfo(info))
        return failed(e);
    // The milestones of this cycle and its end state, so that comparisons span both cycles.
    for (Snapshot s : a.snapshots) {
        s.id = 0;
        s.uuid.clear();
        if (ProjectError e = next->restoreSnapshot(s))
            return failed(e);
    }
    Snapshot end = currentState();
    end.name = tr("End of %1").arg(a.info.title);
    end.by = by;
    if (ProjectError e = next->restoreSnapshot(end))
        return failed(e);
    // The evidence, with its bytes, for the same items: its dates say whether it still holds; it is
    // reviewed afresh.
    for (const Evidence& old : a.evidence) {
        if (!old.isLink()) {
            const QSqlDatabase from = m_file->database();
            if (ProjectError e = next->file().write([&](QSqlDatabase& db, QString* err) {
                    return Pack::copyContent(from, old.sha256, db, err);
                }))
                return failed(e);
        }
        Evidence e = old;
        e.id = 0;
        e.uuid.clear();
        e.review = EvidenceReview::Unreviewed;
        e.reviewReason.clear();
        e.reviewedBy.clear();
        e.revisions.clear();
        if (ProjectError err = next->saveEvidence(e))
            return failed(err);
    }
    return next;
}

} // namespace rw
