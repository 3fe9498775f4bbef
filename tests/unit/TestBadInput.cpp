// Bad input of every kind gets a clear message, from the model and from the CLI (exit code 2), and the
// file is never modified: the same bytes afterwards, and no lock or journal left beside it.

#include "TestSupport.h"

#include "store/SqlProblem.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTest>
#include <limits>

#include <QDir>
#include <QRandomGenerator>
#include <sqlite3.h>
#include <unistd.h>

using namespace rw;

namespace {

void sqliteExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32*>(b.data()), size / 4);
    return b;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString project(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto p = TestSupport::createProject(path);
        // Some evidence, so that the file spans many pages.
        const QString evidence = m_dir.filePath(name + QStringLiteral(".bin"));
        TestSupport::writeFile(evidence, randomBytes(256 * 1024, 1));
        p->attachFile({ QStringLiteral("SEC-01") }, evidence, QString());
        return path;
    }

private slots:
    void sqlFailuresAreToldForPeople_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("said");
        QTest::newRow("disk full") << QStringLiteral("13") << QStringLiteral("the disk is full");
        QTest::newRow("read-only") << QStringLiteral("8") << QStringLiteral("read-only");
        QTest::newRow("I/O, extended code")
            << QStringLiteral("266") << QStringLiteral("input/output error"); // SQLITE_IOERR_READ
        QTest::newRow("busy") << QStringLiteral("5") << QStringLiteral("another program");
        QTest::newRow("corrupt") << QStringLiteral("11") << QStringLiteral("damaged");
        QTest::newRow("unknown") << QStringLiteral("999") << QStringLiteral("the database reported an error");
    }

    void sqlFailuresAreToldForPeople()
    {
        QFETCH(QString, code);
        QFETCH(QString, said);
        const QSqlError error(QStringLiteral("Unable to fetch row"), QStringLiteral("disk I/O error"),
            QSqlError::StatementError, code);
        const QString message = sqlProblem(error);
        QVERIFY2(message.contains(said), qPrintable(message));
        QVERIFY2(message.contains(code), "the SQLite code stays for a bug report");
        QVERIFY2(!message.contains(QStringLiteral("Unable to fetch row"))
                && !message.contains(QStringLiteral("disk I/O error")),
            qPrintable(message));
    }

    void badFilesAreExplainedAndUntouched_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");

        const QString empty = m_dir.filePath(QStringLiteral("empty.readiness"));
        TestSupport::writeFile(empty, QByteArray());
        QTest::newRow("empty file") << empty << int(ProjectError::Kind::Empty) << "is empty";

        const QString random = m_dir.filePath(QStringLiteral("random.readiness"));
        TestSupport::writeFile(random, randomBytes(8192, 2));
        QTest::newRow("random bytes")
            << random << int(ProjectError::Kind::NotAProject) << "not an SQLite database";

        const QString text = m_dir.filePath(QStringLiteral("notes.readiness"));
        TestSupport::writeFile(text, "These are my meeting notes.\n");
        QTest::newRow("text file") << text << int(ProjectError::Kind::NotAProject)
                                   << "not a Readiness Workbench project";

        const QString truncated = project(QStringLiteral("truncated.readiness"));
        QFile(truncated).resize(QFileInfo(truncated).size() / 2);
        QTest::newRow("truncated project") << truncated << int(ProjectError::Kind::Truncated) << "truncated";

        const QString newer = project(QStringLiteral("newer.readiness"));
        sqliteExec(newer, "PRAGMA user_version = 99");
        QTest::newRow("newer version") << newer << int(ProjectError::Kind::TooNew) << "newer version";

        const QString foreign = m_dir.filePath(QStringLiteral("foreign.readiness"));
        sqliteExec(
            foreign, "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('a', '1')");
        QTest::newRow("other SQLite database")
            << foreign << int(ProjectError::Kind::ForeignDatabase) << "not a Readiness Workbench project";

        const QString damaged = project(QStringLiteral("damaged.readiness"));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            f.seek(4096);
            f.write(randomBytes(int(size - 4096), 3));
        }
        QTest::newRow("damaged content") << damaged << int(ProjectError::Kind::Damaged) << "damaged";

        QTest::newRow("missing path") << m_dir.filePath(QStringLiteral("nowhere/none.readiness"))
                                      << int(ProjectError::Kind::NotFound) << "There is no file";
        QTest::newRow("folder") << m_dir.path() << int(ProjectError::Kind::NotAFile) << "folder";
    }

    void badFilesAreExplainedAndUntouched()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QByteArray before = TestSupport::fileBytes(path);
        const QStringList besideBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

        ProjectError error;
        QVERIFY(!Project::open(path, ProjectFile::Access::ReadWrite, &error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));

        const TestSupport::CliResult info = TestSupport::runCli({ QStringLiteral("info"), path });
        QCOMPARE(info.exitCode, 2);
        QVERIFY2(info.err.contains(message), qPrintable(info.err));
        QVERIFY(info.out.isEmpty());
        const TestSupport::CliResult set = TestSupport::runCli({ QStringLiteral("set"), path,
            QStringLiteral("SEC-01"), QStringLiteral("--status"), QStringLiteral("met") });
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(message), qPrintable(set.err));

        QCOMPARE(TestSupport::fileBytes(path), before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), besideBefore);
    }

    // Numbers that are not finite never reach the file: infinite points from the command line or the
    // model, and an audit log doctored to end at the integer limit takes no entry that would wrap.
    void numbersAtTheLimitsAreRefused()
    {
        const QString path = project(QStringLiteral("limits.readiness"));
        const QByteArray before = TestSupport::fileBytes(path);
        for (const char* value : { "inf", "-inf", "nan", "1e999" }) {
            const auto r = TestSupport::runCli(
                { QStringLiteral("set"), path, QStringLiteral("SEC-01"), QStringLiteral("--status"),
                    QStringLiteral("partial"), QStringLiteral("--points"), QLatin1String(value) });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("needs a number")), qPrintable(r.err));
        }
        QCOMPARE(TestSupport::fileBytes(path), before);
        {
            ProjectError error;
            auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
            QVERIFY(p);
            Item item = *p->item(QStringLiteral("SEC-01"));
            item.points = std::numeric_limits<double>::infinity();
            QCOMPARE(p->updateItem(item.key, item).kind, ProjectError::Kind::Invalid);
            item.points = 1;
            item.effortHours = std::numeric_limits<double>::quiet_NaN();
            QCOMPARE(p->updateItem(item.key, item).kind, ProjectError::Kind::Invalid);
        }
        sqliteExec(path, "UPDATE audit SET id = 9223372036854775807 WHERE id = (SELECT MAX(id) FROM audit)");
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY(p);
        Item item = *p->item(QStringLiteral("SEC-01"));
        item.note = QStringLiteral("one more");
        const ProjectError e = p->updateItem(item.key, item);
        QVERIFY(e);
        QVERIFY2(e.message.contains(QStringLiteral("no entry can follow")), qPrintable(e.message));
        QVERIFY(p->item(QStringLiteral("SEC-01"))->note != QStringLiteral("one more"));
        const auto reopened = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(reopened);
        QVERIFY(reopened->item(QStringLiteral("SEC-01"))->note != QStringLiteral("one more"));
    }

    // One rule for a passphrase, whatever makes the identity; the file is its owner's alone and its keys
    // are protected with today's work factor.
    void identityFilesAreGuarded()
    {
        const QString shortPass = m_dir.filePath(QStringLiteral("short.txt"));
        TestSupport::writeFile(shortPass, "1234567\n");
        const QString p12 = m_dir.filePath(QStringLiteral("weak.p12"));
        auto r = TestSupport::runCli({ QStringLiteral("identity"), QStringLiteral("new"),
            QStringLiteral("-o"), p12, QStringLiteral("--name"), QStringLiteral("Weak"),
            QStringLiteral("--passphrase-file"), shortPass });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));
        QVERIFY(!QFile::exists(p12));
        const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
        TestSupport::writeFile(pass, "12345678\n");
        r = TestSupport::runCli({ QStringLiteral("identity"), QStringLiteral("new"), QStringLiteral("-o"),
            p12, QStringLiteral("--name"), QStringLiteral("Guarded"), QStringLiteral("--passphrase-file"),
            pass });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QFile::permissions(p12) & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
        QProcess info;
        info.setProcessChannelMode(QProcess::MergedChannels);
        info.start(QStringLiteral("openssl"),
            { QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-info"),
                QStringLiteral("-noout"), QStringLiteral("-passin"), QStringLiteral("file:") + pass });
        QVERIFY(info.waitForFinished(60000));
        const QString said = QString::fromUtf8(info.readAll());
        QVERIFY2(said.contains(QStringLiteral("MAC: sha256, Iteration 600000")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("PBKDF2, AES-256-CBC, Iteration 600000")), qPrintable(said));
    }

    // A writer killed in the middle of a change leaves the file half written and a hot journal beside
    // it. Any open, read-only ones included, rolls the change back and says so; where the file cannot be
    // written, the message says exactly that and how to recover, and nothing is touched.
    void anInterruptedChangeIsRolledBackOrExplained()
    {
        const QString original = project(QStringLiteral("interrupted.readiness"));
        const QString crashed = m_dir.filePath(QStringLiteral("crashed/interrupted.readiness"));
        QVERIFY(QDir().mkpath(QFileInfo(crashed).absolutePath()));
        QString noteBefore;
        {
            ProjectError error;
            noteBefore = Project::open(original, ProjectFile::Access::ReadOnly, &error)
                             ->item(QStringLiteral("SEC-01"))
                             ->note;
        }
        // The state a crash leaves: pages of an unfinished change already in the file (a one-page cache
        // spills them), the journal holding what they overwrote; copied as it is at that moment.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(original.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db,
                "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN; "
                "UPDATE item SET note = hex(randomblob(3000)); UPDATE evidence SET name = 'half written';",
                nullptr, nullptr, nullptr),
            SQLITE_OK);
        QVERIFY(QFileInfo(original + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(original, crashed));
        QVERIFY(QFile::copy(original + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QCOMPARE(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(TestSupport::fileBytes(crashed) != TestSupport::fileBytes(original)); // half written

        // In a read-only folder: explained, and neither the file nor its journal changes.
        const QString folder = QFileInfo(crashed).absolutePath();
        const QByteArray file = TestSupport::fileBytes(crashed);
        const QByteArray journal = TestSupport::fileBytes(crashed + QStringLiteral("-journal"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        ProjectError error;
        QVERIFY(!Project::open(crashed, ProjectFile::Access::ReadOnly, &error));
        QCOMPARE(error.kind, ProjectError::Kind::Interrupted);
        QVERIFY2(error.message.contains(QStringLiteral("was interrupted"))
                && error.message.contains(QStringLiteral("read-only")),
            qPrintable(error.message));
        auto r = TestSupport::runCli({ QStringLiteral("score"), crashed });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("was interrupted")) && !r.err.contains(QStringLiteral("damaged")),
            qPrintable(r.err));
        QCOMPARE(TestSupport::fileBytes(crashed), file);
        QCOMPARE(TestSupport::fileBytes(crashed + QStringLiteral("-journal")), journal);

        // Writable: a read-only command rolls the change back, says so, and answers from the whole file.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        r = TestSupport::runCli({ QStringLiteral("info"), crashed });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("interrupted; it has been rolled back")), qPrintable(r.err));
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        const auto reopened = Project::open(crashed, ProjectFile::Access::ReadOnly, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QVERIFY(!reopened->file().recoveredInterruptedChange());
        QCOMPARE(reopened->item(QStringLiteral("SEC-01"))->note, noteBefore);
        QCOMPARE(
            TestSupport::runCli({ QStringLiteral("log"), crashed, QStringLiteral("--verify") }).exitCode, 0);
    }

    void readOnlyFileIsReadButNotChanged()
    {
        const QString path = project(QStringLiteral("readonly.readiness"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = TestSupport::fileBytes(path);
        const TestSupport::CliResult score = TestSupport::runCli({ QStringLiteral("score"), path });
        QCOMPARE(score.exitCode, 0);
        const TestSupport::CliResult set = TestSupport::runCli({ QStringLiteral("set"), path,
            QStringLiteral("SEC-02"), QStringLiteral("--status"), QStringLiteral("met") });
        QCOMPARE(set.exitCode, 2);
        QVERIFY2(set.err.contains(QStringLiteral("read-only")), qPrintable(set.err));
        QCOMPARE(TestSupport::fileBytes(path), before);
        QVERIFY(!QFile::exists(ProjectFile::lockPath(path)));
    }

    void unreadableFileIsExplained()
    {
        if (geteuid() == 0)
            QSKIP("Permissions do not stop the administrator from reading a file.");
        const QString path = project(QStringLiteral("unreadable.readiness"));
        QFile::setPermissions(path, QFile::WriteOwner);
        ProjectError error;
        QVERIFY(!Project::open(path, ProjectFile::Access::ReadWrite, &error));
        QCOMPARE(error.kind, ProjectError::Kind::Unreadable);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
