// Older project files are migrated forward in one transaction; a failed migration leaves the file
// exactly as it was.

#include "TestSupport.h"

#include "store/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
