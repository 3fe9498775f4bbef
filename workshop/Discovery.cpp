#include "Discovery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <avahi-client/client.h>
#include <avahi-client/lookup.h>
#include <avahi-client/publish.h>
#include <avahi-common/error.h>
#include <avahi-common/malloc.h>
#include <avahi-common/thread-watch.h>
#include <qrcodegen.hpp>

namespace rw::workshop {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};

QString avahiProblem(int error)
{
    if (error == AVAHI_ERR_NO_DAEMON)
        return Tr::tr("DNS-SD: the Avahi daemon is not running on this computer");
    return Tr::tr("DNS-SD: %1").arg(QString::fromUtf8(avahi_strerror(error)));
}
} // namespace

// Avahi runs in a thread of its own (its threaded poll); what it finds is handed to the Qt thread.
struct Announcer::Avahi
{
    AvahiThreadedPoll* poll = nullptr;
    AvahiClient* client = nullptr;
    AvahiEntryGroup* group = nullptr;
    QByteArray name;
    QByteArray txt;
    quint16 port = 0;

    static void clientChanged(AvahiClient* c, AvahiClientState state, void* self)
    {
        auto* a = static_cast<Avahi*>(self);
        if (state != AVAHI_CLIENT_S_RUNNING || a->group)
            return;
        a->group = avahi_entry_group_new(c, nullptr, nullptr);
        if (!a->group)
            return;
        avahi_entry_group_add_service(a->group, AVAHI_IF_UNSPEC, AVAHI_PROTO_UNSPEC, AvahiPublishFlags(0),
            a->name.constData(), ServiceType, nullptr, nullptr, a->port, a->txt.constData(), nullptr);
        avahi_entry_group_commit(a->group);
    }
    ~Avahi()
    {
        if (poll)
            avahi_threaded_poll_stop(poll);
        if (client)
            avahi_client_free(client); // frees the group too
        if (poll)
            avahi_threaded_poll_free(poll);
    }
};

Announcer::Announcer(const QString& name, quint16 port, const QString& fingerprint, QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_port(port)
    , m_fingerprint(fingerprint)
{
    m_targets = { { beaconGroup(), BeaconPort }, { QHostAddress(QHostAddress::Broadcast), BeaconPort } };
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Announcer::beacon);
}

Announcer::~Announcer() = default;

void Announcer::start()
{
    m_notes.clear();
    if (m_dnsSdWanted) {
        m_avahi = std::make_unique<Avahi>();
        m_avahi->name = m_name.left(60).toUtf8();
        m_avahi->txt = "fp=" + m_fingerprint.toLatin1();
        m_avahi->port = m_port;
        m_avahi->poll = avahi_threaded_poll_new();
        int error = 0;
        if (m_avahi->poll) {
            m_avahi->client = avahi_client_new(avahi_threaded_poll_get(m_avahi->poll), AvahiClientFlags(0),
                &Avahi::clientChanged, m_avahi.get(), &error);
        }
        if (!m_avahi->client) {
            m_notes << avahiProblem(error);
            m_avahi.reset();
        } else {
            avahi_threaded_poll_start(m_avahi->poll);
            m_notes << Tr::tr("DNS-SD: announced as \"%1\"").arg(m_name);
        }
    }
    m_socket = std::make_unique<QUdpSocket>();
    m_socket->setSocketOption(QAbstractSocket::MulticastTtlOption, 1); // this network only
    m_timer.start();
    beacon();
    m_notes << Tr::tr("Beacon: every 2 seconds on UDP port %1")
                   .arg(m_targets.isEmpty() ? 0 : m_targets.constFirst().second);
}

void Announcer::beacon()
{
    const QByteArray datagram = QJsonDocument(
        QJsonObject { { QStringLiteral("readiness-workshop"), 1 },
            { QStringLiteral("name"), m_name.left(60) }, { QStringLiteral("port"), m_port },
            { QStringLiteral("fp"),
                m_fingerprint } }).toJson(QJsonDocument::Compact);
    for (const auto& [address, port] : std::as_const(m_targets))
        m_socket->writeDatagram(datagram, address, port);
}

struct Browser::Avahi
{
    Browser* owner = nullptr;
    AvahiThreadedPoll* poll = nullptr;
    AvahiClient* client = nullptr;
    AvahiServiceBrowser* browser = nullptr;

