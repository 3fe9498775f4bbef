#include "MainWindow.h"

#include "ActionId.h"
#include "Settings.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/AssessorDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/VerifyDialog.h"

#include "Document.h"
#include "EvidenceImport.h"
#include "PresenterWindow.h"
#include "ProjectOpener.h"
#include "commands/EditCommand.h"
#include "dialogs/AdjustDialog.h"
#include "dialogs/NewProjectWizard.h"
#include "dialogs/RecordDialogs.h"
#include "exchange/Csv.h"
#include "exchange/OscalResults.h"
#include "exchange/Template.h"
#include "models/ChecklistFilterModel.h"
#include "models/ChecklistModel.h"
#include "models/DomainListModel.h"
#include "models/RecordTableModel.h"
#include "store/DemoProject.h"
#include "widgets/AssessmentPage.h"
#include "widgets/ChecklistView.h"
#include "widgets/DashboardPage.h"
#include "widgets/DomainDelegate.h"
#include "widgets/ItemPanel.h"
#include "widgets/MilestonesPage.h"
#include "widgets/RecordsPage.h"
#include "widgets/ScoreHeader.h"
#include "widgets/StatusDelegate.h"
#include "widgets/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

using namespace rw;

namespace {

constexpr int MaxRecentFiles = 10;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_filter(new ChecklistFilterModel(this))
    , m_identities(std::make_unique<rw::IdentityStore>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(false);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createWorkbench());
    setCentralWidget(m_stack);

    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setObjectName(QStringLiteral("undoHistory"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    auto* dock = new QDockWidget(tr("Undo History"), this);
    dock->setObjectName(QStringLiteral("undoDock"));
    dock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();

    m_importBox = new QWidget(this);
    auto* importLayout = new QHBoxLayout(m_importBox);
    importLayout->setContentsMargins(0, 0, 0, 0);
    m_importLabel = new QLabel(m_importBox);
    m_importProgress = new QProgressBar(m_importBox);
    m_importProgress->setAccessibleName(tr("Import progress"));
    m_importProgress->setMaximumWidth(220);
    m_importCancel = new QPushButton(tr("Cancel"), m_importBox);
    m_importCancel->setObjectName(QStringLiteral("cancelImport"));
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_importProgress);
    importLayout->addWidget(m_importCancel);
    statusBar()->addPermanentWidget(m_importBox);
    m_importBox->hide();
    connect(m_importCancel, &QPushButton::clicked, this, [this] {
        m_importQueue.clear();
        if (m_import)
            m_import->cancel();
    });

    createActions();
    createMenus();
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomePage::guideRequested, action(ActionId::Guide), &QAction::trigger);
    m_welcome->setRecentFiles(recentFiles(), recentTitles());

    const Settings::WindowLayout layout = Settings::windowLayout();
    if (!restoreGeometry(layout.geometry))
        resize(1280, 800);
    restoreState(layout.state);
    m_splitter->restoreState(layout.splitter);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_import)
        m_import->cancel();
    delete m_import.data();
}

Project* MainWindow::project() const
{
    return m_document ? m_document->project() : nullptr;
}

QAction* MainWindow::action(ActionId id) const
{
    return m_actions.at(std::size_t(id));
}

void MainWindow::registerAction(ActionId id, QAction* action)
{
    QAction*& slot = m_actions.at(std::size_t(id));
    Q_ASSERT_X(!slot, "MainWindow::registerAction", "an action id is registered twice");
    slot = action;
    action->setObjectName(actionObjectName(id));
}

