#include "Host.h"

#include "Connection.h"
#include "Tls.h"
#include "signing/DeviceIdentity.h"
#include "store/Pack.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSslServer>
#include <QTimer>

namespace rw::workshop {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};

} // namespace

struct Host::Peer
{
    int id = 0;
    Connection* connection = nullptr;
    QString name;
    QStringList words;
    QString first; // the hash its copy begins with; empty when it has none yet
    bool helloSeen = false;
    bool admitted = false;
    bool synced = false; // it sent its heads and has everything up to them: it gets each new entry
    QString item;
    bool typing = false;
    IncomingFile pack;
    int failures = 0; // changes in a row that could not be taken
    // Flow control: a laptop that reads slower than the workshop writes is not sent more until it has
    // read what it was sent; then it gets the host's log from where it fell behind. The host's memory
    // stays bounded however many laptops lag.
    bool behind = false;
    qint64 sentRows = 0; // the host's log rows this laptop was sent or holds
    bool leaving = false; // said goodbye
};

Host::Host(Project* project, const DeviceIdentity& device, const QString& name, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_device(device)
    , m_name(name)
    , m_publicKey(device.publicKey())
    , m_code(joinCode(m_publicKey))
    , m_replica(project)
{
    const auto changed = [this] { scheduleFlush(); };
    connect(project, &Project::contentChanged, this, changed);
    connect(project, &Project::itemChanged, this, changed);
    connect(project, &Project::scoresChanged, this, changed);
    connect(project, &Project::checklistChanged, this, changed);
}

Host::~Host()
{
    for (Peer* p : std::as_const(m_peers)) {
        p->connection->disconnect(this);
        p->connection->close(
            {}, typed("closed", { { QStringLiteral("reason"), Tr::tr("The host ended the workshop.") } }));
        delete p;
    }
}

bool Host::listen(const QHostAddress& address, quint16 port, QString* error)
{
    QString why;
    m_tls = configuration(m_device, &why);
    if (m_tls.isNull()) {
        *error = why;
        return false;
    }
    m_server = std::make_unique<QSslServer>();
    m_server->setSslConfiguration(m_tls);
    connect(m_server.get(), &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket* socket) {
        // Joiners not yet admitted are few: more waiting at once, or a handshake that takes longer than
        // HandshakeSeconds, is somebody trying the host's patience.
        if (m_handshakes >= MaxWaiting) {
            socket->abort();
            emit diagnostic(Tr::tr("A connection from %1 was refused: too many are waiting.")
                                .arg(socket->peerAddress().toString()));
            return;
        }
        ++m_handshakes;
        QPointer<QSslSocket> guarded(socket);
        auto counted = std::make_shared<bool>(true);
        const auto done = [this, counted] {
            if (*counted) {
                *counted = false;
                --m_handshakes;
            }
        };
        connect(socket, &QSslSocket::encrypted, this, done);
        connect(socket, &QObject::destroyed, this, done);
        connect(socket, &QSslSocket::disconnected, this, done);
        QTimer::singleShot(HandshakeSeconds * 1000, this, [guarded, done] {
            if (guarded && !guarded->isEncrypted())
                guarded->abort();
            done();
        });
    });
    connect(m_server.get(), &QSslServer::errorOccurred, this,
        [](QSslSocket* socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
    connect(m_server.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
            if (socket)
                accept(socket);
        }
    });
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        m_server.reset();
        return false;
    }
    return true;
}

quint16 Host::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QVector<Host::Participant> Host::participants() const
{
    QVector<Participant> list;
    QList<int> ids = m_peers.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : ids) {
        const Peer* p = m_peers.value(id);
        if (!p->helloSeen)
            continue;
        Participant part;
        part.id = p->id;
        part.device = p->connection->peerKey();
        part.name = p->name;
        part.address = p->connection->address();
        part.words = p->words;
        part.admitted = p->admitted;
        part.item = p->item;
        part.typing = p->typing;
        part.unsent = p->connection->unsent();
        list << part;
    }
    return list;
}

Host::Peer* Host::find(int id) const
{
    return m_peers.value(id);
}

