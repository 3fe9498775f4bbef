#pragma once

// The workbench window: the overall score always in view, the domains with live bars, the checklist
// with in-place editing and keyboard shortcuts, the selected item with its note and evidence, and pages
// for findings, risks, KPIs, sign-offs and the assessment's details. Every edit goes through the
// document's undo stack and is in the file when it is made; there is no Save.
//
// The window assembles; the rooms are elsewhere: ChecklistPage (domains, filter, table, item panel and
// the checklist's commands), EvidenceIntake (attaching files, pasted images and links in the background),
// ProjectOpener and RecentProjects (opening, creating, recent files), PresenterControl (presenter mode),
// ActionRegistry (the actions by id; MainWindowActions.cpp makes them and the menus).

#include "signing/IdentityStore.h"

#include <QMainWindow>
#include <functional>
#include <memory>

#include "ActionId.h"
#include "domain/Enums.h"

class AssessmentPage;
class ChecklistFilterModel;
class ChecklistPage;
class ChecklistView;
class DashboardPage;
class Document;
class EvidenceIntake;
class ItemPanel;
class MilestonesPage;
class PresenterControl;
class PresenterWindow;
class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;
class RecentProjects;
class RecordsPage;
class ScoreHeader;
class WelcomePage;
class WorkshopController;

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
    ChecklistPage* checklistPage() const { return m_checklistPage; }
    ChecklistView* checklistView() const;
    ChecklistFilterModel* filterModel() const;
    QListView* domainView() const;
    ItemPanel* itemPanel() const;
    QTabWidget* tabs() const { return m_tabs; }
    WelcomePage* welcomePage() const { return m_welcome; }
    DashboardPage* dashboard() const { return m_dashboard; }
    MilestonesPage* milestones() const { return m_milestones; }
    PresenterWindow* presenter() const;
    QLineEdit* filterEdit() const;
    QComboBox* statusFilter() const;
    QComboBox* ownerFilter() const;
    QCheckBox* blockersFilter() const;
    QCheckBox* noEvidenceFilter() const;
    QAction* action(ActionId id) const { return m_actions.action(id); }
    // Where signing identities are kept (the user's application data folder unless a test chooses).
    rw::IdentityStore* identityStore() const { return m_identities.get(); }
    void setIdentityStore(std::unique_ptr<rw::IdentityStore> store);

    void exportReport();
    // The open project's results for other tools (File > Export Results); false with a message on failure.
    enum class ResultsFormat {
        OscalAssessmentResults,
        OscalPoam,
        Questionnaire,
        Csv,
        FindingsCsv,
        RisksCsv,
        KpisCsv
    };
    bool exportResults(const QString& path, ResultsFormat format);
    // File > Import Checklist: a checklist file into the New Assessment wizard, previewed, then created.
    void importChecklist(const QString& path);
    // Results from a spreadsheet or an answers file: the preview, then one undo step. False if not applied.
    bool importResults(const QString& path);
    // File > Project onto Another Framework: the draft is created and opened. False if none was made.
    bool projectOnto();
    void verifyReport();
    void manageIdentities();

    // The selected item's key, or empty.
    QString currentItemKey() const;
    bool selectItem(const QString& key);
    // Attaches files to an item in the background; returns at once.
    void attachFiles(const QString& itemKey, const QStringList& paths);
    bool isImporting() const;
    // Workshop > Host and Join: the live workshop on this project.
    WorkshopController* workshop() const { return m_workshop; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // MainWindowActions.cpp: every action with its shortcut, and the menus.
    void createActions();
    void createFileActions();
    void createChecklistActions();
    void createMenus();
    QWidget* createWorkbench();
    void connectDashboard();
    void createRecordPages();
    void setDocument(std::unique_ptr<rw::Project> project);
    void updateActions();
    void updateTitle();
    void showError(const QString& message);
    void showMessage(const QString& text, int timeout = 5000);
    void showChecklist();

    // A file name for an export of the open project: its title, made safe, and suffix.
    QString exportName(const QString& suffix) const;
    void saveCopyAs();
    void startNextCycle();
    // Merging: the preview and the merge of copies (files or packs), the conflict inbox, a pack of this
    // copy's changes for the others (in the exchange folder when one is set), and packs found there.
    void mergeCopies(const QStringList& paths);
    void showConflicts();
    void shareChanges();
    void offerExchangePacks();
    void saveChecklistAsTemplate();
    void adjustScore();
    void linkFinding();
    // Wires a records page's Add, Edit and Remove to the record's dialog and the undo stack.
    template <typename Record>
    void bindRecords(RecordsPage* page, const Record* (rw::Project::*find)(qint64) const,
        bool (Document::*save)(const Record&, qint64*), bool (Document::*remove)(qint64),
        std::function<bool(Record*)> edit, std::function<void(Record*)> prepareNew = {});

    std::unique_ptr<Document> m_document;
    WorkshopController* m_workshop = nullptr;
    QUndoGroup* m_undoGroup;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    ScoreHeader* m_header;
    QTabWidget* m_tabs;
    ChecklistPage* m_checklistPage;
    RecordsPage* m_findingsPage;
    RecordsPage* m_risksPage;
    RecordsPage* m_kpisPage;
    RecordsPage* m_signOffsPage;
    AssessmentPage* m_assessmentPage;
    DashboardPage* m_dashboard;
    MilestonesPage* m_milestones;
    EvidenceIntake* m_evidence;
    RecentProjects* m_recent = nullptr;
    PresenterControl* m_presenter = nullptr;
    ActionRegistry m_actions;
    std::unique_ptr<rw::IdentityStore> m_identities;
};
