#include "MainWindow.h"

#include "Document.h"
#include "EvidenceIntake.h"
#include "PresenterControl.h"
#include "PresenterWindow.h"
#include "ProjectOpener.h"
#include "RecentProjects.h"
#include "Settings.h"
#include "dialogs/AdjustDialog.h"
#include "dialogs/AssessorDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/ImportResultsDialog.h"
#include "dialogs/MergeDialogs.h"
#include "dialogs/ProjectOntoDialog.h"
#include "dialogs/RecordDialogs.h"
#include "dialogs/VerifyDialog.h"
#include "exchange/Csv.h"
#include "exchange/OscalResults.h"
#include "exchange/Questionnaire.h"
#include "exchange/Template.h"
#include "models/RecordTableModel.h"
#include "signing/DeviceIdentity.h"
#include "store/Pack.h"
#include "widgets/AssessmentPage.h"
#include "widgets/ChecklistPage.h"
#include "widgets/ChecklistView.h"
#include "widgets/DashboardPage.h"
#include "widgets/ItemPanel.h"
#include "widgets/MilestonesPage.h"
#include "widgets/RecordsPage.h"
#include "widgets/ScoreHeader.h"
#include "widgets/WelcomePage.h"
#include "workshop/WorkshopController.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace rw;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_identities(std::make_unique<rw::IdentityStore>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(false);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createWorkbench());
    setCentralWidget(m_stack);

    auto* undoView = new QUndoView(m_undoGroup, this);
    undoView->setObjectName(QStringLiteral("undoHistory"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    auto* dock = new QDockWidget(tr("Undo History"), this);
    dock->setObjectName(QStringLiteral("undoDock"));
    dock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();

    m_evidence = new EvidenceIntake(this, itemPanel());
    statusBar()->addPermanentWidget(m_evidence->progressBox());
    connect(m_evidence, &EvidenceIntake::message, this, &MainWindow::showMessage);
    connect(m_checklistPage, &ChecklistPage::filesDropped, m_evidence, &EvidenceIntake::attachFiles);
    ItemPanel* panel = itemPanel();
    connect(
        panel, &ItemPanel::addFilesRequested, this, [this] { m_evidence->chooseFiles(currentItemKey()); });
    connect(panel, &ItemPanel::addLinkRequested, this, [this] { m_evidence->addLink(currentItemKey()); });
    connect(
        panel, &ItemPanel::pasteImageRequested, this, [this] { m_evidence->pasteImage(currentItemKey()); });
    connect(panel, &ItemPanel::openEvidenceRequested, m_evidence, &EvidenceIntake::openEvidence);
    connect(panel, &ItemPanel::saveEvidenceRequested, m_evidence, &EvidenceIntake::saveCopy);
    connect(panel, &ItemPanel::newVersionRequested, m_evidence, &EvidenceIntake::newVersion);
    connect(panel, &ItemPanel::removeEvidenceRequested, this, [this](qint64 id) {
        if (m_document && project()->evidence(id) && !currentItemKey().isEmpty())
            m_document->unlinkEvidence(id, currentItemKey());
    });

    m_workshop = new WorkshopController(this);
    connect(m_workshop, &WorkshopController::activeChanged, this, &MainWindow::updateActions);
    createActions();
    createMenus();
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));

    const auto open = [this](std::unique_ptr<Project> (*how)(QWidget*)) {
        if (std::unique_ptr<Project> opened = how(this))
            setDocument(std::move(opened));
    };
    connect(m_welcome, &WelcomePage::newRequested, this,
        [open] { open([](QWidget* w) { return ProjectOpener::create(w); }); });
    connect(m_welcome, &WelcomePage::openRequested, this, [open] { open(&ProjectOpener::choose); });
    connect(m_welcome, &WelcomePage::demoRequested, this, [open] { open(&ProjectOpener::demo); });
    connect(m_welcome, &WelcomePage::guideRequested, action(ActionId::Guide), &QAction::trigger);
    connect(m_recent, &RecentProjects::openRequested, this, &MainWindow::openProject);

    const Settings::WindowLayout layout = Settings::windowLayout();
    if (!restoreGeometry(layout.geometry))
        resize(1280, 800);
    restoreState(layout.state);
    m_checklistPage->restoreState(layout.splitter);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

Project* MainWindow::project() const
{
    return m_document ? m_document->project() : nullptr;
}

ChecklistView* MainWindow::checklistView() const
{
    return m_checklistPage->checklistView();
}

