#pragma once

// What the workbench shows with no project open: start a new assessment from a template, open one,
// open the demo project, or pick up a recent file.

#include <QHash>
#include <QWidget>

class QListWidget;

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // titles: the assessments' titles by path, where known.
    void setRecentFiles(const QStringList& files, const QHash<QString, QString>& titles = {});
    QListWidget* recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void guideRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};