QWidget* MainWindow::createWorkbench()
{
    auto* workbench = new QWidget(this);
    auto* layout = new QVBoxLayout(workbench);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new ScoreHeader(workbench);
    QPalette pal = m_header->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    m_header->setPalette(pal);
    connect(m_header, &ScoreHeader::adjustRequested, this, &MainWindow::adjustScore);
    layout->addWidget(m_header);

    m_tabs = new QTabWidget(workbench);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // The checklist page: domains, the table and the selected item.
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_splitter->setObjectName(QStringLiteral("checklistSplitter"));
    m_domainView = new QListView(m_splitter);
    m_domainView->setObjectName(QStringLiteral("domainNavigator"));
    m_domainView->setAccessibleName(tr("Domains"));
    m_domainView->setItemDelegate(new DomainDelegate(m_domainView));
    m_domainView->setMinimumWidth(260);
    m_domainView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_domainView->setUniformItemSizes(true);

    auto* middle = new QWidget(m_splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 4, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filterText = new QLineEdit(middle);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setAccessibleName(tr("Filter items"));
    m_filterText->setPlaceholderText(tr("Filter all items: key, text, note, owner (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterStatus = new QComboBox(middle);
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_filterStatus->setAccessibleName(tr("Filter by status"));
    m_filterStatus->addItem(tr("Any status"), -1);
    for (ItemStatus s : { ItemStatus::Open, ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
             ItemStatus::NotApplicable })
        m_filterStatus->addItem(toLabel(s), int(s));
    m_filterOwner = new QComboBox(middle);
    m_filterOwner->setObjectName(QStringLiteral("filterOwner"));
    m_filterOwner->setAccessibleName(tr("Filter by owner"));
    m_filterOwner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterBlockers = new QCheckBox(tr("&Blockers"), middle);
    m_filterBlockers->setObjectName(QStringLiteral("filterBlockers"));
    m_filterNoEvidence = new QCheckBox(tr("&Without evidence"), middle);
    m_filterNoEvidence->setObjectName(QStringLiteral("filterNoEvidence"));
    m_filterCount = new QLabel(middle);
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_filterStatus);
    filterRow->addWidget(m_filterOwner);
    filterRow->addWidget(m_filterBlockers);
    filterRow->addWidget(m_filterNoEvidence);
    filterRow->addWidget(m_filterCount);
    middleLayout->addLayout(filterRow);
    m_checklist = new ChecklistView(middle);
    m_checklist->setModel(m_filter);
    m_checklist->setItemDelegateForColumn(ChecklistModel::StatusColumn, new StatusDelegate(m_checklist));
    m_checklist->setItemDelegateForColumn(ChecklistModel::PointsColumn,
        new PointsDelegate(
            [this](const QModelIndex& index) {
                const Item* item
                    = project() ? project()->item(index.data(ChecklistModel::KeyRole).toString()) : nullptr;
                return item ? item->points : 0.0;
            },
            m_checklist));
    middleLayout->addWidget(m_checklist, 1);

    m_itemPanel = new ItemPanel(m_splitter);
    m_splitter->addWidget(m_domainView);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_itemPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    // The checklist in the middle gets the room: its item text is what the workshop reads.
    m_splitter->setSizes({ 280, 700, 360 });
    m_tabs->addTab(m_splitter, tr("&Checklist"));
    m_dashboard = new DashboardPage(m_tabs);
    m_dashboard->setChartPathQuestion([this](const QString& name, const QString& filter) {
        return FileDialogs::saveFile(this, FileDialogs::Purpose::Charts, tr("Export Chart"), name, filter);
    });
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    connect(m_dashboard, &DashboardPage::domainActivated, this, [this](const QString& key) {
        clearFilter();
        m_tabs->setCurrentIndex(0);
        const int index = project()->assessment().domainIndex(key);
        if (index >= 0)
            m_domainView->setCurrentIndex(m_domainModel->index(index));
        m_checklist->setFocus();
    });
    connect(m_dashboard, &DashboardPage::statusActivated, this, [this](const QString& domainKey, int status) {
        clearFilter();
        m_tabs->setCurrentIndex(0);
        const int index = domainKey.isEmpty() ? -1 : project()->assessment().domainIndex(domainKey);
        if (index >= 0)
            m_domainView->setCurrentIndex(m_domainModel->index(index));
        m_filterStatus->setCurrentIndex(m_filterStatus->findData(status));
        m_checklist->setFocus();
    });
    connect(m_dashboard, &DashboardPage::itemActivated, this, [this](const QString& key) {
        m_tabs->setCurrentIndex(0);
        selectItem(key);
        m_checklist->setFocus();
    });
    connect(m_dashboard, &DashboardPage::findingsActivated, this, [this](int priority) {
        m_tabs->setCurrentWidget(m_findingsPage);
        for (const Finding& f : project()->assessment().findings) {
            if (int(f.priority) == priority) {
                m_findingsPage->selectId(f.id);
                break;
            }
        }
    });
    connect(m_dashboard, &DashboardPage::kpiActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_kpisPage);
        m_kpisPage->selectId(id);
    });
    connect(m_dashboard, &DashboardPage::riskCellActivated, this, [this](int probability, int impact) {
        QStringList titles;
        for (const Risk& r : project()->assessment().risks) {
            if (r.probability == probability && r.impact == impact && r.state != RiskState::Closed)
                titles << QStringLiteral("• %1 (%2, %3)").arg(r.title, toLabel(r.state), r.owner);
        }
        QMessageBox::information(this, tr("Risks at probability %1, impact %2").arg(probability).arg(impact),
            titles.isEmpty() ? tr("No open risk in this cell.") : titles.join(QLatin1Char('\n')));
    });

    const auto updateFilter = [this] {
        m_filter->setText(m_filterText->text());
        m_filter->setStatus(m_filterStatus->currentData().toInt());
        m_filter->setOwner(m_filterOwner->currentData().toString());
        m_filter->setBlockersOnly(m_filterBlockers->isChecked());
        m_filter->setWithoutEvidenceOnly(m_filterNoEvidence->isChecked());
        m_filterCount->setText(
            m_filter->isFiltering() ? tr("%n item(s)", nullptr, m_filter->rowCount()) : QString());
        restoreSelection();
    };
    connect(m_filterText, &QLineEdit::textChanged, this, updateFilter);
    connect(m_filterStatus, QOverload<int>::of(&QComboBox::currentIndexChanged), this, updateFilter);
    connect(m_filterOwner, QOverload<int>::of(&QComboBox::currentIndexChanged), this, updateFilter);
    connect(m_filterBlockers, &QCheckBox::toggled, this, updateFilter);
    connect(m_filterNoEvidence, &QCheckBox::toggled, this, updateFilter);
    connect(m_checklist, &ChecklistView::filesDropped, this, &MainWindow::attachFiles);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);

    connect(m_itemPanel, &ItemPanel::addFilesRequested, this, &MainWindow::addEvidenceFiles);
    connect(m_itemPanel, &ItemPanel::addLinkRequested, this, &MainWindow::addLink);
    connect(m_itemPanel, &ItemPanel::pasteImageRequested, this, &MainWindow::pasteImage);
    connect(m_itemPanel, &ItemPanel::filesDropped, this,
        [this](const QStringList& files) { attachFiles(m_itemPanel->itemKey(), files); });
    connect(m_itemPanel, &ItemPanel::openEvidenceRequested, this, &MainWindow::openEvidence);
    connect(m_itemPanel, &ItemPanel::saveEvidenceRequested, this, &MainWindow::saveEvidenceCopy);
    connect(m_itemPanel, &ItemPanel::removeEvidenceRequested, this, &MainWindow::removeEvidence);
    connect(m_itemPanel, &ItemPanel::linkFindingRequested, this, &MainWindow::linkFinding);
    connect(m_itemPanel, &ItemPanel::findingActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_findingsPage);
        m_findingsPage->selectId(id);
    });

    m_findingsPage = new RecordsPage(QStringLiteral("findings"),
        tr("Findings and recommendations: the gaps found and what to do about them, with priority and "
           "effort."),
        m_tabs);
    m_risksPage = new RecordsPage(QStringLiteral("risks"),
        tr("Risks: probability and impact from 1 to 5, with their mitigation."), m_tabs);
    m_kpisPage = new RecordsPage(QStringLiteral("kpis"),
        tr("Key performance indicators: target against the actual value measured."), m_tabs);
    m_signOffsPage = new RecordsPage(
        QStringLiteral("signoffs"), tr("Sign-offs: each approver's decision and conditions."), m_tabs);
    m_assessmentPage = new AssessmentPage(m_tabs);
    m_tabs->addTab(m_findingsPage, tr("&Findings"));
    m_tabs->addTab(m_risksPage, tr("&Risks"));
    m_tabs->addTab(m_kpisPage, tr("&KPIs"));
    m_tabs->addTab(m_signOffsPage, tr("&Sign-offs"));
    m_milestones = new MilestonesPage(m_tabs);
    m_tabs->addTab(m_milestones, tr("&Milestones"));
    m_tabs->addTab(m_assessmentPage, tr("&Assessment"));

    // Findings, risks, KPIs and sign-offs: add, edit and remove through the undo stack.
    bindRecords<Finding>(
        m_findingsPage, &Project::finding, &Document::saveFinding, &Document::removeFinding,
        [this](Finding* f) { return RecordDialogs::editFinding(this, *project(), f); },
        [this](Finding* f) {
            if (!m_currentKey.isEmpty())
                f->itemKeys << m_currentKey;
        });
    bindRecords<Risk>(m_risksPage, &Project::risk, &Document::saveRisk, &Document::removeRisk,
        [this](Risk* r) { return RecordDialogs::editRisk(this, r); });
    bindRecords<Kpi>(m_kpisPage, &Project::kpi, &Document::saveKpi, &Document::removeKpi,
        [this](Kpi* k) { return RecordDialogs::editKpi(this, k); });
    bindRecords<SignOff>(
        m_signOffsPage, &Project::signOff, &Document::saveSignOff, &Document::removeSignOff,
        [this](SignOff* s) {
            if (!RecordDialogs::editSignOff(this, s))
                return false;
            if (!s->id)
                s->signedAt = QDateTime::currentDateTimeUtc();
            return true;
        },
        [this](SignOff* s) { s->name = project()->user(); });
    return workbench;
}

