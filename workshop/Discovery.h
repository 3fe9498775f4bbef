#pragma once

// Finding a workshop on the local network. The host announces itself two ways: as a DNS-SD service
// (_readiness-ws._tcp, through the Avahi daemon when it runs) and with a small UDP beacon every two
// seconds (multicast, and broadcast where multicast is blocked). A joiner listens for both. Neither
// carries the join code or anything of the project: what was found is only a place to try, and the code
// proves the host. Typing the address always works.

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <memory>

class QUdpSocket;

namespace rw::workshop {

constexpr char ServiceType[] = "_readiness-ws._tcp";
constexpr quint16 BeaconPort = 47471;
inline QHostAddress beaconGroup()
{
    return QHostAddress(QStringLiteral("239.255.74.70"));
}

struct FoundHost
{
    QString name; // as the host calls itself
    QString address;
    quint16 port = 0;
    QString via; // "DNS-SD" or "beacon"
    QString fingerprint; // the first digits of the host's device fingerprint, to tell hosts apart
};

class Announcer : public QObject
{
    Q_OBJECT

public:
    Announcer(const QString& name, quint16 port, const QString& fingerprint, QObject* parent = nullptr);
    ~Announcer() override;
    // Where beacons go (default: the multicast group and the broadcast address, on BeaconPort).
    void setBeaconTargets(const QVector<QPair<QHostAddress, quint16>>& targets) { m_targets = targets; }
    void setDnsSd(bool on) { m_dnsSdWanted = on; }
    void start();
    // What the announcement does and does not reach, in words.
    QStringList notes() const { return m_notes; }

private:
    void beacon();

    QString m_name;
    quint16 m_port;
    QString m_fingerprint;
    QVector<QPair<QHostAddress, quint16>> m_targets;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_timer;
    QStringList m_notes;
    bool m_dnsSdWanted = true;
    struct Avahi;
    std::unique_ptr<Avahi> m_avahi;
};

class Browser : public QObject
{
    Q_OBJECT

public:
    explicit Browser(QObject* parent = nullptr);
    ~Browser() override;
    void setBeaconListen(const QHostAddress& address, quint16 port)
    {
        m_listenAddress = address;
        m_listenPort = port;
    }
    void setDnsSd(bool on) { m_dnsSdWanted = on; }
    void start();
    QVector<FoundHost> hosts() const { return m_hosts; }
    // What was tried, in words: DNS-SD (or why not) and the beacon.
    QStringList notes() const { return m_notes; }

signals:
    void changed();

private:
    void add(const FoundHost& host);
    void readBeacons();

    QVector<FoundHost> m_hosts;
    QStringList m_notes;
    std::unique_ptr<QUdpSocket> m_socket;
    QHostAddress m_listenAddress = QHostAddress(QHostAddress::AnyIPv4);
    quint16 m_listenPort = BeaconPort;
    bool m_dnsSdWanted = true;
    struct Avahi;
    std::unique_ptr<Avahi> m_avahi;
    friend struct Avahi;
};

// The modules of a QR code for text (rows of dark and light), empty when text is too long.
QVector<QVector<bool>> qrModules(const QString& text);
// What the host's QR code says: the address, port and join code as a link ("readiness-workshop://").
QString joinLink(const QString& address, quint16 port, const QString& code);
// Reads such a link (or "ADDRESS:PORT"); false when it is neither.
bool parseJoinLink(const QString& text, QString* address, quint16* port, QString* code);

} // namespace rw::workshop
