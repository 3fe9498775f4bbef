#pragma once

// A piece of evidence: a file stored inside the project (content-addressed by SHA-256) or a link.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rw {

struct Evidence
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    QString sha256; // empty for a link
    QString url; // set for a link
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString caption;
    QString addedBy;
    QDateTime addedAt;
    QStringList itemKeys;

    bool isLink() const { return sha256.isEmpty(); }
};

} // namespace rw