template <typename Record>
void MainWindow::bindRecords(RecordsPage* page, const Record* (Project::*find)(qint64) const,
    bool (Document::*save)(const Record&, qint64*), bool (Document::*remove)(qint64),
    std::function<bool(Record*)> edit, std::function<void(Record*)> prepareNew)
{
    page->onAdd = [=] {
        Record r;
        if (prepareNew)
            prepareNew(&r);
        if (edit(&r))
            (m_document.get()->*save)(r, nullptr);
    };
    page->onEdit = [=](qint64 id) {
        const Record* current = (project()->*find)(id);
        if (!current)
            return;
        Record after = *current;
        if (edit(&after))
            (m_document.get()->*save)(after, nullptr);
    };
    page->onRemove = [=](qint64 id) {
        if ((project()->*find)(id))
            (m_document.get()->*remove)(id);
    };
}

void MainWindow::createActions()
{
    const auto make = [this](ActionId id, const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* a = new QAction(text, this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        registerAction(id, a);
        return a;
    };
    make(ActionId::NewProject, tr("&New from Template..."), QKeySequence::New, &MainWindow::newProject);
    make(ActionId::OpenProject, tr("&Open..."), QKeySequence::Open, &MainWindow::chooseAndOpen);
    make(ActionId::OpenDemo, tr("Open &Demo Project"), QKeySequence(), &MainWindow::openDemo);
    make(ActionId::SaveCopy, tr("Save a &Copy As..."), QKeySequence(tr("Ctrl+Shift+S")),
        &MainWindow::saveCopyAs);
    make(ActionId::SaveTemplate, tr("Save Checklist as &Template..."), QKeySequence(),
        &MainWindow::saveChecklistAsTemplate);
    make(ActionId::ImportChecklist, tr("&Import Checklist..."), QKeySequence(tr("Ctrl+I")), [this] {
        const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Checklists,
            tr("Import a Checklist"), tr("Checklists (*.json *.yaml *.yml *.csv);;All files (*)"));
        if (!path.isEmpty())
            importChecklist(path);
    });
    make(ActionId::ExportOscal, tr("OSCAL &Assessment Results..."), QKeySequence(), [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Exports,
            tr("Export OSCAL Assessment Results"), exportName(QStringLiteral("oscal-ar.json")),
            tr("OSCAL assessment results (*.json)"));
        if (!path.isEmpty())
            exportResults(path, ResultsFormat::OscalAssessmentResults);
    });
    const auto csvExport = [this, make](ActionId name, const QString& text, const QString& title,
                               const QString& suffix, ResultsFormat format) {
        make(name, text, QKeySequence(), [this, title, suffix, format] {
            const QString path = FileDialogs::saveFile(
                this, FileDialogs::Purpose::Exports, title, exportName(suffix), tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                exportResults(path, format);
        });
    };
    csvExport(ActionId::ExportCsv, tr("Checklist with Results as &CSV..."),
        tr("Export the Checklist with Results"), QStringLiteral("checklist.csv"), ResultsFormat::Csv);
    csvExport(ActionId::ExportFindingsCsv, tr("&Findings as CSV..."), tr("Export the Findings"),
        QStringLiteral("findings.csv"), ResultsFormat::FindingsCsv);
    csvExport(ActionId::ExportRisksCsv, tr("&Risks as CSV..."), tr("Export the Risks"),
        QStringLiteral("risks.csv"), ResultsFormat::RisksCsv);
    csvExport(ActionId::ExportKpisCsv, tr("&KPIs as CSV..."), tr("Export the KPIs"),
        QStringLiteral("kpis.csv"), ResultsFormat::KpisCsv);
    make(ActionId::ExportReport, tr("&Export Report..."), QKeySequence(tr("Ctrl+R")),
        &MainWindow::exportReport);
    make(ActionId::VerifyReport, tr("&Verify Report..."), QKeySequence(tr("Ctrl+Shift+R")),
        &MainWindow::verifyReport);
    make(ActionId::Identities, tr("Signing &Identities..."), QKeySequence(), &MainWindow::manageIdentities);
    make(ActionId::CloseProject, tr("&Close Project"), QKeySequence::Close, &MainWindow::closeProject);
    make(ActionId::Quit, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    registerAction(ActionId::Undo, undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(tr("Ctrl+Y")) });
    registerAction(ActionId::Redo, redo);
    make(ActionId::Filter, tr("&Filter Items"), QKeySequence::Find, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    make(ActionId::ClearFilter, tr("C&lear Filter"), QKeySequence(tr("Ctrl+Shift+F")),
        &MainWindow::clearFilter);
    make(ActionId::GoToItem, tr("&Go to Item..."), QKeySequence(tr("Ctrl+G")), &MainWindow::goToItem);
    make(ActionId::AdjustScore, tr("&Adjust Score..."), QKeySequence(tr("Ctrl+Shift+A")),
        &MainWindow::adjustScore);

    // Status and navigation keys act on the checklist table only, so that typing elsewhere is not taken.
    const auto tableKey = [this](QAction* a) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_checklist->addAction(a);
        return a;
    };
    tableKey(
        make(ActionId::SetMet, tr("&Met"), QKeySequence(Qt::Key_1), [this] { setStatus(ItemStatus::Met); }));
    tableKey(make(ActionId::SetPartial, tr("&Partially Met"), QKeySequence(Qt::Key_2),
        [this] { setStatus(ItemStatus::Partial); }));
    tableKey(make(ActionId::SetUnmet, tr("&Not Met"), QKeySequence(Qt::Key_3),
        [this] { setStatus(ItemStatus::Unmet); }));
    tableKey(make(ActionId::SetNotApplicable, tr("Not &Applicable"), QKeySequence(Qt::Key_0),
        [this] { setStatus(ItemStatus::NotApplicable); }));
    tableKey(make(ActionId::SetNotAssessed, tr("Not &Assessed"), QKeySequence(Qt::Key_Backspace),
        [this] { setStatus(ItemStatus::Open); }));
    tableKey(make(
        ActionId::NextItem, tr("Ne&xt Item"), QKeySequence(Qt::Key_J), [this] { moveSelection(1, false); }));
    tableKey(make(ActionId::PreviousItem, tr("P&revious Item"), QKeySequence(Qt::Key_K),
        [this] { moveSelection(-1, false); }));
    tableKey(make(ActionId::NextUnassessed, tr("Next &Unassessed Item"), QKeySequence(Qt::Key_N),
        [this] { moveSelection(1, true); }));
    make(ActionId::AddEvidence, tr("Add &Evidence Files..."), QKeySequence(tr("Ctrl+E")),
        &MainWindow::addEvidenceFiles);
    make(ActionId::AddLink, tr("Add &Link..."), QKeySequence(tr("Ctrl+L")), &MainWindow::addLink);
    make(ActionId::PasteImage, tr("Paste &Image as Evidence"), QKeySequence(tr("Ctrl+Shift+V")),
        &MainWindow::pasteImage);

    make(ActionId::Presenter, tr("&Presenter Mode"), QKeySequence(Qt::Key_F5), [this] { togglePresenter(); });
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
    make(ActionId::AddDomain, tr("Add &Domain..."), QKeySequence(), &MainWindow::addDomain);
    make(ActionId::EditDomain, tr("&Edit Domain..."), QKeySequence(), &MainWindow::editDomain);
    make(ActionId::RemoveDomain, tr("&Remove Domain"), QKeySequence(), &MainWindow::removeDomain);
    make(ActionId::DomainUp, tr("Move Domain &Up"), QKeySequence(), [this] { moveDomain(-1); });
    make(ActionId::DomainDown, tr("Move Domain Do&wn"), QKeySequence(), [this] { moveDomain(1); });
    make(ActionId::AddItem, tr("Add &Item..."), QKeySequence(tr("Ctrl+Shift+N")), &MainWindow::addItem);
    make(ActionId::RemoveItem, tr("Remove Ite&m"), QKeySequence(), &MainWindow::removeItem);
    make(ActionId::ItemUp, tr("Move Item Up"), QKeySequence(tr("Alt+Shift+Up")), [this] { moveItem(-1); });
    make(ActionId::ItemDown, tr("Move Item Down"), QKeySequence(tr("Alt+Shift+Down")),
        [this] { moveItem(1); });
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu* menu, std::initializer_list<ActionId> ids) {
        for (ActionId id : ids)
            menu->addAction(action(id));
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    add(file, { ActionId::NewProject, ActionId::OpenProject, ActionId::OpenDemo });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    refreshRecentMenu();
    file->addSeparator();
    add(file, { ActionId::SaveCopy, ActionId::SaveTemplate, ActionId::ImportChecklist });
    QMenu* results = file->addMenu(tr("Export &Results"));
    results->setObjectName(QStringLiteral("exportResultsMenu"));
    add(results,
        { ActionId::ExportOscal, ActionId::ExportCsv, ActionId::ExportFindingsCsv, ActionId::ExportRisksCsv,
            ActionId::ExportKpisCsv });
    file->addSeparator();
    add(file, { ActionId::ExportReport, ActionId::VerifyReport, ActionId::Identities });
    file->addSeparator();
    add(file, { ActionId::CloseProject, ActionId::Quit });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    add(edit, { ActionId::Undo, ActionId::Redo });
    edit->addSeparator();
    add(edit, { ActionId::Filter, ActionId::ClearFilter, ActionId::GoToItem });
    edit->addSeparator();
    add(edit, { ActionId::AdjustScore });
    edit->addSeparator();
    add(edit, { ActionId::Preferences });

    QMenu* item = menuBar()->addMenu(tr("&Item"));
    item->setObjectName(QStringLiteral("itemMenu"));
    add(item,
        { ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet, ActionId::SetNotApplicable,
            ActionId::SetNotAssessed });
    item->addSeparator();
    add(item, { ActionId::NextItem, ActionId::PreviousItem, ActionId::NextUnassessed });
    item->addSeparator();
    add(item, { ActionId::AddEvidence, ActionId::AddLink, ActionId::PasteImage });

    QMenu* checklist = menuBar()->addMenu(tr("&Checklist"));
    checklist->setObjectName(QStringLiteral("checklistMenu"));
    add(checklist,
        { ActionId::AddDomain, ActionId::EditDomain, ActionId::RemoveDomain, ActionId::DomainUp,
            ActionId::DomainDown });
    checklist->addSeparator();
    add(checklist, { ActionId::AddItem, ActionId::RemoveItem, ActionId::ItemUp, ActionId::ItemDown });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(findChild<QDockWidget*>(QStringLiteral("undoDock"))->toggleViewAction());
    view->addSeparator();
    add(view, { ActionId::Presenter });
    m_screensMenu = view->addMenu(tr("Presenter on &Screen"));
    connect(m_screensMenu, &QMenu::aboutToShow, this, [this] {
        m_screensMenu->clear();
        const QList<QScreen*> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            QScreen* screen = screens.at(i);
            m_screensMenu->addAction(tr("Screen %1: %2 (%3 x %4)")
                                         .arg(i + 1)
                                         .arg(screen->name())
                                         .arg(screen->size().width())
                                         .arg(screen->size().height()),
                this, [this, screen] {
                    if (m_presenter)
                        m_presenter->close();
                    togglePresenter(screen);
                });
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    add(help, { ActionId::Guide });
    help->addSeparator();
    add(help, { ActionId::About, ActionId::AboutQt });
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const bool item = editable && !m_currentKey.isEmpty();
    const bool domain = editable && !currentDomainKey().isEmpty();
    const auto enable = [this](std::initializer_list<ActionId> ids, bool enabled) {
        for (ActionId id : ids)
            action(id)->setEnabled(enabled);
    };
    enable({ ActionId::SaveCopy, ActionId::SaveTemplate, ActionId::ExportReport, ActionId::ExportOscal,
               ActionId::ExportCsv, ActionId::ExportFindingsCsv, ActionId::ExportRisksCsv,
               ActionId::ExportKpisCsv, ActionId::CloseProject, ActionId::Filter, ActionId::ClearFilter,
               ActionId::GoToItem, ActionId::NextItem, ActionId::PreviousItem, ActionId::NextUnassessed,
               ActionId::Presenter },
        open);
    enable({ ActionId::AdjustScore, ActionId::AddDomain }, editable);
    enable({ ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet, ActionId::SetNotApplicable,
               ActionId::SetNotAssessed, ActionId::AddEvidence, ActionId::AddLink, ActionId::PasteImage,
               ActionId::RemoveItem, ActionId::ItemUp, ActionId::ItemDown },
        item);
    enable({ ActionId::EditDomain, ActionId::RemoveDomain, ActionId::DomainUp, ActionId::DomainDown,
               ActionId::AddItem },
        domain);
    m_checklist->setReadOnly(!editable);
    for (RecordsPage* page : { m_findingsPage, m_risksPage, m_kpisPage, m_signOffsPage })
        page->setReadOnly(!editable);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Readiness Workbench"));
        return;
    }
    setWindowFilePath(project()->path());
    setWindowTitle(tr("%1 — %2%3 — Readiness Workbench")
                       .arg(project()->assessment().info.title, QFileInfo(project()->path()).fileName(),
                           m_document->isReadOnly() ? tr(" [read-only]") : QString()));
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Readiness Workbench"), message);
}

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<Project> project = ProjectOpener::open(this, path);
    if (!project)
        return false;
    setDocument(std::move(project));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Project> opened)
{
    closeProject();
    m_document = std::make_unique<Document>(std::move(opened));
    m_document->project()->setUser(Settings::assessorName());
    // No change is recorded without a name: the first edit asks who is assessing, once.
    m_document->setBeforeFirstEdit([this] {
        if (!AssessorDialog::ensureKnown(this))
            return false;
        if (m_document)
            m_document->project()->setUser(Settings::assessorName());
        return true;
    });
    connect(m_document.get(), &Document::error, this, &MainWindow::showError);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());

    m_checklistModel = new ChecklistModel(m_document.get(), this);
    m_filter->setSourceModel(m_checklistModel);
    m_domainModel = new DomainListModel(m_document.get(), this);
    m_domainView->setModel(m_domainModel);
    // A structural edit resets the domains; the navigator keeps the domain that was selected.
    connect(m_domainModel, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_domainBeforeReset = currentDomainKey(); });
    connect(m_domainModel, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_domainModel->rowCount(); ++row) {
            if (m_domainModel->index(row).data(DomainListModel::KeyRole).toString() == m_domainBeforeReset) {
                m_domainView->setCurrentIndex(m_domainModel->index(row));
                return;
            }
        }
        if (m_domainModel->rowCount() > 0)
            m_domainView->setCurrentIndex(m_domainModel->index(0));
    });
    connect(m_domainView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            m_filter->setDomain(current.isValid() ? current.row() : -1);
            updateActions();
            if (!m_filter->isFiltering() && m_filter->rowCount() > 0
                && (m_currentKey.isEmpty() || !m_checklistModel->indexOfKey(m_currentKey).isValid()
                    || m_filter->mapFromSource(m_checklistModel->indexOfKey(m_currentKey)).row() < 0))
                m_checklist->setCurrentIndex(m_filter->index(0, ChecklistModel::StatusColumn));
            restoreSelection();
        });
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::currentItemChanged);

    fitChecklistColumns();

    m_findingsPage->setModel(RecordTableModel::findings(m_document.get(), this));
    m_risksPage->setModel(RecordTableModel::risks(m_document.get(), this));
    m_kpisPage->setModel(RecordTableModel::kpis(m_document.get(), this));
    m_signOffsPage->setModel(RecordTableModel::signOffs(m_document.get(), this));
    m_assessmentPage->setDocument(m_document.get());
    m_dashboard->setDocument(m_document.get());
    m_milestones->setDocument(m_document.get());
    m_header->setDocument(m_document.get());
    m_itemPanel->setDocument(m_document.get());
    connect(project(), &Project::contentChanged, this, &MainWindow::updateTitle);
    connect(project(), &Project::contentChanged, this, &MainWindow::refreshOwners);
    connect(project(), &Project::contentChanged, this, &MainWindow::fitChecklistColumns);
    connect(project(), &Project::itemChanged, this, [this](int domain, int index) {
        // Only a new owner name changes the list; a full refresh follows structural changes.
        const QString& owner = project()->assessment().domains.at(domain).items.at(index).owner;
        const Item& item = project()->assessment().domains.at(domain).items.at(index);
        if (!owner.isEmpty() && !m_owners.contains(owner)) {
            refreshOwners();
            fitChecklistColumns();
        } else if (item.blocker && !m_checklistHasBlockers) {
            fitChecklistColumns();
        }
    });
    refreshOwners();

    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(0);
    m_domainView->setCurrentIndex(m_domainModel->index(0));
    if (m_document->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(project()->file().readOnlyReason()));
    else
        statusBar()->showMessage(tr("Every change is saved as you make it."), 5000);
    addRecentFile(project()->path(), project()->assessment().info.title);
    updateActions();
    updateTitle();
    m_checklist->setFocus();
}

