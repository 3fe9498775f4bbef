#pragma once

// Evidence bytes inside the project file: content-addressed by SHA-256, written and read in chunks so
// that memory stays flat whatever the size, and stored once however often the same content is attached.

#include "ProjectError.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace rw {

class EvidenceStore
{
public:
    static constexpr qint64 ChunkSize = 1024 * 1024;

    // Called with bytes done and bytes in all; returning false cancels the work.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        bool alreadyStored = false; // the same content was in the project before
    };

    // Streams the file at path into the project and returns its SHA-256. The import commits in batches
    // (so other edits are not held up for the length of a large file); a cancelled or failed import
    // removes what it wrote, and an import cut short by a crash is removed by removeLeftovers().
    static std::optional<Stored> importFile(
        QSqlDatabase db, const QString& path, const Progress& progress, ProjectError* error);
    // Writes the stored content to out, checking its SHA-256 on the way.
    static ProjectError exportTo(
        QSqlDatabase db, const QString& sha256, QIODevice* out, const Progress& progress = {});
    // Writes the stored content to a new file at path, atomically (QSaveFile).
    static ProjectError exportToFile(
        QSqlDatabase db, const QString& sha256, const QString& path, const Progress& progress = {});
    static bool contains(QSqlDatabase db, const QString& sha256);
    // Removes imports cut short and content no evidence refers to any more; returns rows removed.
    static int removeLeftovers(QSqlDatabase db);
};

} // namespace rw
