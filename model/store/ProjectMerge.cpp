// Project: taking in entries of other copies, and deciding the conflicts they bring.

#include "LogGraph.h"
#include "Merge.h"
#include "Project.h"
#include "ProjectReader.h"
#include "ProjectSql.h"
#include "StateWriter.h"
#include "signing/DeviceIdentity.h"

#include <QDir>
#include <QSet>
#include <algorithm>

namespace rw {

using namespace sql;

ProjectError Project::absorb(const QVector<AuditEntry>& entries,
    const std::function<bool(QSqlDatabase&, QString*)>& prepare, qint64 keepRows, const AuditEntry* decision,
    const QJsonObject* replayed)
{
    if (isReadOnly())
        return ProjectError::make(ProjectError::Kind::ReadOnly,
            tr("%1 is open read-only: nothing can be merged into it.").arg(QDir::toNativeSeparators(path())));
    const DeviceIdentity* device = DeviceIdentity::current();
    if (!device)
        return invalid(tr("this computer has no device identity to sign the merged log with"));
    const QJsonObject current = ProjectState::state(m_assessment);
    Assessment reread;
    const ProjectError e = m_file->write([&](QSqlDatabase& db, QString* error) {
        if (keepRows >= 0 && !run(db, QStringLiteral("DELETE FROM audit WHERE id > ?"), { keepRows }, error))
            return false;
        qint64 next = 0;
        {
            QSqlQuery last(db);
            if (last.exec(QStringLiteral("SELECT max(id) FROM audit")) && last.next())
                next = last.value(0).toLongLong();
        }
        for (AuditEntry entry : entries) {
            entry.id = ++next;
            if (!AuditLog::insert(db, entry, error))
                return false;
        }
        if (prepare && !prepare(db, error))
            return false;
        // The new heads, signed: the entries no other follows.
        QVector<AuditEntry> log = AuditLog::entries(db);
        QSet<QString> followed;
        for (const AuditEntry& entry : std::as_const(log)) {
            for (const QString& p : entry.parents)
                followed.insert(p);
            if (!entry.inGraph())
                followed.insert(entry.prevHash);
        }
        QStringList heads;
        for (const AuditEntry& entry : std::as_const(log)) {
            if (!followed.contains(entry.hash))
                heads << entry.hash;
        }
        heads.sort();
        if (!AuditLog::writeCheckpoint(db, log.size(), heads.join(QLatin1Char(' ')), *device, error))
            return false;
        if (decision) {
            if (!AuditLog::append(db, *decision, error))
                return false;
            log = AuditLog::entries(db);
        }
        const AuditVerdict verdict = AuditLog::verify(db);
        if (!verdict.intact) {
            *error = tr("the merged log does not verify: %1").arg(verdict.reason);
            return false;
        }
        // A merge's preview replayed the same entries already.
        const std::optional<QJsonObject> merged = replayed && !decision && keepRows < 0
            ? std::optional<QJsonObject>(*replayed)
            : ProjectState::replayLog(log, error);
        if (!merged)
            return false;
        if (!StateWriter::write(db, current, *merged, error))
            return false;
        if (!ProjectReader(db, error).read(&reread))
            return false;
        const QJsonObject stored = ProjectState::state(reread);
        if (stored != *merged) {
            const QStringList differences = ProjectState::differences(*merged, stored, 3);
            *error = tr("the merged project does not read back as its log says (%1)")
                         .arg(differences.join(QStringLiteral("; ")));
            return false;
        }
        return true;
    });
    if (e)
        return e;
    m_assessment = std::move(reread);
    checklistRebuilt();
    for (Record kind : { Record::Info, Record::Finding, Record::Risk, Record::Kpi, Record::SignOff,
             Record::Evidence, Record::Milestone, Record::Adjustment, Record::Comment })
        emit recordChanged(kind, 0);
    return {};
}

QHash<QString, int> Project::signOffChanges() const
{
    QHash<QString, int> changes;
    bool bound = false;
    for (const SignOff& s : m_assessment.signOffs)
        bound = bound || !s.auditHead.isEmpty();
    if (!bound)
        return changes;
    QVector<AuditEntry> log = auditLog();
    AuditLog::sortForReplay(log);
    const LogGraph graph(log);
    for (const SignOff& s : m_assessment.signOffs) {
        if (s.auditHead.isEmpty())
            continue;
        // Everything the decision saw: its heads and all they follow.
        QVector<bool> seen(log.size());
        QVector<int> stack;
        for (const QString& head : s.auditHead.split(QLatin1Char(' ')))
            stack << graph.indexOf(head);
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            if (i < 0 || seen.at(i))
                continue;
            seen[i] = true;
            stack << graph.parents(i);
        }
        int count = 0;
        for (int i = 0; i < log.size(); ++i) {
            const QString& entity = log.at(i).entity;
            count += !seen.at(i) && entity != QLatin1String("signoff") && entity != QLatin1String("snapshot")
                && entity != QLatin1String("project") && entity != QLatin1String("workshop");
        }
        changes.insert(s.uuid, count);
    }
    return changes;
}