// Column widths from the font and this project's own keys and points, measured once: ResizeToContents
// would measure every row again on each edit, which at 10,000 items costs more than a frame. The item
// text takes all the width left; the owner and blocker columns show only when some item has one.
void MainWindow::fitChecklistColumns()
{
    if (!project())
        return;
    QHeaderView* header = m_checklist->horizontalHeader();
    const QFontMetrics fm(m_checklist->font());
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    int keyWidth = fm.horizontalAdvance(tr("Key"));
    int pointsWidth = fm.horizontalAdvance(tr("Points"));
    int ownerWidth = fm.horizontalAdvance(tr("Owner"));
    bool blockers = false;
    // Measured once per distinct text (a checklist of 10,000 items has few owners and point values); of
    // the keys only the longest few, by characters.
    QSet<double> points;
    QSet<QString> ownerNames;
    QVector<const QString*> keys;
    for (const Domain& d : project()->assessment().domains) {
        for (const Item& i : d.items) {
            points.insert(i.points);
            if (!i.owner.isEmpty())
                ownerNames.insert(i.owner);
            blockers = blockers || i.blocker;
            keys.append(&i.key);
        }
    }
    const int longestKeys = int(qMin<qsizetype>(keys.size(), 8));
    std::partial_sort(keys.begin(), keys.begin() + longestKeys, keys.end(),
        [](const QString* a, const QString* b) { return a->size() > b->size(); });
    for (int k = 0; k < longestKeys; ++k)
        keyWidth = qMax(keyWidth, fm.horizontalAdvance(*keys.at(k)));
    for (double p : points)
        pointsWidth = qMax(pointsWidth,
            fm.horizontalAdvance(QStringLiteral("%1 / %2").arg(
                QLocale().toString(p / 2, 'g', 3), QLocale().toString(p, 'g', 4))));
    for (const QString& o : ownerNames)
        ownerWidth = qMax(ownerWidth, fm.horizontalAdvance(o));
    const bool owners = !ownerNames.isEmpty();
    int statusWidth = 0;
    for (ItemStatus s : { ItemStatus::Open, ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet,
             ItemStatus::NotApplicable })
        statusWidth = qMax(statusWidth, fm.horizontalAdvance(toLabel(s)));
    const QVector<QPair<int, int>> widths { { ChecklistModel::KeyColumn,
                                                qMin(keyWidth, fm.averageCharWidth() * 14) + pad },
        { ChecklistModel::StatusColumn, statusWidth + fm.height() + pad },
        { ChecklistModel::PointsColumn, pointsWidth + pad },
        { ChecklistModel::EvidenceColumn, fm.horizontalAdvance(tr("Evidence")) + pad },
        { ChecklistModel::OwnerColumn, qMin(ownerWidth, fm.averageCharWidth() * 16) + pad },
        { ChecklistModel::BlockerColumn, fm.horizontalAdvance(tr("Blocker")) + pad } };
    for (const auto& [column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_checklist->setColumnWanted(ChecklistModel::OwnerColumn, owners);
    m_checklist->setColumnWanted(ChecklistModel::BlockerColumn, blockers);
    m_checklistHasBlockers = blockers;
    m_checklist->setYieldingColumns(ChecklistModel::TextColumn,
        { ChecklistModel::BlockerColumn, ChecklistModel::OwnerColumn, ChecklistModel::EvidenceColumn },
        fm.averageCharWidth() * 34);
    m_checklist->verticalHeader()->setDefaultSectionSize(fm.lineSpacing() * 2 + 8);
}

void MainWindow::closeProject()
{
    if (!m_document)
        return;
    m_itemPanel->commitNote();
    m_importQueue.clear();
    if (m_import) {
        m_import->cancel();
        delete m_import.data();
    }
    m_importBox->hide();
    if (m_presenter) {
        m_presenter->detachDocument();
        m_presenter->close();
    }
    m_itemPanel->setDocument(nullptr);
    m_header->setDocument(nullptr);
    m_assessmentPage->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_milestones->setDocument(nullptr);
    for (RecordsPage* page : { m_findingsPage, m_risksPage, m_kpisPage, m_signOffsPage }) {
        QAbstractItemModel* old = page->view()->model();
        page->setModel(nullptr);
        delete old;
    }
    m_currentKey.clear();
    ChecklistModel* checklist = m_checklistModel;
    DomainListModel* domains = m_domainModel;
    m_checklistModel = nullptr;
    m_domainModel = nullptr;
    m_domainView->setModel(nullptr);
    m_filter->setSourceModel(nullptr);
    delete domains;
    delete checklist;
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_owners.clear();
    m_currentKey.clear();
    m_stack->setCurrentIndex(0);
    m_welcome->setRecentFiles(recentFiles(), recentTitles());
    updateActions();
    updateTitle();
}

QStringList MainWindow::recentFiles() const
{
    QStringList files = Settings::recentFiles();
    files.erase(
        std::remove_if(files.begin(), files.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
        files.end());
    return files;
}

QHash<QString, QString> MainWindow::recentTitles() const
{
    return Settings::recentTitles();
}

void MainWindow::addRecentFile(const QString& path, const QString& title)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QHash<QString, QString> titles = recentTitles();
    titles.insert(path, title);
    Settings::setRecentFiles(files, titles);
    refreshRecentMenu();
    m_welcome->setRecentFiles(files, recentTitles());
}

void MainWindow::refreshRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    const QHash<QString, QString> titles = recentTitles();
    for (int i = 0; i < files.size(); ++i) {
        QString name = titles.value(files.at(i));
        if (name.isEmpty())
            name = QFileInfo(files.at(i)).fileName();
        // An ampersand in a title is shown, not taken as a shortcut.
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(QDir::toNativeSeparators(files.at(i)));
        const QString path = files.at(i);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::isImporting() const
{
    return !m_importQueue.isEmpty() || m_import;
}

QString MainWindow::currentItemKey() const
{
    return m_currentKey;
}

QString MainWindow::currentDomainKey() const
{
    const QModelIndex i = m_domainView->currentIndex();
    return i.isValid() ? i.data(DomainListModel::KeyRole).toString() : QString();
}

bool MainWindow::selectItem(const QString& key)
{
    if (!m_checklistModel)
        return false;
    QModelIndex source = m_checklistModel->indexOfKey(key, ChecklistModel::StatusColumn);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Not in the current view: show its domain (and drop a filter that hides it).
        clearFilter();
        m_domainView->setCurrentIndex(
            m_domainModel->index(source.data(ChecklistModel::DomainIndexRole).toInt()));
        proxy = m_filter->mapFromSource(source);
    }
    m_checklist->setCurrentIndex(proxy);
    m_checklist->scrollTo(proxy);
    return proxy.isValid();
}

void MainWindow::restoreSelection()
{
    if (!m_checklistModel || m_currentKey.isEmpty() || m_filter->sourceModel() != m_checklistModel)
        return;
    const QModelIndex proxy
        = m_filter->mapFromSource(m_checklistModel->indexOfKey(m_currentKey, ChecklistModel::StatusColumn));
    if (proxy.isValid() && m_checklist->currentIndex().row() != proxy.row())
        m_checklist->setCurrentIndex(proxy);
}

void MainWindow::currentItemChanged()
{
    const QString key = m_checklist->currentKey();
    if (!key.isEmpty())
        m_currentKey = key;
    else if (m_checklistModel && !m_checklistModel->indexOfKey(m_currentKey).isValid())
        m_currentKey.clear();
    m_itemPanel->setItem(m_currentKey);
    if (m_presenter)
        m_presenter->setCurrentItem(m_currentKey);
    updateActions();
}

void MainWindow::clearFilter()
{
    const QSignalBlocker b1(m_filterText), b2(m_filterStatus), b3(m_filterBlockers), b4(m_filterNoEvidence),
        b5(m_filterOwner);
    m_filterText->clear();
    m_filterStatus->setCurrentIndex(0);
    m_filterOwner->setCurrentIndex(0);
    m_filter->setOwner(QString());
    m_filterBlockers->setChecked(false);
    m_filterNoEvidence->setChecked(false);
    m_filter->setText(QString());
    m_filter->setStatus(-1);
    m_filter->setBlockersOnly(false);
    m_filter->setWithoutEvidenceOnly(false);
    m_filterCount->clear();
    restoreSelection();
}

PresenterWindow* MainWindow::presenter() const
{
    return m_presenter.data();
}

void MainWindow::togglePresenter(QScreen* screen)
{
    if (m_presenter) {
        m_presenter->close();
        return;
    }
    if (!m_document)
        return;
    QList<QAction*> shared;
    for (ActionId id : { ActionId::SetMet, ActionId::SetPartial, ActionId::SetUnmet,
             ActionId::SetNotApplicable, ActionId::SetNotAssessed, ActionId::NextItem, ActionId::PreviousItem,
             ActionId::NextUnassessed, ActionId::Undo, ActionId::Redo, ActionId::Presenter })
        shared << action(id);
    m_presenter = new PresenterWindow(m_document.get(), shared);
    m_presenter->setCurrentItem(m_currentKey);
    // By default on another screen than this window's, when there is one: the projector.
    if (!screen) {
        for (QScreen* s : QGuiApplication::screens()) {
            if (s != this->screen()) {
                screen = s;
                break;
            }
        }
    }
    m_presenter->showOn(screen ? screen : this->screen());
}

void MainWindow::refreshOwners()
{
    QSet<QString> set;
    if (project()) {
        for (const Domain& d : project()->assessment().domains) {
            for (const Item& i : d.items) {
                if (!i.owner.isEmpty())
                    set.insert(i.owner);
            }
        }
    }
    QStringList owners(set.cbegin(), set.cend());
    owners.sort(Qt::CaseInsensitive);
    // Most edits change no owner: then the list stays as it is.
    if (owners == m_owners && m_filterOwner->count() > 0)
        return;
    m_owners = owners;
    const QString current = m_filterOwner->currentData().toString();
    const QSignalBlocker blocker(m_filterOwner);
    m_filterOwner->clear();
    m_filterOwner->addItem(tr("Any owner"), QString());
    for (const QString& o : owners)
        m_filterOwner->addItem(o, o);
    m_filterOwner->setCurrentIndex(qMax(0, m_filterOwner->findData(current)));
}

void MainWindow::setStatus(ItemStatus status)
{
    if (!m_document || m_currentKey.isEmpty())
        return;
    m_itemPanel->commitNote();
    m_document->setItemStatus(m_currentKey, status);
}

void MainWindow::moveSelection(int step, bool unassessedOnly)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    if (unassessedOnly) {
        // The next item not yet assessed anywhere in the checklist, after the current one, wrapping.
        const int total = m_checklistModel->rowCount();
        const QModelIndex current = m_checklistModel->indexOfKey(m_currentKey);
        const int start = current.isValid() ? current.row() : -1;
        for (int n = 1; n <= total; ++n) {
            const QModelIndex i = m_checklistModel->index((start + n) % total, 0);
            if (ItemStatus(i.data(ChecklistModel::StatusRole).toInt()) == ItemStatus::Open) {
                selectItem(i.data(ChecklistModel::KeyRole).toString());
                return;
            }
        }
        statusBar()->showMessage(tr("Every item has been assessed."), 4000);
        return;
    }
    const int row = qBound(0, m_checklist->currentIndex().row() + step, rows - 1);
    m_checklist->setCurrentIndex(m_filter->index(row, ChecklistModel::StatusColumn));
}

void MainWindow::goToItem()
{
    if (!m_document)
        return;
    QStringList keys;
    for (const Domain& d : project()->assessment().domains) {
        for (const Item& i : d.items)
            keys << i.key;
    }
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Go to Item"));
    dialog.setLabelText(tr("Item &key:"));
    dialog.setComboBoxItems(keys);
    dialog.setComboBoxEditable(true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString key = dialog.textValue().trimmed();
    for (const QString& k : keys) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(0);
            selectItem(k);
            m_checklist->setFocus();
            return;
        }
    }
    statusBar()->showMessage(tr("There is no item with the key \"%1\".").arg(key), 5000);
}

