#include "RecordCommands.h"

using namespace rw;

// Records with an id: findings, risks, KPIs, sign-offs, evidence.
#define READINESS_RECORD_ACCESS(Type, findFn, saveFn, removeFn)                                              \
    template <> const Type* RecordAccess<Type>::find(const Project& p, const Type& r)                        \
    {                                                                                                        \
        return p.findFn(r.id);                                                                               \
    }                                                                                                        \
    template <> ProjectError RecordAccess<Type>::save(Project& p, const Type& r, qint64* id)                 \
    {                                                                                                        \
        return p.saveFn(r, id);                                                                              \
    }                                                                                                        \
    template <> ProjectError RecordAccess<Type>::remove(Project& p, const Type& r)                           \
    {                                                                                                        \
        return p.removeFn(r.id);                                                                             \
    }                                                                                                        \
    template <> const Type* RecordAccess<Type>::stored(const Project& p, const Type&, qint64 id)             \
    {                                                                                                        \
        return p.findFn(id);                                                                                 \
    }

READINESS_RECORD_ACCESS(Finding, finding, saveFinding, removeFinding)
READINESS_RECORD_ACCESS(Risk, risk, saveRisk, removeRisk)
READINESS_RECORD_ACCESS(Kpi, kpi, saveKpi, removeKpi)
READINESS_RECORD_ACCESS(SignOff, signOff, saveSignOff, removeSignOff)
READINESS_RECORD_ACCESS(Evidence, evidence, saveEvidence, removeEvidence)
READINESS_RECORD_ACCESS(Comment, comment, saveComment, removeComment)

#undef READINESS_RECORD_ACCESS

// Milestones: an existing one is renamed, a new or removed one stored as given.
template <> const Snapshot* RecordAccess<Snapshot>::find(const Project& p, const Snapshot& s)
{
    return p.snapshot(s.id);
}
template <> ProjectError RecordAccess<Snapshot>::save(Project& p, const Snapshot& s, qint64* id)
{
    if (s.id && p.snapshot(s.id)) {
        *id = s.id;
        return p.renameSnapshot(s.id, s.name);
    }
    return p.restoreSnapshot(s, id);
}
template <> ProjectError RecordAccess<Snapshot>::remove(Project& p, const Snapshot& s)
{
    return p.removeSnapshot(s.id);
}
template <> const Snapshot* RecordAccess<Snapshot>::stored(const Project& p, const Snapshot&, qint64 id)
{
    return p.snapshot(id);
}

// Adjustments: one per score, found by the domain they adjust (none for the overall score).
template <> const Adjustment* RecordAccess<Adjustment>::find(const Project& p, const Adjustment& a)
{
    return p.assessment().adjustmentFor(a.domainKey);
}
template <> ProjectError RecordAccess<Adjustment>::save(Project& p, const Adjustment& a, qint64*)
{
    return p.saveAdjustment(a);
}
template <> ProjectError RecordAccess<Adjustment>::remove(Project& p, const Adjustment& a)
{
    return p.clearAdjustment(a.domainKey);
}
template <> const Adjustment* RecordAccess<Adjustment>::stored(const Project& p, const Adjustment& a, qint64)
{
    return p.assessment().adjustmentFor(a.domainKey);
}
