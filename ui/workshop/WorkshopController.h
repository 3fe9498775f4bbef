#pragma once

// Workshop > Host and Join in the workbench: runs the host or the laptop's side of a live workshop on the
// open project, keeps the side panel current, and shows who is on which item (a badge in the checklist,
// a line in presenter mode, a notice above the note when somebody else types the same note). Changes
// from the others are taken into the project as merges are, so the views follow as they do for any
// change; they do not enter this laptop's undo history.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class MainWindow;
class QDockWidget;
class WorkshopPanel;

namespace rw::workshop {
class Announcer;
class Host;
class Peer;
struct Presence;
} // namespace rw::workshop

class WorkshopController : public QObject
{
    Q_OBJECT

public:
    explicit WorkshopController(MainWindow* window);
    ~WorkshopController() override;

    // Workshop > Host: listens on port (0: the usual one, or any free one when it is taken).
    bool host(quint16 port = 0);
    // Workshop > Join, with the dialog.
    void join();
    // Joins without the dialog (tests, join links): copyPath empty joins with the open project.
    bool joinAt(const QString& address, quint16 port, const QString& code, const QString& copyPath);
    void leave();
    bool isActive() const { return m_host || m_peer; }
    // Called before the window closes its project: a workshop on it ends (unless a copy is opening).
    void projectClosing();

    rw::workshop::Host* hostSide() const { return m_host.get(); }
    rw::workshop::Peer* peerSide() const { return m_peer.get(); }
    WorkshopPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }

signals:
    void activeChanged(bool active);

private:
    void showPanel();
    void connectPresence();
    void updatePresence();
    void sendOwnPresence();
    QVector<rw::workshop::Presence> others() const;
    QString ownKey() const;

    MainWindow* m_window;
    QDockWidget* m_dock;
    WorkshopPanel* m_panel;
    std::unique_ptr<rw::workshop::Host> m_host;
    std::unique_ptr<rw::workshop::Announcer> m_announcer;
    std::unique_ptr<rw::workshop::Peer> m_peer;
    QTimer m_typing; // "typing" for a few seconds after the last keystroke in the note
    bool m_openingCopy = false;
    int m_keyColumnBase = 0; // the key column's width before it made room for presence badges
    QList<QMetaObject::Connection> m_viewConnections;
};