void MainWindow::adjustScore()
{
    if (!m_document || m_document->isReadOnly())
        return;
    AdjustDialog dialog(project(),
        m_tabs->currentIndex() == 0 && m_domainView->hasFocus() ? currentDomainKey() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.clearRequested())
        m_document->clearAdjustment(dialog.domainKey());
    else
        m_document->setAdjustment(dialog.domainKey(), dialog.score(), dialog.reason());
}

void MainWindow::addDomain()
{
    Domain d;
    if (!RecordDialogs::editDomain(this, &d))
        return;
    d.key = project()->nextDomainKey(d.title);
    const int position = m_domainView->currentIndex().isValid() ? m_domainView->currentIndex().row() + 1
                                                                : project()->assessment().domains.size();
    m_document->addDomain(d, position);
    m_domainView->setCurrentIndex(m_domainModel->index(position));
}

void MainWindow::editDomain()
{
    const QString key = currentDomainKey();
    const int index = project()->assessment().domainIndex(key);
    if (index < 0)
        return;
    const Domain before = project()->assessment().domains.at(index);
    Domain after = before;
    if (!RecordDialogs::editDomain(this, &after))
        return;
    m_document->updateDomain(key, after);
}

void MainWindow::removeDomain()
{
    const QString key = currentDomainKey();
    const int index = project()->assessment().domainIndex(key);
    if (index < 0)
        return;
    const Domain& d = project()->assessment().domains.at(index);
    if (QMessageBox::question(this, tr("Remove Domain"),
            tr("Remove the domain \"%1\" with its %n item(s) and their answers? You can undo this.", nullptr,
                d.items.size())
                .arg(d.title))
        != QMessageBox::Yes)
        return;
    m_document->removeDomain(key);
}

