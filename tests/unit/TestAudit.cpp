// The audit log: every change is a row chained to the one before by SHA-256, and a row edited, removed
// or inserted with the sqlite3 library is detected, by the model and by `readiness-cli log --verify`.

#include "TestSupport.h"

#include "signing/DeviceIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

using namespace rw;

namespace {

void sqliteExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString error = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

QString makeProject(const QString& path)
{
    auto p = TestSupport::createProject(path);
    p->setUser(QStringLiteral("alice"));
    p->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Met);
    p->setItemStatus(QStringLiteral("SEC-02"), ItemStatus::Unmet);
    p->setItemNote(QStringLiteral("SEC-02"), QStringLiteral("No MFA on the admin console"));
    return path;
}

} // namespace

// Changes row `from`'s author and recomputes its hash and every later row's link and hash, as a forger
// with the algorithm but without the device key would.
void rewriteAndRecompute(const QString& path, qint64 from)
{
    QVector<AuditEntry> log;
    {
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(p);
        log = p->auditLog();
    }
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QString prev = log.at(int(from) - 2).hash;
    for (int i = int(from) - 1; i < log.size(); ++i) {
        AuditEntry e = log.at(i);
        if (e.id == from)
            e.by = QStringLiteral("mallory");
        e.prevHash = prev;
        e.hash = AuditLog::computeHash(e);
        prev = e.hash;
        const QByteArray sql
            = QStringLiteral("UPDATE audit SET by = '%1', prev_hash = '%2', hash = '%3' WHERE id = %4")
                  .arg(e.by, e.prevHash, e.hash)
                  .arg(e.id)
                  .toUtf8();
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const QByteArray checkpoint
        = QStringLiteral("UPDATE audit_checkpoint SET head = '%1'").arg(prev).toUtf8();
    QCOMPARE(sqlite3_exec(db, checkpoint.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void everyChangeIsLoggedWithBeforeAndAfter()
    {
        const QString path = makeProject(m_dir.filePath(QStringLiteral("log.readiness")));
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        const QVector<AuditEntry> log = p->auditLog();
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.at(0).action, QStringLiteral("project.create"));
        QCOMPARE(log.at(2).by, QStringLiteral("alice"));
        QCOMPARE(log.at(2).entityKey, QStringLiteral("SEC-02"));
        QCOMPARE(QJsonDocument::fromJson(log.at(2).before.toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("open"));
        QCOMPARE(QJsonDocument::fromJson(log.at(2).after.toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("unmet"));
        for (int i = 1; i < log.size(); ++i)
            QCOMPARE(log.at(i).prevHash, log.at(i - 1).hash);
        const AuditVerdict v = p->verifyAudit();
        QVERIFY(v.intact);
        QCOMPARE(v.rows, 4);
        QCOMPARE(v.headHash, log.last().hash);
        QCOMPARE(p->auditHead(), log.last().hash);
    }

    // Entries are signed by this computer's device key; a file of the version before (no signatures) is
    // read as it is, read-only, and signs what is written after its upgrade.
    void entriesAreSignedByTheDeviceAndOldFilesStillRead()
    {
        const QString path = makeProject(m_dir.filePath(QStringLiteral("device.readiness")));
        ProjectError error;
        QVector<AuditEntry> log;
        {
            auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
            QVERIFY(p);
            const DeviceIdentity* device = DeviceIdentity::current();
            QVERIFY(device);
            log = p->auditLog();
            for (int i = 0; i < log.size(); ++i) {
                const AuditEntry& e = log.at(i);
                QCOMPARE(e.device, device->publicKey());
                QVERIFY(DeviceIdentity::verify(e.device, e.hash.toLatin1(), e.signature));
                // A graph of one writer: each entry follows the one before, its clock after its parent's.
                QCOMPARE(e.parents, i == 0 ? QStringList() : QStringList { log.at(i - 1).hash });
                if (i > 0)
                    QVERIFY(e.hlc > log.at(i - 1).hlc);
            }
        }
        // As version 4 wrote it: entries chained by row id and previous hash, unsigned, no checkpoint,
        // sign-offs unbound.
        QString prev = AuditLog::genesisHash();
        QByteArray rechain;
        for (AuditEntry e : std::as_const(log)) {
            e.hlc.clear();
            e.parents.clear();
            e.device.clear();
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            prev = e.hash;
            rechain += QStringLiteral("UPDATE audit SET prev_hash = '%1', hash = '%2' WHERE id = %3; ")
                           .arg(e.prevHash, e.hash)
                           .arg(e.id)
                           .toUtf8();
        }
        sqliteExec(path, rechain.constData());
        sqliteExec(path,
            "ALTER TABLE audit DROP COLUMN device; ALTER TABLE audit DROP COLUMN signature; "
            "DROP TABLE audit_checkpoint; ALTER TABLE signoff DROP COLUMN audit_rows; "
            "ALTER TABLE signoff DROP COLUMN audit_head; DROP INDEX audit_hash; ALTER TABLE audit DROP "
            "COLUMN hlc; "
            "ALTER TABLE audit DROP COLUMN parents; ALTER TABLE item DROP COLUMN question; ALTER TABLE item "
            "DROP COLUMN answer; ALTER TABLE assessment DROP COLUMN implementation_groups; PRAGMA "
            "user_version "
            "= 4");
        // ... nor the columns and table of version 9.
        QByteArray version9 = "DROP TABLE comment; ALTER TABLE assessment DROP COLUMN finding_grades; "
                              "ALTER TABLE assessment DROP COLUMN period_from; "
                              "ALTER TABLE assessment DROP COLUMN period_to; ";
        for (const char* column : { "collected_from", "collected_to", "valid_until", "review",
                 "review_reason", "reviewed_by", "revisions" })
            version9 += QByteArray("ALTER TABLE evidence DROP COLUMN ") + column + "; ";
        for (const char* column : { "work_state", "flag", "previous" })
            version9 += QByteArray("ALTER TABLE item DROP COLUMN ") + column + "; ";
        for (const char* column : { "reviewed_by", "reviewed_at" })
            version9 += QByteArray("ALTER TABLE domain DROP COLUMN ") + column + "; ";
        for (const char* column : { "criteria", "cause", "effect", "recommendation", "response",
                 "response_owner", "response_date", "grade" })
            version9 += QByteArray("ALTER TABLE finding DROP COLUMN ") + column + "; ";
        sqliteExec(path, version9.constData());
        {
            auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
            QVERIFY2(p, qPrintable(error.message));
            QVERIFY(p->verifyAudit().intact);
            QVERIFY(p->auditLog().constLast().device.isEmpty());
        }
        QCOMPARE(ProjectFile::inspect(path).kind, ProjectError::Kind::None);
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        p->setItemNote(QStringLiteral("SEC-01"), QStringLiteral("after the upgrade"));
        QVERIFY2(p->verifyAudit().intact, qPrintable(p->verifyAudit().reason));
        QVERIFY(!p->auditLog().constLast().signature.isEmpty());
        // The first entry of the graph follows the old chain's head.
        const QVector<AuditEntry> upgraded = p->auditLog();
        QVERIFY(upgraded.constLast().inGraph());
        QCOMPARE(upgraded.constLast().parents, QStringList { upgraded.at(upgraded.size() - 2).hash });
        ProjectFile::HeaderInfo info;
        ProjectFile::inspect(path, &info);
        QCOMPARE(info.userVersion, ProjectFile::SchemaVersion);
    }

    // A decision approves the state the log had when it was given; the log must keep holding that entry.
    void signOffBindsTheStateItApproved()
    {
        const QString path = makeProject(m_dir.filePath(QStringLiteral("signoff.readiness")));
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY(p);
        const qint64 rows = p->auditRows();
        const QString head = p->auditHead();
        QVERIFY(rows > 3);
        SignOff s;
        s.name = QStringLiteral("Dana Reyes");
        s.decision = Decision::ApprovedWithConditions;
        s.conditions = QStringLiteral("MFA on the admin console");
        qint64 id = 0;
        QVERIFY(!p->saveSignOff(s, &id));
        QCOMPARE(p->signOff(id)->auditRows, rows);
        QCOMPARE(p->signOff(id)->auditHead, head);
        // The sign-off's own entry carries the state it approved, so the chain protects it.
        QVERIFY(p->auditLog().constLast().after.contains(head));

        // A corrected role keeps the approval; a changed decision approves the state of now.
        s = *p->signOff(id);
        s.role = QStringLiteral("CISO");
        QVERIFY(!p->saveSignOff(s));
        QCOMPARE(p->signOff(id)->auditHead, head);
        p->setItemStatus(QStringLiteral("SEC-02"), ItemStatus::Met);
        const QString later = p->auditHead();
        s = *p->signOff(id);
        s.decision = Decision::Approved;
        s.conditions.clear();
        QVERIFY(!p->saveSignOff(s));
        QCOMPARE(p->signOff(id)->auditHead, later);
        QCOMPARE(p->signOff(id)->auditRows, rows + 3);
        QVERIFY2(p->verifyAudit().intact, qPrintable(p->verifyAudit().reason));
        p.reset();

        // Reopened, the binding is read back, and reports state it.
        p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(p);
        QCOMPARE(p->assessment().signOffs.constFirst().auditHead, later);
        p.reset();
        const QString md = m_dir.filePath(QStringLiteral("signoff.md"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("report"), path, QStringLiteral("--format"),
                                         QStringLiteral("md"), QStringLiteral("-o"), md })
                     .exitCode,
            0);
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(
            QString::fromUtf8(report.readAll())
                .contains(
                    QStringLiteral("Dana Reyes at entry %1 (head %2)").arg(rows + 3).arg(later.left(12))));

        // A sign-off pointed at a state the log never had is found.
        sqliteExec(path, "UPDATE signoff SET audit_head = 'ffff' || substr(audit_head, 5)");
        p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(p);
        const AuditVerdict v = p->verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY2(v.reason.contains(QStringLiteral("the sign-off by Dana Reyes approved the log at entry")),
            qPrintable(v.reason));
    }

    void tampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("reason");
        QTest::newRow("edited value")
            << QByteArray(R"(UPDATE audit SET after = '{"status":"met"}' WHERE id = 3)")
            << "row 3 was changed";
        QTest::newRow("edited author")
            << QByteArray("UPDATE audit SET by = 'mallory' WHERE id = 2") << "row 2 was changed";
        QTest::newRow("entry pointed at another record") << QByteArray(
            "UPDATE audit SET entity_uuid = '00000000-0000-4000-8000-000000000000' WHERE id = 2")
                                                         << "row 2 was changed";
        QTest::newRow("removed row") << QByteArray("DELETE FROM audit WHERE id = 2") << "rows are missing";
        QTest::newRow("relinked row")
            << QByteArray("UPDATE audit SET prev_hash = (SELECT hash FROM audit WHERE id = 1) WHERE id = 3")
            << "row 3 does not follow";
        QTest::newRow("last rows removed")
            << QByteArray("DELETE FROM audit WHERE id > (SELECT MAX(id) - 2 FROM audit)")
            << "rows were removed from its end";
        QTest::newRow("whole log removed") << QByteArray("DELETE FROM audit") << "the log is empty";
        QTest::newRow("last rows and checkpoint removed")
            << QByteArray("DELETE FROM audit WHERE id > 2; DELETE FROM audit_checkpoint")
            << "checkpoint is missing";
        QTest::newRow("signature removed") << QByteArray(
            "UPDATE audit SET device = '', signature = '' WHERE id = (SELECT MAX(id) FROM audit)")
                                           << "is not signed";
        QTest::newRow("clock set back")
            << QByteArray("UPDATE audit SET hlc = '0000000000001.00000' WHERE id = 3")
            << "row 3's clock is not after";
        QTest::newRow("parents rewritten") << QByteArray("UPDATE audit SET parents = (SELECT hash FROM audit "
                                                         "WHERE id = 1), prev_hash = (SELECT hash FROM audit "
                                                         "WHERE id = 1) WHERE id = 3")
                                           << "row 3 was changed";
        QTest::newRow("entry repeated") << QByteArray(
            "INSERT INTO audit (id, at, by, action, entity, entity_key, before, after, prev_hash, hash, "
            "entity_uuid, "
            "device, signature, hlc, parents) SELECT (SELECT max(id) + 1 FROM audit), at, by, action, "
            "entity, "
            "entity_key, before, after, prev_hash, hash, entity_uuid, device, signature, hlc, parents FROM "
            "audit "
            "WHERE id = 2") << "repeats an entry";
        // Somebody without the device key edits a row and recomputes every hash after it.
        QTest::newRow("row rewritten, chain recomputed") << QByteArray("RECOMPUTE") << "was rewritten";
    }

    void tampering()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, reason);
        const QString path
            = makeProject(m_dir.filePath(QStringLiteral("t-%1.readiness")
                                             .arg(QString::fromLatin1(QTest::currentDataTag())
                                                      .replace(QLatin1Char(' '), QLatin1Char('-')))));
        QCOMPARE(
            TestSupport::runCli({ QStringLiteral("log"), path, QStringLiteral("--verify") }).exitCode, 0);
        if (sql == "RECOMPUTE")
            rewriteAndRecompute(path, 2);
        else
            sqliteExec(path, sql.constData());

        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(p);
        const AuditVerdict v = p->verifyAudit();
        QVERIFY(!v.intact);
        QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));

        const TestSupport::CliResult r
            = TestSupport::runCli({ QStringLiteral("log"), path, QStringLiteral("--verify") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("NOT intact")), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"
