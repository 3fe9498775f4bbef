#include "Peer.h"

#include "Connection.h"
#include "Tls.h"
#include "signing/DeviceIdentity.h"
#include "store/Pack.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace rw::workshop {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};

} // namespace

Peer::Peer(Project* project, const DeviceIdentity& device, const QString& name, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_device(device)
    , m_name(name)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &Peer::connectNow);
    if (project)
        watch(project);
}

Peer::~Peer()
{
    stop();
}

void Peer::watch(Project* project)
{
    m_replica = std::make_unique<Replica>(project);
    const auto changed = [this] { scheduleFlush(); };
    connect(project, &Project::contentChanged, this, changed);
    connect(project, &Project::itemChanged, this, changed);
    connect(project, &Project::scoresChanged, this, changed);
    connect(project, &Project::checklistChanged, this, changed);
}

void Peer::setCopy(const QString& copyPath, std::function<Project*(const QString&, QString*)> openCopy)
{
    m_copyPath = copyPath;
    m_openCopy = std::move(openCopy);
}

void Peer::start(const QString& host, quint16 port, const QString& code)
{
    m_host = host;
    m_port = port;
    m_code = normalizedCode(code);
    m_problem.clear();
    connectNow();
}

void Peer::stop()
{
    m_reconnect = false;
    m_retry.stop();
    if (m_connection) {
        Connection* c = m_connection;
        m_connection = nullptr;
        c->disconnect(this);
        c->close({}, typed("bye"));
        c->deleteLater();
    }
    if (m_state != State::Refused)
        setState(State::Idle);
}

void Peer::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

void Peer::connectNow()
{
    if (m_connection)
        return;
    if (m_tls.isNull()) {
        QString why;
        m_tls = configuration(m_device, &why);
        if (m_tls.isNull()) {
            m_problem = why;
            setState(State::Refused);
            return;
        }
    }
    auto* socket = new QSslSocket;
    socket->setSslConfiguration(m_tls);
    m_connection = new Connection(socket, this);
    connect(m_connection, &Connection::message, this, &Peer::onMessage);
    connect(m_connection, &Connection::closed, this, &Peer::onClosed);
    connect(m_connection, &Connection::encrypted, this, [this] {
        const QString hostKey = m_connection->peerKey();
        if (hostKey.isEmpty() || joinCode(hostKey) != m_code) {
            m_problem = Tr::tr("The host at %1 port %2 does not have the join code %3: check the address and "
                               "the code on the host's screen.")
                            .arg(m_host)
                            .arg(m_port)
                            .arg(m_code);
            m_reconnect = false;
            setState(State::Refused);
            m_connection->close(m_problem);
            return;
        }
        m_connection->send(typed("hello",
            { { QStringLiteral("protocol"), ProtocolVersion }, { QStringLiteral("code"), m_code },
                { QStringLiteral("name"), m_name },
                { QStringLiteral("assessment"), m_replica ? m_replica->assessmentUuid() : QString() },
                { QStringLiteral("first"), m_replica ? m_replica->firstHash() : QString() } }));
    });
    setState(State::Connecting);
    m_inSync = false;
    socket->connectToHostEncrypted(m_host, m_port);
}

