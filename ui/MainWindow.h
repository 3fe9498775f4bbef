#pragma once

// The workbench's main window. For now it opens a project and shows its overall score, grade and
// status with the domain scores; the checklist editor builds on it.

#include <QMainWindow>
#include <memory>

class OverallScoreView;
class QStackedWidget;
class QLabel;

namespace rw {
class Project;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path, explaining any failure in a dialog. Returns whether a project is now open from path.
    bool openProject(const QString& path);
    rw::Project* project() const { return m_project.get(); }
    OverallScoreView* scoreView() const { return m_scoreView; }

private:
    void chooseAndOpen();
    void updateTitle();

    std::unique_ptr<rw::Project> m_project;
    QStackedWidget* m_pages;
    QLabel* m_emptyPage;
    OverallScoreView* m_scoreView;
};