    static void resolved(AvahiServiceResolver* r, AvahiIfIndex, AvahiProtocol, AvahiResolverEvent event,
        const char* name, const char*, const char*, const char*, const AvahiAddress* address, uint16_t port,
        AvahiStringList* txt, AvahiLookupResultFlags, void* self)
    {
        auto* a = static_cast<Avahi*>(self);
        if (event == AVAHI_RESOLVER_FOUND && address) {
            char text[AVAHI_ADDRESS_STR_MAX];
            avahi_address_snprint(text, sizeof text, address);
            FoundHost h;
            h.name = QString::fromUtf8(name);
            h.address = QString::fromLatin1(text);
            h.port = port;
            h.via = QStringLiteral("DNS-SD");
            if (AvahiStringList* fp = avahi_string_list_find(txt, "fp")) {
                char* key = nullptr;
                char* value = nullptr;
                if (avahi_string_list_get_pair(fp, &key, &value, nullptr) == 0 && value)
                    h.fingerprint = QString::fromUtf8(value).left(40);
                avahi_free(key);
                avahi_free(value);
            }
            QMetaObject::invokeMethod(
                a->owner, [owner = a->owner, h] { owner->add(h); }, Qt::QueuedConnection);
        }
        avahi_service_resolver_free(r);
    }
    static void browsed(AvahiServiceBrowser*, AvahiIfIndex interface, AvahiProtocol protocol,
        AvahiBrowserEvent event, const char* name, const char* type, const char* domain,
        AvahiLookupResultFlags, void* self)
    {
        auto* a = static_cast<Avahi*>(self);
        if (event == AVAHI_BROWSER_NEW)
            avahi_service_resolver_new(a->client, interface, protocol, name, type, domain, AVAHI_PROTO_UNSPEC,
                AvahiLookupFlags(0), &Avahi::resolved, a);
    }
    ~Avahi()
    {
        if (poll)
            avahi_threaded_poll_stop(poll);
        if (client)
            avahi_client_free(client);
        if (poll)
            avahi_threaded_poll_free(poll);
    }
};

Browser::Browser(QObject* parent)
    : QObject(parent)
{
}

Browser::~Browser() = default;

void Browser::start()
{
    m_notes.clear();
    if (m_dnsSdWanted) {
        m_avahi = std::make_unique<Avahi>();
        m_avahi->owner = this;
        m_avahi->poll = avahi_threaded_poll_new();
        int error = 0;
        if (m_avahi->poll)
            m_avahi->client = avahi_client_new(
                avahi_threaded_poll_get(m_avahi->poll), AvahiClientFlags(0), nullptr, nullptr, &error);
        if (m_avahi->client)
            m_avahi->browser = avahi_service_browser_new(m_avahi->client, AVAHI_IF_UNSPEC, AVAHI_PROTO_UNSPEC,
                ServiceType, nullptr, AvahiLookupFlags(0), &Avahi::browsed, m_avahi.get());
        if (!m_avahi->browser) {
            m_notes << avahiProblem(m_avahi->client ? avahi_client_errno(m_avahi->client) : error);
            m_avahi.reset();
        } else {
            avahi_threaded_poll_start(m_avahi->poll);
            m_notes << Tr::tr("DNS-SD: looking for workshops");
        }
    }
    m_socket = std::make_unique<QUdpSocket>();
    if (!m_socket->bind(
            m_listenAddress, m_listenPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_notes << Tr::tr("Beacon: UDP port %1 cannot be listened on (%2)")
                       .arg(m_listenPort)
                       .arg(m_socket->errorString());
        return;
    }
    if (m_listenAddress == QHostAddress(QHostAddress::AnyIPv4)
        && !m_socket->joinMulticastGroup(beaconGroup()))
        m_notes << Tr::tr("Beacon: multicast is not available here; only broadcast beacons arrive");
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &Browser::readBeacons);
    m_notes << Tr::tr("Beacon: listening on UDP port %1").arg(m_listenPort);
}

void Browser::readBeacons()
{
    // At most a few hundred datagrams a call: a flood cannot keep the window from drawing.
    for (int i = 0; i < 256 && m_socket->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram d = m_socket->receiveDatagram(2048);
        const QJsonObject o = QJsonDocument::fromJson(d.data()).object();
        const int port = o.value(QStringLiteral("port")).toInt();
        if (o.value(QStringLiteral("readiness-workshop")).toInt() != 1 || port <= 0 || port > 65535)
            continue;
        bool v4 = false;
        const QHostAddress sender(d.senderAddress().toIPv4Address(&v4));
        FoundHost h;
        h.name = o.value(QStringLiteral("name")).toString().left(60);
        h.address = v4 ? sender.toString() : d.senderAddress().toString();
        h.port = quint16(port);
        h.via = QStringLiteral("beacon");
        h.fingerprint = o.value(QStringLiteral("fp")).toString().left(40);
        add(h);
    }
}

void Browser::add(const FoundHost& host)
{
    for (const FoundHost& h : std::as_const(m_hosts)) {
        if (h.address == host.address && h.port == host.port)
            return;
    }
    if (m_hosts.size() >= 64)
        return;
    m_hosts << host;
    emit changed();
}

QVector<QVector<bool>> qrModules(const QString& text)
{
    QVector<QVector<bool>> rows;
    try {
        const qrcodegen::QrCode qr
            = qrcodegen::QrCode::encodeText(text.toUtf8().constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        for (int y = 0; y < qr.getSize(); ++y) {
            QVector<bool> row;
            for (int x = 0; x < qr.getSize(); ++x)
                row << qr.getModule(x, y);
            rows << row;
        }
    } catch (const qrcodegen::data_too_long&) {
        rows.clear();
    }
    return rows;
}

QString joinLink(const QString& address, quint16 port, const QString& code)
{
    const QString host
        = address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    return QStringLiteral("readiness-workshop://%1:%2/?code=%3").arg(host).arg(port).arg(code);
}

bool parseJoinLink(const QString& text, QString* address, quint16* port, QString* code)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("readiness-workshop://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
            return false;
        *address = url.host();
        *port = quint16(url.port());
        *code = QUrlQuery(url).queryItemValue(QStringLiteral("code"));
        return true;
    }
    const int colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    QString host = t.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    *address = host;
    *port = quint16(p);
    return true;
}

} // namespace rw::workshop