ProjectError Project::resolveConflict(const MergeConflict& conflict, const QJsonValue& value)
{
    if (conflict.kind != MergeConflict::Kind::Field)
        return invalid(tr("only a conflict on a field is decided with a value"));
    const QJsonObject state = ProjectState::state(m_assessment);
    QJsonValue now;
    if (conflict.entity == QLatin1String("assessment")) {
        now = state.value(QStringLiteral("assessment")).toObject().value(conflict.field);
    } else if (conflict.entity == QLatin1String("domain") || conflict.entity == QLatin1String("item")) {
        for (const QJsonValue& dv : state.value(QStringLiteral("domains")).toArray()) {
            const QJsonObject d = dv.toObject();
            if (d.value(QStringLiteral("uuid")).toString() == conflict.uuid)
                now = d.value(conflict.field);
            for (const QJsonValue& iv : d.value(QStringLiteral("items")).toArray()) {
                if (iv.toObject().value(QStringLiteral("uuid")).toString() == conflict.uuid)
                    now = iv.toObject().value(conflict.field);
            }
        }
    } else {
        const QJsonObject records = state.value(conflict.entity).toObject();
        if (!records.contains(conflict.uuid))
            return invalid(tr("%1 %2 no longer exists").arg(conflict.entity, conflict.key));
        now = records.value(conflict.uuid).toObject().value(conflict.field);
    }
    AuditEntry entry = audit(QStringLiteral("%1.decide").arg(conflict.entity), conflict.entity, conflict.key,
        conflict.uuid, { { conflict.field, now } }, { { conflict.field, value } });
    entry.parents = conflict.writes;
    return absorb({}, {}, -1, &entry);
}

ProjectError Project::settleRemoval(const MergeConflict& conflict, bool putBack)
{
    if (conflict.kind != MergeConflict::Kind::Removed)
        return invalid(tr("only a record removed in one copy and changed in another is settled this way"));
    QJsonObject after;
    if (putBack) {
        // The record as it would be had the removal not happened: the log replayed without it.
        QVector<AuditEntry> log = auditLog();
        log.erase(std::remove_if(log.begin(), log.end(),
                      [&](const AuditEntry& e) {
                          return e.entityUuid == conflict.uuid && e.after.isEmpty()
                              && conflict.writes.contains(e.hash);
                      }),
            log.end());
        QString error;
        const std::optional<QJsonObject> kept = ProjectState::replayLog(log, &error);
        if (!kept)
            return invalid(error);
        const QJsonArray domains = kept->value(QStringLiteral("domains")).toArray();
        for (int d = 0; d < domains.size(); ++d) {
            QJsonObject domain = domains.at(d).toObject();
            if (domain.value(QStringLiteral("uuid")).toString() == conflict.uuid) {
                domain.insert(QStringLiteral("position"), d + 1);
                after = domain;
            }
            const QJsonArray items = domain.value(QStringLiteral("items")).toArray();
            for (int i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                if (item.value(QStringLiteral("uuid")).toString() != conflict.uuid)
                    continue;
                item.insert(QStringLiteral("domain"), domain.value(QStringLiteral("uuid")));
                item.insert(QStringLiteral("position"), i + 1);
                after = item;
            }
        }
        if (after.isEmpty())
            after = kept->value(conflict.entity).toObject().value(conflict.uuid).toObject();
        if (after.isEmpty())
            return invalid(
                tr("%1 %2 cannot be put back: no copy holds it").arg(conflict.entity, conflict.key));
    }
    // Removing a record that is gone, or creating it again: either way an entry that saw both writes.
    AuditEntry entry = audit(QStringLiteral("%1.decide").arg(conflict.entity), conflict.entity, conflict.key,
        conflict.uuid, {}, after);
    entry.parents = conflict.writes;
    return absorb({}, {}, -1, &entry);
}

} // namespace rw
