// Older project files are migrated forward in one transaction; a failed migration leaves the file
// exactly as it was.

#include "TestSupport.h"

#include "store/AuditLog.h"
#include "store/ProjectState.h"
#include "store/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace rw;

namespace {

// Writes a project as version 1 of the schema wrote it, with one domain and two items.
void writeVersion1(const QString& path, const QStringList& extraSql = {})
{
    const QString connection = QStringLiteral("v1-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList sql = Schema::step(1);
        sql << QStringLiteral("INSERT INTO assessment (id, title, bands, created_at) VALUES (1, 'Legacy', "
                              "'{}', '2025-01-01T00:00:00.000Z')")
            << QStringLiteral("INSERT INTO domain (id, key, title, weight, position) VALUES (1, 'SEC', "
                              "'Security', 100, 0)")
            << QStringLiteral("INSERT INTO item (key, domain_id, position, text, points, status) VALUES "
                              "('SEC-01', 1, 0, 'MFA', 2, 'met')")
            << QStringLiteral("INSERT INTO item (key, domain_id, position, text, points, status) VALUES "
                              "('SEC-02', 1, 1, 'Scans', 2, 'unmet')")
            << extraSql << QStringLiteral("PRAGMA application_id = %1").arg(ProjectFile::ApplicationId)
            << QStringLiteral("PRAGMA user_version = 1");
        for (const QString& s : sql)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text() + QStringLiteral(": ") + s));
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void version1IsMigratedForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.readiness"));
        writeVersion1(path);
        ProjectFile::HeaderInfo info;
        QVERIFY(!ProjectFile::inspect(path, &info));
        QCOMPARE(info.userVersion, 1);

        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        QCOMPARE(p->assessment().info.title, QStringLiteral("Legacy"));
        QCOMPARE(*p->scores().overall().computed, 50.0);
        // Version 2 added the effort estimate; it can be set and read back.
        Item item = *p->item(QStringLiteral("SEC-02"));
        item.effortHours = 6;
        QVERIFY(!p->updateItem(item.key, item));
        p.reset();
        QVERIFY(!ProjectFile::inspect(path, &info));
        QCOMPARE(info.userVersion, ProjectFile::SchemaVersion);
        p = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QCOMPARE(*p->item(QStringLiteral("SEC-02"))->effortHours, 6.0);
    }

    // Version 4 gives every record a UUID once: kept on every later open and in copies of the file; the
    // log written before still verifies, and the upgrade's entry holds the whole state the log can be
    // replayed from.
    void identitiesAreAssignedOnceAndOldLogsStillVerify()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1-log.readiness"));
        // A log row as version 1 wrote it: hashed without an entity UUID.
        AuditEntry legacy;
        legacy.id = 1;
        legacy.at = QDateTime(QDate(2025, 1, 2), QTime(9, 0), Qt::UTC);
        legacy.by = QStringLiteral("alice");
        legacy.action = QStringLiteral("item.status");
        legacy.entity = QStringLiteral("item");
        legacy.entityKey = QStringLiteral("SEC-01");
        legacy.before = QStringLiteral("{\"status\":\"open\"}");
        legacy.after = QStringLiteral("{\"status\":\"met\"}");
        legacy.prevHash = AuditLog::genesisHash();
        legacy.hash = AuditLog::computeHash(legacy);
        writeVersion1(path,
            { QStringLiteral("INSERT INTO finding (title) VALUES ('Scan weekly')"),
                QStringLiteral("INSERT INTO finding_item (finding_id, item_id) VALUES (1, 2)"),
                QStringLiteral("INSERT INTO risk (title, probability, impact) VALUES ('Outage', 2, 3)"),
                QStringLiteral(
                    "INSERT INTO audit (id, at, by, action, entity, entity_key, before, after, prev_hash, "
                    "hash) VALUES (1, '2025-01-02T09:00:00.000Z', 'alice', 'item.status', 'item', "
                    "'SEC-01', '%1', '%2', '%3', '%4')")
                    .arg(legacy.before, legacy.after, legacy.prevHash, legacy.hash) });

        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        const Assessment& a = p->assessment();
        QStringList uuids { a.info.uuid, a.domains.at(0).uuid, a.findings.at(0).uuid, a.risks.at(0).uuid };
        for (const Item& i : a.domains.at(0).items)
            uuids << i.uuid;
        for (const QString& u : uuids)
            QVERIFY2(!QUuid::fromString(u).isNull(), qPrintable(u));
        QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), uuids.size());

        const AuditVerdict verdict = p->verifyAudit();
        QVERIFY2(verdict.intact, qPrintable(verdict.reason));
        QCOMPARE(verdict.rows, 2);
        const QVector<AuditEntry> log = p->auditLog();
        QCOMPARE(log.first().hash, legacy.hash);
        QCOMPARE(log.last().action, QStringLiteral("project.upgrade"));
        QCOMPARE(log.last().entityUuid, a.info.uuid);
        QString replayError;
        const auto replayed = ProjectState::replay(log, &replayError);
        QVERIFY2(replayed, qPrintable(replayError));
        QCOMPARE(*replayed, ProjectState::state(a));

        // Edited after the upgrade, the log still replays to the file; identities never change again.
        QVERIFY(!p->setItemStatus(QStringLiteral("SEC-02"), ItemStatus::Met));
        const QJsonObject edited = ProjectState::state(p->assessment());
        const QString copy = dir.filePath(QStringLiteral("copy.readiness"));
        QVERIFY(!p->file().saveCopy(copy));
        p.reset();
        for (const QString& file : { path, copy }) {
            auto again = Project::open(file, ProjectFile::Access::ReadOnly, &error);
            QVERIFY2(again, qPrintable(error.message));
            QCOMPARE(ProjectState::state(again->assessment()), edited);
            QCOMPARE(*ProjectState::replay(again->auditLog(), &replayError), edited);
            QCOMPARE(again->auditLog().size(), 3); // no second upgrade entry
        }
    }

    void failedMigrationLeavesTheFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.readiness"));
        // A column that version 2 adds already exists: the migration's ALTER TABLE fails.
        writeVersion1(path, { QStringLiteral("ALTER TABLE item ADD COLUMN effort_hours TEXT") });
        const QByteArray before = TestSupport::fileBytes(path);
        ProjectError error;
        QVERIFY(!Project::open(path, ProjectFile::Access::ReadWrite, &error));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(TestSupport::fileBytes(path), before);
        ProjectFile::HeaderInfo info;
        ProjectFile::inspect(path, &info);
        QCOMPARE(info.userVersion, 1);
    }

    void olderFileOpenedReadOnlyIsNotUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.readiness"));
        writeVersion1(path);
        const QByteArray before = TestSupport::fileBytes(path);
        ProjectError error;
        QVERIFY(!Project::open(path, ProjectFile::Access::ReadOnly, &error));
        QCOMPARE(error.kind, ProjectError::Kind::TooOld);
        QCOMPARE(TestSupport::fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
