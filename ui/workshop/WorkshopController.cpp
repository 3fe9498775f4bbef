#include "WorkshopController.h"

#include "Discovery.h"
#include "Document.h"
#include "Host.h"
#include "JoinDialog.h"
#include "MainWindow.h"
#include "Peer.h"
#include "PresenterWindow.h"
#include "Settings.h"
#include "WorkshopPanel.h"
#include "dialogs/FileDialogs.h"
#include "models/ChecklistModel.h"
#include "signing/DeviceIdentity.h"
#include "widgets/ChecklistPage.h"
#include "widgets/ChecklistView.h"
#include "widgets/ItemPanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QHostInfo>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QStatusBar>

namespace {

QString personName()
{
    const QString name = Settings::assessorName();
    return name.isEmpty() ? rw::Project::defaultUser() : name;
}

QStringList reachableAddresses()
{
    QStringList list;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            list << a.toString();
    }
    if (list.isEmpty())
        list << QStringLiteral("127.0.0.1");
    return list;
}

} // namespace

WorkshopController::WorkshopController(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_dock = new QDockWidget(tr("Workshop"), window);
    m_dock->setObjectName(QStringLiteral("workshopDock"));
    m_panel = new WorkshopPanel(m_dock);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_dock->setMinimumWidth(200);
    // The checklist gives or takes columns as the panel takes or gives room.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this] {
        QMetaObject::invokeMethod(
            m_window->checklistView(), &ChecklistView::updateColumns, Qt::QueuedConnection);
    });
    connect(m_panel, &WorkshopPanel::endRequested, this, &WorkshopController::leave);
    m_typing.setSingleShot(true);
    m_typing.setInterval(3000);
    connect(&m_typing, &QTimer::timeout, this, &WorkshopController::sendOwnPresence);
}

WorkshopController::~WorkshopController()
{
    leave();
}

QString WorkshopController::ownKey() const
{
    const rw::DeviceIdentity* d = rw::DeviceIdentity::current();
    return d ? d->publicKey() : QString();
}

bool WorkshopController::host(quint16 port)
{
    if (!m_window->project()) {
        QMessageBox::information(
            m_window, tr("Host a Workshop"), tr("Open the project the workshop works on first."));
        return false;
    }
    if (m_window->document()->isReadOnly()) {
        QMessageBox::warning(m_window, tr("Host a Workshop"),
            tr("The project is open read-only; a workshop needs to change it."));
        return false;
    }
    const rw::DeviceIdentity* device = rw::DeviceIdentity::current();
    if (!device) {
        QMessageBox::warning(
            m_window, tr("Host a Workshop"), tr("This computer has no device key, and none can be made."));
        return false;
    }
    leave();
    m_host = std::make_unique<rw::workshop::Host>(m_window->project(), *device, personName());
    QString error;
    bool listening = m_host->listen(QHostAddress::Any, port ? port : rw::workshop::DefaultPort, &error);
    if (!listening && port == 0) // the usual port is taken (another workshop here?): any free one
        listening = m_host->listen(QHostAddress::Any, 0, &error);
    if (!listening) {
        m_host.reset();
        QMessageBox::warning(
            m_window, tr("Host a Workshop"), tr("The workshop cannot listen for laptops: %1").arg(error));
        return false;
    }
    m_announcer = std::make_unique<rw::workshop::Announcer>(
        tr("%1's workshop on %2").arg(personName(), QHostInfo::localHostName()), m_host->port(),
        rw::DeviceIdentity::fingerprint(device->publicKey()).left(9));
    m_announcer->start();
    connect(m_host.get(), &rw::workshop::Host::participantsChanged, m_panel, &WorkshopPanel::refresh);
    connect(m_host.get(), &rw::workshop::Host::presenceChanged, this, &WorkshopController::updatePresence);
    connect(m_host.get(), &rw::workshop::Host::diagnostic, m_panel, &WorkshopPanel::setDiagnostic);
    connect(m_host.get(), &rw::workshop::Host::joinRequested, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_window->statusBar()->showMessage(
            tr("Somebody asks to join the workshop: compare their words and admit them."), 8000);
    });
    connect(m_host.get(), &rw::workshop::Host::entriesTaken, this, [this](int count) {
        m_window->statusBar()->showMessage(tr("%n change(s) from the workshop", nullptr, count), 3000);
    });
    m_panel->showHost(m_host.get(), reachableAddresses(), m_announcer->notes());
    showPanel();
    connectPresence();
    sendOwnPresence();
    emit activeChanged(true);
    return true;
}

