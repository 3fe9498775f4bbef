#include "ChecklistFilterModel.h"

#include "ChecklistModel.h"

ChecklistFilterModel::ChecklistFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void ChecklistFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-evaluates every row.
    invalidateFilter();
}

void ChecklistFilterModel::setDomain(int domainIndex)
{
    if (m_domain == domainIndex)
        return;
    m_domain = domainIndex;
    refilter();
}

void ChecklistFilterModel::setText(const QString& text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    refilter();
}

void ChecklistFilterModel::setStatus(int status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void ChecklistFilterModel::setOwner(const QString& owner)
{
    if (m_owner == owner)
        return;
    m_owner = owner;
    refilter();
}

void ChecklistFilterModel::setBlockersOnly(bool on)
{
    if (m_blockersOnly == on)
        return;
    m_blockersOnly = on;
    refilter();
}

void ChecklistFilterModel::setWithoutEvidenceOnly(bool on)
{
    if (m_withoutEvidenceOnly == on)
        return;
    m_withoutEvidenceOnly = on;
    refilter();
}

void ChecklistFilterModel::setReview(Review review)
{
    if (m_review == review)
        return;
    m_review = review;
    refilter();
}

bool ChecklistFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || m_status >= 0 || !m_owner.isEmpty() || m_blockersOnly || m_withoutEvidenceOnly
        || m_review != Review::Any;
}

bool ChecklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    // A filter looks across all domains; without one, the selected domain is shown.
    if (!isFiltering() && m_domain >= 0 && i.data(ChecklistModel::DomainIndexRole).toInt() != m_domain)
        return false;
    if (m_status >= 0 && i.data(ChecklistModel::StatusRole).toInt() != m_status)
        return false;
    if (m_blockersOnly && !i.data(ChecklistModel::BlockerRole).toBool())
        return false;
    if (m_withoutEvidenceOnly && i.data(ChecklistModel::EvidenceCountRole).toInt() > 0)
        return false;
    if (!m_owner.isEmpty() && i.data(ChecklistModel::OwnerRole).toString() != m_owner)
        return false;
    switch (m_review) {
    case Review::Any:
        break;
    case Review::Flagged:
        if (i.data(ChecklistModel::FlagRole).toString().isEmpty())
            return false;
        break;
    case Review::OpenComments:
        if (i.data(ChecklistModel::OpenThreadsRole).toInt() == 0)
            return false;
        break;
    default:
        if (i.data(ChecklistModel::WorkStateRole).toInt() != int(m_review))
            return false;
    }
    if (!m_text.isEmpty()
        && !i.data(ChecklistModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}
