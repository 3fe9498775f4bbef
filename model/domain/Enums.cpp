#include "Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace rw {

namespace {

template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char*>, N>;

constexpr KeyTable<ItemStatus, 5> kStatusKeys { { { ItemStatus::Open, "open" },
    { ItemStatus::Met, "met" },
    { ItemStatus::Partial, "partial" },
    { ItemStatus::Unmet, "unmet" },
    { ItemStatus::NotApplicable, "na" } } };
constexpr KeyTable<Priority, 4> kPriorityKeys { { { Priority::Critical, "critical" },
    { Priority::High, "high" },
    { Priority::Medium, "medium" },
    { Priority::Low, "low" } } };
constexpr KeyTable<FindingState, 3> kFindingStateKeys { { { FindingState::Open, "open" },
    { FindingState::InProgress, "in-progress" },
    { FindingState::Done, "done" } } };
constexpr KeyTable<RiskCategory, 3> kRiskCategoryKeys { { { RiskCategory::Technical, "technical" },
    { RiskCategory::Business, "business" },
    { RiskCategory::Operational, "operational" } } };
constexpr KeyTable<RiskState, 4> kRiskStateKeys { { { RiskState::Open, "open" },
    { RiskState::Mitigated, "mitigated" },
    { RiskState::Accepted, "accepted" },
    { RiskState::Closed, "closed" } } };
constexpr KeyTable<Comparator, 3> kComparatorKeys { { { Comparator::AtLeast, ">=" },
    { Comparator::AtMost, "<=" },
    { Comparator::Equal, "=" } } };
constexpr KeyTable<Decision, 4> kDecisionKeys { { { Decision::None, "none" },
    { Decision::Approved, "approved" },
    { Decision::ApprovedWithConditions, "approved-with-conditions" },
    { Decision::Rejected, "rejected" } } };

template<typename E, std::size_t N> QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const KeyTable<E, N>& table, const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& [e, k] : table) {
        if (wanted == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QStringList keysOf(const KeyTable<E, N>& table)
{
    QStringList keys;
    for (const auto& entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

QString tr(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

QString toKey(ItemStatus v) { return keyOf(kStatusKeys, v); }
QString toKey(Priority v) { return keyOf(kPriorityKeys, v); }
QString toKey(FindingState v) { return keyOf(kFindingStateKeys, v); }
QString toKey(RiskCategory v) { return keyOf(kRiskCategoryKeys, v); }
QString toKey(RiskState v) { return keyOf(kRiskStateKeys, v); }
QString toKey(Comparator v) { return keyOf(kComparatorKeys, v); }
QString toKey(Decision v) { return keyOf(kDecisionKeys, v); }

template<> std::optional<ItemStatus> fromKey<ItemStatus>(const QString& key)
{
    return valueOf(kStatusKeys, key);
}
template<> std::optional<Priority> fromKey<Priority>(const QString& key) { return valueOf(kPriorityKeys, key); }
template<> std::optional<FindingState> fromKey<FindingState>(const QString& key)
{
    return valueOf(kFindingStateKeys, key);
}
template<> std::optional<RiskCategory> fromKey<RiskCategory>(const QString& key)
{
    return valueOf(kRiskCategoryKeys, key);
}
template<> std::optional<RiskState> fromKey<RiskState>(const QString& key)
{
    return valueOf(kRiskStateKeys, key);
}
template<> std::optional<Comparator> fromKey<Comparator>(const QString& key)
{
    return valueOf(kComparatorKeys, key);
}
template<> std::optional<Decision> fromKey<Decision>(const QString& key)
{
    return valueOf(kDecisionKeys, key);
}

template<> QStringList allKeys<ItemStatus>() { return keysOf(kStatusKeys); }
template<> QStringList allKeys<Priority>() { return keysOf(kPriorityKeys); }
template<> QStringList allKeys<FindingState>() { return keysOf(kFindingStateKeys); }
template<> QStringList allKeys<RiskCategory>() { return keysOf(kRiskCategoryKeys); }
template<> QStringList allKeys<RiskState>() { return keysOf(kRiskStateKeys); }
template<> QStringList allKeys<Comparator>() { return keysOf(kComparatorKeys); }
template<> QStringList allKeys<Decision>() { return keysOf(kDecisionKeys); }

QString toLabel(ItemStatus v)
{
    switch (v) {
    case ItemStatus::Open:
        return tr("ItemStatus", "Not assessed");
    case ItemStatus::Met:
        return tr("ItemStatus", "Met");
    case ItemStatus::Partial:
        return tr("ItemStatus", "Partially met");
    case ItemStatus::Unmet:
        return tr("ItemStatus", "Not met");
    case ItemStatus::NotApplicable:
        return tr("ItemStatus", "Not applicable");
    }
    return {};
}

QString toLabel(Priority v)
{
    switch (v) {
    case Priority::Critical:
        return tr("Priority", "Critical");
    case Priority::High:
        return tr("Priority", "High");
    case Priority::Medium:
        return tr("Priority", "Medium");
    case Priority::Low:
        return tr("Priority", "Low");
    }
    return {};
}

QString toLabel(FindingState v)
{
    switch (v) {
    case FindingState::Open:
        return tr("FindingState", "Open");
    case FindingState::InProgress:
        return tr("FindingState", "In progress");
    case FindingState::Done:
        return tr("FindingState", "Done");
    }
    return {};
}

QString toLabel(RiskCategory v)
{
    switch (v) {
    case RiskCategory::Technical:
        return tr("RiskCategory", "Technical");
    case RiskCategory::Business:
        return tr("RiskCategory", "Business");
    case RiskCategory::Operational:
        return tr("RiskCategory", "Operational");
    }
    return {};
}

QString toLabel(RiskState v)
{
    switch (v) {
    case RiskState::Open:
        return tr("RiskState", "Open");
    case RiskState::Mitigated:
        return tr("RiskState", "Mitigated");
    case RiskState::Accepted:
        return tr("RiskState", "Accepted");
    case RiskState::Closed:
        return tr("RiskState", "Closed");
    }
    return {};
}

QString toLabel(Decision v)
{
    switch (v) {
    case Decision::None:
        return tr("Decision", "No decision yet");
    case Decision::Approved:
        return tr("Decision", "Approved");
    case Decision::ApprovedWithConditions:
        return tr("Decision", "Approved with conditions");
    case Decision::Rejected:
        return tr("Decision", "Rejected");
    }
    return {};
}

} // namespace rw
