#pragma once

// Narrows the checklist to one domain, or filters across all items: text, status, owner, blockers and
// items without evidence.

#include <QSortFilterProxyModel>

class ChecklistFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChecklistFilterModel(QObject* parent = nullptr);

    // -1 for every domain.
    void setDomain(int domainIndex);
    int domain() const { return m_domain; }
    void setText(const QString& text);
    // -1 for any status, else int(rw::ItemStatus).
    void setStatus(int status);
    void setOwner(const QString& owner);
    void setBlockersOnly(bool on);
    void setWithoutEvidenceOnly(bool on);
    // The reviewer's pass: items in one work state, flagged, or with comments open.
    enum class Review { Any = -1, ToDo = 0, InReview = 1, Done = 2, Flagged = 10, OpenComments = 11 };
    void setReview(Review review);
    // Whether anything but the domain narrows the list.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    int m_domain = -1;
    QString m_text;
    int m_status = -1;
    QString m_owner;
    bool m_blockersOnly = false;
    bool m_withoutEvidenceOnly = false;
    Review m_review = Review::Any;
};
