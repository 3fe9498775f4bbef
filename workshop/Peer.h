#pragma once

// A laptop's side of a live workshop: it reaches the host (checking the join code against the host's
// certificate), waits in the lobby showing the verification words, and once admitted exchanges what each
// side lacks and then every new entry both ways. A laptop without a copy of the project receives one.
// When the connection drops, it tries again (setReconnect) and catches up.

#include "Connection.h"
#include "Host.h"
#include "Replica.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace rw::workshop {

class Connection;

class Peer : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Lobby, Receiving, Syncing, Live, Refused, Disconnected };

    // project may be nullptr: the host sends a copy, written to copyPath, and openCopy opens it (returns
    // the project, owned by the caller, or nullptr with why).
    Peer(Project* project, const DeviceIdentity& device, const QString& name, QObject* parent = nullptr);
    ~Peer() override;

    void setCopy(
        const QString& copyPath, std::function<Project*(const QString& path, QString* error)> openCopy);
    // Tries again after a dropped connection, every few seconds, until stop().
    void setReconnect(bool on) { m_reconnect = on; }
    void start(const QString& host, quint16 port, const QString& code);
    void stop();

    State state() const { return m_state; }
    Project* project() const { return m_project; }
    QStringList words() const { return m_words; }
    QString hostName() const { return m_hostName; }
    QString title() const { return m_title; }
    // Why the last connection failed or was refused, in words.
    QString problem() const { return m_problem; }
    // Whether both sides hold the same log (after the host acknowledged what this side sent).
    bool inSync() const { return m_inSync; }
    QVector<Presence> presence() const { return m_presence; }
    void setPresence(const QString& item, bool typing);
    // Sends this copy's new entries now (otherwise as soon as the event loop runs).
    void flush();

signals:
    void stateChanged(rw::workshop::Peer::State state);
    void synced();
    void presenceChanged();
    void entriesTaken(int count);
    // A copy of the project was received and opened (project() is it).
    void copyReceived();
    void diagnostic(const QString& text);

private:
    void connectNow();
    void onMessage(const QJsonObject& m);
    void onClosed(const QString& reason);
    void setState(State s);
    void beginSync();
    void sendEntries(const QVector<AuditEntry>& entries);
    void take(const QVector<AuditEntry>& entries, const QString& packPath);
    void takePending();
    void scheduleFlush();
    void watch(Project* project);

    Project* m_project;
    const DeviceIdentity& m_device;
    QString m_name;
    std::unique_ptr<Replica> m_replica;
    QSslConfiguration m_tls;
    Connection* m_connection = nullptr;
    QString m_host;
    quint16 m_port = 0;
    QString m_code;
    State m_state = State::Idle;
    QStringList m_words;
    QString m_hostName;
    QString m_title;
    QString m_problem;
    QString m_copyPath;
    std::function<Project*(const QString&, QString*)> m_openCopy;
    IncomingFile m_incoming;
    QVector<Presence> m_presence;
    QString m_item;
    bool m_typing = false;
    bool m_inSync = false;
    int m_failures = 0;
    bool m_reconnect = false;
    bool m_flushQueued = false;
    QVector<AuditEntry> m_pending; // entries of this pass of the event loop, taken as one merge
    bool m_takeQueued = false;
    QTimer m_retry;
};

} // namespace rw::workshop
