#pragma once

// The projects opened lately, newest first, with their titles: kept in the settings, shown in
// File > Open Recent and on the welcome page; files that no longer exist are left out.

#include <QHash>
#include <QObject>
#include <QStringList>

class QMenu;
class WelcomePage;

class RecentProjects : public QObject
{
    Q_OBJECT

public:
    RecentProjects(QMenu* menu, WelcomePage* welcome, QObject* parent = nullptr);

    QStringList files() const;
    QHash<QString, QString> titles() const;
    // path was opened: it moves to the top of the list.
    void add(const QString& path, const QString& title);
    // Shows the list again (files may have gone since).
    void refresh();

signals:
    void openRequested(const QString& path);

private:
    QMenu* m_menu;
    WelcomePage* m_welcome;
};
