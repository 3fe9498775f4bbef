#pragma once

// Presenter mode from the main window: opens the presenter on the projector (another screen than the
// window's when there is one, or the screen chosen in View > Presenter on Screen), keeps it on the item
// selected in the window, and closes it with the project.

#include <QList>
#include <QObject>
#include <QPointer>

#include "PresenterWindow.h"

class Document;
class PresenterWindow;
class QAction;
class QMenu;
class QScreen;
class QWidget;

class PresenterControl : public QObject
{
    Q_OBJECT

public:
    // shared: the window's actions that work in the presenter too.
    PresenterControl(QWidget* window, QList<QAction*> shared);

    PresenterWindow* presenter() const { return m_presenter.data(); }
    void setDocument(Document* document);
    // Opens the presenter (on screen, or the projector when null), or closes it when it is open.
    void toggle(QScreen* screen = nullptr);
    void setCurrentItem(const QString& key);
    // A submenu of parent listing the screens, each opening the presenter there.
    QMenu* addScreensMenu(QMenu* parent);

private:
    QWidget* m_window;
    QList<QAction*> m_shared;
    Document* m_document = nullptr;
    QString m_currentKey;
    QPointer<PresenterWindow> m_presenter;
};
