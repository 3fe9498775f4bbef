// Evidence inside the project file: streamed in and out in chunks with the same SHA-256, stored once
// however often attached, and nothing left behind by a cancelled or crashed import.

#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace rw;

namespace {

// A file of pseudo-random bytes (not compressible, not all zero) of the given size.
QString makeFile(const QString& path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(block.size(), size - written);
        f.write(block.constData(), n);
        written += n;
    }
    return path;
}

qint64 count(const Project& p, const QString& sql)
{
    QSqlQuery q(p.file().database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void largeFileStreamsInAndOutUnchanged()
    {
        // 96 MiB and a few bytes: many chunks, several batch commits, a short last chunk.
        const QString source
            = makeFile(m_dir.filePath(QStringLiteral("video.bin")), 96 * 1024 * 1024 + 12345, 7);
        const QString expected = TestSupport::sha256Of(source);
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("large.readiness")));
        qint64 lastDone = 0;
        int calls = 0;
        Evidence attached;
        QVERIFY(!p->attachFile(
            { QStringLiteral("DATA-02") }, source, QStringLiteral("Drill recording"),
            [&](qint64 done, qint64 total) {
                lastDone = done;
                ++calls;
                return total == QFileInfo(source).size();
            },
            &attached));
        QCOMPARE(attached.sha256, expected);
        QCOMPARE(attached.size, QFileInfo(source).size());
        QCOMPARE(lastDone, attached.size);
        QVERIFY(calls >= 96);
        QCOMPARE(attached.caption, QStringLiteral("Drill recording"));
        QCOMPARE(attached.itemKeys, QStringList { QStringLiteral("DATA-02") });

        const QString out = m_dir.filePath(QStringLiteral("video.out"));
        QVERIFY(!p->extractEvidence(expected, out));
        QCOMPARE(TestSupport::sha256Of(out), expected);
        QCOMPARE(QFileInfo(out).size(), attached.size);
    }

    void sameContentIsStoredOnce()
    {
        const QString a = makeFile(m_dir.filePath(QStringLiteral("shot.png")), 300000, 11);
        const QString b = m_dir.filePath(QStringLiteral("same-shot-renamed.png"));
        QFile::copy(a, b);
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("dedupe.readiness")));
        QVERIFY(!p->attachFile({ QStringLiteral("SEC-01") }, a, QString()));
        const qint64 sizeAfterFirst = QFileInfo(p->path()).size();
        QVERIFY(!p->attachFile({ QStringLiteral("SEC-02") }, b, QString()));
        QVERIFY(!p->attachFile({ QStringLiteral("SEC-02") }, a, QString()));
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM blob")), 1);
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM evidence")), 1);
        QCOMPARE(p->assessment().evidence.size(), 1);
        QCOMPARE(p->assessment().evidence.at(0).itemKeys,
            (QStringList { QStringLiteral("SEC-01"), QStringLiteral("SEC-02") }));
        QCOMPARE(p->evidenceForItem(QStringLiteral("SEC-02")).size(), 1);
        // The second attach stored no second copy of the bytes.
        QVERIFY(QFileInfo(p->path()).size() < sizeAfterFirst + 100000);
    }

    void cancelledImportLeavesNothing()
    {
        const QString source = makeFile(m_dir.filePath(QStringLiteral("cancel.bin")), 8 * 1024 * 1024, 3);
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("cancel.readiness")));
        const QString head = p->auditHead();
        const ProjectError e = p->attachFile({ QStringLiteral("SEC-01") }, source, QString(),
            [](qint64 done, qint64) { return done < 3 * EvidenceStore::ChunkSize; });
        QVERIFY(e);
        QCOMPARE(e.kind, ProjectError::Kind::Cancelled);
        QVERIFY(e.message.contains(QStringLiteral("cancelled")));
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM blob")), 0);
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM blob_chunk")), 0);
        QCOMPARE(p->assessment().evidence.size(), 0);
        QCOMPARE(p->auditHead(), head);
    }

    void importCutShortIsRemovedOnNextOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("leftover.readiness"));
        {
            auto p = TestSupport::createProject(path);
            QSqlQuery q(p->file().database());
            // What a crash in the middle of an import leaves: an incomplete blob with some chunks.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO blob (id, sha256, size, complete) VALUES (99, NULL, 5000000, 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (99, 0, zeroblob(1000))")));
        }
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY(p);
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM blob")), 0);
        QCOMPARE(count(*p, QStringLiteral("SELECT count(*) FROM blob_chunk")), 0);
    }

    void missingEvidenceFileChangesNothing()
    {
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("missing.readiness")));
        const QByteArray before = TestSupport::fileBytes(p->path());
        const ProjectError e = p->attachFile(
            { QStringLiteral("SEC-01") }, m_dir.filePath(QStringLiteral("nope.png")), QString());
        QCOMPARE(e.kind, ProjectError::Kind::NotFound);
        QVERIFY(e.message.contains(QStringLiteral("nope.png")));
        QCOMPARE(TestSupport::fileBytes(p->path()), before);
    }

    void damagedEvidenceIsDetectedOnExtract()
    {
        const QString source = makeFile(m_dir.filePath(QStringLiteral("log.txt")), 3 * 1024 * 1024, 5);
        auto p = TestSupport::createProject(m_dir.filePath(QStringLiteral("damaged.readiness")));
        Evidence attached;
        QVERIFY(!p->attachFile({ QStringLiteral("SEC-01") }, source, QString(), {}, &attached));
        QSqlQuery q(p->file().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE seq = 1")));
        const QString out = m_dir.filePath(QStringLiteral("log.out"));
        const ProjectError e = p->extractEvidence(attached.sha256, out);
        QCOMPARE(e.kind, ProjectError::Kind::Damaged);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "TestEvidence.moc"
