#include "PresenterControl.h"

#include "PresenterWindow.h"

#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWidget>

PresenterControl::PresenterControl(QWidget* window, QList<QAction*> shared)
    : QObject(window)
    , m_window(window)
    , m_shared(std::move(shared))
{
}

void PresenterControl::setDocument(Document* document)
{
    if (m_presenter) {
        m_presenter->detachDocument();
        m_presenter->close();
    }
    m_document = document;
    m_currentKey.clear();
}

void PresenterControl::toggle(QScreen* screen)
{
    if (m_presenter) {
        m_presenter->close();
        return;
    }
    if (!m_document)
        return;
    m_presenter = new PresenterWindow(m_document, m_shared);
    m_presenter->setCurrentItem(m_currentKey);
    // By default on another screen than the window's, when there is one: the projector.
    if (!screen) {
        for (QScreen* s : QGuiApplication::screens()) {
            if (s != m_window->screen()) {
                screen = s;
                break;
            }
        }
    }
    m_presenter->showOn(screen ? screen : m_window->screen());
}

void PresenterControl::setCurrentItem(const QString& key)
{
    m_currentKey = key;
    if (m_presenter)
        m_presenter->setCurrentItem(key);
}

QMenu* PresenterControl::addScreensMenu(QMenu* parent)
{
    QMenu* menu = parent->addMenu(tr("Presenter on &Screen"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QList<QScreen*> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            QScreen* screen = screens.at(i);
            menu->addAction(tr("Screen %1: %2 (%3 x %4)")
                                .arg(i + 1)
                                .arg(screen->name())
                                .arg(screen->size().width())
                                .arg(screen->size().height()),
                this, [this, screen] {
                    // Moves an open presenter: closed and gone now, so that toggling opens it again.
                    if (m_presenter) {
                        m_presenter->close();
                        delete m_presenter.data();
                    }
                    toggle(screen);
                });
        }
    });
    return menu;
}
