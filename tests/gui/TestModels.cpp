// Every item model of the workbench passes QAbstractItemModelTester while the project changes under
// it: item edits, structural edits (reset), filters, and undo.

#include "TestSupport.h"

#include "Document.h"
#include "commands/EditCommand.h"
#include "models/ChecklistFilterModel.h"
#include "models/ChecklistModel.h"
#include "models/DomainListModel.h"
#include "models/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rw;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("models-%1.readiness").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(TestSupport::makeDemo(path));
        ProjectError e;
        m_document = std::make_unique<Document>(Project::open(path, ProjectFile::Access::ReadWrite, &e));
    }

    void cleanup() { m_document.reset(); }

    void modelsStayConsistentThroughEdits()
    {
        ChecklistModel checklist(m_document.get());
        ChecklistFilterModel filter;
        filter.setSourceModel(&checklist);
        DomainListModel domains(m_document.get());
        std::unique_ptr<RecordTableModel> findings(RecordTableModel::findings(m_document.get(), nullptr));
        std::unique_ptr<RecordTableModel> risks(RecordTableModel::risks(m_document.get(), nullptr));
        std::unique_ptr<RecordTableModel> kpis(RecordTableModel::kpis(m_document.get(), nullptr));
        std::unique_ptr<RecordTableModel> signOffs(RecordTableModel::signOffs(m_document.get(), nullptr));
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester t1(&checklist, mode), t2(&filter, mode), t3(&domains, mode),
            t4(findings.get(), mode), t5(risks.get(), mode), t6(kpis.get(), mode), t7(signOffs.get(), mode);

        QCOMPARE(checklist.rowCount(), 51);
        QCOMPARE(domains.rowCount(), 8);
        QCOMPARE(findings->rowCount(), 7);
        QCOMPARE(risks->rowCount(), 6);
        QCOMPARE(kpis->rowCount(), 6);
        QCOMPARE(signOffs->rowCount(), 1);

        // An in-place status edit through the model goes onto the undo stack.
        const QModelIndex status
            = checklist.indexOfKey(QStringLiteral("SEC-03"), ChecklistModel::StatusColumn);
        QVERIFY(checklist.flags(status) & Qt::ItemIsEditable);
        QVERIFY(checklist.setData(status, int(ItemStatus::Unmet)));
        QCOMPARE(status.data().toString(), toLabel(ItemStatus::Unmet));
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Points edit only for a partially met item.
        const QModelIndex points
            = checklist.indexOfKey(QStringLiteral("INF-02"), ChecklistModel::PointsColumn);
        QVERIFY(checklist.flags(points) & Qt::ItemIsEditable);
        QVERIFY(checklist.setData(points, 0.5));
        QCOMPARE(points.data().toString(), QStringLiteral("0.5 / 2"));
        QVERIFY(
            !(checklist.flags(checklist.indexOfKey(QStringLiteral("INF-01"), ChecklistModel::PointsColumn))
                & Qt::ItemIsEditable));

        filter.setDomain(1);
        QCOMPARE(filter.rowCount(), 8);
        filter.setText(QStringLiteral("backup"));
        QVERIFY(filter.rowCount() >= 2);
        filter.setText(QString());
        filter.setStatus(int(ItemStatus::Unmet));
        QCOMPARE(filter.rowCount(), 3); // PERF-03, DATA-04 and SEC-03 set above, across all domains
        filter.setStatus(-1);
        filter.setBlockersOnly(true);
        QCOMPARE(filter.rowCount(), 5);
        filter.setBlockersOnly(false);
        filter.setWithoutEvidenceOnly(true);
        QCOMPARE(filter.rowCount(), 51 - 10);
        filter.setWithoutEvidenceOnly(false);
        filter.setOwner(QStringLiteral("Jonas Weber"));
        QCOMPARE(filter.rowCount(), 8);
        filter.setOwner(QString());

        // Structural edits reset the models; undo brings the rows back.
        QVERIFY(m_document->removeDomain(QStringLiteral("OPS")));
        QCOMPARE(domains.rowCount(), 7);
        QCOMPARE(checklist.rowCount(), 45);
        QVERIFY(!m_document->project()->removeFinding(m_document->project()->assessment().findings.at(0).id));
        QCOMPARE(findings->rowCount(), 6);
        m_document->undoStack()->undo();
        QCOMPARE(domains.rowCount(), 8);
        QCOMPARE(checklist.rowCount(), 51);
        QCOMPARE(domains.index(5).data(DomainListModel::KeyRole).toString(), QStringLiteral("OPS"));
    }

    void domainRowsCarryTheScoreboard()
    {
        DomainListModel domains(m_document.get());
        const QModelIndex perf = domains.index(2);
        QCOMPARE(perf.data(DomainListModel::KeyRole).toString(), QStringLiteral("PERF"));
        QCOMPARE(perf.data(DomainListModel::DisplayScoreRole).toInt(), 86);
        QVERIFY(perf.data(DomainListModel::AdjustedRole).toBool());
        QCOMPARE(perf.data(DomainListModel::TargetRole).toDouble(), 80.0);
        QCOMPARE(perf.data(DomainListModel::MeetsTargetRole).toBool(), true);
        QCOMPARE(perf.data(DomainListModel::RatingRole).toString(), QStringLiteral("Good"));
        QVERIFY(perf.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("86 percent")));
        QSignalSpy changed(&domains, &QAbstractItemModel::dataChanged);
        QVERIFY(m_document->setItemStatus(QStringLiteral("PERF-01"), ItemStatus::Unmet));
        QVERIFY(changed.count() >= 1);
        // The adjustment still stands; the computed score moved underneath it.
        QCOMPARE(perf.data(DomainListModel::DisplayScoreRole).toInt(), 86);
        QVERIFY(m_document->project()->scores().domains().at(2).computed < 79);
    }

    void readOnlyModelsRefuseEdits()
    {
        const QString path = m_document->project()->path();
        m_document.reset();
        QFile::setPermissions(path, QFile::ReadOwner);
        ProjectError e;
        m_document = std::make_unique<Document>(Project::open(path, ProjectFile::Access::ReadWrite, &e));
        QVERIFY(m_document->isReadOnly());
        ChecklistModel checklist(m_document.get());
        const QModelIndex status
            = checklist.indexOfKey(QStringLiteral("SEC-03"), ChecklistModel::StatusColumn);
        QVERIFY(!(checklist.flags(status) & Qt::ItemIsEditable));
        QVERIFY(!checklist.setData(status, int(ItemStatus::Met)));
        QCOMPARE(m_document->undoStack()->count(), 0);
        m_document.reset();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