void Host::accept(QSslSocket* socket)
{
    auto* peer = new Peer;
    peer->id = m_nextId++;
    peer->connection = new Connection(socket, this);
    m_peers.insert(peer->id, peer);
    Connection* c = peer->connection;
    connect(c, &Connection::drained, this, [this, peer] { catchUp(peer); });
    connect(c, &Connection::message, this, [this, peer](const QJsonObject& m) { onMessage(peer, m); });
    connect(c, &Connection::closed, this, [this, peer](const QString& reason) { onClosed(peer, reason); });
    const QString key = publicKeyOf(socket->peerCertificate());
    if (key.isEmpty()) {
        c->close(Tr::tr("no device certificate"),
            typed("refused", { { QStringLiteral("reason"), Tr::tr("Connect with Readiness Workbench.") } }));
        return;
    }
    if (m_replica.removedDevices().contains(key)) {
        emit diagnostic(Tr::tr("Device %1 was removed from this workshop; its connection was refused.")
                            .arg(DeviceIdentity::fingerprint(key)));
        c->close(Tr::tr("removed"),
            typed("refused",
                { { QStringLiteral("reason"),
                    Tr::tr("The facilitator removed this laptop from the workshop.") } }));
        return;
    }
    // Nothing but a hello is read before admission, and it must come soon.
    QTimer::singleShot(HandshakeSeconds * 1000, c, [c, peer] {
        if (!peer->helloSeen)
            c->close(Tr::tr("said nothing"));
    });
}

void Host::onClosed(Peer* peer, const QString& reason)
{
    const bool known = peer->helloSeen;
    if (known && !reason.isEmpty() && !peer->leaving)
        emit diagnostic(Tr::tr("%1 (%2) left: %3").arg(peer->name, peer->connection->address(), reason));
    m_peers.remove(peer->id);
    for (auto& pending : m_pending) {
        if (pending.first == peer)
            pending.first = nullptr; // its entries are still taken
    }
    peer->connection->deleteLater();
    delete peer;
    if (known) {
        emit participantsChanged();
        broadcastPresence();
    }
}

void Host::onMessage(Peer* peer, const QJsonObject& m)
{
    const QString type = m.value(QStringLiteral("type")).toString();
    if (!peer->helloSeen) {
        if (type == QLatin1String("hello"))
            onHello(peer, m);
        else
            peer->connection->close(Tr::tr("spoke before saying who it is"));
        return;
    }
    if (!peer->admitted) {
        if (type == QLatin1String("bye"))
            peer->connection->close({});
        else
            peer->connection->close(Tr::tr("sent %1 before being admitted").arg(type.left(20)));
        return;
    }
    if (type == QLatin1String("heads")) {
        flush();
        sendEntries(peer, m_replica.missingFor(sortedStrings(m.value(QStringLiteral("heads")))));
        peer->connection->send(
            typed("sync", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica.heads()) } }));
        peer->synced = true;
        peer->behind = false;
        peer->sentRows = m_project->auditRows();
    } else if (type == QLatin1String("entries")) {
        QVector<AuditEntry> entries;
        const QJsonArray list = m.value(QStringLiteral("entries")).toArray();
        if (list.size() > MaxEntriesPerFrame) {
            peer->connection->close(Tr::tr("sent too many entries at once"));
            return;
        }
        for (const QJsonValue& v : list) {
            bool ok = false;
            entries << entryFromJson(v.toObject(), &ok);
            if (!ok) {
                peer->connection->close(Tr::tr("sent a malformed entry"));
                return;
            }
        }
        queueTake(peer, entries);
    } else if (type == QLatin1String("pack")) {
        QString error;
        const IncomingFile::Result r = peer->pack.add(m, MaxPackBytes, &error);
        if (r == IncomingFile::Result::Error)
            peer->connection->close(error);
        else if (r == IncomingFile::Result::Done) {
            takePending(); // what came before the pack goes first
            take(peer, {}, peer->pack.path());
            peer->pack.reset();
        }
    } else if (type == QLatin1String("presence")) {
        peer->item = m.value(QStringLiteral("item")).toString().left(200);
        peer->typing = m.value(QStringLiteral("typing")).toBool();
        broadcastPresence();
    } else if (type == QLatin1String("bye")) {
        peer->leaving = true;
        peer->connection->close({});
    } else {
        peer->connection->close(Tr::tr("sent a message of an unknown kind"));
    }
}

void Host::onHello(Peer* peer, const QJsonObject& m)
{
    Connection* c = peer->connection;
    peer->helloSeen = true;
    const auto refuse = [c](const QString& reason) {
        c->close(reason, typed("refused", { { QStringLiteral("reason"), reason } }));
    };
    if (m.value(QStringLiteral("protocol")).toInt() != ProtocolVersion) {
        peer->helloSeen = false;
        refuse(Tr::tr("This laptop's Readiness Workbench speaks another version of the workshop protocol; "
                      "use the same version as the host."));
        return;
    }
    if (normalizedCode(m.value(QStringLiteral("code")).toString()) != m_code) {
        peer->helloSeen = false;
        emit diagnostic(Tr::tr("%1 gave a wrong join code.").arg(c->address()));
        refuse(Tr::tr("The join code is not this host's."));
        return;
    }
    const QString assessment = m.value(QStringLiteral("assessment")).toString();
    peer->first = m.value(QStringLiteral("first")).toString();
    if ((!assessment.isEmpty() && assessment != m_replica.assessmentUuid())
        || (!peer->first.isEmpty() && peer->first != m_replica.firstHash())) {
        peer->helloSeen = false;
        refuse(Tr::tr("This laptop's project is another assessment (or another start of it) than the "
                      "workshop's; join without a project to receive a copy."));
        return;
    }
    peer->name = m.value(QStringLiteral("name")).toString().left(120);
    if (peer->name.trimmed().isEmpty())
        peer->name = Tr::tr("Unnamed");
    peer->words = verificationWords(m_publicKey, c->peerKey());
    c->send(typed("lobby", { { QStringLiteral("words"), QJsonArray::fromStringList(peer->words) } }));
    emit participantsChanged();
    if (m_autoAdmit || m_admittedDevices.contains(c->peerKey()))
        admitPeer(peer);
    else
        emit joinRequested(peer->id);
}

