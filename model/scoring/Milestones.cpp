#include "Milestones.h"

namespace rw::Milestones {

MilestoneComparison compare(const Assessment& a, const Snapshot& from, const Snapshot& to)
{
    MilestoneComparison c;
    c.overallFrom = from.overall;
    c.overallTo = to.overall;
    for (const Domain& d : a.domains) {
        DomainDelta delta;
        delta.key = d.key;
        delta.title = d.title;
        if (from.domainScores.contains(d.key))
            delta.from = from.domainScores.value(d.key);
        if (to.domainScores.contains(d.key))
            delta.to = to.domainScores.value(d.key);
        c.domains.append(delta);
        for (const Item& i : d.items) {
            // An item missing from a milestone (added since) counts as not assessed then.
            const ItemStatus before
                = fromKey<ItemStatus>(from.itemStatuses.value(i.key)).value_or(ItemStatus::Open);
            const ItemStatus after
                = fromKey<ItemStatus>(to.itemStatuses.value(i.key)).value_or(ItemStatus::Open);
            if (before != after)
                c.changedItems.append({ i.key, i.text, before, after });
        }
    }
    return c;
}

} // namespace rw::Milestones
