// A live workshop under load, as separate processes on loopback: readiness-cli workshop host and N
// laptops (this program in --peer mode, each with its own device key and copy).
//
//   bench_workshop DIR [--peers 10] [--latency-edits 60] [--soak-seconds 300] [--rate 10]
//
// Latency: one laptop at a time changes a note carrying the wall clock; every other laptop notes when
// the change arrived (median and 99th percentile over all arrivals). Soak: every laptop makes --rate
// edits a second for --soak-seconds; afterwards every copy and the host's must hold every edit (nothing
// lost), and the host's resident memory is sampled throughout. Prints a Markdown table.

#include "Peer.h"
#include "signing/DeviceIdentity.h"
#include "store/DemoProject.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace rw;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

const QStringList& itemKeys()
{
    static const QStringList keys { QStringLiteral("INF-01"), QStringLiteral("INF-02"),
        QStringLiteral("INF-03"), QStringLiteral("INF-04"), QStringLiteral("INF-05"),
        QStringLiteral("SEC-01"), QStringLiteral("SEC-02"), QStringLiteral("SEC-03"),
        QStringLiteral("SEC-04"), QStringLiteral("SEC-05"), QStringLiteral("OPS-01"),
        QStringLiteral("OPS-02"), QStringLiteral("OPS-03"), QStringLiteral("OPS-04"),
        QStringLiteral("OPS-05"), QStringLiteral("DOC-01"), QStringLiteral("DOC-02"),
        QStringLiteral("DOC-03"), QStringLiteral("DOC-04"), QStringLiteral("DOC-05") };
    return keys;
}

void say(const QString& line)
{
    QTextStream(stdout) << line << '\n';
    fflush(stdout);
}

qint64 soakEntries(const Project& p)
{
    qint64 n = 0;
    for (const AuditEntry& e : p.auditLog())
        n += e.after.contains(QLatin1String("soak "));
    return n;
}

// --peer mode: one laptop, driven by lines on standard input.
int runPeer(const QStringList& args)
{
    const int index = option(args, QStringLiteral("--peer"), QStringLiteral("0")).toInt();
    const QString dir = option(args, QStringLiteral("--dir"), QString());
    const QString key = itemKeys().at(index % itemKeys().size());
    const DeviceIdentity* device = DeviceIdentity::current();
    std::unique_ptr<Project> project;
    workshop::Peer peer(nullptr, *device, QStringLiteral("Laptop %1").arg(index));
    peer.setCopy(QDir(dir).filePath(QStringLiteral("peer-%1.readiness").arg(index)),
        [&project](const QString& path, QString* error) -> Project* {
            ProjectError e;
            project = Project::open(path, ProjectFile::Access::ReadWrite, &e);
            *error = e.message;
            return project.get();
        });
    peer.setReconnect(true);
    bool announced = false;
    QObject::connect(&peer, &workshop::Peer::synced, [&] {
        if (!announced) {
            announced = true;
            say(QStringLiteral("ready"));
        }
    });
    QSet<QString> seen;
    QObject::connect(&peer, &workshop::Peer::copyReceived, [&] {
        // Changes from the others arrive as merges: the checklist is read again.
        QObject::connect(project.get(), &Project::checklistChanged, [&] {
            for (const QString& other : itemKeys()) {
                const Item* item = project->item(other);
                if (other != key && item && item->note.startsWith(QLatin1String("lat "))
                    && !seen.contains(item->note)) {
                    seen.insert(item->note);
                    const qint64 sent = item->note.section(QLatin1Char(' '), 1, 1).toLongLong();
                    say(QStringLiteral("recv %1").arg(nowMs() - sent));
                }
            }
        });
    });
    peer.start(QStringLiteral("127.0.0.1"),
        quint16(option(args, QStringLiteral("--port"), QStringLiteral("0")).toUInt()),
        option(args, QStringLiteral("--code"), QString()));

    QTimer soak;
    qint64 made = 0;
    qint64 soakUntil = 0;
    QObject::connect(&soak, &QTimer::timeout, [&] {
        if (nowMs() >= soakUntil) {
            soak.stop();
            say(QStringLiteral("made %1").arg(made));
            return;
        }
        project->setItemNote(key, QStringLiteral("soak %1 %2").arg(index).arg(++made));
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char chunk[256];
        const auto n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            QCoreApplication::quit();
            return;
        }
        buffer.append(chunk, int(n));
        while (buffer.contains('\n')) {
            const int end = buffer.indexOf('\n');
            const QStringList words = QString::fromUtf8(buffer.left(end)).split(QLatin1Char(' '));
            buffer.remove(0, end + 1);
            if (words.constFirst() == QLatin1String("latency") && project) {
                project->setItemNote(key, QStringLiteral("lat %1 %2").arg(nowMs()).arg(words.value(1)));
            } else if (words.constFirst() == QLatin1String("soak") && project) {
                const double rate = words.value(2).toDouble();
                soakUntil = nowMs() + words.value(1).toLongLong() * 1000;
                soak.start(int(1000 / rate));
            } else if (words.constFirst() == QLatin1String("count") && project) {
                peer.flush();
                say(QStringLiteral("count %1").arg(soakEntries(*project)));
            } else if (words.constFirst() == QLatin1String("quit")) {
                QCoreApplication::quit();
            }
        }
    });
    const int code = QCoreApplication::exec();
    peer.flush();
    peer.stop();
    return code;
}

