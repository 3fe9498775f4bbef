// A live workshop in one process: a host and several laptops (each its own device key) on loopback,
// and clients that misbehave on raw TLS connections.

#include "Connection.h"
#include "Discovery.h"
#include "Host.h"
#include "Peer.h"
#include "Protocol.h"
#include "Replica.h"
#include "TestSupport.h"
#include "Tls.h"
#include "signing/DeviceIdentity.h"
#include "store/DemoProject.h"
#include "store/Merge.h"
#include "store/Project.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rw;
using namespace rw::workshop;

namespace {

constexpr int Wait = 15000; // every wait is bounded: a test that cannot converge fails, never hangs

struct Laptop
{
    std::unique_ptr<DeviceIdentity> device;
    std::unique_ptr<Project> project;
    std::unique_ptr<Peer> peer;
    QString path;
};

QString itemNote(const Project& p, const QString& key)
{
    const Item* i = p.item(key);
    return i ? i->note : QString();
}

QByteArray scoreState(const Project& p)
{
    QByteArray s;
    for (const Domain& d : p.assessment().domains) {
        for (const Item& i : d.items)
            s += i.key.toUtf8() + ':' + QByteArray::number(int(i.status)) + ':' + i.note.toUtf8() + '\n';
    }
    s += QByteArray::number(p.assessment().evidence.size());
    return s;
}

// A raw TLS client with a device certificate (or none), for hostile tests.
std::unique_ptr<QSslSocket> rawClient(quint16 port, const DeviceIdentity* device)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration c;
    if (device) {
        QString error;
        c = configuration(*device, &error);
    } else {
        c = QSslConfiguration::defaultConfiguration();
        c.setProtocol(QSsl::TlsV1_3);
        c.setPeerVerifyMode(QSslSocket::QueryPeer);
    }
    socket->setSslConfiguration(c);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return socket;
}

bool closedWithin(QAbstractSocket* s, int ms)
{
    QElapsedTimer t;
    t.start();
    while (s->state() != QAbstractSocket::UnconnectedState && t.elapsed() < ms)
        QTest::qWait(20);
    return s->state() == QAbstractSocket::UnconnectedState;
}

