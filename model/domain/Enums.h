#pragma once

// The closed vocabularies of an assessment (item status, priorities, states, ...), with the stable keys
// stored in project files, templates and JSON, and the translated labels shown to people.

#include <QString>
#include <QStringList>
#include <optional>

namespace rw {

enum class ItemStatus { Open, Met, Partial, Unmet, NotApplicable };
enum class Priority { Critical, High, Medium, Low };
enum class FindingState { Open, InProgress, Done };
enum class RiskCategory { Technical, Business, Operational };
enum class RiskState { Open, Mitigated, Accepted, Closed };
enum class Comparator { AtLeast, AtMost, Equal };
enum class Decision { None, Approved, ApprovedWithConditions, Rejected };
// Where the work on an item stands, apart from its verdict.
enum class WorkState { ToDo, InReview, Done };
// What a reviewer made of a piece of evidence.
enum class EvidenceReview { Unreviewed, Accepted, Rejected };

// Key <-> enum for each vocabulary. Keys are ASCII, lower case and never translated.
QString toKey(ItemStatus v);
QString toKey(Priority v);
QString toKey(FindingState v);
QString toKey(RiskCategory v);
QString toKey(RiskState v);
QString toKey(Comparator v);
QString toKey(Decision v);
QString toKey(WorkState v);
QString toKey(EvidenceReview v);

template <typename E> std::optional<E> fromKey(const QString& key);
template <> std::optional<ItemStatus> fromKey<ItemStatus>(const QString& key);
template <> std::optional<Priority> fromKey<Priority>(const QString& key);
template <> std::optional<FindingState> fromKey<FindingState>(const QString& key);
template <> std::optional<RiskCategory> fromKey<RiskCategory>(const QString& key);
template <> std::optional<RiskState> fromKey<RiskState>(const QString& key);
template <> std::optional<Comparator> fromKey<Comparator>(const QString& key);
template <> std::optional<Decision> fromKey<Decision>(const QString& key);
template <> std::optional<WorkState> fromKey<WorkState>(const QString& key);
template <> std::optional<EvidenceReview> fromKey<EvidenceReview>(const QString& key);

// All keys of a vocabulary, in display order (for help texts and error messages).
template <typename E> QStringList allKeys();
template <> QStringList allKeys<ItemStatus>();
template <> QStringList allKeys<Priority>();
template <> QStringList allKeys<FindingState>();
template <> QStringList allKeys<RiskCategory>();
template <> QStringList allKeys<RiskState>();
template <> QStringList allKeys<Comparator>();
template <> QStringList allKeys<Decision>();
template <> QStringList allKeys<WorkState>();
template <> QStringList allKeys<EvidenceReview>();

// Translated labels for people.
QString toLabel(ItemStatus v);
QString toLabel(Priority v);
QString toLabel(FindingState v);
QString toLabel(RiskCategory v);
QString toLabel(RiskState v);
QString toLabel(Decision v);
QString toLabel(WorkState v);
QString toLabel(EvidenceReview v);

} // namespace rw