void Host::admit(int id)
{
    if (Peer* p = find(id); p && p->helloSeen && !p->admitted)
        admitPeer(p);
}

void Host::refuse(int id)
{
    if (Peer* p = find(id); p && !p->admitted)
        p->connection->close(Tr::tr("refused by the facilitator"),
            typed("refused",
                { { QStringLiteral("reason"), Tr::tr("The facilitator did not admit this laptop.") } }));
}

ProjectError Host::remove(int id)
{
    Peer* p = find(id);
    if (!p)
        return {};
    const QString device = p->connection->peerKey();
    if (const ProjectError e = m_project->recordDeviceRemoval(device, p->name))
        return e;
    m_admittedDevices.remove(device);
    flush(); // the removal travels to every copy
    p->connection->close(Tr::tr("removed by the facilitator"),
        typed("refused",
            { { QStringLiteral("reason"),
                Tr::tr("The facilitator removed this laptop from the workshop.") } }));
    return {};
}

void Host::admitPeer(Peer* peer)
{
    peer->admitted = true;
    m_admittedDevices.insert(peer->connection->peerKey());
    peer->connection->setLimit(MaxFrame);
    const Assessment& a = m_project->assessment();
    peer->connection->send(typed("admitted",
        { { QStringLiteral("title"), a.info.title }, { QStringLiteral("assessment"), a.info.uuid },
            { QStringLiteral("first"), m_replica.firstHash() }, { QStringLiteral("host"), m_name } }));
    if (peer->first.isEmpty())
        sendSnapshot(peer);
    emit participantsChanged();
    broadcastPresence();
}

void Host::sendSnapshot(Peer* peer)
{
    flush();
    const QString path = temporaryPath(QStringLiteral("readiness"));
    if (const ProjectError e = m_project->file().saveCopy(path)) {
        emit diagnostic(Tr::tr("No copy for %1 could be made: %2").arg(peer->name, e.message));
        peer->connection->close(e.message);
        return;
    }
    peer->connection->sendFile(QStringLiteral("snapshot"), path);
}

void Host::sendEntries(Peer* peer, const QVector<AuditEntry>& entries)
{
    if (entries.isEmpty())
        return;
    if (Replica::needsPack(entries)) {
        const QString path = temporaryPath(Pack::suffix());
        if (const ProjectError e = Pack::write(*m_project, entries, path)) {
            emit diagnostic(Tr::tr("No pack for %1 could be written: %2").arg(peer->name, e.message));
            return;
        }
        peer->connection->sendFile(QStringLiteral("pack"), path);
        return;
    }
    for (const QJsonObject& m : entryMessages(entries))
        peer->connection->send(m);
}

void Host::take(Peer* peer, const QVector<AuditEntry>& entries, const QString& packPath)
{
    flush(); // this copy's own entries go out before others are taken in
    QVector<AuditEntry> taken;
    const ProjectError e
        = packPath.isEmpty() ? m_replica.take(entries, &taken) : m_replica.takePack(packPath, &taken);
    if (e) {
        emit diagnostic(Tr::tr("Changes from %1 could not be taken: %2").arg(peer->name, e.message));
        if (++peer->failures > 2) {
            peer->connection->close(e.message,
                typed("closed",
                    { { QStringLiteral("reason"),
                        Tr::tr("The host could not take this laptop's changes: %1").arg(e.message) } }));
            return;
        }
        // It may lack what they follow, or have entries the host has not: both sides start over.
        peer->connection->send(
            typed("heads", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica.heads()) } }));
        return;
    }
    peer->failures = 0;
    peer->connection->send(
        typed("ack", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica.heads()) } }));
    if (!taken.isEmpty()) {
        relay(taken, peer);
        emit entriesTaken(int(taken.size()));
    }
}