ChecklistFilterModel* MainWindow::filterModel() const
{
    return m_checklistPage->filterModel();
}

QListView* MainWindow::domainView() const
{
    return m_checklistPage->domainView();
}

ItemPanel* MainWindow::itemPanel() const
{
    return m_checklistPage->itemPanel();
}

QLineEdit* MainWindow::filterEdit() const
{
    return m_checklistPage->filterEdit();
}

QComboBox* MainWindow::statusFilter() const
{
    return m_checklistPage->statusFilter();
}

QComboBox* MainWindow::ownerFilter() const
{
    return m_checklistPage->ownerFilter();
}

QCheckBox* MainWindow::blockersFilter() const
{
    return m_checklistPage->blockersFilter();
}

QCheckBox* MainWindow::noEvidenceFilter() const
{
    return m_checklistPage->noEvidenceFilter();
}

PresenterWindow* MainWindow::presenter() const
{
    return m_presenter ? m_presenter->presenter() : nullptr;
}

QString MainWindow::currentItemKey() const
{
    return m_checklistPage->currentItemKey();
}

bool MainWindow::selectItem(const QString& key)
{
    return m_checklistPage->selectItem(key);
}

void MainWindow::attachFiles(const QString& itemKey, const QStringList& paths)
{
    m_evidence->attachFiles(itemKey, paths);
}

bool MainWindow::isImporting() const
{
    return m_evidence->isImporting();
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

    m_checklistPage = new ChecklistPage(m_tabs);
    m_tabs->addTab(m_checklistPage, tr("&Checklist"));
    connect(m_checklistPage, &ChecklistPage::currentItemChanged, this, [this](const QString& key) {
        if (m_presenter)
            m_presenter->setCurrentItem(key);
        updateActions();
    });
    connect(m_checklistPage, &ChecklistPage::currentDomainChanged, this, &MainWindow::updateActions);
    connect(
        m_checklistPage, &ChecklistPage::message, this, [this](const QString& text) { showMessage(text); });
    connect(itemPanel(), &ItemPanel::linkFindingRequested, this, &MainWindow::linkFinding);
    connect(itemPanel(), &ItemPanel::findingActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_findingsPage);
        m_findingsPage->selectId(id);
    });

    m_dashboard = new DashboardPage(m_tabs);
    m_dashboard->setChartPathQuestion([this](const QString& name, const QString& filter) {
        return FileDialogs::saveFile(this, FileDialogs::Purpose::Charts, tr("Export Chart"), name, filter);
    });
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    connectDashboard();
    createRecordPages();
    return workbench;
}

void MainWindow::showChecklist()
{
    m_tabs->setCurrentWidget(m_checklistPage);
}

