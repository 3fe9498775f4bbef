// A live workshop of separate processes on loopback: readiness-cli workshop host and several laptops
// (each its own device key) joining, editing, dropping off and coming back. Every loop is bounded.

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

namespace {

QProcessEnvironment laptopEnvironment(const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return env;
}

// The first JSON line a process prints on standard output, within ms.
QJsonObject firstLine(QProcess& p, int ms)
{
    p.waitForStarted(ms);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !p.canReadLine() && p.state() == QProcess::Running)
        p.waitForReadyRead(200);
    return QJsonDocument::fromJson(p.readLine()).object();
}

bool waitForLine(QProcess& p, const QString& needle, int ms)
{
    p.waitForStarted(ms);
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < ms && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        seen += p.readAll();
        if (seen.contains(needle.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class TestWorkshopCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_code;
    quint16 m_port = 0;

    QString config(const QString& laptop) const { return m_dir.filePath(QStringLiteral("config-") + laptop); }
    TestSupport::CliResult cli(const QString& laptop, const QStringList& args) const
    {
        return TestSupport::runCli(
            args, m_dir.path(), { QStringLiteral("XDG_CONFIG_HOME=") + config(laptop) });
    }
    TestSupport::CliResult joinOnce(const QString& laptop, const QString& file) const
    {
        return cli(laptop,
            { QStringLiteral("workshop"), QStringLiteral("join"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                file, QStringLiteral("--code"), m_code, QStringLiteral("--once"), QStringLiteral("--timeout"),
                QStringLiteral("60") });
    }
    QString head(const QString& laptop, const QString& file) const
    {
        const QString info = cli(laptop, { QStringLiteral("info"), file }).out;
        return QRegularExpression(QStringLiteral("head (.*)")).match(info).captured(1).trimmed();
    }
    QString score(const QString& file) const
    {
        return cli(QStringLiteral("host"), { QStringLiteral("score"), file, QStringLiteral("--json") }).out;
    }

private slots:
    void separateProcessesConverge()
    {
        QVERIFY(m_dir.isValid());
        const QString hostFile = m_dir.filePath(QStringLiteral("workshop.readiness"));
        QCOMPARE(cli(QStringLiteral("host"), { QStringLiteral("demo"), hostFile }).exitCode, 0);

        QProcess host;
        host.setProcessEnvironment(laptopEnvironment(config(QStringLiteral("host"))));
        host.setWorkingDirectory(m_dir.path());
        host.start(QStringLiteral(READINESS_CLI),
            { QStringLiteral("workshop"), QStringLiteral("host"), hostFile, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--auto-admit") });
        const QJsonObject ready = firstLine(host, 20000);
        QVERIFY2(ready.contains(QStringLiteral("code")), host.readAllStandardError().constData());
        m_code = ready.value(QStringLiteral("code")).toString();
        m_port = quint16(ready.value(QStringLiteral("port")).toInt());
        QCOMPARE(ready.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_port > 0);

        // Three laptops join without a copy and receive one.
        const QStringList laptops { QStringLiteral("anna"), QStringLiteral("ben"), QStringLiteral("chen") };
        for (const QString& l : laptops) {
            const auto r = joinOnce(l, l + QStringLiteral(".readiness"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QLatin1String("\"event\":\"copy\"")));
            QVERIFY(r.out.contains(QLatin1String("\"event\":\"synced\"")));
        }
        // A wrong code is refused (exit 1) and writes nothing.
        const auto wrong = cli(QStringLiteral("eve"),
            { QStringLiteral("workshop"), QStringLiteral("join"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                QStringLiteral("eve.readiness"), QStringLiteral("--code"), QStringLiteral("ZZZZ-ZZZZ"),
                QStringLiteral("--once") });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("eve.readiness"))));
        // No host at that port: an input error with a reason.
        const auto nobody = cli(QStringLiteral("eve"),
            { QStringLiteral("workshop"), QStringLiteral("join"), QStringLiteral("127.0.0.1:1"),
                QStringLiteral("eve.readiness"), QStringLiteral("--code"), m_code,
                QStringLiteral("--once") });
        QCOMPARE(nobody.exitCode, 2);
        QVERIFY(nobody.err.contains(QLatin1String("could not be reached")));

        // Each laptop edits its own copy and exchanges it.
        for (int i = 0; i < laptops.size(); ++i) {
            const QString l = laptops.at(i);
            QCOMPARE(cli(l,
                         { QStringLiteral("set"), l + QStringLiteral(".readiness"),
                             QStringLiteral("SEC-0%1").arg(i + 1), QStringLiteral("--note"),
                             QStringLiteral("written on %1's laptop").arg(l) })
                         .exitCode,
                0);
            QCOMPARE(joinOnce(l, l + QStringLiteral(".readiness")).exitCode, 0);
        }

        // Anna stays live; killed without warning, she misses Ben's next edit and catches up on restart.
        QProcess live;
        live.setProcessEnvironment(laptopEnvironment(config(QStringLiteral("anna"))));
        live.setWorkingDirectory(m_dir.path());
        const QStringList liveArgs { QStringLiteral("workshop"), QStringLiteral("join"),
            QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("anna.readiness"),
            QStringLiteral("--code"), m_code };
        live.start(QStringLiteral(READINESS_CLI), liveArgs);
        QVERIFY(waitForLine(live, QStringLiteral("synced"), 20000));
        live.kill();
        QVERIFY(live.waitForFinished(10000));
        QCOMPARE(cli(QStringLiteral("ben"),
                     { QStringLiteral("set"), QStringLiteral("ben.readiness"), QStringLiteral("OPS-02"),
                         QStringLiteral("--status"), QStringLiteral("unmet") })
                     .exitCode,
            0);
        QCOMPARE(joinOnce(QStringLiteral("ben"), QStringLiteral("ben.readiness")).exitCode, 0);
        live.start(QStringLiteral(READINESS_CLI), liveArgs);
        QVERIFY(waitForLine(live, QStringLiteral("synced"), 20000));
        ::kill(pid_t(live.processId()), SIGTERM); // ends cleanly, the file whole
        QVERIFY(live.waitForFinished(10000));
        QCOMPARE(live.exitStatus(), QProcess::NormalExit);
        QCOMPARE(live.exitCode(), 0);
        // Ben's edit made while Anna was gone is in her copy now.
        const QString annaLog = cli(QStringLiteral("anna"),
            { QStringLiteral("log"), QStringLiteral("anna.readiness"), QStringLiteral("--last"),
                QStringLiteral("5") })
                                    .out;
        QVERIFY2(annaLog.contains(QLatin1String("OPS-02")) && annaLog.contains(QLatin1String("unmet")),
            qPrintable(annaLog));

        // A last round, then the host ends on SIGTERM.
        for (const QString& l : laptops)
            QCOMPARE(joinOnce(l, l + QStringLiteral(".readiness")).exitCode, 0);
        ::kill(pid_t(host.processId()), SIGTERM);
        QVERIFY(host.waitForFinished(15000));
        QCOMPARE(host.exitStatus(), QProcess::NormalExit);
        QCOMPARE(host.exitCode(), 0);

        // Every copy holds every edit; scores and heads agree, and every log verifies.
        const QString hostScore = score(hostFile);
        const QString hostHead = head(QStringLiteral("host"), hostFile);
        QVERIFY(!hostHead.isEmpty());
        for (const QString& l : laptops) {
            const QString file = l + QStringLiteral(".readiness");
            QCOMPARE(score(m_dir.filePath(file)), hostScore);
            QCOMPARE(head(l, file), hostHead);
            QCOMPARE(cli(l, { QStringLiteral("log"), file, QStringLiteral("--verify") }).exitCode, 0);
            const QString note = cli(l, { QStringLiteral("log"), file }).out;
            for (const QString& other : laptops)
                QVERIFY2(note.contains(QStringLiteral("written on %1's laptop").arg(other)),
                    qPrintable(l + other));
        }
        QCOMPARE(cli(QStringLiteral("host"), { QStringLiteral("log"), hostFile, QStringLiteral("--verify") })
                     .exitCode,
            0);
    }
};

QTEST_MAIN(TestWorkshopCli)
#include "TestWorkshopCli.moc"
