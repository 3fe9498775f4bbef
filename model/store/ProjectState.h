#pragma once

// The project as data: every record's fields as the audit log writes them, the whole assessment as one
// canonical JSON document, and the replay that rebuilds that document from the audit log alone.
//
// The audit log is the project's history at field level: an entry names its record by UUID, and its
// before/after objects hold the fields that changed. A record is created by an entry with an empty
// before, removed by one with an empty after, and changed by any other. The log starts from a baseline
// (the project's creation, or the upgrade that gave an older file its identities), which holds the
// whole state. replay() applies the entries after the last baseline; the result must equal state() of
// the project as stored, which is what a merge of copies (and the tests) rely on.

#include "AuditLog.h"
#include "domain/Assessment.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace rw::ProjectState {

QString newUuid();

QJsonObject fields(const AssessmentInfo& info);
QJsonObject fields(const Domain& domain);
// The fields an assessor edits (status, note, points, ...).
QJsonObject fields(const Item& item);
// Everything an item is made of, for the entry that creates it (or puts it back): its fields, key,
// choices, who changed it last, its domain's UUID and 1-based position.
QJsonObject created(const Item& item, const QString& domainUuid, int position);
QJsonObject fields(const Finding& finding);
QJsonObject fields(const Risk& risk);
QJsonObject fields(const Kpi& kpi);
QJsonObject fields(const SignOff& signOff);
QJsonObject fields(const Evidence& evidence);
QJsonObject fields(const Adjustment& adjustment);
QJsonObject fields(const Snapshot& snapshot);
QJsonObject fields(const Comment& comment);

// The whole assessment, without local ids: the same for every copy holding the same content.
QJsonObject state(const Assessment& assessment);

// What a replay of merged copies had to settle on its own: entries passed over because another copy
// removed their record (or its domain), and records created twice under one key, one of which was
// renamed.
struct ReplayNotes
{
    QVector<int> passedOver; // indexes into the log
    struct Renamed
    {
        QString entity; // "item" or "domain"
        QString uuid;
        QString from;
        QString to;
        int entry = -1;
    };
    QVector<Renamed> renamed;
};

// Whether the entry at index ancestor of the log was written before, and seen by, the entry at index of.
using Ancestry = std::function<bool(int ancestor, int of)>;

// Rebuilds state() from the audit log, in the order AuditLog::sortForReplay gives; nullopt (with the
// reason) when the log has no baseline or an entry cannot be applied. merging: the entries of several
// copies; a change to a record removed in another copy is passed over, and a key created twice is
// renamed (both in notes). A link's list (a finding's or evidence's items) applies as the links added
// and removed, so that two people's links both count; with saw given, a link one copy removes while
// another adds it again stays.
std::optional<QJsonObject> replay(const QVector<AuditEntry>& log, QString* error, bool merging = false,
    ReplayNotes* notes = nullptr, const Ancestry& saw = {});

// Replays a project's whole log (entries in any order): sorted for replay, with the rules of merging once
// the log holds entries of more than one copy (more than one head, or an entry with several parents).
std::optional<QJsonObject> replayLog(QVector<AuditEntry> log, QString* error, ReplayNotes* notes = nullptr);

// The first differences between two states, for people ("findings/<uuid>/title: \"A\" != \"B\"").
QStringList differences(const QJsonObject& a, const QJsonObject& b, int limit = 10);

} // namespace rw::ProjectState
