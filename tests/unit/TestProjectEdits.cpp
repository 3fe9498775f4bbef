// The edits the workbench's undo stack is built on: every change has an exact inverse, so removing and
// restoring a domain, an item, a finding or evidence brings back the same state, links included.

#include "TestSupport.h"

using namespace rw;

class TestProjectEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Project> demo()
    {
        ProjectError e;
        const QString path = m_dir.filePath(QStringLiteral("d%1.readiness").arg(++m_n));
        TestSupport::makeDemo(path);
        return Project::open(path, ProjectFile::Access::ReadWrite, &e);
    }

private slots:
    void removedItemComesBackWithItsLinks()
    {
        auto p = demo();
        QVERIFY(p);
        const double before = *p->scores().overall().score;
        const int evidence = p->evidenceForItem(QStringLiteral("DATA-02")).size();
        const int findings = p->findingsForItem(QStringLiteral("DATA-04")).size();
        QVERIFY(evidence > 0 && findings > 0);

        Project::RemovedItem removedData02;
        QVERIFY(!p->removeItem(QStringLiteral("DATA-02"), &removedData02));
        Project::RemovedItem removedData04;
        QVERIFY(!p->removeItem(QStringLiteral("DATA-04"), &removedData04));
        QVERIFY(!p->item(QStringLiteral("DATA-02")));
        QVERIFY(p->evidenceForItem(QStringLiteral("DATA-02")).isEmpty());
        QVERIFY(*p->scores().overall().score != before);

        QVERIFY(!p->restoreItem(removedData04));
        QVERIFY(!p->restoreItem(removedData02));
        const Item* item = p->item(QStringLiteral("DATA-02"));
        QVERIFY(item);
        QCOMPARE(item->status, ItemStatus::Met);
        QCOMPARE(p->findItem(QStringLiteral("DATA-02")).item, 1);
        QCOMPARE(p->evidenceForItem(QStringLiteral("DATA-02")).size(), evidence);
        QCOMPARE(p->findingsForItem(QStringLiteral("DATA-04")).size(), findings);
        QCOMPARE(*p->scores().overall().score, before);
        QVERIFY(p->verifyAudit().intact);
    }

    void removedDomainComesBackWhole()
    {
        auto p = demo();
        const double before = *p->scores().overall().score;
        const QString reason = p->assessment().adjustmentFor(QStringLiteral("PERF"))->reason;
        Project::RemovedDomain removed;
        QVERIFY(!p->removeDomain(QStringLiteral("PERF"), &removed));
        QCOMPARE(p->assessment().domains.size(), 7);
        QVERIFY(!p->item(QStringLiteral("PERF-03")));
        QVERIFY(!p->restoreDomain(removed));
        QCOMPARE(p->assessment().domains.at(2).key, QStringLiteral("PERF"));
        QCOMPARE(p->assessment().domains.at(2).items.size(), 6);
        QCOMPARE(p->assessment().adjustmentFor(QStringLiteral("PERF"))->reason, reason);
        QVERIFY(!p->evidenceForItem(QStringLiteral("PERF-02")).isEmpty());
        QCOMPARE(*p->scores().overall().score, before);
    }

    void checklistCanBeEdited()
    {
        auto p = demo();
        Domain d;
        d.title = QStringLiteral("Accessibility");
        d.weight = 5;
        d.target = 80;
        QVERIFY(!p->addDomain(d, 1));
        QCOMPARE(p->assessment().domains.at(1).key, QStringLiteral("ACCE"));
        Item i;
        i.text = QStringLiteral("Screen reader users can complete checkout.");
        i.points = 2;
        QVERIFY(!p->addItem(QStringLiteral("ACCE"), i, 0));
        QVERIFY(!p->addItem(QStringLiteral("ACCE"), i, 0));
        QCOMPARE(p->assessment().domains.at(1).items.at(0).key, QStringLiteral("ACCE-02"));
        QVERIFY(!p->moveItem(QStringLiteral("ACCE-02"), 1));
        QCOMPARE(p->assessment().domains.at(1).items.at(0).key, QStringLiteral("ACCE-01"));
        QVERIFY(!p->moveDomain(QStringLiteral("ACCE"), p->assessment().domains.size() - 1));
        QCOMPARE(p->assessment().domains.last().key, QStringLiteral("ACCE"));
        Domain changed = p->assessment().domains.last();
        changed.weight = 10;
        changed.target = 120;
        QCOMPARE(p->updateDomain(QStringLiteral("ACCE"), changed).kind, ProjectError::Kind::Invalid);
        changed.target = 90;
        QVERIFY(!p->updateDomain(QStringLiteral("ACCE"), changed));
        QCOMPARE(*p->scores().domains().last().target, 90.0);
        QCOMPARE(p->scores().domains().last().weight, 10.0);

        // Reopened, the file holds the same checklist.
        const QString path = p->path();
        p.reset();
        ProjectError e;
        p = Project::open(path, ProjectFile::Access::ReadOnly, &e);
        QCOMPARE(p->assessment().domains.last().key, QStringLiteral("ACCE"));
        QCOMPARE(p->assessment().domains.last().items.size(), 2);
        QCOMPARE(*p->assessment().domains.last().target, 90.0);
    }

    void milestonesAreRenamedRemovedAndRestored()
    {
        auto p = demo();
        QVERIFY(!p->takeSnapshot(QStringLiteral("Final review")));
        const Snapshot taken = p->assessment().snapshots.last();
        QCOMPARE(taken.overall, p->scores().overall().score);
        QCOMPARE(taken.itemStatuses.value(QStringLiteral("SEC-03")), QStringLiteral("partial"));
        QVERIFY(!p->renameSnapshot(taken.id, QStringLiteral("Go-live review")));
        QCOMPARE(p->snapshot(taken.id)->name, QStringLiteral("Go-live review"));
        QCOMPARE(p->renameSnapshot(taken.id, QStringLiteral("  ")).kind, ProjectError::Kind::Invalid);
        QVERIFY(!p->removeSnapshot(taken.id));
        QVERIFY(!p->snapshot(taken.id));
        Snapshot back = taken;
        back.name = QStringLiteral("Go-live review");
        QVERIFY(!p->restoreSnapshot(back));
        QCOMPARE(p->snapshot(taken.id)->domainScores, taken.domainScores);
        QCOMPARE(p->snapshot(taken.id)->itemStatuses, taken.itemStatuses);
        QVERIFY(p->verifyAudit().intact);
    }

    void recordsSaveUpdateRemoveAndRestore()
    {
        auto p = demo();
        Finding f = p->assessment().findings.at(0);
        f.state = FindingState::Done;
        f.itemKeys << QStringLiteral("DATA-01");
        QVERIFY(!p->saveFinding(f));
        QCOMPARE(p->finding(f.id)->state, FindingState::Done);
        QVERIFY(p->findingsForItem(QStringLiteral("DATA-01")).size() == 1);
        const Finding saved = *p->finding(f.id);
        QVERIFY(!p->removeFinding(f.id));
        QVERIFY(!p->finding(f.id));
        QVERIFY(!p->saveFinding(saved));
        QCOMPARE(p->finding(f.id)->itemKeys, saved.itemKeys);

        const Risk r = p->assessment().risks.at(1);
        QVERIFY(!p->removeRisk(r.id));
        QVERIFY(!p->saveRisk(r));
        QCOMPARE(p->risk(r.id)->title, r.title);

        const Evidence ev = p->assessment().evidence.at(0);
        QVERIFY(!p->removeEvidence(ev.id));
        QVERIFY(p->evidenceForItem(ev.itemKeys.at(0)).isEmpty());
        QVERIFY(!p->saveEvidence(ev));
        QCOMPARE(p->evidence(ev.id)->itemKeys, ev.itemKeys);
        QVERIFY(!p->extractEvidence(ev.sha256, m_dir.filePath(QStringLiteral("back.png"))));

        Evidence link;
        link.url = QStringLiteral("https://wiki.example/runbooks/checkout");
        link.name = QStringLiteral("Checkout runbooks");
        link.itemKeys = { QStringLiteral("OPS-04") };
        qint64 id = 0;
        QVERIFY(!p->saveEvidence(link, &id));
        QVERIFY(p->evidence(id)->isLink());
        QCOMPARE(p->evidenceForItem(QStringLiteral("OPS-04")).size(), 2);
        QVERIFY(p->verifyAudit().intact);
    }
};

QTEST_GUILESS_MAIN(TestProjectEdits)
#include "TestProjectEdits.moc"