struct Child
{
    std::unique_ptr<QProcess> process;
    QByteArray buffer;
};

// Reads lines from every child until done() says so or ms pass; each line goes to onLine.
bool pump(std::vector<Child>& children, int ms, const std::function<void(int, const QString&)>& onLine,
    const std::function<bool()>& done)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (size_t i = 0; i < children.size(); ++i) {
            Child& c = children.at(i);
            c.buffer += c.process->readAllStandardOutput();
            while (c.buffer.contains('\n')) {
                const int end = c.buffer.indexOf('\n');
                onLine(int(i), QString::fromUtf8(c.buffer.left(end)));
                c.buffer.remove(0, end + 1);
            }
        }
        if (done())
            return true;
        QThread::msleep(2);
    }
    return false;
}

qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

double percentile(QVector<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return double(v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))));
}

int runHarness(const QStringList& args)
{
    const QString dir = args.value(1);
    if (dir.isEmpty() || dir.startsWith(QLatin1String("--"))) {
        fprintf(stderr,
            "usage: bench_workshop DIR [--peers 10] [--latency-edits 60] [--soak-seconds 300] [--rate 10]\n");
        return 2;
    }
    QDir().mkpath(dir);
    const int peers = option(args, QStringLiteral("--peers"), QStringLiteral("10")).toInt();
    const int latencyEdits = option(args, QStringLiteral("--latency-edits"), QStringLiteral("60")).toInt();
    const int soakSeconds = option(args, QStringLiteral("--soak-seconds"), QStringLiteral("300")).toInt();
    const double rate = option(args, QStringLiteral("--rate"), QStringLiteral("10")).toDouble();
    const QString hostFile = QDir(dir).filePath(QStringLiteral("host.readiness"));
    QFile::remove(hostFile);
    ProjectError error;
    if (!DemoProject::create(hostFile, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QProcess host;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config-host")));
    host.setProcessEnvironment(env);
    host.start(QStringLiteral(READINESS_CLI),
        { QStringLiteral("workshop"), QStringLiteral("host"), hostFile, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--auto-admit") });
    host.waitForStarted();
    while (!host.canReadLine() && host.waitForReadyRead(10000)) { }
    const QJsonObject ready = QJsonDocument::fromJson(host.readLine()).object();
    const QString port = QString::number(ready.value(QStringLiteral("port")).toInt());
    const QString code = ready.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        fprintf(stderr, "the host did not start: %s\n", host.readAllStandardError().constData());
        return 1;
    }

    std::vector<Child> children(static_cast<size_t>(peers));
    for (int i = 0; i < peers; ++i) {
        Child& c = children.at(size_t(i));
        c.process = std::make_unique<QProcess>();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config-%1").arg(i)));
        c.process->setProcessEnvironment(e);
        c.process->setProcessChannelMode(QProcess::SeparateChannels);
        c.process->start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--peer"), QString::number(i), QStringLiteral("--dir"), dir,
                QStringLiteral("--port"), port, QStringLiteral("--code"), code });
    }
    int readyCount = 0;
    QVector<qint64> latencies;
    QVector<qint64> counts(peers, -1);
    qint64 made = 0;
    const auto onLine = [&](int, const QString& line) {
        if (line == QLatin1String("ready"))
            ++readyCount;
        else if (line.startsWith(QLatin1String("recv ")))
            latencies << line.mid(5).toLongLong();
        else if (line.startsWith(QLatin1String("made ")))
            made += line.mid(5).toLongLong();
    };
    if (!pump(children, 120000, onLine, [&] { return readyCount == peers; })) {
        fprintf(stderr, "only %d of %d laptops joined\n", readyCount, peers);
        return 1;
    }
    // Latency: one edit at a time, from each laptop in turn, 300 ms apart.
    for (int k = 0; k < latencyEdits; ++k) {
        children.at(size_t(k % peers)).process->write(QStringLiteral("latency %1\n").arg(k).toUtf8());
        pump(children, 300, onLine, [] { return false; });
    }
    pump(children, 3000, onLine, [&] { return latencies.size() >= latencyEdits * (peers - 1); });
    const qint64 expectedArrivals = qint64(latencyEdits) * (peers - 1);

    // Soak.
    QVector<qint64> rss;
    rss << rssKiB(host.processId());
    for (Child& c : children)
        c.process->write(QStringLiteral("soak %1 %2\n").arg(soakSeconds).arg(rate).toUtf8());
    QElapsedTimer soakTimer;
    soakTimer.start();
    while (soakTimer.elapsed() < qint64(soakSeconds) * 1000) {
        pump(children, 5000, onLine, [] { return false; });
        rss << rssKiB(host.processId());
    }
    const qint64 expected = qint64(double(soakSeconds) * rate) * peers;
    // Every laptop's copy must come to hold every laptop's edits (bounded wait).
    QElapsedTimer settle;
    settle.start();
    const auto countLine = [&](int i, const QString& line) {
        if (line.startsWith(QLatin1String("count ")))
            counts[i] = line.mid(6).toLongLong();
        else
            onLine(i, line);
    };
    bool converged = false;
    while (!converged && settle.elapsed() < 600000) {
        for (Child& c : children)
            c.process->write("count\n");
        pump(children, 3000, countLine, [&] { return !counts.contains(-1); });
        converged
            = made > 0 && std::all_of(counts.cbegin(), counts.cend(), [&](qint64 n) { return n == made; });
        if (!converged)
            counts.fill(-1);
        rss << rssKiB(host.processId());
    }
    const double settleSeconds = double(settle.elapsed()) / 1000;
    for (Child& c : children) {
        c.process->write("quit\n");
        c.process->waitForFinished(30000);
    }
    host.terminate();
    host.waitForFinished(30000);
    ProjectError e;
    const auto final = Project::open(hostFile, ProjectFile::Access::ReadOnly, &e);
    const qint64 atHost = final ? soakEntries(*final) : -1;
    qint64 minCount = made;
    for (qint64 c : counts)
        minCount = std::min(minCount, c);

    const double median = percentile(latencies, 0.5);
    const double p99 = percentile(latencies, 0.99);
    const auto verdict = [](bool ok) { return ok ? "met" : "missed"; };
    say(QStringLiteral("| Measure | Result | Target | |"));
    say(QStringLiteral("|---|---|---|---|"));
    say(QStringLiteral("| One edit seen on every other laptop (%1 laptops, %2 edits, %3 of %4 arrivals), "
                       "median | %5 ms | 100 ms | %6 |")
            .arg(peers)
            .arg(latencyEdits)
            .arg(latencies.size())
            .arg(expectedArrivals)
            .arg(median)
            .arg(QLatin1String(verdict(median <= 100 && latencies.size() == expectedArrivals))));
    say(QStringLiteral("| ... 99th percentile | %1 ms | 250 ms | %2 |")
            .arg(p99)
            .arg(QLatin1String(verdict(p99 <= 250))));
    say(QStringLiteral("| Soak: %1 laptops asked for %2 edits/s each for %3 s (%9 edits): edits made / in "
                       "the host's copy / in the fewest-holding laptop's copy | %4 / %5 / %6 (all copies "
                       "settled %7 s after the soak) | all %9 made, none lost | %8 |")
            .arg(peers)
            .arg(rate)
            .arg(soakSeconds)
            .arg(made)
            .arg(atHost)
            .arg(minCount)
            .arg(settleSeconds, 0, 'f', 1)
            .arg(QLatin1String(verdict(converged && atHost == made && made == expected)))
            .arg(expected));
    const qint64 first = rss.value(1, rss.constFirst());
    const qint64 peak = *std::max_element(rss.cbegin(), rss.cend());
    say(QStringLiteral(
        "| Host resident memory: at the soak's start / peak / end | %1 / %2 / %3 MiB | flat | %4 |")
            .arg(double(first) / 1024, 0, 'f', 1)
            .arg(double(peak) / 1024, 0, 'f', 1)
            .arg(double(rss.constLast()) / 1024, 0, 'f', 1)
            .arg(QLatin1String(verdict(peak <= first * 2 + 20 * 1024))));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    return args.contains(QStringLiteral("--peer")) ? runPeer(args) : runHarness(args);
}
