#pragma once

// The facilitator's side of a live workshop. It listens with TLS 1.3 (QSslServer), holds joiners in a
// lobby until the facilitator admits them (or, headless, admits everyone who gave the code), relays
// every admitted laptop's entries to the others and its own, and shares who is on which item. Its copy
// of the project is the one every other copy meets in; a laptop that drops off catches up when it comes
// back, or merges later.

#include "Connection.h"
#include "Replica.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <memory>

class QSslServer;
class QSslSocket;
class QTemporaryFile;

namespace rw {
class DeviceIdentity;
class Project;
} // namespace rw

namespace rw::workshop {

class Connection;

struct Presence
{
    QString device;
    QString name;
    QString item; // the item's key; empty when on no item
    bool typing = false; // typing the item's note
    bool host = false;
};

class Host : public QObject
{
    Q_OBJECT

public:
    struct Participant
    {
        int id = 0;
        QString device;
        QString name;
        QString address;
        QStringList words;
        bool admitted = false;
        QString item;
        bool typing = false;
        qint64 unsent = 0; // bytes written to it that it has not read yet
    };

    static constexpr int MaxWaiting = 32; // connections not yet admitted, handshakes included
    static constexpr int HandshakeSeconds = 10;
    static constexpr qint64 LiveHighWater = 2 * 1024 * 1024; // unsent bytes beyond which a laptop waits

    Host(Project* project, const DeviceIdentity& device, const QString& name, QObject* parent = nullptr);
    ~Host() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    QString code() const { return m_code; }
    QString publicKey() const { return m_publicKey; }
    void setAutoAdmit(bool on) { m_autoAdmit = on; }

    QVector<Participant> participants() const;
    void admit(int id);
    void refuse(int id);
    // Removes an admitted participant: records it in the log (a signed entry), so that every copy refuses
    // the device's entries from then on, and closes its connection.
    ProjectError remove(int id);
    // What the facilitator is on (their own laptop).
    void setOwnPresence(const QString& item, bool typing);
    QVector<Presence> presence() const;
    // Sends this copy's new entries now (otherwise as soon as the event loop runs).
    void flush();

signals:
    void joinRequested(int id);
    void participantsChanged();
    void presenceChanged();
    // Entries of others were taken into this copy.
    void entriesTaken(int count);
    // Something a person may want to know (a refused connection, an entry that could not be taken).
    void diagnostic(const QString& text);

private:
    struct Peer;
    void accept(QSslSocket* socket);
    void onMessage(Peer* peer, const QJsonObject& m);
    void onHello(Peer* peer, const QJsonObject& m);
    void onClosed(Peer* peer, const QString& reason);
    void admitPeer(Peer* peer);
    void sendSnapshot(Peer* peer);
    void sendEntries(Peer* peer, const QVector<AuditEntry>& entries);
    void take(Peer* peer, const QVector<AuditEntry>& entries, const QString& packPath);
    void relay(const QVector<AuditEntry>& entries, const Peer* except);
    void sendLive(Peer* peer, const QVector<AuditEntry>& entries);
    void catchUp(Peer* peer);
    // Entries that came in one pass of the event loop are taken as one merge: under load the batches
    // grow instead of the queue.
    void queueTake(Peer* peer, const QVector<AuditEntry>& entries);
    void takePending();
    void broadcastPresence();
    void scheduleFlush();
    Peer* find(int id) const;

    Project* m_project;
    const DeviceIdentity& m_device;
    QString m_name;
    QString m_publicKey;
    QString m_code;
    QSslConfiguration m_tls;
    Replica m_replica;
    std::unique_ptr<QSslServer> m_server;
    QHash<int, Peer*> m_peers;
    QSet<QString> m_admittedDevices; // admitted once this session: a dropped laptop comes back unasked
    int m_nextId = 1;
    int m_handshakes = 0;
    bool m_autoAdmit = false;
    bool m_flushQueued = false;
    QVector<QPair<Peer*, QVector<AuditEntry>>> m_pending;
    bool m_takeQueued = false;
    QString m_ownItem;
    bool m_ownTyping = false;
};

} // namespace rw::workshop
