#include "MainWindow.h"

#include "OverallScoreView.h"
#include "ProjectOpener.h"
#include "store/Project.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages = new QStackedWidget(this);
    m_emptyPage = new QLabel(tr("Open a project (File > Open, Ctrl+O) to see its readiness."), this);
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_scoreView = new OverallScoreView(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_scoreView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(scroll);
    setCentralWidget(m_pages);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    resize(1100, 720);
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString& path)
{
    std::unique_ptr<rw::Project> project = ProjectOpener::open(this, path);
    if (!project)
        return false;
    m_scoreView->setProject(nullptr);
    m_project = std::move(project);
    connect(m_project.get(), &rw::Project::scoresChanged, m_scoreView, &OverallScoreView::refresh);
    connect(m_project.get(), &rw::Project::contentChanged, m_scoreView, &OverallScoreView::refresh);
    m_scoreView->setProject(m_project.get());
    m_pages->setCurrentIndex(1);
    if (m_project->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_project->file().readOnlyReason()));
    else
        statusBar()->clearMessage();
    updateTitle();
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
        tr("Readiness projects (*.readiness);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Readiness Workbench"));
        return;
    }
    setWindowFilePath(m_project->path());
    setWindowTitle(tr("%1 — %2%3 — Readiness Workbench")
                       .arg(m_project->assessment().info.title, QFileInfo(m_project->path()).fileName(),
                           m_project->isReadOnly() ? tr(" [read-only]") : QString()));
}
