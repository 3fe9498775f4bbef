#pragma once

// Keeps a page in step with a project: while the page is visible a change refreshes it at once; a
// hidden page only notes that it is out of date and refreshes when it is next shown, so that edits on
// other pages pay nothing for it.

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace rw {
class Project;
}

class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget* page, std::function<void()> refresh);

    // Follows the project's score and content changes (nullptr: none).
    void follow(rw::Project* project);
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_refresh;
    QPointer<rw::Project> m_project;
    bool m_stale = false;
};
