#pragma once

// Records (findings, risks, KPIs, sign-offs, evidence, milestones, adjustments): one command adds,
// changes or removes one. before empty means the record is added, after empty that it is removed.
// After its first redo the command holds the record as stored, with its id and UUID, so that undo and
// redo put back the same record, never a new one with a new identity.

#include "EditCommand.h"

#include <optional>

// How a kind of record is found, stored and removed.
template <typename T> struct RecordAccess
{
    static const T* find(const rw::Project& p, const T& record);
    static rw::ProjectError save(rw::Project& p, const T& record, qint64* id);
    static rw::ProjectError remove(rw::Project& p, const T& record);
    static const T* stored(const rw::Project& p, const T& record, qint64 id);
};

template <typename T> class ChangeRecord : public EditCommand
{
public:
    ChangeRecord(const QString& text, std::optional<T> before, std::optional<T> after)
        : EditCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    // The record as it stands after redo (nullopt when the command removes it).
    const std::optional<T>& after() const { return m_after; }

protected:
    rw::ProjectError doRedo() override { return change(m_before, &m_after); }
    rw::ProjectError doUndo() override { return change(m_after, &m_before); }

private:
    rw::ProjectError change(const std::optional<T>& from, std::optional<T>* to)
    {
        using Access = RecordAccess<T>;
        if (!*to)
            return from ? Access::remove(*project(), *from) : rw::ProjectError();
        qint64 id = 0;
        if (rw::ProjectError e = Access::save(*project(), **to, &id))
            return e;
        if (const T* stored = Access::stored(*project(), **to, id))
            *to = *stored;
        return {};
    }

    std::optional<T> m_before;
    std::optional<T> m_after;
};
