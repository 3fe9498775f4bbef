#pragma once

// Bringing copies of one project together, from their logs. A project's state is a function of its log
// (ProjectState::replay), and the log is a graph of signed entries (AuditLog), so merging copies is the
// union of their entries: replayed in one fixed order (chained entries by id, then entries of the graph
// by clock, device and hash), every copy arrives at the same state whatever the order of merges. Per
// field the write that comes last in that order wins; two writes of one field that did not see each
// other (neither is an ancestor of the other) are a conflict, and so is a record removed in one copy and
// changed in another. Conflicts stay open, with both values, until somebody writes the field again
// (Project::resolveConflict names both writes as parents).
//
// The other copy is a project file or a pack (Pack): the entries and evidence one copy holds and another
// lacks, small enough to mail.

#include "AuditLog.h"
#include "ProjectError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace rw {

class Project;

struct MergeConflict
{
    enum class Kind { Field, Removed, DuplicateKey };
    Kind kind = Kind::Field;
    QString entity; // "item", "finding", "assessment", ...
    QString uuid; // the record
    QString key; // the record as people name it ("SEC-03", a finding's title)
    QString field; // the field both wrote; empty for Removed and DuplicateKey
    // The values as text (strings as they are, other values as JSON): the field's value before both
    // writes (for a three-way merge), this copy's and the other's (empty when it removed the record).
    QString ancestor;
    QString mine;
    QString theirs;
    QJsonValue mineValue; // the values themselves, for a decision
    QJsonValue theirsValue;
    QString mineBy;
    QString theirsBy;
    QDateTime mineAt;
    QDateTime theirsAt;
    bool theirsWins = false; // the value every copy shows until somebody decides
    QStringList writes; // the entries (hashes) that wrote the values: a decision's parents
};

// The other copy: a project file or a pack, opened for reading.
class MergeSource
{
public:
    virtual ~MergeSource() = default;
    QString path;
    QString assessmentUuid;
    QString title;
    QString firstHash; // the hash of its log's first entry: copies of one project share it
    QVector<AuditEntry> entries; // its log (a pack: the entries it carries)
    bool isPack = false;
    // Whether it holds the complete bytes of this content, and copies them into db (checking them).
    virtual bool hasContent(const QString& sha256) const = 0;
    virtual bool copyContent(const QString& sha256, QSqlDatabase& into, QString* error) const = 0;
};

struct MergePreview
{
    QString problem; // why the copies cannot be merged; empty when they can
    QVector<AuditEntry> incoming; // the other copy's entries this one lacks, in the order they apply
    int outgoing = 0; // this copy's entries the other lacks (a pack: unknown, 0)
    QVector<MergeConflict> conflicts; // new conflicts between this copy and the other
    struct Move
    {
        QString key;
        QString title;
        std::optional<double> from;
        std::optional<double> to;
    };
    QVector<Move> domains; // every domain of the merged project, and its computed score before and after
    std::optional<double> overallFrom;
    std::optional<double> overallTo;
    QHash<QString, QString> domainOfItem; // item UUID -> its domain's key, in the merged project
    QStringList contentNeeded; // SHA-256 of evidence bytes the merge copies in
    QJsonObject merged; // the merged state
};

namespace Merge {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// Opens a project file or a pack as the other copy; nullptr with the reason when it is neither, is
// damaged, is of a newer version, or its log does not verify.
std::unique_ptr<MergeSource> openSource(const QString& path, ProjectError* error);

// What merging from into into would do; changes nothing.
MergePreview preview(const Project& into, const MergeSource& from);

// Merges from into into: its entries the target lacks, the evidence bytes they need, and the tables
// brought to what the merged log says, in one transaction. Entries, bytes and log are checked; on any
// problem nothing changes. preview (when given) receives what was merged.
ProjectError apply(Project& into, const MergeSource& from, MergePreview* preview = nullptr);

// A text both copies changed (a note), merged line by line against the text before both: lines either
// side added are kept (this copy's first), lines one side removed and the other left are removed.
QString mergeText(const QString& ancestor, const QString& mine, const QString& theirs);

// The other copies taken as one: the entries and bytes of all of them (all of one assessment).
std::unique_ptr<MergeSource> combine(const QVector<const MergeSource*>& sources);

// The conflicts a project's log holds and nobody has decided yet (from every merge so far).
QVector<MergeConflict> openConflicts(const Project& project);

} // namespace Merge

} // namespace rw
