#include "Commands.h"

#include "Discovery.h"
#include "Host.h"
#include "Peer.h"
#include "signing/DeviceIdentity.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace {

// SIGINT and SIGTERM end the event loop through a pipe, so that the project is closed as usual.
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &c, 1);
}

void quitOnSignals(QObject* owner)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [] {
        char c;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void event(const QJsonObject& line)
{
    Command::out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString shownAddress(const QHostAddress& listening)
{
    if (!listening.isEqual(QHostAddress::Any) && !listening.isEqual(QHostAddress::AnyIPv4)
        && !listening.isEqual(QHostAddress::AnyIPv6))
        return listening.toString();
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            return a.toString();
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace

WorkshopCommand::WorkshopCommand()
    : Command(QStringLiteral("workshop"),
        tr("Host a live workshop on the local network, or join one with a copy of the project."))
{
}

void WorkshopCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("host FILE, or join ADDRESS:PORT FILE."));
    parser.addPositionalArgument(
        QStringLiteral("ARGUMENTS"), tr("The project (and for join the host first)."));
    parser.addOption({ QStringLiteral("port"),
        tr("host: the port to listen on (default %1).").arg(rw::workshop::DefaultPort), tr("N") });
    parser.addOption({ QStringLiteral("listen"),
        tr("host: the address to listen on (default: every address)."), tr("ADDRESS") });
    parser.addOption({ QStringLiteral("auto-admit"), tr("host: admit everyone who gives the join code.") });
    parser.addOption({ QStringLiteral("code"), tr("join: the join code the host shows."), tr("CODE") });
    parser.addOption({ QStringLiteral("once"), tr("join: exchange what each side lacks, then exit.") });
    parser.addOption({ QStringLiteral("timeout"), tr("Give up after this many seconds (default: never)."),
        tr("SECONDS") });
    parser.addOption(byOption());
}

int WorkshopCommand::requiredPositionals() const
{
    return 2;
}

int WorkshopCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    const QString name = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                            : rw::Project::defaultUser();
    const rw::DeviceIdentity* device = rw::DeviceIdentity::current();
    if (!device)
        return fail(tr("This computer has no device key, and none can be made."));
    int timeout = 0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout <= 0)
            return fail(tr("--timeout takes a number of seconds."));
    }
    QObject scope;
    quitOnSignals(&scope);
    int exitCode = Ok;
    if (timeout > 0) {
        QTimer::singleShot(timeout * 1000, &scope, [&exitCode] {
            err() << tr("Gave up: the time given with --timeout has passed.") << Qt::endl;
            exitCode = InputError;
            QCoreApplication::quit();
        });
    }

    if (action == QLatin1String("host")) {
        if (args.size() != 2)
            return fail(tr("Usage: readiness-cli workshop host FILE [--port N] [--auto-admit]"));
        const auto project = openProject(args.at(1), true);
        if (!project)
            return InputError;
        quint16 port = rw::workshop::DefaultPort;
        if (parser.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const uint p = parser.value(QStringLiteral("port")).toUInt(&ok);
            if (!ok || p > 65535)
                return fail(tr("--port takes a number from 0 to 65535."));
            port = quint16(p);
        }
        QHostAddress address(QHostAddress::Any);
        if (parser.isSet(QStringLiteral("listen"))
            && !address.setAddress(parser.value(QStringLiteral("listen"))))
            return fail(tr("%1 is no address to listen on.").arg(parser.value(QStringLiteral("listen"))));
        rw::workshop::Host host(project.get(), *device, name);
        host.setAutoAdmit(parser.isSet(QStringLiteral("auto-admit")));
        QString error;
        if (!host.listen(address, port, &error))
            return fail(tr("The workshop cannot listen on port %1: %2").arg(port).arg(error));
        event({ { QStringLiteral("address"), shownAddress(address) }, { QStringLiteral("port"), host.port() },
            { QStringLiteral("code"), host.code() } });
        // Laptops find it on the network (DNS-SD, the beacon) unless it listens on loopback only.
        std::unique_ptr<rw::workshop::Announcer> announcer;
        if (!address.isLoopback()) {
            announcer = std::make_unique<rw::workshop::Announcer>(
                tr("%1's workshop on %2").arg(name, QHostInfo::localHostName()), host.port(),
                rw::DeviceIdentity::fingerprint(device->publicKey()).left(9));
            announcer->start();
            for (const QString& note : announcer->notes())
                err() << note << Qt::endl;
        }
        QObject::connect(&host, &rw::workshop::Host::joinRequested, &scope, [&host](int id) {
            for (const auto& p : host.participants()) {
                if (p.id == id)
                    event({ { QStringLiteral("event"), QStringLiteral("join") }, { QStringLiteral("id"), id },
                        { QStringLiteral("name"), p.name }, { QStringLiteral("address"), p.address },
                        { QStringLiteral("words"), QJsonArray::fromStringList(p.words) } });
            }
        });
        QObject::connect(&host, &rw::workshop::Host::diagnostic, &scope,
            [](const QString& text) { err() << text << Qt::endl; });
        // Without --auto-admit the facilitator answers on standard input: "admit ID", "refuse ID",
        // "remove ID".
        auto* input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &scope);
        QObject::connect(input, &QSocketNotifier::activated, &scope, [&host, input] {
            char buffer[256];
            const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
            if (n <= 0) {
                input->setEnabled(false);
                return;
            }
            for (const QString& line :
                QString::fromUtf8(buffer, int(n)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList words = line.simplified().split(QLatin1Char(' '));
                const int id = words.value(1).toInt();
                if (words.constFirst() == QLatin1String("admit"))
                    host.admit(id);
                else if (words.constFirst() == QLatin1String("refuse"))
                    host.refuse(id);
                else if (words.constFirst() == QLatin1String("remove")) {
                    if (const rw::ProjectError e = host.remove(id))
                        err() << e.message << Qt::endl;
                }
            }
        });
        QCoreApplication::exec();
        host.flush();
        return exitCode;
    }

    if (action != QLatin1String("join") || args.size() != 3)
        return fail(
            tr("Usage: readiness-cli workshop host FILE | join ADDRESS:PORT FILE --code CODE [--once]"));
    const QString target = args.at(1);
    const int colon = target.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? target.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535)
        return fail(tr("%1 is not ADDRESS:PORT (as the host shows it).").arg(target));
    QString hostName = target.left(colon);
    if (hostName.startsWith(QLatin1Char('[')) && hostName.endsWith(QLatin1Char(']')))
        hostName = hostName.mid(1, hostName.size() - 2);
    if (!parser.isSet(QStringLiteral("code")))
        return fail(tr("Give the join code the host shows with --code CODE."));
    const QString path = args.at(2);
    std::unique_ptr<rw::Project> project;
    if (QFileInfo::exists(path)) {
        project = openProject(path, true);
        if (!project)
            return InputError;
    }
    rw::workshop::Peer peer(project.get(), *device, name);
    peer.setCopy(path, [&project](const QString& copy, QString* error) -> rw::Project* {
        rw::ProjectError e;
        project = rw::Project::open(copy, rw::ProjectFile::Access::ReadWrite, &e);
        if (!project)
            *error = e.message;
        return project.get();
    });
    const bool once = parser.isSet(QStringLiteral("once"));
    peer.setReconnect(!once);
    QObject::connect(&peer, &rw::workshop::Peer::stateChanged, &scope, [&](rw::workshop::Peer::State s) {
        using State = rw::workshop::Peer::State;
        if (s == State::Lobby)
            event({ { QStringLiteral("event"), QStringLiteral("lobby") },
                { QStringLiteral("words"), QJsonArray::fromStringList(peer.words()) } });
        else if (s == State::Refused) {
            err() << peer.problem() << Qt::endl;
            exitCode = CheckFailed;
            QCoreApplication::quit();
        } else if (s == State::Disconnected && once) {
            err() << peer.problem() << Qt::endl;
            exitCode = InputError;
            QCoreApplication::quit();
        } else if (s == State::Disconnected) {
            err() << peer.problem() << Qt::endl;
        }
    });
    QObject::connect(&peer, &rw::workshop::Peer::copyReceived, &scope, [&] {
        event({ { QStringLiteral("event"), QStringLiteral("copy") },
            { QStringLiteral("file"), QDir::toNativeSeparators(path) } });
    });
    QObject::connect(&peer, &rw::workshop::Peer::synced, &scope, [&] {
        event({ { QStringLiteral("event"), QStringLiteral("synced") },
            { QStringLiteral("head"), peer.project()->auditHead() } });
        if (once) {
            exitCode = Ok;
            QCoreApplication::quit();
        }
    });
    QObject::connect(&peer, &rw::workshop::Peer::diagnostic, &scope, [once](const QString& text) {
        if (!once)
            err() << text << Qt::endl;
    });
    peer.start(hostName, quint16(port), parser.value(QStringLiteral("code")));
    QCoreApplication::exec();
    peer.flush();
    peer.stop();
    return exitCode;
}
