// The project file: every edit is in the file when the call returns, a second writer is told who holds
// the file, read-only files stay unchanged, and a clean close leaves nothing beside the file.

#include "TestSupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rw;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1.readiness").arg(++m_n)); }

private slots:
    void everyEditIsInTheFileWhenMade()
    {
        const QString path = freshPath();
        {
            auto p = TestSupport::createProject(path);
            QVERIFY(p);
            QVERIFY(!p->setItemStatus(QStringLiteral("SEC-03"), ItemStatus::Partial, 0.25));
            QVERIFY(!p->setItemNote(
                QStringLiteral("SEC-03"), QStringLiteral("Access review overdue\nsince June")));
            QVERIFY(!p->setItemOwner(QStringLiteral("INF-01"), QStringLiteral("Priya")));
            AssessmentInfo info = p->assessment().info;
            info.system = QStringLiteral("Checkout");
            info.decision = Decision::ApprovedWithConditions;
            info.conditions = QStringLiteral("Backups first");
            info.nextReview = QDate(2027, 2, 1);
            QVERIFY(!p->setInfo(info));
            Finding f;
            f.title = QStringLiteral("Fix access review");
            f.priority = Priority::High;
            f.effortHours = 4;
            f.itemKeys = { QStringLiteral("SEC-03") };
            QVERIFY(!p->addFinding(f));
            Risk r;
            r.title = QStringLiteral("Outage");
            r.probability = 2;
            r.impact = 5;
            QVERIFY(!p->addRisk(r));
            Kpi k;
            k.name = QStringLiteral("Availability");
            k.target = 99.9;
            k.actual = 99.95;
            QVERIFY(!p->addKpi(k));
            SignOff s;
            s.name = QStringLiteral("Dana");
            s.decision = Decision::Approved;
            QVERIFY(!p->addSignOff(s));
            QVERIFY(!p->setAdjustment(QStringLiteral("SEC"), 80, QStringLiteral("Compensating control")));
            QVERIFY(!p->takeSnapshot(QStringLiteral("Workshop 1")));
        }
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY2(p, qPrintable(error.message));
        const Item* item = p->item(QStringLiteral("SEC-03"));
        QCOMPARE(item->status, ItemStatus::Partial);
        QCOMPARE(*item->partialPoints, 0.25);
        QCOMPARE(item->note, QStringLiteral("Access review overdue\nsince June"));
        QCOMPARE(item->changedBy, QStringLiteral("tester"));
        QVERIFY(item->changedAt.isValid());
        QCOMPARE(p->item(QStringLiteral("INF-01"))->owner, QStringLiteral("Priya"));
        const Assessment& a = p->assessment();
        QCOMPARE(a.info.system, QStringLiteral("Checkout"));
        QCOMPARE(a.info.decision, Decision::ApprovedWithConditions);
        QCOMPARE(a.info.nextReview, QDate(2027, 2, 1));
        QCOMPARE(a.findings.size(), 1);
        QCOMPARE(a.findings.at(0).itemKeys, QStringList { QStringLiteral("SEC-03") });
        QCOMPARE(*a.findings.at(0).effortHours, 4.0);
        QCOMPARE(a.risks.at(0).severity(), 10);
        QCOMPARE(*a.kpis.at(0).passes(), true);
        QCOMPARE(a.signOffs.at(0).name, QStringLiteral("Dana"));
        QCOMPARE(a.adjustmentFor(QStringLiteral("SEC"))->score, 80.0);
        QCOMPARE(a.snapshots.size(), 1);
        QCOMPARE(a.snapshots.at(0).itemStatuses.value(QStringLiteral("SEC-03")), QStringLiteral("partial"));
        QVERIFY(p->scores().domains().at(1).adjusted.has_value());
    }

    void invalidEditsChangeNothing()
    {
        const QString path = freshPath();
        auto p = TestSupport::createProject(path);
        const QByteArray before = TestSupport::fileBytes(path);
        QCOMPARE(
            p->setItemStatus(QStringLiteral("NOPE-1"), ItemStatus::Met).kind, ProjectError::Kind::Invalid);
        QCOMPARE(p->setItemStatus(QStringLiteral("SEC-03"), ItemStatus::Partial, 5).kind,
            ProjectError::Kind::Invalid);
        QCOMPARE(p->setAdjustment(QString(), 101, QStringLiteral("x")).kind, ProjectError::Kind::Invalid);
        QCOMPARE(p->setAdjustment(QString(), 90, QStringLiteral("  ")).kind, ProjectError::Kind::Invalid);
        QCOMPARE(p->setAdjustment(QStringLiteral("NOPE"), 90, QStringLiteral("x")).kind,
            ProjectError::Kind::Invalid);
        Risk r;
        r.title = QStringLiteral("x");
        r.probability = 6;
        QCOMPARE(p->addRisk(r).kind, ProjectError::Kind::Invalid);
        QCOMPARE(TestSupport::fileBytes(path), before);
        QCOMPARE(p->item(QStringLiteral("SEC-03"))->status, ItemStatus::Open);
    }

    void createRefusesToOverwrite()
    {
        const QString path = freshPath();
        TestSupport::writeFile(path, "precious");
        ProjectError error;
        const std::optional<Template> t = Template::builtin(QStringLiteral("release-validation"));
        QVERIFY(!Project::create(path, *t, QString(), QString(), &error));
        QCOMPARE(error.kind, ProjectError::Kind::Exists);
        QCOMPARE(TestSupport::fileBytes(path), QByteArray("precious"));
    }

    void secondWriterIsToldWhoHoldsTheFile()
    {
        const QString path = freshPath();
        QVERIFY(TestSupport::createProject(path));
        QProcess holder;
        holder.start(QStringLiteral(READINESS_EDIT_STREAM), { path, QStringLiteral("--hold") });
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));

        ProjectError error;
        QVERIFY(!Project::open(path, ProjectFile::Access::ReadWrite, &error));
        QCOMPARE(error.kind, ProjectError::Kind::Locked);
        QVERIFY2(error.message.contains(QStringLiteral("process %1").arg(holder.processId())),
            qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("edit_stream")), qPrintable(error.message));

        // Reading is still possible while the other process holds the file.
        auto reader = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->setItemNote(QStringLiteral("SEC-01"), QStringLiteral("x")).kind,
            ProjectError::Kind::ReadOnly);
        reader.reset();

        holder.kill();
        holder.waitForFinished();
        // The holder died without unlocking: its lock is stale and the file opens for writing again.
        auto writer = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(writer, qPrintable(error.message));
        QVERIFY(!writer->isReadOnly());
    }

    // A writer killed between creating its lock and writing who holds it leaves an empty lock; it is no
    // holder, and the file opens for writing. A lock that says who holds it is left alone.
    void emptyLockLeftByACrashIsNoHolder()
    {
        const QString path = freshPath();
        QVERIFY(TestSupport::createProject(path));
        QFile empty(ProjectFile::lockPath(path));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        QVERIFY(!p->isReadOnly());
        QVERIFY(!p->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Met));
        // While it is open, a second writer is refused: its lock is not empty.
        auto second = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY(!second);
        QCOMPARE(error.kind, ProjectError::Kind::Locked);
    }

    void readOnlyFileOpensReadOnlyAndStaysUnchanged()
    {
        const QString path = freshPath();
        QVERIFY(TestSupport::createProject(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = TestSupport::fileBytes(path);
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        QVERIFY(p->isReadOnly());
        QVERIFY(p->file().readOnlyReason().contains(QStringLiteral("read-only")));
        const ProjectError e = p->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Met);
        QCOMPARE(e.kind, ProjectError::Kind::ReadOnly);
        QVERIFY(e.message.contains(QStringLiteral("read-only")));
        QCOMPARE(p->item(QStringLiteral("SEC-01"))->status, ItemStatus::Open);
        p.reset();
        QCOMPARE(TestSupport::fileBytes(path), before);
        QVERIFY(!QFile::exists(ProjectFile::lockPath(path)));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void cleanCloseLeavesOnlyTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alone.readiness"));
        {
            auto p = TestSupport::createProject(path);
            QVERIFY(QFile::exists(ProjectFile::lockPath(path)));
            QVERIFY(!p->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Met));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("alone.readiness") });
    }

    void saveCopyIsAConsistentSingleFile()
    {
        const QString path = freshPath();
        auto p = TestSupport::createProject(path);
        QVERIFY(!p->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Met));
        const QString copy = freshPath();
        QVERIFY(!p->file().saveCopy(copy));
        QCOMPARE(p->file().saveCopy(copy).kind, ProjectError::Kind::Exists);
        ProjectError error;
        auto c = Project::open(copy, ProjectFile::Access::ReadOnly, &error);
        QVERIFY2(c, qPrintable(error.message));
        QCOMPARE(c->item(QStringLiteral("SEC-01"))->status, ItemStatus::Met);
        QCOMPARE(c->auditHead(), p->auditHead());
    }

    void fileIsMarkedAsOurs()
    {
        const QString path = freshPath();
        QVERIFY(TestSupport::createProject(path));
        ProjectFile::HeaderInfo info;
        QVERIFY(!ProjectFile::inspect(path, &info));
        QCOMPARE(info.applicationId, ProjectFile::ApplicationId);
        QCOMPARE(info.userVersion, ProjectFile::SchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
