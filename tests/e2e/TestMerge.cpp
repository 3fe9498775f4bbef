// Copies of one project edited on different computers (each with its own device key), previewed for a
// merge with the built readiness-cli: the merged state is the same in both directions, concurrent writes
// of one field are conflicts with one winner everywhere, nothing is changed by a preview, and copies
// that cannot be merged (another assessment, a forged log) are refused with exit 2.

#include "TestSupport.h"

#include "report/MarkdownWriter.h"
#include "report/Report.h"
#include "signing/DeviceIdentity.h"
#include "store/Merge.h"
#include "store/Pack.h"
#include "store/Project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <sqlite3.h>

using TestSupport::runCli;

class TestMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // readiness-cli on one laptop: its own configuration, so its own device key.
    TestSupport::CliResult on(const QString& laptop, const QStringList& args)
    {
        const QString config = path(QStringLiteral("laptop-") + laptop);
        QDir().mkpath(config);
        return runCli(args, QString(), { QStringLiteral("XDG_CONFIG_HOME=") + config });
    }

    QJsonObject preview(const QString& into, const QString& from, int* exitCode)
    {
        const auto r = runCli(
            { QStringLiteral("merge"), into, from, QStringLiteral("--dry-run"), QStringLiteral("--json") });
        *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(runCli({ QStringLiteral("new"), path(QStringLiteral("base.readiness")),
                            QStringLiteral("--template"), QStringLiteral("release-validation") })
                     .exitCode,
            0);
        for (const QString& copy : { QStringLiteral("a"), QStringLiteral("b") })
            QVERIFY(QFile::copy(
                path(QStringLiteral("base.readiness")), path(copy + QStringLiteral(".readiness"))));
        const QString a = path(QStringLiteral("a.readiness"));
        const QString b = path(QStringLiteral("b.readiness"));
        const QString set = QStringLiteral("set");
        QCOMPARE(on(QStringLiteral("a"),
                     { set, a, QStringLiteral("INFR-01"), QStringLiteral("--status"), QStringLiteral("met"),
                         QStringLiteral("--by"), QStringLiteral("alice") })
                     .exitCode,
            0);
        QCOMPARE(on(QStringLiteral("a"),
                     { set, a, QStringLiteral("INFR-02"), QStringLiteral("--status"), QStringLiteral("met"),
                         QStringLiteral("--by"), QStringLiteral("alice") })
                     .exitCode,
            0);
        QCOMPARE(on(QStringLiteral("b"),
                     { set, b, QStringLiteral("INFR-01"), QStringLiteral("--status"),
                         QStringLiteral("partial"), QStringLiteral("--by"), QStringLiteral("bob") })
                     .exitCode,
            0);
        QCOMPARE(on(QStringLiteral("b"),
                     { set, b, QStringLiteral("SECU-01"), QStringLiteral("--note"),
                         QStringLiteral("Pen test booked"), QStringLiteral("--by"), QStringLiteral("bob") })
                     .exitCode,
            0);
    }

    // A into B and B into A arrive at the same project: the same scores, one conflict (the status both
    // set without seeing the other's) with the same value kept; a preview changes no byte of either file.
    void bothDirectionsAgree()
    {
        const QString a = path(QStringLiteral("a.readiness"));
        const QString b = path(QStringLiteral("b.readiness"));
        const QByteArray aBytes = TestSupport::fileBytes(a);
        const QByteArray bBytes = TestSupport::fileBytes(b);
        int ab = -1;
        int ba = -1;
        const QJsonObject intoA = preview(a, b, &ab);
        const QJsonObject intoB = preview(b, a, &ba);
        QCOMPARE(ab, 1); // merged with an open conflict
        QCOMPARE(ba, 1);
        QCOMPARE(intoA.value(QStringLiteral("incoming")).toInt(), 2);
        QCOMPARE(intoA.value(QStringLiteral("outgoing")).toInt(), 2);
        QCOMPARE(intoA.value(QStringLiteral("by_person")).toObject().value(QStringLiteral("bob")).toInt(), 2);
        QCOMPARE(
            intoB.value(QStringLiteral("by_person")).toObject().value(QStringLiteral("alice")).toInt(), 2);
        QCOMPARE(intoA.value(QStringLiteral("overall_to")), intoB.value(QStringLiteral("overall_to")));
        const auto after = [](const QJsonObject& preview) {
            QStringList out;
            for (const QJsonValue& d : preview.value(QStringLiteral("domains")).toArray())
                out << d[QStringLiteral("key")].toString() + QLatin1Char('=')
                        + d[QStringLiteral("to")].toVariant().toString();
            return out;
        };
        QCOMPARE(after(intoA), after(intoB));
        QVERIFY(intoA.value(QStringLiteral("overall_to")).toInt() > 0);

        const QJsonArray ca = intoA.value(QStringLiteral("conflicts")).toArray();
        const QJsonArray cb = intoB.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(ca.size(), 1);
        QCOMPARE(cb.size(), 1);
        const QJsonObject x = ca.at(0).toObject();
        const QJsonObject y = cb.at(0).toObject();
        QCOMPARE(x.value(QStringLiteral("key")).toString(), QStringLiteral("INFR-01"));
        QCOMPARE(x.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(x.value(QStringLiteral("mine")).toString(), QStringLiteral("met"));
        QCOMPARE(x.value(QStringLiteral("theirs")).toString(), QStringLiteral("partial"));
        const QString keptInA = x.value(x.value(QStringLiteral("winner")).toString()).toString();
        const QString keptInB = y.value(y.value(QStringLiteral("winner")).toString()).toString();
        QCOMPARE(keptInA, keptInB);

        QCOMPARE(TestSupport::fileBytes(a), aBytes);
        QCOMPARE(TestSupport::fileBytes(b), bBytes);

        // A copy merged with itself brings nothing.
        int self = -1;
        QCOMPARE(preview(a, a, &self).value(QStringLiteral("incoming")).toInt(), 0);
        QCOMPARE(self, 0);
    }

    // Copies that cannot be merged are refused, and nothing is changed.
    void badCopiesAreRefused()
    {
        const QString a = path(QStringLiteral("a.readiness"));
        const QByteArray aBytes = TestSupport::fileBytes(a);
        const QString other = path(QStringLiteral("other.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), other, QStringLiteral("--template"),
                            QStringLiteral("release-validation") })
                     .exitCode,
            0);
        auto r = runCli({ QStringLiteral("merge"), a, other, QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("different assessments")), qPrintable(r.err));

        // An entry of the other copy changed after it was written.
        const QString forged = path(QStringLiteral("forged.readiness"));
        QVERIFY(QFile::copy(path(QStringLiteral("b.readiness")), forged));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(forged.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, R"(UPDATE audit SET after = '{"status":"met"}' WHERE id = 2)", nullptr,
                     nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        r = runCli({ QStringLiteral("merge"), a, forged, QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("its audit log is not intact")), qPrintable(r.err));

        r = runCli({ QStringLiteral("merge"), a, path(QStringLiteral("missing.readiness")),
            QStringLiteral("--dry-run") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(TestSupport::fileBytes(a), aBytes);
    }

    // Three laptops work offline on copies of one project, mail each other packs and merge them: every
    // copy ends with the same scores, the log verifies, a pack merged twice changes nothing, and bad
    // packs (a forged entry, a truncated file, another assessment, a newer format) are refused with
    // exit 2 and the target unchanged.
    void threeLaptopsExchangePacks()
    {
        const QString base = path(QStringLiteral("team-base.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), base, QStringLiteral("--template"),
                            QStringLiteral("release-validation") })
                     .exitCode,
            0);
        const QStringList laptops { QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cem") };
        for (const QString& l : laptops)
            QVERIFY(QFile::copy(base, path(l + QStringLiteral(".readiness"))));
        const auto file = [this](const QString& l) { return path(l + QStringLiteral(".readiness")); };
        const QString set = QStringLiteral("set");
        QCOMPARE(
            on(QStringLiteral("ann"),
                { set, file(QStringLiteral("ann")), QStringLiteral("INFR-01"), QStringLiteral("--status"),
                    QStringLiteral("met"), QStringLiteral("--by"), QStringLiteral("Ann") })
                .exitCode,
            0);
        QCOMPARE(
            on(QStringLiteral("ben"),
                { set, file(QStringLiteral("ben")), QStringLiteral("SECU-01"), QStringLiteral("--status"),
                    QStringLiteral("unmet"), QStringLiteral("--by"), QStringLiteral("Ben") })
                .exitCode,
            0);
        const QString evidence = path(QStringLiteral("scan.txt"));
        TestSupport::writeFile(evidence, QByteArray(20000, 'x'));
        QCOMPARE(on(QStringLiteral("cem"),
                     { QStringLiteral("attach"), file(QStringLiteral("cem")), QStringLiteral("SECU-02"),
                         evidence, QStringLiteral("--by"), QStringLiteral("Cem") })
                     .exitCode,
            0);
        QCOMPARE(on(QStringLiteral("cem"),
                     { set, file(QStringLiteral("cem")), QStringLiteral("INFR-01"), QStringLiteral("--note"),
                         QStringLiteral("Racks labelled"), QStringLiteral("--by"), QStringLiteral("Cem") })
                     .exitCode,
            0);

        // Ben and Cem mail packs to Ann: only what Ann's copy lacks.
        const QString fromBen = path(QStringLiteral("ben.rwpack"));
        const QString fromCem = path(QStringLiteral("cem.rwpack"));
        auto r = on(QStringLiteral("ben"),
            { QStringLiteral("pack"), file(QStringLiteral("ben")), QStringLiteral("--for"), base,
                QStringLiteral("-o"), fromBen });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = on(QStringLiteral("cem"),
            { QStringLiteral("pack"), file(QStringLiteral("cem")), QStringLiteral("--for"), base,
                QStringLiteral("-o"), fromCem });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(fromCem).size() > 20000); // the evidence travels with it
        QVERIFY(QFileInfo(fromBen).size() < QFileInfo(base).size());

        // Bad packs first: each is refused and Ann's copy stays as it is.
        const QByteArray annBytes = TestSupport::fileBytes(file(QStringLiteral("ann")));
        const auto refused = [&](const QString& pack, const QString& why) {
            const auto result
                = on(QStringLiteral("ann"), { QStringLiteral("merge"), file(QStringLiteral("ann")), pack });
            QVERIFY2(result.exitCode == 2, qPrintable(why + QStringLiteral(": ") + result.out + result.err));
            QVERIFY2(!result.err.isEmpty(), qPrintable(why));
            QCOMPARE(TestSupport::fileBytes(file(QStringLiteral("ann"))), annBytes);
        };
        const QString forged = path(QStringLiteral("forged.rwpack"));
        QVERIFY(QFile::copy(fromBen, forged));
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(forged.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(
                sqlite3_exec(db, R"(UPDATE audit SET after = '{"status":"met"}')", nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close(db);
        }
        refused(forged, QStringLiteral("forged entry"));
        const QString truncated = path(QStringLiteral("truncated.rwpack"));
        TestSupport::writeFile(
            truncated, TestSupport::fileBytes(fromCem).left(int(QFileInfo(fromCem).size() / 2)));
        refused(truncated, QStringLiteral("truncated pack"));
        const QString newer = path(QStringLiteral("newer.rwpack"));
        QVERIFY(QFile::copy(fromBen, newer));
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(newer.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        refused(newer, QStringLiteral("newer format"));
        const QString stranger = path(QStringLiteral("stranger.readiness"));
        QCOMPARE(runCli({ QStringLiteral("new"), stranger, QStringLiteral("--template"),
                            QStringLiteral("release-validation") })
                     .exitCode,
            0);
        QCOMPARE(on(QStringLiteral("ben"),
                     { set, stranger, QStringLiteral("INFR-01"), QStringLiteral("--status"),
                         QStringLiteral("met") })
                     .exitCode,
            0);
        const QString strangerPack = path(QStringLiteral("stranger.rwpack"));
        QCOMPARE(on(QStringLiteral("ben"),
                     { QStringLiteral("pack"), stranger, QStringLiteral("--since"),
                         QString::fromLatin1(QByteArray(12, '0')), QStringLiteral("-o"), strangerPack })
                     .exitCode,
            2); // no such head
        QCOMPARE(on(QStringLiteral("ben"),
                     { QStringLiteral("pack"), stranger, QStringLiteral("--for"), base, QStringLiteral("-o"),
                         strangerPack })
                     .exitCode,
            2); // another assessment
        refused(stranger, QStringLiteral("another assessment"));

        // The good packs merge; the same pack again brings nothing.
        r = on(QStringLiteral("ann"),
            { QStringLiteral("merge"), file(QStringLiteral("ann")), fromBen, fromCem });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Evidence files copied: 1")), qPrintable(r.out));
        const QByteArray merged = TestSupport::fileBytes(file(QStringLiteral("ann")));
        r = on(QStringLiteral("ann"),
            { QStringLiteral("merge"), file(QStringLiteral("ann")), fromBen, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).array().at(0)[QStringLiteral("incoming")].toInt(), 0);
        QCOMPARE(TestSupport::fileBytes(file(QStringLiteral("ann"))), merged);

        // Ann mails one pack back to each (since the head they started from); all three agree.
        for (const QString& l : { QStringLiteral("ben"), QStringLiteral("cem") }) {
            const QString back = path(QStringLiteral("ann-for-") + l + QStringLiteral(".rwpack"));
            r = on(QStringLiteral("ann"),
                { QStringLiteral("pack"), file(QStringLiteral("ann")), QStringLiteral("--for"), file(l),
                    QStringLiteral("-o"), back });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = on(l, { QStringLiteral("merge"), file(l), back });
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        QString scores;
        for (const QString& l : laptops) {
            r = runCli({ QStringLiteral("log"), file(l), QStringLiteral("--verify") });
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            const auto score = runCli({ QStringLiteral("score"), file(l) });
            QCOMPARE(score.exitCode, 0);
            if (scores.isEmpty())
                scores = score.out;
            QCOMPARE(score.out, scores);
            r = runCli({ QStringLiteral("extract"), file(l), TestSupport::sha256Of(evidence),
                QStringLiteral("-o"), path(l + QStringLiteral("-scan.txt")) });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(TestSupport::fileBytes(path(l + QStringLiteral("-scan.txt"))),
                TestSupport::fileBytes(evidence));
        }
        QVERIFY(scores.contains(QStringLiteral("INFR-01")) || !scores.isEmpty());
    }

    // A sign-off given in one copy approved a state without the other copy's changes: once they are merged
    // in, the report marks the decision stale; a conflict decided in the workbench's way (an entry whose
    // parents are both writes) is closed in every copy.
    void mergedChangesMakeASignOffStale()
    {
        const QString base = path(QStringLiteral("signed-base.readiness"));
        QVERIFY(TestSupport::createProject(base, QStringLiteral("release-validation")));
        const QString one = path(QStringLiteral("signed-1.readiness"));
        const QString two = path(QStringLiteral("signed-2.readiness"));
        QVERIFY(QFile::copy(base, one));
        QVERIFY(QFile::copy(base, two));
        rw::ProjectError error;
        {
            auto p = rw::Project::open(one, rw::ProjectFile::Access::ReadWrite, &error);
            QVERIFY(p);
            QVERIFY(!p->setItemStatus(QStringLiteral("INFR-01"), rw::ItemStatus::Met));
            rw::SignOff s;
            s.name = QStringLiteral("Dana Reyes");
            s.decision = rw::Decision::Approved;
            s.signedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(!p->addSignOff(s));
            QCOMPARE(p->signOffChanges().value(p->assessment().signOffs.constFirst().uuid), 0);
        }
        {
            auto p = rw::Project::open(two, rw::ProjectFile::Access::ReadWrite, &error);
            QVERIFY(p);
            QVERIFY(!p->setItemStatus(QStringLiteral("INFR-01"), rw::ItemStatus::Unmet));
            QVERIFY(!p->setItemNote(QStringLiteral("SECU-01"), QStringLiteral("Firewall rules unreviewed")));
        }
        auto into = rw::Project::open(one, rw::ProjectFile::Access::ReadWrite, &error);
        auto from = rw::Merge::openSource(two, &error);
        QVERIFY(into && from);
        rw::MergePreview merged;
        QVERIFY(!rw::Merge::apply(*into, *from, &merged));
        QCOMPARE(merged.incoming.size(), 2);
        QCOMPARE(into->signOffChanges().value(into->assessment().signOffs.constFirst().uuid), 2);
        const QString markdown = QString::fromUtf8(rw::MarkdownWriter::write(rw::Report::build(*into)));
        QVERIFY2(markdown.contains(QStringLiteral("(stale: 2 change")), qPrintable(markdown.right(1500)));
        // Both heads are what the report describes.
        QVERIFY(into->auditHead().contains(QLatin1Char(' ')));
        QVERIFY(markdown.contains(into->auditHead()));

        // The status conflict, decided: closed here, and in the other copy once it merges the decision.
        QVector<rw::MergeConflict> open = rw::Merge::openConflicts(*into);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().field, QStringLiteral("status"));
        QVERIFY(!into->resolveConflict(open.constFirst(), QStringLiteral("partial")));
        QCOMPARE(into->item(QStringLiteral("INFR-01"))->status, rw::ItemStatus::Partial);
        QVERIFY(rw::Merge::openConflicts(*into).isEmpty());
        QVERIFY(into->verifyAudit().intact);
        into.reset();
        from.reset();
        auto back = rw::Project::open(two, rw::ProjectFile::Access::ReadWrite, &error);
        auto decided = rw::Merge::openSource(one, &error);
        QVERIFY(back && decided);
        QVERIFY(!rw::Merge::apply(*back, *decided));
        QVERIFY(rw::Merge::openConflicts(*back).isEmpty());
        QCOMPARE(back->item(QStringLiteral("INFR-01"))->status, rw::ItemStatus::Partial);
    }

    // A copy whose history was rewritten (a device's entry with other content at the same clock, even
    // re-signed with the device's own key) is named at the next merge and refused.
    void rewrittenHistoryIsNamed()
    {
        const QString base = path(QStringLiteral("rewrite-base.readiness"));
        QVERIFY(TestSupport::createProject(base, QStringLiteral("release-validation")));
        rw::ProjectError error;
        auto p = rw::Project::open(base, rw::ProjectFile::Access::ReadWrite, &error);
        QVERIFY(p);
        QVERIFY(!p->setItemNote(QStringLiteral("INFR-01"), QStringLiteral("Checked on site")));
        rw::AuditEntry rewritten = p->auditLog(1).constFirst();
        rewritten.after = QStringLiteral(R"({"note":"Not checked"})");
        rewritten.hash = rw::AuditLog::computeHash(rewritten);
        rewritten.signature = rw::DeviceIdentity::current()->sign(rewritten.hash.toLatin1());
        QVERIFY(rw::AuditLog::checkEntry(rewritten).isEmpty()); // a well-formed, signed entry
        const QString pack = path(QStringLiteral("rewritten.rwpack"));
        QVERIFY(!rw::Pack::write(*p, { rewritten }, pack));
        p.reset();
        const QByteArray before = TestSupport::fileBytes(base);
        const auto r = runCli({ QStringLiteral("merge"), base, pack });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("differs between the copies")), qPrintable(r.err));
        QVERIFY2(r.err.contains(rewritten.hash.left(12)), qPrintable(r.err));
        QCOMPARE(TestSupport::fileBytes(base), before);
    }

    // A record removed in one copy and changed in the other is a conflict, never silent.
    void removedAgainstChangedIsAConflict()
    {
        const QString base = path(QStringLiteral("finding-base.readiness"));
        rw::Finding finding;
        finding.title = QStringLiteral("No restore test");
        {
            auto p = TestSupport::createProject(base);
            QVERIFY(!p->addFinding(finding));
        }
        const QString one = path(QStringLiteral("finding-1.readiness"));
        const QString two = path(QStringLiteral("finding-2.readiness"));
        QVERIFY(QFile::copy(base, one));
        QVERIFY(QFile::copy(base, two));
        rw::ProjectError error;
        {
            auto p = rw::Project::open(one, rw::ProjectFile::Access::ReadWrite, &error);
            QVERIFY(p);
            QVERIFY(!p->removeFinding(p->assessment().findings.constFirst().id));
        }
        {
            auto p = rw::Project::open(two, rw::ProjectFile::Access::ReadWrite, &error);
            QVERIFY(p);
            rw::Finding changed = p->assessment().findings.constFirst();
            changed.owner = QStringLiteral("Ops");
            QVERIFY(!p->saveFinding(changed));
        }
        auto into = rw::Project::open(one, rw::ProjectFile::Access::ReadOnly, &error);
        auto from = rw::Merge::openSource(two, &error);
        QVERIFY(into && from);
        const rw::MergePreview p = rw::Merge::preview(*into, *from);
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        QCOMPARE(p.incoming.size(), 1);
        QCOMPARE(p.conflicts.size(), 1);
        QCOMPARE(p.conflicts.constFirst().entity, QStringLiteral("finding"));
        QVERIFY(p.conflicts.constFirst().field.isEmpty());
        QVERIFY(p.conflicts.constFirst().mine.isEmpty()); // removed here
        QVERIFY(p.conflicts.constFirst().theirs.contains(QStringLiteral("Ops")));
        // The other way round, the same conflict.
        auto intoAsSource = rw::Merge::openSource(one, &error);
        auto fromAsProject = rw::Project::open(two, rw::ProjectFile::Access::ReadOnly, &error);
        QVERIFY(intoAsSource && fromAsProject);
        const rw::MergePreview back = rw::Merge::preview(*fromAsProject, *intoAsSource);
        QCOMPARE(back.conflicts.size(), 1);
        QVERIFY(back.conflicts.constFirst().theirs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "TestMerge.moc"