QJsonObject readFrame(QSslSocket* s, int ms)
{
    FrameReader reader;
    reader.setLimit(MaxFrame);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        reader.append(s->readAll());
        QJsonObject m;
        QString error;
        if (reader.next(&m, &error) == FrameReader::Result::Frame) {
            if (m.value(QStringLiteral("type")).toString() == QLatin1String("ping"))
                continue;
            return m;
        }
        if (s->state() == QAbstractSocket::UnconnectedState && !s->bytesAvailable())
            break;
        QTest::qWait(20);
    }
    return {};
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceIdentity> m_hostDevice;
    std::unique_ptr<Project> m_host;

    std::unique_ptr<DeviceIdentity> makeDevice(const QString& name)
    {
        QString error;
        auto d = DeviceIdentity::loadOrCreate(m_dir.filePath(name), &error);
        if (!d)
            qWarning("%s", qPrintable(error));
        return d;
    }
    void freshHost()
    {
        m_host.reset();
        const QString path = m_dir.filePath(
            QStringLiteral("host-%1.readiness").arg(QUuid::createUuid().toString(QUuid::Id128)));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        QVERIFY(TestSupport::makeDemo(path));
        ProjectError e;
        m_host = Project::open(path, ProjectFile::Access::ReadWrite, &e);
        QVERIFY2(m_host, qPrintable(e.message));
    }
    Laptop joinWithoutCopy(Host& host, const QString& name)
    {
        Laptop l;
        l.device = makeDevice(name);
        l.path = m_dir.filePath(
            name + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".readiness"));
        l.peer = std::make_unique<Peer>(nullptr, *l.device, name);
        Q_UNUSED(host)
        return l;
    }
    static void openCopies(Laptop& l)
    {
        l.peer->setCopy(l.path, [&l](const QString& path, QString* error) -> Project* {
            ProjectError e;
            l.project = Project::open(path, ProjectFile::Access::ReadWrite, &e);
            if (!l.project)
                *error = e.message;
            return l.project.get();
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hostDevice = makeDevice(QStringLiteral("host"));
        QVERIFY(m_hostDevice);
    }
    void cleanup() { DeviceIdentity::setCurrent(m_hostDevice.get()); }

    void codesWordsAndFrames()
    {
        auto other = makeDevice(QStringLiteral("words"));
        const QString code = joinCode(m_hostDevice->publicKey());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"))
                    .match(code)
                    .hasMatch());
        QCOMPARE(joinCode(m_hostDevice->publicKey()), code);
        QVERIFY(joinCode(other->publicKey()) != code);
        // Typed leniently: lower case, no dash, O for zero and I or L for one.
        QString typed = code.toLower().remove(QLatin1Char('-'));
        typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        QCOMPARE(normalizedCode(typed), code);
        const QStringList words = verificationWords(m_hostDevice->publicKey(), other->publicKey());
        QCOMPARE(words.size(), 4);
        QCOMPARE(verificationWords(m_hostDevice->publicKey(), other->publicKey()), words);
        auto third = makeDevice(QStringLiteral("words3"));
        QVERIFY(verificationWords(m_hostDevice->publicKey(), third->publicKey()) != words);
        // The certificate carries the device key.
        QString error;
        const QSslConfiguration c = configuration(*other, &error);
        QVERIFY2(!c.isNull(), qPrintable(error));
        QCOMPARE(publicKeyOf(c.localCertificate()), other->publicKey());

        FrameReader reader;
        reader.setLimit(64);
        QByteArray big(4, '\0');
        qToBigEndian(quint32(1000), big.data());
        reader.append(big);
        QJsonObject m;
        QCOMPARE(reader.next(&m, &error), FrameReader::Result::Error);
        FrameReader garbage;
        garbage.append(QByteArray("\0\0\0\x05hello", 9));
        QCOMPARE(garbage.next(&m, &error), FrameReader::Result::Error);
        FrameReader good;
        good.append(frame({ { QStringLiteral("type"), QStringLiteral("x") } }).left(6));
        QCOMPARE(good.next(&m, &error), FrameReader::Result::NeedMore);
    }

    void discoveryAndJoinLinks()
    {
        // The beacon, on loopback: a browser finds the announcer's port and name, once.
        const quint16 beaconPort = 47000 + quint16(QCoreApplication::applicationPid() % 500);
        Browser browser;
        browser.setDnsSd(false);
        browser.setBeaconListen(QHostAddress::LocalHost, beaconPort);
        browser.start();
        Announcer announcer(QStringLiteral("Workshop on lab-3"), 47470, QStringLiteral("C91E-6653"));
        announcer.setDnsSd(false);
        announcer.setBeaconTargets({ { QHostAddress::LocalHost, beaconPort } });
        announcer.start();
        QTRY_COMPARE_WITH_TIMEOUT(browser.hosts().size(), 1, Wait);
        QTest::qWait(2500); // another beacon: still one host
        QCOMPARE(browser.hosts().size(), 1);
        const FoundHost found = browser.hosts().constFirst();
        QCOMPARE(found.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(found.port, quint16(47470));
        QCOMPARE(found.name, QStringLiteral("Workshop on lab-3"));
        QCOMPARE(found.via, QStringLiteral("beacon"));
        QVERIFY(!browser.notes().isEmpty());
        // DNS-SD says why it cannot help when the Avahi daemon is not there (or that it looks).
        Browser withDnsSd;
        withDnsSd.setBeaconListen(QHostAddress::LocalHost, beaconPort + 1);
        withDnsSd.start();
        QVERIFY(withDnsSd.notes().constFirst().startsWith(QLatin1String("DNS-SD: ")));
        // Where the Avahi daemon runs, a workshop announced through it is found through it.
        const quint16 servicePort = 40000 + quint16(QCoreApplication::applicationPid() % 5000);
        Announcer published(
            QStringLiteral("DNS-SD check %1").arg(servicePort), servicePort, QStringLiteral("0000-0000"));
        published.setBeaconTargets({});
        published.start();
        if (withDnsSd.notes().constFirst() == QLatin1String("DNS-SD: looking for workshops")) {
            QVERIFY2(published.notes().constFirst().startsWith(QLatin1String("DNS-SD: announced")),
                qPrintable(published.notes().join(QLatin1Char(' '))));
            const auto viaDnsSd = [&] {
                const QVector<FoundHost> hosts = withDnsSd.hosts();
                return std::any_of(hosts.cbegin(), hosts.cend(), [&](const FoundHost& h) {
                    return h.via == QLatin1String("DNS-SD") && h.port == servicePort
                        && h.fingerprint == QLatin1String("0000-0000");
                });
            };
            QTRY_VERIFY_WITH_TIMEOUT(viaDnsSd(), Wait);
        } else {
            qInfo("No Avahi daemon here (%s): DNS-SD discovery not exercised",
                qPrintable(withDnsSd.notes().constFirst()));
        }

        // The join link: written and read back, and "ADDRESS:PORT" typed by hand.
        QString address;
        quint16 port = 0;
        QString code;
        QVERIFY(parseJoinLink(joinLink(QStringLiteral("192.168.4.20"), 47470, QStringLiteral("ABCD-EFGH")),
            &address, &port, &code));
        QCOMPARE(address, QStringLiteral("192.168.4.20"));
        QCOMPARE(port, quint16(47470));
        QCOMPARE(code, QStringLiteral("ABCD-EFGH"));
        QVERIFY(parseJoinLink(QStringLiteral(" 10.0.0.7:5000 "), &address, &port, &code));
        QCOMPARE(address, QStringLiteral("10.0.0.7"));
        QVERIFY(parseJoinLink(QStringLiteral("[fe80::1]:5000"), &address, &port, &code));
        QCOMPARE(address, QStringLiteral("fe80::1"));
        QVERIFY(!parseJoinLink(QStringLiteral("10.0.0.7"), &address, &port, &code));
        QVERIFY(!parseJoinLink(QStringLiteral("10.0.0.7:70000"), &address, &port, &code));

        // The QR code scans (zbarimg, an independent decoder) as the link.
        const QString link = joinLink(QStringLiteral("192.168.4.20"), 47470, QStringLiteral("ABCD-EFGH"));
        const auto modules = qrModules(link);
        QVERIFY(modules.size() >= 21);
        const int scale = 8;
        const int quiet = 4;
        QImage image(
            (modules.size() + 2 * quiet) * scale, (modules.size() + 2 * quiet) * scale, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int y = 0; y < modules.size(); ++y)
            for (int x = 0; x < modules.size(); ++x)
                if (modules.at(y).at(x))
                    for (int dy = 0; dy < scale; ++dy)
                        for (int dx = 0; dx < scale; ++dx)
                            image.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy, qRgb(0, 0, 0));
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(image.save(png));
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbar.isEmpty(), "zbarimg (zbar-tools) is needed to read the QR code back");
        QProcess p;
        p.start(zbar, { QStringLiteral("--raw"), QStringLiteral("-q"), png });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), link);
    }

    void editsReachEveryCopy()
    {
        freshHost();
        Host host(m_host.get(), *m_hostDevice, QStringLiteral("Facilitator"));
        host.setAutoAdmit(true);
        QString error;
        QVERIFY2(host.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        // Two laptops: one with no copy yet (it receives one), one with a copy made before the workshop.
        Laptop a = joinWithoutCopy(host, QStringLiteral("alice"));
        openCopies(a);
        Laptop b;
        b.device = makeDevice(QStringLiteral("bob"));
        b.path = m_dir.filePath(QStringLiteral("bob-copy.readiness"));
        QVERIFY(!m_host->file().saveCopy(b.path));
        ProjectError e;
        b.project = Project::open(b.path, ProjectFile::Access::ReadWrite, &e);
        QVERIFY(b.project);
        b.peer = std::make_unique<Peer>(b.project.get(), *b.device, QStringLiteral("Bob"));

        a.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        b.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_VERIFY_WITH_TIMEOUT(a.peer->inSync() && b.peer->inSync(), Wait);
        QVERIFY(a.project);
        QCOMPARE(a.project->assessment().info.uuid, m_host->assessment().info.uuid);

        // An edit on each laptop and on the host reaches every copy.
        DeviceIdentity::setCurrent(a.device.get());
        QVERIFY(!a.project->setItemNote(QStringLiteral("SEC-01"), QStringLiteral("Alice was here")));
        DeviceIdentity::setCurrent(b.device.get());
        QVERIFY(!b.project->setItemNote(QStringLiteral("OPS-01"), QStringLiteral("Bob was here")));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        QVERIFY(!m_host->setItemNote(QStringLiteral("INF-01"), QStringLiteral("The facilitator")));
        for (Project* p : { m_host.get(), a.project.get(), b.project.get() }) {
            QTRY_COMPARE_WITH_TIMEOUT(
                itemNote(*p, QStringLiteral("SEC-01")), QStringLiteral("Alice was here"), Wait);
            QTRY_COMPARE_WITH_TIMEOUT(
                itemNote(*p, QStringLiteral("OPS-01")), QStringLiteral("Bob was here"), Wait);
            QTRY_COMPARE_WITH_TIMEOUT(
                itemNote(*p, QStringLiteral("INF-01")), QStringLiteral("The facilitator"), Wait);
        }

        // A note pasted whole, larger than a frame, travels too (as a pack).
        const QString longNote = QStringLiteral("Interview transcript. ").repeated(200000); // 4.4 MB
        DeviceIdentity::setCurrent(a.device.get());
        QVERIFY(!a.project->setItemNote(QStringLiteral("SEC-06"), longNote));
        for (Project* p : { m_host.get(), b.project.get() })
            QTRY_COMPARE_WITH_TIMEOUT(itemNote(*p, QStringLiteral("SEC-06")).size(), longNote.size(), Wait);

        // Evidence travels with its bytes.
        const QString file = m_dir.filePath(QStringLiteral("runbook.txt"));
        TestSupport::writeFile(file, QByteArray("the runbook, version 3\n").repeated(1000));
        DeviceIdentity::setCurrent(b.device.get());
        Evidence attached;
        QVERIFY(!b.project->attachFile(
            { QStringLiteral("OPS-01") }, file, QStringLiteral("Runbook"), {}, &attached));
        for (Project* p : { m_host.get(), a.project.get() }) {
            QTRY_VERIFY_WITH_TIMEOUT(p->evidenceBySha(attached.sha256), Wait);
            const QString out = m_dir.filePath(QStringLiteral("out-%1.txt").arg(quintptr(p)));
            QVERIFY(!p->extractEvidence(attached.sha256, out));
            QCOMPARE(TestSupport::sha256Of(out), TestSupport::sha256Of(file));
        }

        // All copies agree: the same state and the same heads, and every log verifies.
        QTRY_VERIFY_WITH_TIMEOUT(
            a.project->auditHead() == m_host->auditHead() && b.project->auditHead() == m_host->auditHead(),
            Wait);
        QCOMPARE(scoreState(*a.project), scoreState(*m_host));
        QCOMPARE(scoreState(*b.project), scoreState(*m_host));
        for (Project* p : { m_host.get(), a.project.get(), b.project.get() })
            QVERIFY2(p->verifyAudit().intact, qPrintable(p->verifyAudit().reason));

        // Presence: everyone sees who is on which item and who types its note.
        a.peer->setPresence(QStringLiteral("SEC-02"), true);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(b.peer->presence().cbegin(), b.peer->presence().cend(),
                                     [&](const Presence& p) {
                                         return p.device == a.device->publicKey()
                                             && p.item == QLatin1String("SEC-02") && p.typing;
                                     }),
            Wait);
        host.setOwnPresence(QStringLiteral("SEC-02"), false);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(a.peer->presence().cbegin(), a.peer->presence().cend(),
                [](const Presence& p) { return p.host && p.item == QLatin1String("SEC-02"); }),
            Wait);
        a.peer->stop();
        b.peer->stop();
    }

    void droppedLaptopCatchesUpAndConflictsLand()
    {
        freshHost();
        Host host(m_host.get(), *m_hostDevice, QStringLiteral("Facilitator"));
        host.setAutoAdmit(true);
        QString error;
        QVERIFY(host.listen(QHostAddress::LocalHost, 0, &error));
        Laptop a = joinWithoutCopy(host, QStringLiteral("carol"));
        openCopies(a);
        a.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_VERIFY_WITH_TIMEOUT(a.peer->inSync(), Wait);

        // The laptop drops off; both sides go on, and both change SEC-03's note.
        a.peer->stop();
        QTRY_COMPARE_WITH_TIMEOUT(host.participants().size(), 0, Wait);
        DeviceIdentity::setCurrent(a.device.get());
        QVERIFY(!a.project->setItemNote(QStringLiteral("SEC-04"), QStringLiteral("offline on the train")));
        QVERIFY(!a.project->setItemNote(QStringLiteral("SEC-03"), QStringLiteral("laptop's view")));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        QVERIFY(!m_host->setItemNote(QStringLiteral("OPS-02"), QStringLiteral("meanwhile in the room")));
        QVERIFY(!m_host->setItemNote(QStringLiteral("SEC-03"), QStringLiteral("room's view")));

        // Back again (a new Peer, as after a restart): it catches up both ways.
        auto again = std::make_unique<Peer>(a.project.get(), *a.device, QStringLiteral("Carol"));
        again->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_VERIFY_WITH_TIMEOUT(again->inSync(), Wait);
        QCOMPARE(itemNote(*m_host, QStringLiteral("SEC-04")), QStringLiteral("offline on the train"));
        QCOMPARE(itemNote(*a.project, QStringLiteral("OPS-02")), QStringLiteral("meanwhile in the room"));
        QCOMPARE(a.project->auditHead(), m_host->auditHead());
        QCOMPARE(itemNote(*a.project, QStringLiteral("SEC-03")), itemNote(*m_host, QStringLiteral("SEC-03")));
        // The two notes written apart are a conflict in both inboxes.
        const auto conflicts = Merge::openConflicts(*m_host);
        QVERIFY(std::any_of(conflicts.cbegin(), conflicts.cend(), [](const MergeConflict& c) {
            return c.key == QLatin1String("SEC-03") && c.field == QLatin1String("note");
        }));
        QCOMPARE(Merge::openConflicts(*a.project).size(), conflicts.size());
        again->stop();
    }

    void admissionRefusalAndRemoval()
    {
        freshHost();
        Host host(m_host.get(), *m_hostDevice, QStringLiteral("Facilitator"));
        QString error;
        QVERIFY(host.listen(QHostAddress::LocalHost, 0, &error));
        QSignalSpy asked(&host, &Host::joinRequested);

        // Refused: it learns so and nothing of the project.
        Laptop r = joinWithoutCopy(host, QStringLiteral("mallory"));
        openCopies(r);
        r.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_COMPARE_WITH_TIMEOUT(r.peer->state(), Peer::State::Lobby, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, Wait);
        // Both screens show the same words.
        QCOMPARE(host.participants().constFirst().words, r.peer->words());
        QCOMPARE(r.peer->words(), verificationWords(m_hostDevice->publicKey(), r.device->publicKey()));
        host.refuse(asked.at(0).at(0).toInt());
        QTRY_COMPARE_WITH_TIMEOUT(r.peer->state(), Peer::State::Refused, Wait);
        QVERIFY(!QFileInfo::exists(r.path));
        QVERIFY(r.peer->title().isEmpty());

        // A wrong code: the joiner finds out before it says anything.
        Laptop w = joinWithoutCopy(host, QStringLiteral("wrongcode"));
        w.peer->start(QStringLiteral("127.0.0.1"), host.port(), QStringLiteral("AAAA-AAAA"));
        QTRY_COMPARE_WITH_TIMEOUT(w.peer->state(), Peer::State::Refused, Wait);
        QVERIFY(w.peer->problem().contains(QLatin1String("AAAA-AAAA")));

        // Admitted, then removed: a signed entry records it, and the device is refused from then on.
        Laptop d = joinWithoutCopy(host, QStringLiteral("dave"));
        openCopies(d);
        d.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, Wait);
        host.admit(asked.at(1).at(0).toInt());
        QTRY_VERIFY_WITH_TIMEOUT(d.peer->inSync(), Wait);
        const qint64 rowsBefore = m_host->auditRows();
        QVERIFY(!host.remove(asked.at(1).at(0).toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(d.peer->state(), Peer::State::Refused, Wait);
        QCOMPARE(m_host->auditRows(), rowsBefore + 1);
        const AuditEntry removal = m_host->auditLog(1).constFirst();
        QCOMPARE(removal.action, QStringLiteral("workshop.remove"));
        QVERIFY(AuditLog::checkEntry(removal).isEmpty());
        QVERIFY(m_host->verifyAudit().intact);

        // Its edits made afterwards are refused, however they come.
        DeviceIdentity::setCurrent(d.device.get());
        QVERIFY(!d.project->setItemNote(QStringLiteral("SEC-05"), QStringLiteral("after removal")));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        Replica replica(m_host.get());
        QVector<AuditEntry> taken;
        QVERIFY(!replica.take(d.project->auditLog(1), &taken));
        QVERIFY(taken.isEmpty());
        QVERIFY(itemNote(*m_host, QStringLiteral("SEC-05")) != QLatin1String("after removal"));
        auto back = std::make_unique<Peer>(d.project.get(), *d.device, QStringLiteral("Dave"));
        back->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_COMPARE_WITH_TIMEOUT(back->state(), Peer::State::Refused, Wait);
        QCOMPARE(asked.size(), 2); // never in the lobby again
    }

    void slowReaderDoesNotFillTheHost()
    {
        // A laptop that stops reading: openssl s_client (with this device's key and certificate) writing
        // into a pipe nobody reads, so that it stops reading the connection and the host's writes back up.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY(!openssl.isEmpty());
        freshHost();
        Host host(m_host.get(), *m_hostDevice, QStringLiteral("Facilitator"));
        host.setAutoAdmit(true);
        QString error;
        QVERIFY(host.listen(QHostAddress::LocalHost, 0, &error));
        const QString folder = m_dir.filePath(QStringLiteral("slow"));
        auto device = makeDevice(QStringLiteral("slow"));
        const QString certificate = m_dir.filePath(QStringLiteral("slow.pem"));
        TestSupport::writeFile(certificate, configuration(*device, &error).localCertificate().toPem());
        const QString fifo = m_dir.filePath(QStringLiteral("slow.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int pipe = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(pipe >= 0);
        QProcess client;
        client.setStandardOutputFile(fifo);
        client.start(openssl,
            { QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-tls1_3"),
                QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(host.port()),
                QStringLiteral("-cert"), certificate, QStringLiteral("-key"),
                QDir(folder).filePath(QStringLiteral("device-ed25519.pem")) });
        QVERIFY(client.waitForStarted(Wait));
        client.write(frame({ { QStringLiteral("type"), QStringLiteral("hello") },
            { QStringLiteral("protocol"), ProtocolVersion },
            { QStringLiteral("name"), QStringLiteral("slow") }, { QStringLiteral("code"), host.code() },
            { QStringLiteral("assessment"), m_host->assessment().info.uuid },
            { QStringLiteral("first"), m_host->auditLog().constFirst().hash } }));
        client.write(frame({ { QStringLiteral("type"), QStringLiteral("heads") },
            { QStringLiteral("heads"),
                QJsonArray::fromStringList(m_host->auditHead().split(QLatin1Char(' '))) } }));
        QTRY_VERIFY_WITH_TIMEOUT(
            !host.participants().isEmpty() && host.participants().constFirst().admitted, Wait);
        QTest::qWait(500);
        // The host writes some 40 MB of changes; the laptop reads none of them.
        const QString filler = QString(QLatin1Char('x')).repeated(10000);
        qint64 peak = 0;
        const int edits = 1500;
        for (int i = 0; i < edits; ++i) {
            QVERIFY(!m_host->setItemNote(
                QStringLiteral("SEC-0%1").arg(1 + i % 8), QStringLiteral("slow %1 ").arg(i) + filler));
            host.flush();
            if (i % 20 == 0)
                QCoreApplication::processEvents();
            if (!host.participants().isEmpty())
                peak = std::max(peak, host.participants().constFirst().unsent);
        }
        QVERIFY(!host.participants().isEmpty()); // still connected: slow is allowed, not punished
        // The host kept no more than its high-water mark and a batch for it (of some 40 MB written).
        QVERIFY2(peak > 0 && peak < 8 * 1024 * 1024, qPrintable(QString::number(peak)));
        // Reading again, it receives every change it missed.
        FrameReader reader;
        reader.setLimit(MaxFrame);
        QSet<QString> seen;
        QElapsedTimer t;
        t.start();
        while (seen.size() < edits && t.elapsed() < 60000 && client.state() == QProcess::Running) {
            char buffer[65536];
            const auto n = ::read(pipe, buffer, sizeof buffer);
            if (n > 0)
                reader.append(QByteArray(buffer, int(n)));
            else
                QTest::qWait(5);
            QJsonObject m;
            while (reader.next(&m, &error) == FrameReader::Result::Frame) {
                if (m.value(QStringLiteral("type")).toString() != QLatin1String("entries"))
                    continue;
                for (const QJsonValue& v : m.value(QStringLiteral("entries")).toArray()) {
                    const QString after = v.toObject().value(QStringLiteral("after")).toString();
                    const QRegularExpressionMatch match
                        = QRegularExpression(QStringLiteral("slow (\\d+) ")).match(after);
                    if (match.hasMatch())
                        seen.insert(match.captured(1));
                }
            }
            QCoreApplication::processEvents();
        }
        QCOMPARE(seen.size(), edits);
        client.kill();
        client.waitForFinished(Wait);
        ::close(pipe);
    }

    void hostileClientsGetNothing_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* k : { "garbage", "oversized", "entries-before-hello", "wrong-code", "not-admitted",
                 "replayed-entries", "no-certificate", "silent" })
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void hostileClientsGetNothing()
    {
        QFETCH(QString, kind);
        freshHost();
        Host host(m_host.get(), *m_hostDevice, QStringLiteral("Facilitator"));
        QString error;
        QVERIFY(host.listen(QHostAddress::LocalHost, 0, &error));
        const QString headBefore = m_host->auditHead();
        const QByteArray stateBefore = scoreState(*m_host);
        auto device = makeDevice(QStringLiteral("hostile"));

        // A real laptop's signed entry, to offer where it does not belong.
        auto other = makeDevice(QStringLiteral("honest"));
        const QString copy = m_dir.filePath(QStringLiteral("honest-%1.readiness").arg(kind));
        QVERIFY(!m_host->file().saveCopy(copy));
        {
            ProjectError e;
            auto p = Project::open(copy, ProjectFile::Access::ReadWrite, &e);
            DeviceIdentity::setCurrent(other.get());
            QVERIFY(!p->setItemNote(QStringLiteral("SEC-01"), QStringLiteral("smuggled")));
            DeviceIdentity::setCurrent(m_hostDevice.get());
            const QJsonObject entries { { QStringLiteral("type"), QStringLiteral("entries") },
                { QStringLiteral("entries"), QJsonArray { entryToJson(p->auditLog(1).constFirst()) } } };
            QSignalSpy asked(&host, &Host::joinRequested);
            auto s = rawClient(host.port(), kind == QLatin1String("no-certificate") ? nullptr : device.get());
            if (kind == QLatin1String("silent")) {
                // Connects and says nothing (no handshake): dropped after the handshake time.
                QTcpSocket plain;
                plain.connectToHost(QStringLiteral("127.0.0.1"), host.port());
                QVERIFY(plain.waitForConnected(Wait));
                QVERIFY(closedWithin(&plain, (Host::HandshakeSeconds + 3) * 1000));
            } else {
                QTRY_VERIFY_WITH_TIMEOUT(
                    s->isEncrypted() || s->state() == QAbstractSocket::UnconnectedState, Wait);
                const QJsonObject hello { { QStringLiteral("type"), QStringLiteral("hello") },
                    { QStringLiteral("protocol"), ProtocolVersion },
                    { QStringLiteral("name"), QStringLiteral("x") },
                    { QStringLiteral("code"),
                        kind == QLatin1String("wrong-code") ? QStringLiteral("AAAA-AAAA") : host.code() } };
                if (kind == QLatin1String("garbage")) {
                    for (int i = 0; i < 50 && s->state() == QAbstractSocket::ConnectedState; ++i) {
                        s->write(QByteArray("\x00\x00\x00\x10{not json at all", 20));
                        QTest::qWait(10);
                    }
                } else if (kind == QLatin1String("oversized")) {
                    QByteArray header(4, '\0');
                    qToBigEndian(quint32(512 * 1024 * 1024), header.data());
                    s->write(header);
                    // It streams on; the host must stop reading, not buffer half a gigabyte.
                    const QByteArray chunk(64 * 1024, 'x');
                    for (int i = 0; i < 200 && s->state() == QAbstractSocket::ConnectedState; ++i) {
                        s->write(chunk);
                        QTest::qWait(5);
                    }
                } else if (kind == QLatin1String("entries-before-hello")) {
                    s->write(frame(entries));
                } else if (kind == QLatin1String("no-certificate")) {
                    s->write(frame(hello));
                    s->write(frame(entries));
                } else {
                    s->write(frame(hello));
                    if (kind == QLatin1String("wrong-code")) {
                        const QJsonObject answer = readFrame(s.get(), Wait);
                        QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("refused"));
                    } else {
                        const QJsonObject lobby = readFrame(s.get(), Wait);
                        QCOMPARE(lobby.value(QStringLiteral("type")).toString(), QStringLiteral("lobby"));
                        // In the lobby and not admitted: offering entries (replayed or not) ends it.
                        s->write(frame(entries));
                        if (kind == QLatin1String("replayed-entries"))
                            s->write(frame(entries));
                    }
                }
                QVERIFY2(closedWithin(s.get(), Wait), qPrintable(kind));
                // Nothing the host said told anything of the project.
                const QByteArray rest = s->readAll();
                QVERIFY(!rest.contains(m_host->assessment().info.title.toUtf8()));
            }
            QVERIFY(kind == QLatin1String("not-admitted") || kind == QLatin1String("replayed-entries")
                || asked.isEmpty() || kind == QLatin1String("entries-before-hello"));
        }
        QCOMPARE(m_host->auditHead(), headBefore);
        QCOMPARE(scoreState(*m_host), stateBefore);
        QVERIFY(itemNote(*m_host, QStringLiteral("SEC-01")) != QLatin1String("smuggled"));
        // The host still serves honest laptops.
        host.setAutoAdmit(true);
        Laptop l = joinWithoutCopy(host, QStringLiteral("after-") + kind);
        openCopies(l);
        l.peer->start(QStringLiteral("127.0.0.1"), host.port(), host.code());
        QTRY_VERIFY_WITH_TIMEOUT(l.peer->inSync(), Wait);
        l.peer->stop();
    }
};

QTEST_MAIN(TestWorkshop)
#include "TestWorkshop.moc"
