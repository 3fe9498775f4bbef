#include "Replica.h"

#include "Protocol.h"
#include "store/Pack.h"
#include "store/Project.h"

#include <QJsonDocument>

namespace rw::workshop {

namespace {

// Entries sent over the wire: a merge source without evidence bytes of its own.
class EntrySource : public MergeSource
{
public:
    bool hasContent(const QString&) const override { return false; }
    bool copyContent(const QString& sha256, QSqlDatabase&, QString* error) const override
    {
        *error = Merge::Tr::tr("the evidence bytes %1 did not come with the entries").arg(sha256.left(12));
        return false;
    }
};

} // namespace

Replica::Replica(Project* project)
    : m_project(project)
{
    refreshHeld();
    m_rows = m_project->auditRows();
}

void Replica::refreshHeld()
{
    const QVector<AuditEntry> log = m_project->auditLog();
    m_held.clear();
    for (const AuditEntry& e : log)
        m_held.insert(e.hash);
    m_firstHash = log.isEmpty() ? QString() : log.constFirst().hash;
    m_removed = rw::workshop::removedDevices(log);
}

QStringList Replica::heads() const
{
    QStringList heads = m_project->auditHead().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    heads.sort();
    return heads;
}

QString Replica::assessmentUuid() const
{
    return m_project->assessment().info.uuid;
}

bool Replica::holds(const QString& hash) const
{
    return m_held.contains(hash);
}

QVector<AuditEntry> Replica::missingFor(const QStringList& theirHeads) const
{
    QStringList known;
    for (const QString& h : theirHeads) {
        if (m_held.contains(h))
            known << h;
    }
    QString error;
    return Pack::since(*m_project, known.join(QLatin1Char(' ')), &error);
}

QVector<AuditEntry> Replica::newEntries()
{
    const qint64 rows = m_project->auditRows();
    QVector<AuditEntry> result;
    if (rows > m_rows) {
        result = m_project->auditLog(rows - m_rows);
        for (const AuditEntry& e : std::as_const(result)) {
            m_held.insert(e.hash);
            if (e.entity == QLatin1String("workshop"))
                m_removed += rw::workshop::removedDevices({ e });
        }
    } else if (rows < m_rows) {
        refreshHeld(); // entries were taken out (a merge undone): start over
    }
    m_rows = rows;
    return result;
}

bool Replica::needsPack(const QVector<AuditEntry>& entries)
{
    for (const AuditEntry& e : entries) {
        if (e.before.size() + e.after.size() > MaxFrame / 4)
            return true;
        if (e.entity == QLatin1String("evidence") && !e.after.isEmpty()
            && !QJsonDocument::fromJson(e.after.toUtf8())
                    .object()
                    .value(QStringLiteral("sha256"))
                    .toString()
                    .isEmpty())
            return true;
    }
    return false;
}

void Replica::dropRemoved(QVector<AuditEntry>& entries)
{
    QSet<QString> removed = m_removed;
    for (const AuditEntry& e : std::as_const(entries)) {
        // A removal another side recorded counts only when signed (Merge checks it before it is kept).
        if (e.entity == QLatin1String("workshop") && AuditLog::checkEntry(e).isEmpty())
            removed += rw::workshop::removedDevices({ e });
    }
    if (removed.isEmpty())
        return;
    AuditLog::sortForReplay(entries);
    QSet<QString> dropped;
    QVector<AuditEntry> kept;
    for (const AuditEntry& e : std::as_const(entries)) {
        bool drop = !m_held.contains(e.hash) && removed.contains(e.device);
        for (const QString& p : e.parents)
            drop = drop || dropped.contains(p);
        if (drop)
            dropped.insert(e.hash);
        else
            kept.append(e);
    }
    entries = kept;
}

ProjectError Replica::apply(const MergeSource& source, QVector<AuditEntry>* taken)
{
    MergePreview result;
    if (const ProjectError e = Merge::apply(*m_project, source, &result))
        return e;
    if (taken)
        *taken = result.incoming;
    // The rows the merge wrote are not this copy's new entries: they came from the other side.
    for (const AuditEntry& e : std::as_const(result.incoming)) {
        m_held.insert(e.hash);
        if (e.entity == QLatin1String("workshop"))
            m_removed += rw::workshop::removedDevices({ e });
    }
    m_rows = m_project->auditRows();
    return {};
}

ProjectError Replica::take(QVector<AuditEntry> entries, QVector<AuditEntry>* taken)
{
    if (taken)
        taken->clear();
    QVector<AuditEntry> fresh;
    for (const AuditEntry& e : std::as_const(entries)) {
        if (!m_held.contains(e.hash))
            fresh.append(e);
    }
    dropRemoved(fresh);
    if (fresh.isEmpty())
        return {};
    // Entries written here and not yet counted must not be mistaken for taken ones afterwards.
    if (m_project->auditRows() != m_rows)
        return ProjectError::make(
            ProjectError::Kind::Io, Merge::Tr::tr("this copy has entries of its own to send first"));
    EntrySource source;
    source.isPack = true;
    source.assessmentUuid = assessmentUuid();
    source.firstHash = firstHash();
    source.entries = fresh;
    return apply(source, taken);
}

ProjectError Replica::takePack(const QString& path, QVector<AuditEntry>* taken)
{
    if (taken)
        taken->clear();
    ProjectError error;
    std::unique_ptr<MergeSource> source = Pack::open(path, &error);
    if (!source)
        return error;
    dropRemoved(source->entries);
    if (m_project->auditRows() != m_rows)
        return ProjectError::make(
            ProjectError::Kind::Io, Merge::Tr::tr("this copy has entries of its own to send first"));
    return apply(*source, taken);
}

} // namespace rw::workshop