void MainWindow::moveDomain(int step)
{
    const QString key = currentDomainKey();
    const int index = project()->assessment().domainIndex(key);
    const int target = index + step;
    if (index < 0 || target < 0 || target >= project()->assessment().domains.size())
        return;
    m_document->moveDomain(key, target);
    m_domainView->setCurrentIndex(m_domainModel->index(target));
}

void MainWindow::addItem()
{
    const QString domainKey = currentDomainKey();
    if (domainKey.isEmpty())
        return;
    Item item;
    if (!RecordDialogs::editNewItem(this, &item))
        return;
    item.key = project()->nextItemKey(domainKey);
    const Project::ItemRef ref = project()->findItem(m_currentKey);
    const int domainIndex = project()->assessment().domainIndex(domainKey);
    const int position = ref.isValid() && ref.domain == domainIndex
        ? ref.item + 1
        : project()->assessment().domains.at(domainIndex).items.size();
    if (m_document->addItem(domainKey, item, position))
        selectItem(item.key);
}

void MainWindow::removeItem()
{
    const QString key = m_currentKey;
    if (key.isEmpty() || !project()->item(key))
        return;
    if (QMessageBox::question(
            this, tr("Remove Item"), tr("Remove the item %1 with its answer? You can undo this.").arg(key))
        != QMessageBox::Yes)
        return;
    m_document->removeItem(key);
}

