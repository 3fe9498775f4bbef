// Nothing is lost on a crash: a child process applying a stream of edits is killed with SIGKILL at many
// points; each time the file must pass SQLite's integrity check, hold every edit the child reported
// committed, keep an intact audit chain, and open again (the dead process's lock is not in the way).

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.readiness"));
        QVERIFY(TestSupport::createProject(path));
        QRandomGenerator random(20261123);
        const int rounds = 60;
        qint64 totalCommitted = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(READINESS_EDIT_STREAM), { path });
            QVERIFY(child.waitForStarted());
            // Let the child commit a varying number of edits, then kill it somewhere in the middle of one.
            const int wanted = 1 + int(random.bounded(40));
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            while (output.count('\n') < wanted && timer.elapsed() < 20000) {
                child.waitForReadyRead(50);
                output += child.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(3000));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            output += child.readAllStandardOutput();
            QVERIFY2(output.count('\n') >= 1, child.readAllStandardError().constData());

            // The last note the child reported committed for each item.
            QHash<QString, qint64> reported;
            static const QRegularExpression line(QStringLiteral("^committed (\\d+) (\\S+)$"));
            for (const QByteArray& l : output.split('\n')) {
                const QRegularExpressionMatch m = line.match(QString::fromLatin1(l));
                if (m.hasMatch()) {
                    reported[m.captured(2)] = m.captured(1).toLongLong();
                    ++totalCommitted;
                }
            }

            {
                const QString connection = QStringLiteral("check-%1").arg(round);
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                    db.setDatabaseName(path);
                    QVERIFY(db.open());
                    QSqlQuery q(db);
                    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                }
                QSqlDatabase::removeDatabase(connection);
            }

            rw::ProjectError error;
            auto project = rw::Project::open(path, rw::ProjectFile::Access::ReadWrite, &error);
            QVERIFY2(project, qPrintable(error.message));
            QVERIFY(!project->isReadOnly());
            for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
                const rw::Item* item = project->item(it.key());
                QVERIFY(item);
                const qint64 stored = item->note.section(QLatin1Char(' '), 1).toLongLong();
                // The stored edit is the one reported last, or a later one committed before the report.
                QVERIFY2(stored >= it.value(),
                    qPrintable(QStringLiteral("%1: reported edit %2, file holds %3")
                                   .arg(it.key())
                                   .arg(it.value())
                                   .arg(stored)));
            }
            QVERIFY(project->verifyAudit().intact);
        }
        qInfo("%d kills, %lld committed edits checked", rounds, totalCommitted);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