void Peer::onClosed(const QString& reason)
{
    if (m_connection) {
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    m_incoming.reset();
    m_inSync = false;
    if (m_state == State::Refused)
        return;
    if (m_state == State::Connecting) {
        m_problem = Tr::tr("%1 port %2 could not be reached (%3). The host may have stopped, a firewall may "
                           "block the port, or the Wi-Fi may keep laptops apart (client isolation): try a "
                           "cable, a phone's hotspot or the host's other address.")
                        .arg(m_host)
                        .arg(m_port)
                        .arg(reason);
    } else {
        m_problem = Tr::tr("The connection to the host was lost: %1").arg(reason);
    }
    emit diagnostic(m_problem);
    m_presence.clear();
    emit presenceChanged();
    setState(State::Disconnected);
    if (m_reconnect)
        m_retry.start();
}

void Peer::onMessage(const QJsonObject& m)
{
    const QString type = m.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("lobby")) {
        m_words.clear();
        for (const QJsonValue& w : m.value(QStringLiteral("words")).toArray())
            m_words << w.toString().left(20);
        setState(State::Lobby);
    } else if (type == QLatin1String("admitted")) {
        m_title = m.value(QStringLiteral("title")).toString();
        m_hostName = m.value(QStringLiteral("host")).toString();
        m_connection->setLimit(MaxFrame);
        if (m_replica)
            beginSync();
        else
            setState(State::Receiving);
    } else if (type == QLatin1String("snapshot")) {
        if (m_replica || m_state != State::Receiving) {
            m_connection->close(Tr::tr("the host sent a copy that was not asked for"));
            return;
        }
        QString error;
        const IncomingFile::Result r = m_incoming.add(m, MaxPackBytes, &error);
        if (r == IncomingFile::Result::More)
            return;
        Project* opened = nullptr;
        if (r == IncomingFile::Result::Done) {
            if (QFileInfo::exists(m_copyPath))
                error = Tr::tr("%1 exists already").arg(QDir::toNativeSeparators(m_copyPath));
            else if (!QFile::copy(m_incoming.path(), m_copyPath))
                error = Tr::tr("%1 cannot be written").arg(QDir::toNativeSeparators(m_copyPath));
            else if (m_openCopy)
                opened = m_openCopy(m_copyPath, &error);
        }
        m_incoming.reset();
        if (!opened) {
            m_problem = Tr::tr("The copy of the project could not be kept: %1").arg(error);
            m_reconnect = false;
            setState(State::Refused);
            m_connection->close(m_problem, typed("bye"));
            return;
        }
        m_project = opened;
        watch(opened);
        emit copyReceived();
        beginSync();
    } else if (type == QLatin1String("entries")) {
        QVector<AuditEntry> entries;
        for (const QJsonValue& v : m.value(QStringLiteral("entries")).toArray()) {
            bool ok = false;
            entries << entryFromJson(v.toObject(), &ok);
            if (!ok) {
                m_connection->close(Tr::tr("the host sent a malformed entry"));
                return;
            }
        }
        m_pending += entries;
        if (!m_takeQueued) {
            m_takeQueued = true;
            QMetaObject::invokeMethod(this, &Peer::takePending, Qt::QueuedConnection);
        }
    } else if (type == QLatin1String("pack")) {
        QString error;
        const IncomingFile::Result r = m_incoming.add(m, MaxPackBytes, &error);
        if (r == IncomingFile::Result::Error)
            m_connection->close(error);
        else if (r == IncomingFile::Result::Done) {
            takePending();
            take({}, m_incoming.path());
            m_incoming.reset();
        }
    } else if (type == QLatin1String("sync")) {
        if (!m_replica)
            return;
        takePending();
        flush();
        const QVector<AuditEntry> missing
            = m_replica->missingFor(sortedStrings(m.value(QStringLiteral("heads"))));
        setState(State::Live);
        if (missing.isEmpty() && m_replica->heads() == sortedStrings(m.value(QStringLiteral("heads")))) {
            m_inSync = true;
            emit synced();
        } else {
            sendEntries(missing);
        }
    } else if (type == QLatin1String("ack")) {
        takePending();
        if (m_replica && m_state == State::Live
            && m_replica->heads() == sortedStrings(m.value(QStringLiteral("heads")))) {
            flush();
            if (m_replica->heads() == sortedStrings(m.value(QStringLiteral("heads")))) {
                m_inSync = true;
                emit synced();
            }
        } else if (m_replica && m_state == State::Live) {
            // The host holds entries this side has not seen yet: ask for them.
            m_connection->send(typed(
                "heads", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica->heads()) } }));
        }
    } else if (type == QLatin1String("heads")) {
        // The host could not take what came: send what it lacks, and ask for what this side lacks.
        if (m_replica) {
            sendEntries(m_replica->missingFor(sortedStrings(m.value(QStringLiteral("heads")))));
            m_connection->send(typed(
                "heads", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica->heads()) } }));
        }
    } else if (type == QLatin1String("presence")) {
        m_presence.clear();
        for (const QJsonValue& v : m.value(QStringLiteral("participants")).toArray()) {
            const QJsonObject p = v.toObject();
            m_presence << Presence { p.value(QStringLiteral("device")).toString(),
                p.value(QStringLiteral("name")).toString().left(120),
                p.value(QStringLiteral("item")).toString().left(200),
                p.value(QStringLiteral("typing")).toBool(), p.value(QStringLiteral("host")).toBool() };
        }
        emit presenceChanged();
    } else if (type == QLatin1String("refused") || type == QLatin1String("closed")) {
        m_problem = m.value(QStringLiteral("reason")).toString().left(500);
        if (type == QLatin1String("refused")) {
            m_reconnect = false;
            setState(State::Refused);
        }
        emit diagnostic(m_problem);
        m_connection->close(m_problem);
    }
}