void WorkshopController::join()
{
    const QString title = m_window->project() ? m_window->project()->assessment().info.title : QString();
    const QString suggested = QDir(FileDialogs::folder(FileDialogs::Purpose::Projects))
                                  .filePath(tr("workshop copy") + QStringLiteral(".readiness"));
    JoinDialog dialog(title, suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    joinAt(dialog.address(), dialog.port(), dialog.code(), dialog.copyPath());
}

bool WorkshopController::joinAt(
    const QString& address, quint16 port, const QString& code, const QString& copyPath)
{
    const rw::DeviceIdentity* device = rw::DeviceIdentity::current();
    if (!device) {
        QMessageBox::warning(
            m_window, tr("Join a Workshop"), tr("This computer has no device key, and none can be made."));
        return false;
    }
    QString copy = copyPath;
    if (!copy.isEmpty() && !copy.endsWith(QLatin1String(".readiness")))
        copy += QStringLiteral(".readiness");
    if (!copy.isEmpty() && QFileInfo::exists(copy)) {
        QMessageBox::warning(m_window, tr("Join a Workshop"),
            tr("%1 exists already; choose another name for the workshop's copy.")
                .arg(QDir::toNativeSeparators(copy)));
        return false;
    }
    if (copy.isEmpty() && (!m_window->project() || m_window->document()->isReadOnly())) {
        QMessageBox::warning(
            m_window, tr("Join a Workshop"), tr("Open a project that can be changed, or receive a copy."));
        return false;
    }
    leave();
    m_peer = std::make_unique<rw::workshop::Peer>(
        copy.isEmpty() ? m_window->project() : nullptr, *device, personName());
    m_peer->setCopy(copy, [this](const QString& path, QString* error) -> rw::Project* {
        m_openingCopy = true;
        const bool opened = m_window->openProject(path);
        m_openingCopy = false;
        if (!opened) {
            *error = tr("%1 could not be opened").arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        connectPresence();
        return m_window->project();
    });
    m_peer->setReconnect(true);
    connect(m_peer.get(), &rw::workshop::Peer::stateChanged, m_panel, &WorkshopPanel::refresh);
    connect(m_peer.get(), &rw::workshop::Peer::presenceChanged, this, &WorkshopController::updatePresence);
    connect(m_peer.get(), &rw::workshop::Peer::presenceChanged, m_panel, &WorkshopPanel::refresh);
    connect(m_peer.get(), &rw::workshop::Peer::diagnostic, m_panel, &WorkshopPanel::setDiagnostic);
    connect(m_peer.get(), &rw::workshop::Peer::stateChanged, this, [this](rw::workshop::Peer::State s) {
        if (s == rw::workshop::Peer::State::Live)
            sendOwnPresence();
        if (s == rw::workshop::Peer::State::Refused)
            m_window->statusBar()->showMessage(tr("Not in the workshop: %1").arg(m_peer->problem()), 8000);
    });
    connect(m_peer.get(), &rw::workshop::Peer::entriesTaken, this, [this](int count) {
        m_window->statusBar()->showMessage(tr("%n change(s) from the workshop", nullptr, count), 3000);
    });
    m_panel->showPeer(m_peer.get());
    showPanel();
    if (m_window->project())
        connectPresence();
    m_peer->start(address, port, code);
    emit activeChanged(true);
    return true;
}

void WorkshopController::leave()
{
    if (!m_host && !m_peer)
        return;
    for (const QMetaObject::Connection& c : std::as_const(m_viewConnections))
        disconnect(c);
    m_viewConnections.clear();
    m_announcer.reset();
    if (m_host)
        m_host->flush();
    m_host.reset();
    if (m_peer) {
        m_peer->flush();
        m_peer->stop();
    }
    m_peer.reset();
    m_typing.stop();
    m_dock->hide();
    updatePresence();
    emit activeChanged(false);
}

void WorkshopController::projectClosing()
{
    if (!m_openingCopy)
        leave();
    else
        for (const QMetaObject::Connection& c : std::as_const(m_viewConnections))
            disconnect(c);
}

void WorkshopController::showPanel()
{
    m_dock->show();
    m_dock->raise();
}

void WorkshopController::connectPresence()
{
    for (const QMetaObject::Connection& c : std::as_const(m_viewConnections))
        disconnect(c);
    m_viewConnections.clear();
    m_viewConnections << connect(m_window->checklistPage(), &ChecklistPage::currentItemChanged, this, [this] {
        m_typing.stop();
        sendOwnPresence();
        updatePresence();
    });
    m_viewConnections << connect(m_window->itemPanel(), &ItemPanel::noteTyped, this, [this] {
        const bool was = m_typing.isActive();
        m_typing.start();
        if (!was)
            sendOwnPresence();
        updatePresence();
    });
}

void WorkshopController::sendOwnPresence()
{
    const QString item = m_window->currentItemKey();
    const bool typing = m_typing.isActive();
    if (m_host)
        m_host->setOwnPresence(item, typing);
    if (m_peer)
        m_peer->setPresence(item, typing);
}

QVector<rw::workshop::Presence> WorkshopController::others() const
{
    QVector<rw::workshop::Presence> list;
    if (m_host)
        list = m_host->presence();
    else if (m_peer)
        list = m_peer->presence();
    const QString me = ownKey();
    list.erase(std::remove_if(list.begin(), list.end(),
                   [&me](const rw::workshop::Presence& p) { return p.device == me; }),
        list.end());
    return list;
}

void WorkshopController::updatePresence()
{
    QHash<QString, QStringList> byItem;
    const QVector<rw::workshop::Presence> people = others();
    for (const rw::workshop::Presence& p : people) {
        if (!p.item.isEmpty())
            byItem[p.item] << (p.typing ? tr("%1 (typing)").arg(p.name) : p.name);
    }
    if (ChecklistModel* model = m_window->checklistPage()->checklistModel()) {
        model->setPresence(byItem);
        // The key column makes room for the badge (and gives it back).
        ChecklistView* view = m_window->checklistView();
        const int badge = byItem.isEmpty() ? 0
            : view->iconSize().width() > 0 ? view->iconSize().width() + 6
                                           : 22;
        if (m_keyColumnBase <= 0)
            m_keyColumnBase = view->horizontalHeader()->sectionSize(ChecklistModel::KeyColumn);
        view->horizontalHeader()->resizeSection(ChecklistModel::KeyColumn, m_keyColumnBase + badge);
        if (byItem.isEmpty())
            m_keyColumnBase = 0;
        view->updateColumns();
    }
    const QString current = m_window->currentItemKey();
    QStringList typists;
    for (const rw::workshop::Presence& p : people) {
        if (p.typing && p.item == current && !current.isEmpty())
            typists << p.name;
    }
    QString notice;
    if (!typists.isEmpty())
        notice = m_typing.isActive()
            ? tr("%1 is typing this note too: you are both changing it, and the later change wins (the other "
                 "lands in Conflicts). Agree who writes it.")
                  .arg(typists.join(QStringLiteral(", ")))
            : tr("%1 is typing this item's note.").arg(typists.join(QStringLiteral(", ")));
    m_window->itemPanel()->setPresenceNotice(notice);
    if (PresenterWindow* presenter = m_window->presenter()) {
        const QStringList here = byItem.value(current);
        presenter->setPresence(
            here.isEmpty() ? QString() : tr("Also here: %1").arg(here.join(QStringLiteral(", "))));
    }
}
