#include "RecentProjects.h"

#include "Settings.h"
#include "widgets/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace {

constexpr int MaxRecentFiles = 10;

} // namespace

RecentProjects::RecentProjects(QMenu* menu, WelcomePage* welcome, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
    , m_welcome(welcome)
{
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_welcome, &WelcomePage::recentRequested, this, &RecentProjects::openRequested);
    refresh();
}

QStringList RecentProjects::files() const
{
    QStringList files = Settings::recentFiles();
    files.erase(
        std::remove_if(files.begin(), files.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
        files.end());
    return files;
}

QHash<QString, QString> RecentProjects::titles() const
{
    return Settings::recentTitles();
}

void RecentProjects::add(const QString& path, const QString& title)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    QHash<QString, QString> names = titles();
    names.insert(path, title);
    Settings::setRecentFiles(list, names);
    refresh();
}

void RecentProjects::refresh()
{
    m_menu->clear();
    const QStringList list = files();
    const QHash<QString, QString> names = titles();
    for (int i = 0; i < list.size(); ++i) {
        QString name = names.value(list.at(i));
        if (name.isEmpty())
            name = QFileInfo(list.at(i)).fileName();
        // An ampersand in a title is shown, not taken as a shortcut.
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* a = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(QDir::toNativeSeparators(list.at(i)));
        const QString path = list.at(i);
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_menu->setEnabled(!list.isEmpty());
    m_welcome->setRecentFiles(list, names);
}
