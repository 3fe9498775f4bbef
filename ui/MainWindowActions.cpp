// The main window's actions, their shortcuts and menus, and when each is enabled.

#include "MainWindow.h"
#include "workshop/WorkshopController.h"

#include "Document.h"
#include "EvidenceIntake.h"
#include "PresenterControl.h"
#include "ProjectOpener.h"
#include "RecentProjects.h"
#include "Settings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "widgets/ChecklistPage.h"
#include "widgets/ChecklistView.h"
#include "widgets/RecordsPage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QUndoGroup>

using namespace rw;

namespace {

// Makes an action with its text and shortcut, triggering slot on receiver, and registers it under id.
template <typename Receiver, typename Slot>
QAction* makeAction(ActionRegistry& registry, Receiver* receiver, ActionId id, const QString& text,
    const QKeySequence& shortcut, Slot slot)
{
    auto* a = new QAction(text, receiver);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    QObject::connect(a, &QAction::triggered, receiver, slot);
    return registry.add(id, a);
}

} // namespace

void MainWindow::createActions()
{
    createFileActions();
    const auto make = [this](ActionId id, const QString& text, const QKeySequence& shortcut, auto slot) {
        return makeAction(m_actions, this, id, text, shortcut, slot);
    };
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.add(ActionId::Undo, undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(tr("Ctrl+Y")) });
    m_actions.add(ActionId::Redo, redo);
    make(ActionId::AdjustScore, tr("&Adjust Score..."), QKeySequence(tr("Ctrl+Shift+A")),
        &MainWindow::adjustScore);
    createChecklistActions();
    make(ActionId::Presenter, tr("&Presenter Mode"), QKeySequence(Qt::Key_F5),
        [this] { m_presenter->toggle(); });
    make(ActionId::About, tr("&About Readiness Workbench"), QKeySequence(), [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    make(ActionId::AboutQt, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });
    make(ActionId::Guide, tr("&Getting Started"), QKeySequence::HelpContents, [this] {
        auto* guide = findChild<GuideDialog*>();
        if (!guide) {
            guide = new GuideDialog(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    QAction* preferences
        = make(ActionId::Preferences, tr("&Preferences..."), QKeySequence(tr("Ctrl+,")), [this] {
              PreferencesDialog dialog(m_identities.get(), this);
              if (dialog.exec() == QDialog::Accepted && m_document)
                  m_document->project()->setUser(Settings::assessorName());
          });
    preferences->setMenuRole(QAction::PreferencesRole);
    m_presenter = new PresenterControl(this,
        m_actions.actions({ ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet,
            ActionId::SetNotApplicable, ActionId::SetNotAssessed, ActionId::NextItem, ActionId::PreviousItem,
            ActionId::NextUnassessed, ActionId::Undo, ActionId::Redo, ActionId::Presenter }));
}

void MainWindow::createFileActions()
{
    const auto make = [this](ActionId id, const QString& text, const QKeySequence& shortcut, auto slot) {
        return makeAction(m_actions, this, id, text, shortcut, slot);
    };
    const auto opening = [this](std::unique_ptr<Project> (*how)(QWidget*)) {
        return [this, how] {
            if (std::unique_ptr<Project> opened = how(this))
                setDocument(std::move(opened));
        };
    };
    make(ActionId::NewProject, tr("&New from Template..."), QKeySequence::New,
        opening([](QWidget* parent) { return ProjectOpener::create(parent); }));
    make(ActionId::OpenProject, tr("&Open..."), QKeySequence::Open, opening(&ProjectOpener::choose));
    make(ActionId::OpenDemo, tr("Open &Demo Project"), QKeySequence(), opening(&ProjectOpener::demo));
    make(ActionId::SaveCopy, tr("Save a &Copy As..."), QKeySequence(tr("Ctrl+Shift+S")),
        &MainWindow::saveCopyAs);
    make(ActionId::NextCycle, tr("Start the Next &Assessment..."), QKeySequence(),
        &MainWindow::startNextCycle);
    make(ActionId::MergeCopy, tr("&Merge a Copy..."), QKeySequence(tr("Ctrl+Shift+M")), [this] {
        const QStringList paths = FileDialogs::openFiles(this, FileDialogs::Purpose::Projects,
            tr("Merge a Copy"), tr("Copies of this project (*.readiness *.rwpack);;All files (*)"));
        if (!paths.isEmpty())
            mergeCopies(paths);
    });
    make(ActionId::Conflicts, tr("Con&flicts..."), QKeySequence(), &MainWindow::showConflicts);
    make(
        ActionId::ShareChanges, tr("S&hare Changes as a Pack..."), QKeySequence(), &MainWindow::shareChanges);
    make(ActionId::HostWorkshop, tr("&Host a Workshop..."), QKeySequence(tr("Ctrl+Alt+H")),
        [this] { m_workshop->host(); });
    make(ActionId::JoinWorkshop, tr("&Join a Workshop..."), QKeySequence(tr("Ctrl+Shift+J")),
        [this] { m_workshop->join(); });
    make(ActionId::LeaveWorkshop, tr("&Leave the Workshop"), QKeySequence(), [this] { m_workshop->leave(); });
    make(ActionId::SaveTemplate, tr("Save Checklist as &Template..."), QKeySequence(),
        &MainWindow::saveChecklistAsTemplate);
    make(ActionId::ImportChecklist, tr("&Import Checklist..."), QKeySequence(tr("Ctrl+I")), [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Checklists,
            tr("Import a Checklist"), tr("Checklists (*.json *.yaml *.yml *.csv);;All files (*)"));
        if (!path.isEmpty())
            importChecklist(path);
    });
    make(ActionId::ImportResults, tr("Import Res&ults..."), QKeySequence(tr("Ctrl+Shift+I")), [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Exports, tr("Import Results"),
            tr("Results (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            importResults(path);
    });
    make(ActionId::ProjectOnto, tr("&Project onto Another Framework..."), QKeySequence(),
        [this] { projectOnto(); });
    const auto exportAs = [this, make](ActionId name, const QString& text, const QString& title,
                              const QString& suffix, const QString& filter, ResultsFormat format) {
        make(name, text, QKeySequence(), [this, title, suffix, filter, format] {
            const QString path = FileDialogs::saveFile(
                this, FileDialogs::Purpose::Exports, title, exportName(suffix), filter);
            if (!path.isEmpty())
                exportResults(path, format);
        });
    };
    const QString csv = tr("CSV files (*.csv)");
    exportAs(ActionId::ExportOscal, tr("OSCAL &Assessment Results..."), tr("Export OSCAL Assessment Results"),
        QStringLiteral("oscal-ar.json"), tr("OSCAL assessment results (*.json)"),
        ResultsFormat::OscalAssessmentResults);
    exportAs(ActionId::ExportPoam, tr("OSCAL &Plan of Action and Milestones..."),
        tr("Export an OSCAL Plan of Action and Milestones"), QStringLiteral("oscal-poam.json"),
        tr("OSCAL plan of action and milestones (*.json)"), ResultsFormat::OscalPoam);
    exportAs(ActionId::ExportQuestionnaire, tr("&Questionnaire for Others (HTML)..."),
        tr("Export a Questionnaire"), QStringLiteral("questionnaire.html"), tr("Web pages (*.html)"),
        ResultsFormat::Questionnaire);
    exportAs(ActionId::ExportCsv, tr("Checklist with Results as &CSV..."),
        tr("Export the Checklist with Results"), QStringLiteral("checklist.csv"), csv, ResultsFormat::Csv);
    exportAs(ActionId::ExportFindingsCsv, tr("&Findings as CSV..."), tr("Export the Findings"),
        QStringLiteral("findings.csv"), csv, ResultsFormat::FindingsCsv);
    exportAs(ActionId::ExportRisksCsv, tr("&Risks as CSV..."), tr("Export the Risks"),
        QStringLiteral("risks.csv"), csv, ResultsFormat::RisksCsv);
    exportAs(ActionId::ExportKpisCsv, tr("&KPIs as CSV..."), tr("Export the KPIs"),
        QStringLiteral("kpis.csv"), csv, ResultsFormat::KpisCsv);
    make(ActionId::ExportReport, tr("&Export Report..."), QKeySequence(tr("Ctrl+R")),
        &MainWindow::exportReport);
    make(ActionId::VerifyReport, tr("&Verify Report..."), QKeySequence(tr("Ctrl+Shift+R")),
        &MainWindow::verifyReport);
    make(ActionId::Identities, tr("Si&gning Identities..."), QKeySequence(), &MainWindow::manageIdentities);
    make(ActionId::CloseProject, tr("C&lose Project"), QKeySequence::Close, &MainWindow::closeProject);
    make(ActionId::Quit, tr("&Quit"), QKeySequence::Quit, &QWidget::close);
}

void MainWindow::createChecklistActions()
{
    ChecklistPage* page = m_checklistPage;
    const auto make = [this, page](ActionId id, const QString& text, const QKeySequence& shortcut,
                          auto slot) { return makeAction(m_actions, page, id, text, shortcut, slot); };
    make(ActionId::Filter, tr("&Filter Items"), QKeySequence::Find, [this, page] {
        showChecklist();
        page->focusFilter();
    });
    make(ActionId::ClearFilter, tr("C&lear Filter"), QKeySequence(tr("Ctrl+Shift+F")),
        &ChecklistPage::clearFilter);
    make(ActionId::GoToItem, tr("&Go to Item..."), QKeySequence(tr("Ctrl+G")), [this, page] {
        showChecklist();
        page->goToItem();
    });
    // Status and navigation keys act on the checklist table only, so that typing elsewhere is not taken.
    const auto tableKey = [this, make](ActionId id, const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = make(id, text, key, slot);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        checklistView()->addAction(a);
    };
    const auto status = [page](ItemStatus s) { return [page, s] { page->setStatus(s); }; };
    tableKey(ActionId::SetMet, tr("&Met"), QKeySequence(Qt::Key_1), status(ItemStatus::Met));
    tableKey(
        ActionId::SetPartial, tr("&Partially Met"), QKeySequence(Qt::Key_2), status(ItemStatus::Partial));
    tableKey(ActionId::SetUnmet, tr("&Not Met"), QKeySequence(Qt::Key_3), status(ItemStatus::Unmet));
    tableKey(ActionId::SetNotApplicable, tr("Not &Applicable"), QKeySequence(Qt::Key_0),
        status(ItemStatus::NotApplicable));
    tableKey(ActionId::SetNotAssessed, tr("N&ot Assessed"), QKeySequence(Qt::Key_Backspace),
        status(ItemStatus::Open));
    tableKey(ActionId::NextItem, tr("Ne&xt Item"), QKeySequence(Qt::Key_J),
        [page] { page->moveSelection(1, false); });
    tableKey(ActionId::PreviousItem, tr("P&revious Item"), QKeySequence(Qt::Key_K),
        [page] { page->moveSelection(-1, false); });
    tableKey(ActionId::NextUnassessed, tr("Next &Unassessed Item"), QKeySequence(Qt::Key_N),
        [page] { page->moveSelection(1, true); });
    make(ActionId::AddEvidence, tr("Add &Evidence Files..."), QKeySequence(tr("Ctrl+E")),
        [this] { m_evidence->chooseFiles(currentItemKey()); });
    make(ActionId::AddLink, tr("Add &Link..."), QKeySequence(tr("Ctrl+L")),
        [this] { m_evidence->addLink(currentItemKey()); });
    make(ActionId::PasteImage, tr("Paste &Image as Evidence"), QKeySequence(tr("Ctrl+Shift+V")),
        [this] { m_evidence->pasteImage(currentItemKey()); });
    make(ActionId::AddDomain, tr("Add &Domain..."), QKeySequence(), &ChecklistPage::addDomain);
    make(ActionId::EditDomain, tr("&Edit Domain..."), QKeySequence(), &ChecklistPage::editDomain);
    make(ActionId::RemoveDomain, tr("&Remove Domain"), QKeySequence(), &ChecklistPage::removeDomain);
    make(ActionId::DomainUp, tr("Move Domain &Up"), QKeySequence(), [page] { page->moveDomain(-1); });
    make(ActionId::DomainDown, tr("Move Domain Do&wn"), QKeySequence(), [page] { page->moveDomain(1); });
    make(ActionId::AddItem, tr("Add &Item..."), QKeySequence(tr("Ctrl+Shift+N")), &ChecklistPage::addItem);
    make(ActionId::RemoveItem, tr("Remove Ite&m"), QKeySequence(), &ChecklistPage::removeItem);
    make(ActionId::ItemUp, tr("Move Item Up"), QKeySequence(tr("Alt+Shift+Up")),
        [page] { page->moveItem(-1); });
    make(ActionId::ItemDown, tr("Move Item Down"), QKeySequence(tr("Alt+Shift+Down")),
        [page] { page->moveItem(1); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_actions.addTo(file, { ActionId::NewProject, ActionId::OpenProject, ActionId::OpenDemo });
    m_recent = new RecentProjects(file->addMenu(tr("Open &Recent")), m_welcome, this);
    file->addSeparator();
    m_actions.addTo(file,
        { ActionId::SaveCopy, ActionId::NextCycle, ActionId::SaveTemplate, ActionId::ImportChecklist,
            ActionId::ImportResults, ActionId::ProjectOnto });
    file->addSeparator();
    m_actions.addTo(file, { ActionId::MergeCopy, ActionId::Conflicts, ActionId::ShareChanges });
    QMenu* results = file->addMenu(tr("E&xport Results"));
    results->setObjectName(QStringLiteral("exportResultsMenu"));
    m_actions.addTo(results,
        { ActionId::ExportOscal, ActionId::ExportPoam, ActionId::ExportQuestionnaire, ActionId::ExportCsv,
            ActionId::ExportFindingsCsv, ActionId::ExportRisksCsv, ActionId::ExportKpisCsv });
    file->addSeparator();
    m_actions.addTo(file, { ActionId::ExportReport, ActionId::VerifyReport, ActionId::Identities });
    file->addSeparator();
    m_actions.addTo(file, { ActionId::CloseProject, ActionId::Quit });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_actions.addTo(edit, { ActionId::Undo, ActionId::Redo });
    edit->addSeparator();
    m_actions.addTo(edit, { ActionId::Filter, ActionId::ClearFilter, ActionId::GoToItem });
    edit->addSeparator();
    m_actions.addTo(edit, { ActionId::AdjustScore });
    edit->addSeparator();
    m_actions.addTo(edit, { ActionId::Preferences });

    QMenu* item = menuBar()->addMenu(tr("&Item"));
    item->setObjectName(QStringLiteral("itemMenu"));
    m_actions.addTo(item,
        { ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet, ActionId::SetNotApplicable,
            ActionId::SetNotAssessed });
    item->addSeparator();
    m_actions.addTo(item, { ActionId::NextItem, ActionId::PreviousItem, ActionId::NextUnassessed });
    item->addSeparator();
    m_actions.addTo(item, { ActionId::AddEvidence, ActionId::AddLink, ActionId::PasteImage });

    QMenu* checklist = menuBar()->addMenu(tr("&Checklist"));
    checklist->setObjectName(QStringLiteral("checklistMenu"));
    m_actions.addTo(checklist,
        { ActionId::AddDomain, ActionId::EditDomain, ActionId::RemoveDomain, ActionId::DomainUp,
            ActionId::DomainDown });
    checklist->addSeparator();
    m_actions.addTo(
        checklist, { ActionId::AddItem, ActionId::RemoveItem, ActionId::ItemUp, ActionId::ItemDown });

    QMenu* workshop = menuBar()->addMenu(tr("&Workshop"));
    workshop->setObjectName(QStringLiteral("workshopMenu"));
    m_actions.addTo(workshop, { ActionId::HostWorkshop, ActionId::JoinWorkshop });
    workshop->addSeparator();
    m_actions.addTo(workshop, { ActionId::LeaveWorkshop });
    workshop->addSeparator();
    workshop->addAction(m_workshop->dock()->toggleViewAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(findChild<QDockWidget*>(QStringLiteral("undoDock"))->toggleViewAction());
    view->addSeparator();
    m_actions.addTo(view, { ActionId::Presenter });
    m_presenter->addScreensMenu(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_actions.addTo(help, { ActionId::Guide });
    help->addSeparator();
    m_actions.addTo(help, { ActionId::About, ActionId::AboutQt });
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const bool item = editable && !currentItemKey().isEmpty();
    const bool domain = editable && !m_checklistPage->currentDomainKey().isEmpty();
    m_actions.setEnabled(
        { ActionId::SaveCopy, ActionId::SaveTemplate, ActionId::ProjectOnto, ActionId::ExportReport,
            ActionId::ExportOscal, ActionId::ExportPoam, ActionId::ExportQuestionnaire, ActionId::ExportCsv,
            ActionId::ExportFindingsCsv, ActionId::ExportRisksCsv, ActionId::ExportKpisCsv,
            ActionId::CloseProject, ActionId::Filter, ActionId::ClearFilter, ActionId::GoToItem,
            ActionId::NextItem, ActionId::PreviousItem, ActionId::NextUnassessed, ActionId::Presenter },
        open);
    m_actions.setEnabled({ ActionId::AdjustScore, ActionId::AddDomain, ActionId::MergeCopy,
                             ActionId::Conflicts, ActionId::ImportResults },
        editable);
    m_actions.setEnabled({ ActionId::ShareChanges }, open);
    m_actions.setEnabled({ ActionId::HostWorkshop }, editable);
    m_actions.setEnabled({ ActionId::LeaveWorkshop }, m_workshop && m_workshop->isActive());
    m_actions.setEnabled(
        { ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet, ActionId::SetNotApplicable,
            ActionId::SetNotAssessed, ActionId::AddEvidence, ActionId::AddLink, ActionId::PasteImage,
            ActionId::RemoveItem, ActionId::ItemUp, ActionId::ItemDown },
        item);
    m_actions.setEnabled({ ActionId::EditDomain, ActionId::RemoveDomain, ActionId::DomainUp,
                             ActionId::DomainDown, ActionId::AddItem },
        domain);
    for (RecordsPage* page : { m_findingsPage, m_risksPage, m_kpisPage, m_signOffsPage })
        page->setReadOnly(!editable);
}