void MainWindow::connectDashboard()
{
    connect(m_dashboard, &DashboardPage::domainActivated, this, [this](const QString& key) {
        showChecklist();
        m_checklistPage->showDomain(key);
    });
    connect(m_dashboard, &DashboardPage::statusActivated, this, [this](const QString& domainKey, int status) {
        showChecklist();
        m_checklistPage->showDomain(domainKey, status);
    });
    connect(m_dashboard, &DashboardPage::itemActivated, this, [this](const QString& key) {
        showChecklist();
        selectItem(key);
        checklistView()->setFocus();
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
}

void MainWindow::createRecordPages()
{
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
            if (!currentItemKey().isEmpty())
                f->itemKeys << currentItemKey();
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

void MainWindow::showMessage(const QString& text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<Project> project = ProjectOpener::open(this, path);
    if (!project)
        return false;
    setDocument(std::move(project));
    return true;
}

void MainWindow::importChecklist(const QString& path)
{
    if (std::unique_ptr<Project> created = ProjectOpener::create(this, path))
        setDocument(std::move(created));
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

    // The page is shown first, so that its columns are fitted to the room it has.
    m_stack->setCurrentIndex(1);
    showChecklist();
    Document* document = m_document.get();
    m_checklistPage->setDocument(document);
    m_findingsPage->setModel(RecordTableModel::findings(document, this));
    m_risksPage->setModel(RecordTableModel::risks(document, this));
    m_kpisPage->setModel(RecordTableModel::kpis(document, this));
    m_signOffsPage->setModel(RecordTableModel::signOffs(document, this));
    m_assessmentPage->setDocument(document);
    m_dashboard->setDocument(document);
    m_milestones->setDocument(document);
    m_header->setDocument(document);
    m_evidence->setDocument(document);
    m_presenter->setDocument(document);
    connect(project(), &Project::contentChanged, this, &MainWindow::updateTitle);
    if (project()->file().recoveredInterruptedChange())
        showMessage(tr("The last change to this project was interrupted; it has been rolled back."), 0);
    else if (m_document->isReadOnly())
        showMessage(tr("Opened read-only: %1").arg(project()->file().readOnlyReason()), 0);
    else
        showMessage(tr("Every change is saved as you make it."));
    m_recent->add(project()->path(), project()->assessment().info.title);
    updateActions();
    // Packs the team left in the exchange folder are offered once the window has shown the project.
    QTimer::singleShot(0, this, &MainWindow::offerExchangePacks);
    updateTitle();
    checklistView()->setFocus();
}

void MainWindow::closeProject()
{
    if (!m_document)
        return;
    if (m_workshop)
        m_workshop->projectClosing();
    itemPanel()->commitNote();
    m_evidence->setDocument(nullptr);
    m_presenter->setDocument(nullptr);
    m_checklistPage->setDocument(nullptr);
    m_header->setDocument(nullptr);
    m_assessmentPage->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_milestones->setDocument(nullptr);
    for (RecordsPage* page : { m_findingsPage, m_risksPage, m_kpisPage, m_signOffsPage }) {
        QAbstractItemModel* old = page->view()->model();
        page->setModel(nullptr);
        delete old;
    }
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_stack->setCurrentIndex(0);
    m_recent->refresh();
    updateActions();
    updateTitle();
}

void MainWindow::adjustScore()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const bool onDomain = m_tabs->currentWidget() == m_checklistPage && domainView()->hasFocus();
    AdjustDialog dialog(project(), onDomain ? m_checklistPage->currentDomainKey() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.clearRequested())
        m_document->clearAdjustment(dialog.domainKey());
    else
        m_document->setAdjustment(dialog.domainKey(), dialog.score(), dialog.reason());
}

void MainWindow::linkFinding()
{
    const QString key = currentItemKey();
    if (key.isEmpty() || project()->assessment().findings.isEmpty()) {
        showMessage(tr("There are no findings yet; add one on the Findings page."));
        return;
    }
    QStringList titles;
    for (const Finding& f : project()->assessment().findings)
        titles << f.title;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link to a Finding"), tr("Finding that addresses %1:").arg(key), titles, 0, false, &ok);
    if (ok)
        m_document->linkFinding(project()->assessment().findings.at(titles.indexOf(chosen)).id, key);
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
    case ResultsFormat::OscalPoam:
        bytes = OscalResults::writePoam(*project());
        if (bytes.isEmpty()) {
            showError(tr("No recommendation is open, so there is no plan of action to export; an OSCAL "
                         "POA&M needs at least one item. Add recommendations on the Findings page."));
            return false;
        }
        break;
    case ResultsFormat::Questionnaire:
        bytes = Questionnaire::write(*project());
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
    showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString MainWindow::exportName(const QString& suffix) const
{
    const QString title = project() ? project()->assessment().info.title : QString();
    return FileDialogs::fileNameFor(title, tr("assessment")) + QLatin1Char('-') + suffix;
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    itemPanel()->commitNote();
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
        showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)));
}

