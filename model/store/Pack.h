#pragma once

// A pack: the entries of a project's log and the evidence bytes another copy lacks, in one small file
// to mail or drop in a shared folder ("changes.rwpack"). It is an SQLite file of its own kind (its
// application_id is "RWPK"), holding the assessment's identity, the entries with their hashes, parents
// and signatures, and the bytes by SHA-256. Merging a pack checks every entry's hash and signature and
// every byte's SHA-256; a pack cut short, of another assessment or of a newer format is refused.

#include "Merge.h"
#include "ProjectError.h"

#include <QSqlDatabase>
#include <memory>

namespace rw {

class Project;

namespace Pack {

constexpr qint32 ApplicationId = 0x5257504B; // "RWPK"
constexpr int FormatVersion = 1;
inline QString suffix()
{
    return QStringLiteral("rwpack");
}

bool isPack(const QString& path);
std::unique_ptr<MergeSource> open(const QString& path, ProjectError* error);

// The entries of project's log that other lacks.
QVector<AuditEntry> missingFrom(const Project& project, const MergeSource& other);
// The entries of project's log that the heads given (space- or comma-separated hashes, or their first
// 12 or more digits) do not lead to; error set when a head is not in the log.
QVector<AuditEntry> since(const Project& project, const QString& heads, QString* error);
// Writes a new pack at path (refusing to overwrite) with entries and the evidence bytes they name, less
// the bytes skip says the receiver holds.
ProjectError write(const Project& project, const QVector<AuditEntry>& entries, const QString& path,
    const std::function<bool(const QString& sha256)>& skip = {}, qint64* bytes = nullptr);

// Copies the complete content with this SHA-256 from one database (project or pack) to another, checking
// the SHA-256 of what it copies; nothing is copied when into holds it already.
bool copyContent(const QSqlDatabase& from, const QString& sha256, QSqlDatabase& into, QString* error);

} // namespace Pack

} // namespace rw