void MainWindow::moveItem(int step)
{
    const QString key = m_currentKey;
    const Project::ItemRef ref = project() ? project()->findItem(key) : Project::ItemRef();
    if (!ref.isValid())
        return;
    const int from = ref.item;
    const int to = from + step;
    if (to < 0 || to >= project()->assessment().domains.at(ref.domain).items.size())
        return;
    m_document->moveItem(key, to);
    selectItem(key);
}

void MainWindow::importChecklist(const QString& path)
{
    NewProjectWizard wizard(FileDialogs::folder(FileDialogs::Purpose::Projects), this);
    if (!wizard.addTemplateFile(path)) {
        if (!wizard.error().isEmpty())
            showError(wizard.error());
        return;
    }
    createFromWizard(wizard);
}

bool MainWindow::exportResults(const QString& path, ResultsFormat format)
{
    if (!m_document)
        return false;
    const Assessment& a = project()->assessment();
    QByteArray bytes;
    switch (format) {
    case ResultsFormat::OscalAssessmentResults:
        bytes = OscalResults::write(*project());
        break;
    case ResultsFormat::Csv:
        bytes = Csv::write(Csv::checklist(a));
        break;
    case ResultsFormat::FindingsCsv:
        bytes = Csv::write(Csv::findings(a));
        break;
    case ResultsFormat::RisksCsv:
        bytes = Csv::write(Csv::risks(a));
        break;
    case ResultsFormat::KpisCsv:
        bytes = Csv::write(Csv::kpis(a));
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::newProject()
{
    NewProjectWizard wizard(FileDialogs::folder(FileDialogs::Purpose::Projects), this);
    createFromWizard(wizard);
}

void MainWindow::createFromWizard(NewProjectWizard& wizard)
{
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Project> created = wizard.takeProject())
        setDocument(std::move(created));
}

QString MainWindow::exportName(const QString& suffix) const
{
    const QString title = project() ? project()->assessment().info.title : QString();
    return FileDialogs::fileNameFor(title, tr("assessment")) + QLatin1Char('-') + suffix;
}

void MainWindow::chooseAndOpen()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Projects, tr("Open Project"),
        tr("Readiness projects (*.readiness);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.readiness"));
    if (!QFileInfo::exists(path)) {
        ProjectError error;
        if (!DemoProject::create(path, &error)) {
            showError(error.message);
            return;
        }
    }
    openProject(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    m_itemPanel->commitNote();
    const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Projects, tr("Save a Copy As"),
        QFileInfo(project()->path()).absolutePath(), tr("Readiness projects (*.readiness)"));
    if (path.isEmpty())
        return;
    const QString target
        = path.endsWith(QLatin1String(".readiness")) ? path : path + QStringLiteral(".readiness");
    if (QFileInfo::exists(target) && QFile::remove(target) == false) {
        showError(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (const ProjectError e = project()->file().saveCopy(target))
        showError(e.message);
    else
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 5000);
}

