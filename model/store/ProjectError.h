#pragma once

// Why a project file could not be opened, created or changed, in words for the person who asked.

#include <QString>

namespace rw {

struct ProjectError
{
    enum class Kind {
        None,
        NotFound, // no file at that path
        NotAFile, // a folder or a device
        Unreadable, // permissions
        Empty, // zero bytes
        NotAProject, // not an SQLite database at all
        Truncated, // shorter than its own header says
        ForeignDatabase, // an SQLite database, but not a project
        TooNew, // written by a newer version
        TooOld, // needs an upgrade that a read-only open cannot do
        Locked, // open in another process
        ReadOnly, // an edit on a project opened read-only
        Damaged, // SQLite reports corruption or a schema we do not know
        Exists, // create would overwrite
        Invalid, // the edit itself is not allowed (unknown key, value out of range)
        Io, // anything else the file system or SQLite reported
        Cancelled, // the person asked to stop; nothing was changed
        Interrupted, // a change was interrupted and cannot be rolled back here (read-only file or folder)
    };

    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
    static ProjectError make(Kind kind, const QString& message) { return { kind, message }; }
};

} // namespace rw
