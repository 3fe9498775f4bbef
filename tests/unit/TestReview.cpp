// Evidence that ages and is reviewed, a review before sign-off and findings as auditors write them, in
// the model: every refusal changes nothing, earlier versions stay readable by date (after reopening,
// when leftovers are cleared), and the report says what is expired, outside the period, rejected or
// still open, and refuses to be final while the review is open.

#include "TestSupport.h"

#include "report/MarkdownWriter.h"
#include "report/Report.h"
#include "store/EvidenceStore.h"
#include "store/ProjectState.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

void expectReplayEqualsFile(const Project& p)
{
    QString error;
    const std::optional<QJsonObject> replayed = ProjectState::replayLog(p.auditLog(), &error);
    QVERIFY2(replayed, qPrintable(error));
    ProjectError openError;
    auto reopened = Project::open(p.path(), ProjectFile::Access::ReadOnly, &openError);
    QVERIFY2(reopened, qPrintable(openError.message));
    const QJsonObject file = ProjectState::state(reopened->assessment());
    QVERIFY2(
        *replayed == file, qPrintable(ProjectState::differences(*replayed, file).join(QLatin1Char('\n'))));
    QCOMPARE(ProjectState::state(p.assessment()), file);
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(path, bytes);
        return path;
    }

private slots:
    void evidenceAgesAndIsReviewed()
    {
        const QString path = m_dir.filePath(QStringLiteral("ages.readiness"));
        auto p = TestSupport::createProject(path);
        QVERIFY(p);
        p->setUser(QStringLiteral("Ana Auditor"));
        Evidence attached;
        QVERIFY(!p->attachFile({ QStringLiteral("SEC-01") },
            file(QStringLiteral("policy.txt"), "policy v1\n"), QStringLiteral("Backup policy"), {}, &attached,
            { QDate(2025, 1, 1), QDate(2025, 3, 31), QDate(2025, 12, 31) }));
        QCOMPARE(attached.collectedFrom, QDate(2025, 1, 1));
        QCOMPARE(attached.collectedTo, QDate(2025, 3, 31));
        QCOMPARE(attached.validUntil, QDate(2025, 12, 31));
        QCOMPARE(attached.addedBy, QStringLiteral("Ana Auditor"));
        QCOMPARE(attached.review, EvidenceReview::Unreviewed);

        // Refusals change nothing: a period ending before it begins, a rejection without a reason.
        const qint64 rows = p->auditRows();
        Evidence bad = attached;
        bad.collectedTo = QDate(2024, 12, 1);
        QVERIFY(p->saveEvidence(bad));
        bad = attached;
        bad.review = EvidenceReview::Rejected;
        bad.reviewReason = QStringLiteral("  ");
        QVERIFY(p->saveEvidence(bad));
        QCOMPARE(p->auditRows(), rows);
        QCOMPARE(p->evidence(attached.id)->review, EvidenceReview::Unreviewed);

        // A screenshot for SEC-02, rejected by a second person: SEC-02's only evidence is rejected.
        Evidence shot;
        QVERIFY(
            !p->attachFile({ QStringLiteral("SEC-02") }, file(QStringLiteral("shot.png"), "not really a png"),
                QString(), {}, &shot, { QDate(2026, 11, 30), {}, {} }));
        p->setUser(QStringLiteral("Rita Reviewer"));
        shot.review = EvidenceReview::Rejected;
        shot.reviewReason = QStringLiteral("Shows the test system");
        QVERIFY(!p->saveEvidence(shot));
        QCOMPARE(p->evidence(shot.id)->reviewedBy, QStringLiteral("Rita Reviewer"));

        AssessmentInfo info = p->assessment().info;
        info.periodFrom = QDate(2026, 1, 1);
        info.periodTo = QDate(2026, 6, 30);
        QVERIFY(!p->setInfo(info));
        info.periodTo = QDate(2025, 6, 30);
        QVERIFY(p->setInfo(info)); // ends before it begins

        Report r = Report::build(*p);
        QCOMPARE(r.attention.evidenceIssues.size(), 2);
        const auto issueOf = [&r](const QString& name) {
            for (const ReportEvidenceIssue& i : r.attention.evidenceIssues) {
                if (i.evidence.name == name)
                    return i;
            }
            return ReportEvidenceIssue();
        };
        QVERIFY(issueOf(QStringLiteral("policy.txt")).expired);
        QVERIFY(issueOf(QStringLiteral("policy.txt")).outsidePeriod);
        QVERIFY(!issueOf(QStringLiteral("policy.txt")).rejected);
        QVERIFY(issueOf(QStringLiteral("shot.png")).rejected);
        QVERIFY(issueOf(QStringLiteral("shot.png")).outsidePeriod);
        QCOMPARE(r.attention.rejectedOnly.size(), 1);
        QCOMPARE(r.attention.rejectedOnly.at(0).item.key, QStringLiteral("SEC-02"));
        const QString md = QString::fromUtf8(MarkdownWriter::write(r));
        QVERIFY(md.contains(QStringLiteral("### Evidence to look at again")));
        QVERIFY(md.contains(QStringLiteral("expired on")));
        QVERIFY(md.contains(QStringLiteral("rejected: Shows the test system")));
        QVERIFY(md.contains(QStringLiteral("Items whose only evidence was rejected")));

        // A new version: the earlier one is kept with its hash and dates, and the new one reviewed afresh.
        p->setUser(QStringLiteral("Ana Auditor"));
        const QDateTime betweenVersions = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        Evidence revised;
        QVERIFY(
            p->reviseFile(attached.id, file(QStringLiteral("policy.txt"), "policy v1\n"), {}, {}, &revised));
        QVERIFY(!p->reviseFile(attached.id, file(QStringLiteral("policy-2026.txt"), "policy v2\n"),
            { QDate(2026, 2, 1), {}, QDate(2027, 1, 31) }, {}, &revised));
        QCOMPARE(revised.revisions.size(), 1);
        QCOMPARE(revised.revisions.at(0).sha256, attached.sha256);
        QCOMPARE(revised.revisions.at(0).collectedFrom, QDate(2025, 1, 1));
        QCOMPARE(revised.revisions.at(0).validUntil, QDate(2025, 12, 31));
        QCOMPARE(revised.name, QStringLiteral("policy-2026.txt"));
        QCOMPARE(revised.itemKeys, QStringList { QStringLiteral("SEC-01") });
        QCOMPARE(revised.heldAt(betweenVersions)->sha256, attached.sha256);
        QCOMPARE(revised.heldAt(QDateTime::currentDateTimeUtc())->sha256, revised.sha256);
        QVERIFY(!revised.heldAt(attached.addedAt.addSecs(-1)));
        expectReplayEqualsFile(*p);

        // Reopened (leftover content is cleared on opening): both versions can still be written out.
        p.reset();
        ProjectError error;
        p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        const Evidence* again = p->evidence(attached.id);
        QCOMPARE(again->revisions.size(), 1);
        const QString oldOut = m_dir.filePath(QStringLiteral("old.txt"));
        QVERIFY(!p->extractEvidence(again->revisions.at(0).sha256, oldOut));
        QCOMPARE(TestSupport::fileBytes(oldOut), QByteArray("policy v1\n"));
        QVERIFY(!p->extractEvidence(again->sha256, oldOut));
        QCOMPARE(TestSupport::fileBytes(oldOut), QByteArray("policy v2\n"));
    }

    void reviewBeforeSignOff()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.readiness"));
        auto p = TestSupport::createProject(path);
        QVERIFY(p);
        p->setUser(QStringLiteral("Ana Auditor"));
        Item i = *p->item(QStringLiteral("INF-01"));
        i.flag = QStringLiteral("Check the failover test date");
        i.workState = WorkState::InReview;
        QVERIFY(!p->updateItem(i.key, i));

        Comment c;
        c.itemUuid = p->item(QStringLiteral("INF-02"))->uuid;
        c.text = QStringLiteral("Is the runbook current?");
        qint64 threadId = 0;
        QVERIFY(!p->saveComment(c, &threadId));
        const Comment thread = *p->comment(threadId);
        QCOMPARE(thread.by, QStringLiteral("Ana Auditor"));
        Comment reply;
        reply.itemUuid = thread.itemUuid;
        reply.parentUuid = thread.uuid;
        reply.text = QStringLiteral("Yes, reviewed last week");
        p->setUser(QStringLiteral("Omar Owner"));
        qint64 replyId = 0;
        QVERIFY(!p->saveComment(reply, &replyId));

        // Refused: an empty comment, a reply to a reply, a comment on no item, removing a thread with
        // replies.
        const qint64 rows = p->auditRows();
        Comment empty = c;
        empty.text = QStringLiteral(" ");
        QVERIFY(p->saveComment(empty));
        Comment nested = reply;
        nested.parentUuid = p->comment(replyId)->uuid;
        QVERIFY(p->saveComment(nested));
        Comment nowhere = c;
        nowhere.itemUuid = QStringLiteral("no-such-item");
        QVERIFY(p->saveComment(nowhere));
        QVERIFY(p->removeComment(threadId));
        QCOMPARE(p->auditRows(), rows);

        Report r = Report::build(*p);
        QCOMPARE(r.attention.openFlags.size(), 1);
        QCOMPARE(r.attention.openFlags.at(0).itemKey, QStringLiteral("INF-01"));
        QCOMPARE(r.attention.openThreads.size(), 1);
        QCOMPARE(r.attention.openThreads.at(0).replies, 1);
        QVERIFY(r.finalBlocked().contains(QStringLiteral("1 flagged item")));
        const QString draft = QString::fromUtf8(MarkdownWriter::write(r));
        QVERIFY(draft.contains(QStringLiteral("flagged for review: Check the failover test date")));
        QVERIFY(draft.contains(QStringLiteral("unresolved comment by Ana Auditor")));

        // The reviewer settles both and signs the domain off; the report may now be final.
        p->setUser(QStringLiteral("Rita Reviewer"));
        i = *p->item(QStringLiteral("INF-01"));
        i.flag.clear();
        i.workState = WorkState::Done;
        QVERIFY(!p->updateItem(i.key, i));
        Comment resolved = *p->comment(threadId);
        resolved.resolved = true;
        QVERIFY(!p->saveComment(resolved));
        QCOMPARE(p->comment(threadId)->resolvedBy, QStringLiteral("Rita Reviewer"));
        Domain d = p->assessment().domains.at(0);
        d.reviewedBy = QStringLiteral("Rita Reviewer");
        QVERIFY(!p->updateDomain(d.key, d));
        QVERIFY(p->assessment().domains.at(0).reviewedAt.isValid());
        r = Report::build(*p);
        QVERIFY(r.finalBlocked().isEmpty());
        const QString final = QString::fromUtf8(MarkdownWriter::write(r));
        QVERIFY(final.contains(QStringLiteral("every comment thread is resolved")));
        QVERIFY(final.contains(QStringLiteral("| Rita Reviewer |")));
        expectReplayEqualsFile(*p);

        // A removed item takes its comments out of view; restored, it has them again.
        Project::RemovedItem removed;
        QVERIFY(!p->removeItem(QStringLiteral("INF-02"), &removed));
        QCOMPARE(Report::build(*p).attention.openThreads.size(), 0);
        QVERIFY(!p->restoreItem(removed));
        QCOMPARE(p->commentsForItem(QStringLiteral("INF-02")).size(), 2);
        expectReplayEqualsFile(*p);
    }

    void theNextCycleStartsFromThisOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("cycle-1.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        ProjectError error;
        auto p = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(p, qPrintable(error.message));
        Evidence accepted = p->assessment().evidence.first();
        accepted.review = EvidenceReview::Accepted;
        QVERIFY(!p->saveEvidence(accepted));
        const int milestones = int(p->assessment().snapshots.size());
        const Item before = *p->item(QStringLiteral("SEC-01"));
        QVERIFY(before.status != ItemStatus::Open);

        // Refused without change: a file that is there already.
        const QString taken = m_dir.filePath(QStringLiteral("taken.readiness"));
        TestSupport::writeFile(taken, "not a project");
        QVERIFY(!p->startNextCycle(taken, QString(), QStringLiteral("Ana"), &error));
        QCOMPARE(TestSupport::fileBytes(taken), QByteArray("not a project"));

        const QString nextPath = m_dir.filePath(QStringLiteral("cycle-2.readiness"));
        auto next
            = p->startNextCycle(nextPath, QStringLiteral("Checkout 2027"), QStringLiteral("Ana"), &error);
        QVERIFY2(next, qPrintable(error.message));
        const Assessment& a = next->assessment();
        QCOMPARE(a.info.title, QStringLiteral("Checkout 2027"));
        QCOMPARE(a.info.system, p->assessment().info.system);
        QCOMPARE(a.itemCount(), p->assessment().itemCount());
        // Statuses reset; last cycle's answer and note beside each item.
        for (const Domain& d : a.domains) {
            for (const Item& i : d.items) {
                QCOMPARE(i.status, ItemStatus::Open);
                QVERIFY(i.note.isEmpty());
                QCOMPARE(
                    i.previous.value(QStringLiteral("status")).toString(), toKey(p->item(i.key)->status));
            }
        }
        const Item* again = next->item(QStringLiteral("SEC-01"));
        QCOMPARE(again->previous.value(QStringLiteral("note")).toString(), before.note);
        QVERIFY(
            again->previous.value(QStringLiteral("cycle")).toString().contains(p->assessment().info.title));
        // The evidence, bytes included, for the same items, to be reviewed afresh.
        QCOMPARE(a.evidence.size(), p->assessment().evidence.size());
        for (const Evidence& e : a.evidence) {
            QCOMPARE(e.review, EvidenceReview::Unreviewed);
            QCOMPARE(e.itemKeys, p->evidenceBySha(e.sha256)->itemKeys);
            const QString out = m_dir.filePath(QStringLiteral("carried-") + e.sha256.left(8));
            QVERIFY(!next->extractEvidence(e.sha256, out));
            QCOMPARE(TestSupport::sha256Of(out), e.sha256);
        }
        // This cycle's milestones and its end, to compare the new cycle against.
        QCOMPARE(a.snapshots.size(), milestones + 1);
        const Snapshot& end = a.snapshots.constLast();
        QVERIFY(end.name.startsWith(QStringLiteral("End of ")));
        QCOMPARE(end.itemStatuses.value(QStringLiteral("SEC-01")), toKey(before.status));
        expectReplayEqualsFile(*next);
        // The project of this cycle is unchanged but for the accepted evidence.
        QCOMPARE(p->item(QStringLiteral("SEC-01"))->status, before.status);
    }

    void findingsAsAuditorsWriteThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("findings.readiness"));
        auto p = TestSupport::createProject(path);
        QVERIFY(p);
        Finding f;
        f.title = QStringLiteral("Backups are not restored");
        f.description = QStringLiteral("No restore test in the last 12 months");
        f.criteria = QStringLiteral("Backup policy section 4");
        f.cause = QStringLiteral("The job has no owner");
        f.effect = QStringLiteral("Orders could be lost");
        f.recommendation = QStringLiteral("Test a restore every month");
        f.response = QStringLiteral("Agreed");
        f.responseOwner = QStringLiteral("Head of IT");
        f.responseDate = QDate(2026, 12, 15);
        f.itemKeys = { QStringLiteral("DATA-01") };
        f.grade = QStringLiteral("catastrophic");
        QVERIFY(p->addFinding(f)); // not a grade of this checklist
        QVERIFY(p->assessment().findings.isEmpty());
        f.grade = QStringLiteral("minor");
        qint64 id = 0;
        QVERIFY(!p->addFinding(f, &id));
        ProjectError error;
        auto reopened = Project::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY(reopened);
        const Finding* read = reopened->finding(id);
        QCOMPARE(read->cause, f.cause);
        QCOMPARE(read->responseDate, f.responseDate);
        QCOMPARE(read->grade, QStringLiteral("minor"));
        const QString md = QString::fromUtf8(MarkdownWriter::write(Report::build(*p)));
        QVERIFY(md.contains(QStringLiteral("### Findings in detail")));
        QVERIFY(md.contains(QStringLiteral("Backups are not restored — Minor non-conformity")));
        for (const QString& part : { QStringLiteral("**Condition:** No restore test"),
                 QStringLiteral("**Criteria:** Backup policy section 4 (items DATA-01)"),
                 QStringLiteral("**Cause:** The job has no owner"),
                 QStringLiteral("**Effect:** Orders could be lost"),
                 QStringLiteral("**Recommendation:** Test a restore every month"),
                 QStringLiteral("**Management response:** Agreed (Head of IT, ") })
            QVERIFY2(md.contains(part), qPrintable(part));
        // The parts come in the order auditors write them.
        QVERIFY(md.indexOf(QStringLiteral("**Condition:**")) < md.indexOf(QStringLiteral("**Cause:**")));
        QVERIFY(md.indexOf(QStringLiteral("**Effect:**"))
            < md.indexOf(QStringLiteral("**Management response:**")));
        expectReplayEqualsFile(*p);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "TestReview.moc"