void Host::queueTake(Peer* peer, const QVector<AuditEntry>& entries)
{
    m_pending.append({ peer, entries });
    if (m_takeQueued)
        return;
    m_takeQueued = true;
    QMetaObject::invokeMethod(this, &Host::takePending, Qt::QueuedConnection);
}

void Host::takePending()
{
    m_takeQueued = false;
    if (m_pending.isEmpty())
        return;
    const auto batch = std::exchange(m_pending, {});
    if (batch.size() == 1) {
        if (batch.constFirst().first)
            take(batch.constFirst().first, batch.constFirst().second, {});
        else
            m_replica.take(batch.constFirst().second, nullptr);
        return;
    }
    flush();
    QVector<AuditEntry> all;
    QSet<QString> seen;
    QHash<QString, const Peer*> origin;
    for (const auto& [peer, entries] : batch) {
        for (const AuditEntry& e : entries) {
            if (seen.contains(e.hash))
                continue;
            seen.insert(e.hash);
            origin.insert(e.hash, peer);
            all.append(e);
        }
    }
    QVector<AuditEntry> taken;
    if (const ProjectError e = m_replica.take(all, &taken)) {
        // One laptop's entries spoil the batch: each is taken on its own, so that only it is turned back.
        for (const auto& [peer, entries] : batch) {
            if (peer && m_peers.contains(peer->id))
                take(peer, entries, {});
        }
        return;
    }
    const QJsonObject ack
        = typed("ack", { { QStringLiteral("heads"), QJsonArray::fromStringList(m_replica.heads()) } });
    QSet<const Peer*> acked;
    for (const auto& pending : batch) {
        Peer* peer = pending.first;
        if (peer && m_peers.contains(peer->id) && !acked.contains(peer)) {
            acked.insert(peer);
            peer->failures = 0;
            peer->connection->send(ack);
        }
    }
    if (taken.isEmpty())
        return;
    for (Peer* p : std::as_const(m_peers)) {
        QVector<AuditEntry> theirs;
        for (const AuditEntry& e : std::as_const(taken)) {
            if (origin.value(e.hash) != p)
                theirs.append(e);
        }
        sendLive(p, theirs);
    }
    emit entriesTaken(int(taken.size()));
}

void Host::relay(const QVector<AuditEntry>& entries, const Peer* except)
{
    for (Peer* p : std::as_const(m_peers)) {
        if (p != except)
            sendLive(p, entries);
    }
}

void Host::sendLive(Peer* p, const QVector<AuditEntry>& entries)
{
    if (!p->admitted || !p->synced)
        return;
    if (p->behind || p->connection->unsent() > LiveHighWater) {
        p->behind = true; // catchUp() sends what it missed once it has read what it has
        return;
    }
    sendEntries(p, entries);
    p->sentRows = m_project->auditRows();
}

void Host::catchUp(Peer* p)
{
    if (!p->behind || !p->synced || p->connection->unsent() > LiveHighWater / 4)
        return;
    p->behind = false;
    const qint64 rows = m_project->auditRows();
    if (rows > p->sentRows) {
        QVector<AuditEntry> missed = m_project->auditLog(rows - p->sentRows);
        const QString own = p->connection->peerKey();
        missed.erase(std::remove_if(missed.begin(), missed.end(),
                         [&own](const AuditEntry& e) { return e.device == own; }),
            missed.end());
        sendEntries(p, missed);
    }
    p->sentRows = rows;
}

void Host::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this, [this] { flush(); }, Qt::QueuedConnection);
}

void Host::flush()
{
    m_flushQueued = false;
    const QVector<AuditEntry> mine = m_replica.newEntries();
    if (!mine.isEmpty())
        relay(mine, nullptr);
}

void Host::setOwnPresence(const QString& item, bool typing)
{
    if (item == m_ownItem && typing == m_ownTyping)
        return;
    m_ownItem = item;
    m_ownTyping = typing;
    broadcastPresence();
}

QVector<Presence> Host::presence() const
{
    QVector<Presence> list;
    list << Presence { m_publicKey, m_name, m_ownItem, m_ownTyping, true };
    for (const Participant& p : participants()) {
        if (p.admitted)
            list << Presence { p.device, p.name, p.item, p.typing, false };
    }
    return list;
}

void Host::broadcastPresence()
{
    QJsonArray list;
    for (const Presence& p : presence()) {
        list.append(QJsonObject { { QStringLiteral("device"), p.device }, { QStringLiteral("name"), p.name },
            { QStringLiteral("item"), p.item }, { QStringLiteral("typing"), p.typing },
            { QStringLiteral("host"), p.host } });
    }
    const QJsonObject m = typed("presence", { { QStringLiteral("participants"), list } });
    for (Peer* p : std::as_const(m_peers)) {
        if (p->admitted)
            p->connection->send(m);
    }
    emit presenceChanged();
}

} // namespace rw::workshop
