// The workbench's merge: the preview dialog shows who changed what and how the scores move before
// anything changes; Merge is one undo step; the conflict inbox decides a conflict (keep mine, take theirs,
// edit with a three-way merge of notes) and undo brings it back.

#include "TestSupport.h"

#include "Document.h"
#include "dialogs/MergeDialogs.h"
#include "models/RecordTableModel.h"
#include "signing/DeviceIdentity.h"
#include "store/Merge.h"
#include "store/ProjectState.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rw;

class TestMergeGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceIdentity> m_other;
    QString m_mine;
    QString m_theirs;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::knownAssessor();
        QString error;
        m_other = DeviceIdentity::loadOrCreate(m_dir.filePath(QStringLiteral("other-laptop")), &error);
        QVERIFY2(m_other, qPrintable(error));
        const QString base = m_dir.filePath(QStringLiteral("base.readiness"));
        QVERIFY(TestSupport::createProject(base, QStringLiteral("release-validation")));
        m_mine = m_dir.filePath(QStringLiteral("mine.readiness"));
        m_theirs = m_dir.filePath(QStringLiteral("theirs.readiness"));
        QVERIFY(QFile::copy(base, m_mine));
        QVERIFY(QFile::copy(base, m_theirs));
        ProjectError e;
        {
            auto p = Project::open(m_mine, ProjectFile::Access::ReadWrite, &e);
            QVERIFY(p);
            p->setUser(QStringLiteral("Ann"));
            QVERIFY(!p->setItemNote(QStringLiteral("INFR-01"), QStringLiteral("Racks labelled\nUPS tested")));
        }
        DeviceIdentity::setCurrent(m_other.get());
        {
            auto p = Project::open(m_theirs, ProjectFile::Access::ReadWrite, &e);
            QVERIFY(p);
            p->setUser(QStringLiteral("Ben"));
            QVERIFY(
                !p->setItemNote(QStringLiteral("INFR-01"), QStringLiteral("Racks labelled\nSpares on site")));
            QVERIFY(!p->setItemStatus(QStringLiteral("SECU-01"), ItemStatus::Met));
        }
        DeviceIdentity::setCurrent(nullptr);
    }

    void previewMergeDecideAndUndo()
    {
        ProjectError e;
        Document doc(Project::open(m_mine, ProjectFile::Access::ReadWrite, &e));
        QVERIFY(doc.project());
        SignOff approval;
        approval.name = QStringLiteral("Dana Reyes");
        approval.decision = Decision::Approved;
        approval.signedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(doc.saveSignOff(approval));
        std::unique_ptr<RecordTableModel> signOffs(RecordTableModel::signOffs(&doc, nullptr));
        const int stateColumn = signOffs->columnCount() - 1;
        QCOMPARE(signOffs->data(signOffs->index(0, stateColumn)).toString(), QStringLiteral("Current"));
        const QJsonObject before = ProjectState::state(doc.project()->assessment());

        MergeDialog dialog(&doc, { m_theirs });
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("mergeSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("brings 2 change")), qPrintable(summary));
        auto* changes = dialog.findChild<QTreeWidget*>(QStringLiteral("mergeChanges"));
        QVERIFY(!changes->findItems(QStringLiteral("Ben"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        auto* scores = dialog.findChild<QTableWidget*>(QStringLiteral("mergeScores"));
        QVERIFY(scores->rowCount() >= 2);
        QCOMPARE(scores->item(scores->rowCount() - 1, 0)->text(), QStringLiteral("Overall"));
        QVERIFY(scores->item(scores->rowCount() - 1, 1)->text()
            != scores->item(scores->rowCount() - 1, 2)->text());
        auto* conflicts = dialog.findChild<QTreeWidget*>(QStringLiteral("mergeConflicts"));
        QCOMPARE(conflicts->topLevelItemCount(), 1);
        QVERIFY(conflicts->topLevelItem(0)->text(0).contains(QStringLiteral("INFR-01")));
        // The preview changed nothing.
        QCOMPARE(ProjectState::state(doc.project()->assessment()), before);

        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);
        QVERIFY(dialog.leftConflicts());
        QCOMPARE(doc.undoStack()->count(), 2);
        // The approval did not see the merged changes: the sign-offs page says so.
        QVERIFY(signOffs->data(signOffs->index(0, stateColumn))
                    .toString()
                    .startsWith(QStringLiteral("Stale: 2")));
        QCOMPARE(doc.project()->item(QStringLiteral("SECU-01"))->status, ItemStatus::Met);
        const QJsonObject merged = ProjectState::state(doc.project()->assessment());

        // The inbox: the note both changed, with a three-way merge to start from.
        ConflictsDialog inbox(&doc);
        QCOMPARE(inbox.openCount(), 1);
        auto* edit = inbox.findChild<QPlainTextEdit*>(QStringLiteral("conflictEdit"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("Racks labelled\nUPS tested\nSpares on site"));
        QCOMPARE(
            inbox.findChild<QPlainTextEdit*>(QStringLiteral("conflictAncestor"))->toPlainText(), QString());
        QTest::mouseClick(inbox.findChild<QPushButton*>(QStringLiteral("useEdited")), Qt::LeftButton);
        QCOMPARE(inbox.openCount(), 0);
        QCOMPARE(doc.project()->item(QStringLiteral("INFR-01"))->note,
            QStringLiteral("Racks labelled\nUPS tested\nSpares on site"));
        QVERIFY(doc.project()->verifyAudit().intact);

        // Undo: the decision, then the whole merge.
        doc.undoStack()->undo();
        QCOMPARE(Merge::openConflicts(*doc.project()).size(), 1);
        QCOMPARE(ProjectState::state(doc.project()->assessment()), merged);
        doc.undoStack()->undo();
        QCOMPARE(ProjectState::state(doc.project()->assessment()), before);
        QVERIFY(Merge::openConflicts(*doc.project()).isEmpty());
        QVERIFY(doc.project()->verifyAudit().intact);
        doc.undoStack()->redo();
        QCOMPARE(ProjectState::state(doc.project()->assessment()), merged);
        QVERIFY(doc.project()->verifyAudit().intact);
    }

    void notACopyIsExplained()
    {
        ProjectError e;
        const QString stranger = m_dir.filePath(QStringLiteral("stranger.readiness"));
        QVERIFY(TestSupport::createProject(stranger, QStringLiteral("release-validation")));
        Document doc(Project::open(m_theirs, ProjectFile::Access::ReadWrite, &e));
        MergeDialog dialog(&doc, { stranger });
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("mergeSummary"))
                    ->text()
                    .contains(QStringLiteral("different assessments")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMergeGui)
#include "TestMergeGui.moc"
