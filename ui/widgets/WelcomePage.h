#pragma once

// What the workbench shows with no project open: start a new assessment from a template, open one,
// open the demo project, or pick up a recent file.

#include <QWidget>

class QListWidget;

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);
    QListWidget* recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};
