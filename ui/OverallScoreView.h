#pragma once

// The overall score, grade and status in large type, with the computed figure beside an adjusted one
// and a line per domain. It reads only the shared scoreboard, so it shows what the reports say.

#include <QWidget>

class QLabel;
class QGridLayout;

namespace rw {
class Project;
}

class OverallScoreView : public QWidget
{
    Q_OBJECT

public:
    explicit OverallScoreView(QWidget* parent = nullptr);

    void setProject(const rw::Project* project);
    void refresh();

    // For tests and accessibility: the texts as shown.
    QString scoreText() const;
    QString gradeText() const;
    QString statusText() const;

private:
    const rw::Project* m_project = nullptr;
    QLabel* m_title;
    QLabel* m_system;
    QLabel* m_score;
    QLabel* m_grade;
    QLabel* m_status;
    QLabel* m_computed;
    QLabel* m_progress;
    QGridLayout* m_domains;
};
