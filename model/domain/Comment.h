#pragma once

// A comment on a checklist item: a thread starts with a comment that has no parent and is resolved as
// a whole; replies name the comment that started it. Comments name their item by its UUID, so that one
// on an item removed and restored (undo) comes back with it.

#include <QDateTime>
#include <QString>

namespace rw {

struct Comment
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy of the project
    QString itemUuid;
    QString parentUuid; // empty: starts a thread
    QString text;
    QString by;
    QDateTime at;
    bool resolved = false; // set on the thread's first comment
    QString resolvedBy;

    bool startsThread() const { return parentUuid.isEmpty(); }
};

} // namespace rw
