#include "Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace rw {

namespace {

template <typename E, std::size_t N> using KeyTable = std::array<std::pair<E, const char*>, N>;

constexpr KeyTable<ItemStatus, 5> kStatusKeys { { { ItemStatus::Open, "open" }, { ItemStatus::Met, "met" },
    { ItemStatus::Partial, "partial" }, { ItemStatus::Unmet, "unmet" },
    { ItemStatus::NotApplicable, "na" } } };
constexpr KeyTable<Priority, 4> kPriorityKeys { { { Priority::Critical, "critical" },
    { Priority::High, "high" }, { Priority::Medium, "medium" }, { Priority::Low, "low" } } };
constexpr KeyTable<FindingState, 3> kFindingStateKeys { { { FindingState::Open, "open" },
    { FindingState::InProgress, "in-progress" }, { FindingState::Done, "done" } } };
constexpr KeyTable<RiskCategory, 3> kRiskCategoryKeys { { { RiskCategory::Technical, "technical" },
    { RiskCategory::Business, "business" }, { RiskCategory::Operational, "operational" } } };
constexpr KeyTable<RiskState, 4> kRiskStateKeys { { { RiskState::Open, "open" },
    { RiskState::Mitigated, "mitigated" }, { RiskState::Accepted, "accepted" },
    { RiskState::Closed, "closed" } } };
constexpr KeyTable<Comparator, 3> kComparatorKeys { { { Comparator::AtLeast, ">=" },
    { Comparator::AtMost, "<=" }, { Comparator::Equal, "=" } } };
constexpr KeyTable<Decision, 4> kDecisionKeys { { { Decision::None, "none" },
    { Decision::Approved, "approved" }, { Decision::ApprovedWithConditions, "approved-with-conditions" },
    { Decision::Rejected, "rejected" } } };
constexpr KeyTable<WorkState, 3> kWorkStateKeys { { { WorkState::ToDo, "todo" },
    { WorkState::InReview, "review" }, { WorkState::Done, "done" } } };
constexpr KeyTable<EvidenceReview, 3> kEvidenceReviewKeys { { { EvidenceReview::Unreviewed, "unreviewed" },
    { EvidenceReview::Accepted, "accepted" }, { EvidenceReview::Rejected, "rejected" } } };

template <typename E, std::size_t N> QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N> std::optional<E> valueOf(const KeyTable<E, N>& table, const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& [e, k] : table) {
        if (wanted == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList keysOf(const KeyTable<E, N>& table)
{
    QStringList keys;
    for (const auto& entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace

QString toKey(ItemStatus v)
{
    return keyOf(kStatusKeys, v);
}
QString toKey(Priority v)
{
    return keyOf(kPriorityKeys, v);
}
QString toKey(FindingState v)
{
    return keyOf(kFindingStateKeys, v);
}
QString toKey(RiskCategory v)
{
    return keyOf(kRiskCategoryKeys, v);
}
QString toKey(RiskState v)
{
    return keyOf(kRiskStateKeys, v);
}
QString toKey(Comparator v)
{
    return keyOf(kComparatorKeys, v);
}
QString toKey(Decision v)
{
    return keyOf(kDecisionKeys, v);
}

template <> std::optional<ItemStatus> fromKey<ItemStatus>(const QString& key)
{
    return valueOf(kStatusKeys, key);
}
template <> std::optional<Priority> fromKey<Priority>(const QString& key)
{
    return valueOf(kPriorityKeys, key);
}
template <> std::optional<FindingState> fromKey<FindingState>(const QString& key)
{
    return valueOf(kFindingStateKeys, key);
}
template <> std::optional<RiskCategory> fromKey<RiskCategory>(const QString& key)
{
    return valueOf(kRiskCategoryKeys, key);
}
template <> std::optional<RiskState> fromKey<RiskState>(const QString& key)
{
    return valueOf(kRiskStateKeys, key);
}
template <> std::optional<Comparator> fromKey<Comparator>(const QString& key)
{
    return valueOf(kComparatorKeys, key);
}
template <> std::optional<Decision> fromKey<Decision>(const QString& key)
{
    return valueOf(kDecisionKeys, key);
}

template <> QStringList allKeys<ItemStatus>()
{
    return keysOf(kStatusKeys);
}
template <> QStringList allKeys<Priority>()
{
    return keysOf(kPriorityKeys);
}
template <> QStringList allKeys<FindingState>()
{
    return keysOf(kFindingStateKeys);
}
template <> QStringList allKeys<RiskCategory>()
{
    return keysOf(kRiskCategoryKeys);
}
template <> QStringList allKeys<RiskState>()
{
    return keysOf(kRiskStateKeys);
}
template <> QStringList allKeys<Comparator>()
{
    return keysOf(kComparatorKeys);
}
template <> QStringList allKeys<Decision>()
{
    return keysOf(kDecisionKeys);
}
QString toKey(WorkState v)
{
    return keyOf(kWorkStateKeys, v);
}
QString toKey(EvidenceReview v)
{
    return keyOf(kEvidenceReviewKeys, v);
}
template <> std::optional<WorkState> fromKey<WorkState>(const QString& key)
{
    return valueOf(kWorkStateKeys, key);
}
template <> std::optional<EvidenceReview> fromKey<EvidenceReview>(const QString& key)
{
    return valueOf(kEvidenceReviewKeys, key);
}
template <> QStringList allKeys<WorkState>()
{
    return keysOf(kWorkStateKeys);
}
template <> QStringList allKeys<EvidenceReview>()
{
    return keysOf(kEvidenceReviewKeys);
}

QString toLabel(WorkState v)
{
    switch (v) {
    case WorkState::ToDo:
        return QCoreApplication::translate("WorkState", "To do");
    case WorkState::InReview:
        return QCoreApplication::translate("WorkState", "In review");
    case WorkState::Done:
        return QCoreApplication::translate("WorkState", "Done");
    }
    return {};
}

QString toLabel(EvidenceReview v)
{
    switch (v) {
    case EvidenceReview::Unreviewed:
        return QCoreApplication::translate("EvidenceReview", "Not reviewed");
    case EvidenceReview::Accepted:
        return QCoreApplication::translate("EvidenceReview", "Accepted");
    case EvidenceReview::Rejected:
        return QCoreApplication::translate("EvidenceReview", "Rejected");
    }
    return {};
}

QString toLabel(ItemStatus v)
{
    switch (v) {
    case ItemStatus::Open:
        return QCoreApplication::translate("ItemStatus", "Not assessed");
    case ItemStatus::Met:
        return QCoreApplication::translate("ItemStatus", "Met");
    case ItemStatus::Partial:
        return QCoreApplication::translate("ItemStatus", "Partially met");
    case ItemStatus::Unmet:
        return QCoreApplication::translate("ItemStatus", "Not met");
    case ItemStatus::NotApplicable:
        return QCoreApplication::translate("ItemStatus", "Not applicable");
    }
    return {};
}

QString toLabel(Priority v)
{
    switch (v) {
    case Priority::Critical:
        return QCoreApplication::translate("Priority", "Critical");
    case Priority::High:
        return QCoreApplication::translate("Priority", "High");
    case Priority::Medium:
        return QCoreApplication::translate("Priority", "Medium");
    case Priority::Low:
        return QCoreApplication::translate("Priority", "Low");
    }
    return {};
}

QString toLabel(FindingState v)
{
    switch (v) {
    case FindingState::Open:
        return QCoreApplication::translate("FindingState", "Open");
    case FindingState::InProgress:
        return QCoreApplication::translate("FindingState", "In progress");
    case FindingState::Done:
        return QCoreApplication::translate("FindingState", "Done");
    }
    return {};
}

QString toLabel(RiskCategory v)
{
    switch (v) {
    case RiskCategory::Technical:
        return QCoreApplication::translate("RiskCategory", "Technical");
    case RiskCategory::Business:
        return QCoreApplication::translate("RiskCategory", "Business");
    case RiskCategory::Operational:
        return QCoreApplication::translate("RiskCategory", "Operational");
    }
    return {};
}

QString toLabel(RiskState v)
{
    switch (v) {
    case RiskState::Open:
        return QCoreApplication::translate("RiskState", "Open");
    case RiskState::Mitigated:
        return QCoreApplication::translate("RiskState", "Mitigated");
    case RiskState::Accepted:
        return QCoreApplication::translate("RiskState", "Accepted");
    case RiskState::Closed:
        return QCoreApplication::translate("RiskState", "Closed");
    }
    return {};
}

QString toLabel(Decision v)
{
    switch (v) {
    case Decision::None:
        return QCoreApplication::translate("Decision", "No decision yet");
    case Decision::Approved:
        return QCoreApplication::translate("Decision", "Approved");
    case Decision::ApprovedWithConditions:
        return QCoreApplication::translate("Decision", "Approved with conditions");
    case Decision::Rejected:
        return QCoreApplication::translate("Decision", "Rejected");
    }
    return {};
}

} // namespace rw