// The next assessment cycle as a new project beside this one, opened once made.
void MainWindow::startNextCycle()
{
    if (!m_document)
        return;
    itemPanel()->commitNote();
    const QString path
        = FileDialogs::saveFile(this, FileDialogs::Purpose::Projects, tr("Start the Next Assessment"),
            QFileInfo(project()->path()).absolutePath(), tr("Readiness projects (*.readiness)"));
    if (path.isEmpty())
        return;
    const QString target
        = path.endsWith(QLatin1String(".readiness")) ? path : path + QStringLiteral(".readiness");
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(project()->path()).canonicalFilePath()) {
        showError(tr("The next assessment needs a file of its own."));
        return;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        showError(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    ProjectError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto next = project()->startNextCycle(target, QString(), project()->user(), &error);
    QApplication::restoreOverrideCursor();
    if (!next) {
        showError(error.message);
        return;
    }
    const QString made = next->path();
    const int items = next->assessment().itemCount();
    next.reset(); // closed here, then opened by the window like any other project
    if (openProject(made))
        showMessage(
            tr("The next assessment: %n item(s) to assess again; last cycle's answers are shown beside "
               "each item.",
                nullptr, items));
}

void MainWindow::mergeCopies(const QStringList& paths)
{
    if (!m_document || m_document->isReadOnly())
        return;
    itemPanel()->commitNote();
    MergeDialog dialog(m_document.get(), paths, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Merged. Undo takes the whole merge back."));
    if (dialog.leftConflicts())
        showConflicts();
}

bool MainWindow::projectOnto()
{
    if (!m_document)
        return false;
    itemPanel()->commitNote();
    ProjectOntoDialog dialog(project(), Settings::assessorName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString summary = dialog.summary();
    if (!openProject(dialog.draftPath()))
        return false;
    showMessage(summary);
    return true;
}

bool MainWindow::importResults(const QString& path)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    itemPanel()->commitNote();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > 64 * 1024 * 1024) {
        showError(
            tr("%1 is larger than 64 MB; that is no results file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    const std::optional<ResultsImport::Preview> preview = ResultsImport::read(
        project()->assessment(), file.readAll(), &error, Questionnaire::assessmentId(*project()));
    if (!preview) {
        showError(tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    FileDialogs::remember(FileDialogs::Purpose::Exports, path);
    ImportResultsDialog dialog(m_document.get(), path, *preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMessage(tr("Imported %n change(s). Undo takes the whole import back.", nullptr, dialog.applied()));
    return true;
}

void MainWindow::showConflicts()
{
    if (!m_document)
        return;
    ConflictsDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::shareChanges()
{
    if (!m_document)
        return;
    itemPanel()->commitNote();
    // Everything since the project was made: whoever merges it skips what they hold already.
    const QVector<AuditEntry> log = project()->auditLog();
    QString error;
    const QVector<AuditEntry> entries
        = log.isEmpty() ? log : Pack::since(*project(), log.constFirst().hash, &error);
    const DeviceIdentity* device = DeviceIdentity::current();
    const QString name = FileDialogs::fileNameFor(project()->assessment().info.title, tr("assessment"))
        + QLatin1Char('-')
        + (device ? DeviceIdentity::fingerprint(device->publicKey()).left(9) : Settings::assessorName())
        + QStringLiteral(".rwpack");
    const QString folder = QSettings().value(QStringLiteral("exchange/folder")).toString();
    const QString path
        = FileDialogs::saveFile(this, FileDialogs::Purpose::Projects, tr("Share Changes as a Pack"),
            folder.isEmpty() ? name : QDir(folder).filePath(name), tr("Packs (*.rwpack)"));
    if (path.isEmpty())
        return;
    // This laptop's own pack in the folder is replaced by the newer one.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const ProjectError e = Pack::write(*project(), entries, path)) {
        showError(e.message);
        return;
    }
    QSettings().setValue(QStringLiteral("exchange/folder"), QFileInfo(path).absolutePath());
    showMessage(
        tr("Wrote %1 (%n change(s)). Others merge it with File > Merge a Copy; the workbench offers packs "
           "it finds in this folder when a project opens.",
            nullptr, int(entries.size()))
            .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::offerExchangePacks()
{
    if (!m_document || m_document->isReadOnly())
        return;
    // Conflicts left from an earlier merge are named on opening.
    if (const int open = int(Merge::openConflicts(*project()).size()); open > 0)
        showMessage(
            tr("%n conflict(s) from merging copies wait for a decision: File > Conflicts.", nullptr, open),
            0);
    const QString folder = QSettings().value(QStringLiteral("exchange/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return;
    QStringList useful;
    for (const QFileInfo& fi : QDir(folder).entryInfoList({ QStringLiteral("*.rwpack") }, QDir::Files)) {
        ProjectError error;
        const std::unique_ptr<MergeSource> pack = Merge::openSource(fi.absoluteFilePath(), &error);
        if (!pack || pack->assessmentUuid != project()->assessment().info.uuid)
            continue;
        const MergePreview p = Merge::preview(*project(), *pack);
        if (p.problem.isEmpty() && !p.incoming.isEmpty()) {
            useful << fi.absoluteFilePath();
        }
    }
    if (useful.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Changes from the Team"),
        tr("%n pack(s) in the exchange folder %1 hold changes this project lacks. Look at them before "
           "merging?",
            nullptr, int(useful.size()))
            .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        mergeCopies(useful);
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
        showMessage(tr("Saved the checklist as %1.").arg(QDir::toNativeSeparators(path)));
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
    Settings::setWindowLayout({ saveGeometry(), saveState(), m_checklistPage->saveState() });
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
        [this, &dialog](const QString&, bool) { showMessage(dialog.lastMessage(), 8000); });
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
