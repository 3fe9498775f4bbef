#pragma once

// The checklist page of the workbench: the domains with their live bars on the left, the filter row and
// the checklist table in the middle, the selected item in full on the right. It owns the models of the
// open document's checklist, keeps the selected item across filtering and structural edits, and offers
// the checklist's own commands (status keys, navigation, adding, removing and moving domains and items);
// each goes through the document's named intents.

#include "domain/Enums.h"

#include <QSplitter>
#include <QStringList>

class ChecklistFilterModel;
class ChecklistModel;
class ChecklistView;
class Document;
class DomainListModel;
class ItemPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

class ChecklistPage : public QSplitter
{
    Q_OBJECT

public:
    explicit ChecklistPage(QWidget* parent = nullptr);

    // Shows document's checklist (nullptr: none); the page's models are made for it and dropped with it.
    void setDocument(Document* document);

    ChecklistView* checklistView() const { return m_checklist; }
    ChecklistFilterModel* filterModel() const { return m_filter; }
    ChecklistModel* checklistModel() const { return m_checklistModel; }
    QListView* domainView() const { return m_domainView; }
    ItemPanel* itemPanel() const { return m_itemPanel; }
    QLineEdit* filterEdit() const { return m_filterText; }
    QComboBox* statusFilter() const { return m_filterStatus; }
    QComboBox* ownerFilter() const { return m_filterOwner; }
    QCheckBox* blockersFilter() const { return m_filterBlockers; }
    QCheckBox* noEvidenceFilter() const { return m_filterNoEvidence; }
    QComboBox* reviewFilter() const { return m_filterReview; }

    // The selected item's key (empty: none) and the domain shown.
    QString currentItemKey() const { return m_currentKey; }
    QString currentDomainKey() const;
    // Selects the item with key, showing its domain and dropping a filter that hides it.
    bool selectItem(const QString& key);
    // Shows a domain (empty: keeps the current one), optionally with only the items of one status.
    void showDomain(const QString& domainKey, int status = -1);
    void focusFilter();
    void clearFilter();

    // The checklist's commands, on the selected item or domain.
    void setStatus(rw::ItemStatus status);
    void moveSelection(int step, bool unassessedOnly);
    void goToItem();
    void addDomain();
    void editDomain();
    void removeDomain();
    void moveDomain(int step);
    void addItem();
    void removeItem();
    void moveItem(int step);

protected:
    // Digits on an item answered with levels or choices pick a level or a choice (instead of a status).
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void currentItemChanged(const QString& key);
    // The domain shown changed: what may be done on it can have changed.
    void currentDomainChanged();
    void filesDropped(const QString& itemKey, const QStringList& paths);
    // A short message for the status bar.
    void message(const QString& text);

private:
    QWidget* createTable();
    void updateFilter();
    void restoreSelection();
    void onCurrentItemChanged();
    void onDomainChanged();
    void restoreDomain();
    void onItemChanged(int domain, int index);
    void refreshOwners();
    void fitColumns();

    Document* m_document = nullptr;
    QListView* m_domainView;
    ChecklistView* m_checklist;
    ItemPanel* m_itemPanel;
    QLineEdit* m_filterText;
    QComboBox* m_filterStatus;
    QComboBox* m_filterOwner;
    QCheckBox* m_filterBlockers;
    QCheckBox* m_filterNoEvidence;
    QComboBox* m_filterReview;
    QLabel* m_filterCount;

    ChecklistModel* m_checklistModel = nullptr;
    ChecklistFilterModel* m_filter;
    DomainListModel* m_domainModel = nullptr;
    QString m_currentKey;
    QString m_domainBeforeReset;
    QStringList m_owners;
    bool m_hasBlockers = false;
};
