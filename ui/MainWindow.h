#pragma once

// The workbench window: the overall score always in view, the domains with live bars, the checklist
// with in-place editing and keyboard shortcuts, the selected item with its note and evidence, and pages
// for findings, risks, KPIs, sign-offs and the assessment's details. Every edit goes through the
// document's undo stack and is in the file when it is made; there is no Save.

#include "signing/IdentityStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

#include "ActionId.h"
#include "domain/Enums.h"

#include <array>

class AssessmentPage;
class ChecklistFilterModel;
class ChecklistModel;
class ChecklistView;
class DashboardPage;
class MilestonesPage;
class PresenterWindow;
class Document;
class DomainListModel;
class EvidenceImport;
class ItemPanel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QScreen;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;
class QUndoView;
class RecordsPage;
class ScoreHeader;
class WelcomePage;
class NewProjectWizard;

#include "store/Project.h"

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path, explaining any failure in a dialog. Returns whether a project is now open from path.
    bool openProject(const QString& path);
    void closeProject();

    Document* document() const { return m_document.get(); }
    rw::Project* project() const;
    ScoreHeader* scoreHeader() const { return m_header; }
    ChecklistView* checklistView() const { return m_checklist; }
    ChecklistFilterModel* filterModel() const { return m_filter; }
    QListView* domainView() const { return m_domainView; }
    ItemPanel* itemPanel() const { return m_itemPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    WelcomePage* welcomePage() const { return m_welcome; }
    DashboardPage* dashboard() const { return m_dashboard; }
    MilestonesPage* milestones() const { return m_milestones; }
    PresenterWindow* presenter() const;
    QLineEdit* filterEdit() const { return m_filterText; }
    QComboBox* statusFilter() const { return m_filterStatus; }
    QComboBox* ownerFilter() const { return m_filterOwner; }
    QCheckBox* blockersFilter() const { return m_filterBlockers; }
    QCheckBox* noEvidenceFilter() const { return m_filterNoEvidence; }
    QAction* action(ActionId id) const;
    // Where signing identities are kept (the user's application data folder unless a test chooses).
    rw::IdentityStore* identityStore() const { return m_identities.get(); }
    void setIdentityStore(std::unique_ptr<rw::IdentityStore> store);

    void exportReport();
    // The open project's results for other tools (File > Export Results); false with a message on failure.
    enum class ResultsFormat { OscalAssessmentResults, Csv, FindingsCsv, RisksCsv, KpisCsv };
    bool exportResults(const QString& path, ResultsFormat format);
    // File > Import Checklist: a checklist file into the New Assessment wizard, previewed, then created.
    void importChecklist(const QString& path);
    void verifyReport();
    void manageIdentities();

    // The selected item's key, or empty.
    QString currentItemKey() const;
    bool selectItem(const QString& key);
    // Attaches files to an item in the background; returns at once.
    void attachFiles(const QString& itemKey, const QStringList& paths);
    bool isImporting() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void registerAction(ActionId id, QAction* action);
    void createMenus();
    QWidget* createWorkbench();
    void setDocument(std::unique_ptr<rw::Project> project);
    void updateActions();
    void updateTitle();
    void showError(const QString& message);
    void addRecentFile(const QString& path, const QString& title);
    QStringList recentFiles() const;
    QHash<QString, QString> recentTitles() const;
    void refreshRecentMenu();
    void restoreSelection();
    void currentItemChanged();

    void newProject();
    void createFromWizard(NewProjectWizard& wizard);
    void chooseAndOpen();
    // A file name for an export of the open project: its title, made safe, and suffix.
    QString exportName(const QString& suffix) const;
    void openDemo();
    void saveCopyAs();
    void saveChecklistAsTemplate();
    void setStatus(rw::ItemStatus status);
    void moveSelection(int step, bool unassessedOnly);
    void goToItem();
    void adjustScore();
    void addDomain();
    void editDomain();
    void removeDomain();
    void moveDomain(int step);
    void addItem();
    void removeItem();
    void moveItem(int step);
    void addEvidenceFiles();
    void pasteImage();
    void addLink();
    void openEvidence(qint64 id);
    void saveEvidenceCopy(qint64 id);
    void removeEvidence(qint64 id);
    void linkFinding();
    void startNextImport();
    void clearFilter();
    void togglePresenter(QScreen* screen = nullptr);
    void refreshOwners();
    void fitChecklistColumns();
    QString currentDomainKey() const;
    // Wires a records page's Add, Edit and Remove to the record's dialog and the undo stack.
    template <typename Record>
    void bindRecords(RecordsPage* page, const Record* (rw::Project::*find)(qint64) const,
        bool (Document::*save)(const Record&, qint64*), bool (Document::*remove)(qint64),
        std::function<bool(Record*)> edit, std::function<void(Record*)> prepareNew = {});

    std::unique_ptr<Document> m_document;
    QUndoGroup* m_undoGroup;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    ScoreHeader* m_header;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QListView* m_domainView;
    ChecklistView* m_checklist;
    ItemPanel* m_itemPanel;
    QLineEdit* m_filterText;
    QComboBox* m_filterStatus;
    QComboBox* m_filterOwner;
    QCheckBox* m_filterBlockers;
    QCheckBox* m_filterNoEvidence;
    QLabel* m_filterCount;
    RecordsPage* m_findingsPage;
    RecordsPage* m_risksPage;
    RecordsPage* m_kpisPage;
    RecordsPage* m_signOffsPage;
    AssessmentPage* m_assessmentPage;
    DashboardPage* m_dashboard;
    MilestonesPage* m_milestones;
    QUndoView* m_undoView;
    QMenu* m_recentMenu = nullptr;
    QWidget* m_importBox;
    QLabel* m_importLabel;
    QProgressBar* m_importProgress;
    QPushButton* m_importCancel;

    ChecklistModel* m_checklistModel = nullptr;
    ChecklistFilterModel* m_filter;
    DomainListModel* m_domainModel = nullptr;
    QString m_currentKey;
    QString m_domainBeforeReset;
    QStringList m_owners;
    bool m_checklistHasBlockers = false;

    struct PendingImport
    {
        QString itemKey;
        QString path;
        QString name;
    };
    QList<PendingImport> m_importQueue;
    QPointer<EvidenceImport> m_import;
    PendingImport m_importing;
    QTemporaryDir m_scratch;
    std::array<QAction*, std::size_t(ActionId::Count)> m_actions {};
    std::unique_ptr<rw::IdentityStore> m_identities;
    QPointer<PresenterWindow> m_presenter;
    QMenu* m_screensMenu = nullptr;
};