void Peer::beginSync()
{
    setState(State::Syncing);
    m_replica->newEntries(); // this copy's entries so far travel with the catch-up
    m_connection->send(
        typed("heads", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica->heads()) } }));
    if (!m_item.isEmpty())
        m_connection->send(typed(
            "presence", { { QStringLiteral("item"), m_item }, { QStringLiteral("typing"), m_typing } }));
}

void Peer::sendEntries(const QVector<AuditEntry>& entries)
{
    if (entries.isEmpty() || !m_connection)
        return;
    m_inSync = false;
    if (Replica::needsPack(entries)) {
        const QString path = temporaryPath(Pack::suffix());
        if (const ProjectError e = Pack::write(*m_project, entries, path)) {
            emit diagnostic(Tr::tr("No pack for the host could be written: %1").arg(e.message));
            return;
        }
        m_connection->sendFile(QStringLiteral("pack"), path);
        return;
    }
    for (const QJsonObject& m : entryMessages(entries))
        m_connection->send(m);
}

void Peer::take(const QVector<AuditEntry>& entries, const QString& packPath)
{
    if (!m_replica)
        return;
    flush();
    QVector<AuditEntry> taken;
    const ProjectError e
        = packPath.isEmpty() ? m_replica->take(entries, &taken) : m_replica->takePack(packPath, &taken);
    if (e) {
        emit diagnostic(Tr::tr("Changes from the host could not be taken: %1").arg(e.message));
        if (!m_connection)
            return; // they come again after the next connection's catch-up
        if (++m_failures > 2) {
            m_problem = Tr::tr("Changes from the host could not be taken: %1").arg(e.message);
            m_reconnect = false;
            setState(State::Refused);
            m_connection->close(m_problem, typed("bye"));
            return;
        }
        m_connection->send(
            typed("heads", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica->heads()) } }));
        return;
    }
    m_failures = 0;
    if (!taken.isEmpty())
        emit entriesTaken(int(taken.size()));
}

void Peer::takePending()
{
    m_takeQueued = false;
    if (m_pending.isEmpty())
        return;
    take(std::exchange(m_pending, {}), {});
}

void Peer::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this, [this] { flush(); }, Qt::QueuedConnection);
}

void Peer::flush()
{
    m_flushQueued = false;
    if (!m_replica)
        return;
    const QVector<AuditEntry> mine = m_replica->newEntries();
    if (!mine.isEmpty() && m_state == State::Live && m_connection)
        sendEntries(mine);
}

void Peer::setPresence(const QString& item, bool typing)
{
    if (item == m_item && typing == m_typing)
        return;
    m_item = item;
    m_typing = typing;
    if (m_connection && m_state == State::Live)
        m_connection->send(
            typed("presence", { { QStringLiteral("item"), item }, { QStringLiteral("typing"), typing } }));
}

} // namespace rw::workshop