void MainWindow::saveChecklistAsTemplate()
{
    if (!m_document)
        return;
    const QString path
        = FileDialogs::saveFile(this, FileDialogs::Purpose::Checklists, tr("Save Checklist as Template"),
            exportName(QStringLiteral("template.json")), tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray json = Template::fromAssessment(project()->assessment()).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        showError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    else
        statusBar()->showMessage(tr("Saved the checklist as %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::addEvidenceFiles()
{
    if (m_currentKey.isEmpty())
        return;
    const QStringList files = FileDialogs::openFiles(
        this, FileDialogs::Purpose::Evidence, tr("Add Evidence to %1").arg(m_currentKey));
    attachFiles(m_currentKey, files);
}

void MainWindow::attachFiles(const QString& itemKey, const QStringList& paths)
{
    if (!m_document || m_document->isReadOnly() || itemKey.isEmpty())
        return;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isFile()) {
            showError(tr("%1 is not a file; it was not attached.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        m_importQueue.append({ itemKey, path, QFileInfo(path).fileName() });
    }
    startNextImport();
}

void MainWindow::pasteImage()
{
    if (m_currentKey.isEmpty())
        return;
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        statusBar()->showMessage(tr("The clipboard holds no image."), 5000);
        return;
    }
    const QString name
        = tr("Pasted image %1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")));
    const QString path
        = m_scratch.filePath(QStringLiteral("paste-%1.png").arg(QDateTime::currentMSecsSinceEpoch()));
    if (!image.save(path, "PNG")) {
        showError(tr("The pasted image could not be saved for import."));
        return;
    }
    m_importQueue.append({ m_currentKey, path, name });
    startNextImport();
}

void MainWindow::startNextImport()
{
    if (m_import || m_importQueue.isEmpty() || !m_document) {
        if (!m_import)
            m_importBox->hide();
        return;
    }
    m_importing = m_importQueue.takeFirst();
    m_import = new EvidenceImport(project()->path(), m_importing.path, this);
    m_importLabel->setText(tr("Attaching %1 to %2").arg(m_importing.name, m_importing.itemKey));
    m_importProgress->setRange(0, 1000);
    m_importProgress->setValue(0);
    m_importBox->show();
    connect(m_import, &EvidenceImport::progress, this, [this](qint64 done, qint64 total) {
        m_importProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_import, &EvidenceImport::finished, this,
        [this](const std::optional<EvidenceStore::Stored>& stored, const ProjectError& error) {
            m_import->deleteLater();
            m_import = nullptr;
            if (!stored) {
                // Cancelling is not an error: the status bar says so, no dialog.
                if (error.kind != ProjectError::Kind::Cancelled)
                    showError(error.message);
                else
                    statusBar()->showMessage(error.message, 5000);
            } else if (m_document) {
                const PendingImport job = m_importing;
                const QString mime = QMimeDatabase().mimeTypeForFile(job.path).name();
                qint64 recorded = 0;
                if (m_document->attachEvidence(*stored, job.name, mime, job.itemKey, &recorded)
                    && m_itemPanel->itemKey() == job.itemKey)
                    m_itemPanel->selectEvidence(recorded);
            }
            startNextImport();
        });
    m_import->start();
}

void MainWindow::addLink()
{
    if (m_currentKey.isEmpty())
        return;
    Evidence link;
    link.itemKeys = { m_currentKey };
    if (!RecordDialogs::editLink(this, &link))
        return;
    m_document->linkEvidence(link);
}

void MainWindow::openEvidence(qint64 id)
{
    const Evidence* e = project() ? project()->evidence(id) : nullptr;
    if (!e)
        return;
    if (e->isLink()) {
        QDesktopServices::openUrl(QUrl(e->url));
        return;
    }
    // A read-only copy in a folder of its own, so the application that opens it cannot change the evidence.
    const QString folder = m_scratch.filePath(e->sha256.left(16));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(e->name).fileName());
    if (!QFileInfo::exists(path)) {
        if (const ProjectError err = project()->extractEvidence(e->sha256, path)) {
            showError(err.message);
            return;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        statusBar()->showMessage(
            tr("No application opens %1; it was saved as %2.").arg(e->name, QDir::toNativeSeparators(path)),
            8000);
}

void MainWindow::saveEvidenceCopy(qint64 id)
{
    const Evidence* e = project() ? project()->evidence(id) : nullptr;
    if (!e || e->isLink())
        return;
    const QString path = FileDialogs::saveFile(
        this, FileDialogs::Purpose::Evidence, tr("Save a Copy of the Evidence"), e->name, QString());
    if (path.isEmpty())
        return;
    if (const ProjectError err = project()->extractEvidence(e->sha256, path))
        showError(err.message);
    else
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::removeEvidence(qint64 id)
{
    const Evidence* e = project() ? project()->evidence(id) : nullptr;
    if (!e || m_currentKey.isEmpty())
        return;
    m_document->unlinkEvidence(id, m_currentKey);
}

void MainWindow::linkFinding()
{
    if (m_currentKey.isEmpty() || project()->assessment().findings.isEmpty()) {
        statusBar()->showMessage(tr("There are no findings yet; add one on the Findings page."), 5000);
        return;
    }
    QStringList titles;
    for (const Finding& f : project()->assessment().findings)
        titles << f.title;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Link to a Finding"),
        tr("Finding that addresses %1:").arg(m_currentKey), titles, 0, false, &ok);
    if (!ok)
        return;
    m_document->linkFinding(project()->assessment().findings.at(titles.indexOf(chosen)).id, m_currentKey);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isImporting()
        && QMessageBox::question(this, tr("Evidence Is Being Attached"),
               tr("Stop attaching evidence and quit? The file being attached is not kept."))
            != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    Settings::setWindowLayout({ saveGeometry(), saveState(), m_splitter->saveState() });
    closeProject();
    event->accept();
}

void MainWindow::setIdentityStore(std::unique_ptr<rw::IdentityStore> store)
{
    m_identities = std::move(store);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document.get(), m_identities.get(), this);
    connect(&dialog, &ExportDialog::exported, this,
        [this, &dialog](const QString&, bool) { statusBar()->showMessage(dialog.lastMessage(), 8000); });
    dialog.exec();
}

void MainWindow::verifyReport()
{
    VerifyDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::manageIdentities()
{
    IdentityManager manager(m_identities.get(), this);
    manager.exec();
}
