#include "RefreshWhenShown.h"

#include "store/Project.h"

#include <QEvent>
#include <QWidget>

RefreshWhenShown::RefreshWhenShown(QWidget* page, std::function<void()> refresh)
    : QObject(page)
    , m_page(page)
    , m_refresh(std::move(refresh))
{
    page->installEventFilter(this);
}

void RefreshWhenShown::follow(rw::Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &rw::Project::scoresChanged, this, &RefreshWhenShown::changed);
        connect(project, &rw::Project::contentChanged, this, &RefreshWhenShown::changed);
    }
}

void RefreshWhenShown::changed()
{
    if (m_page->isVisible()) {
        m_stale = false;
        m_refresh();
    } else {
        m_stale = true;
    }
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
