// The workbench window, driven as an assessor drives it (offscreen): status keys, navigation, typing a
// note, undo and redo of each kind of edit, dropping files, filtering, editing the checklist, read-only
// projects, and the same state read back by readiness-cli.

#include "TestSupport.h"

#include "Document.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "dialogs/AdjustDialog.h"
#include "models/ChecklistFilterModel.h"
#include "models/ChecklistModel.h"
#include "widgets/ChecklistView.h"
#include "widgets/EvidencePreview.h"
#include "widgets/ItemPanel.h"
#include "widgets/ScoreHeader.h"
#include "widgets/WelcomePage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace rw;

namespace {

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fixture;

    const Item& item(MainWindow& w, const QString& key) { return *w.project()->item(key); }

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp(QStringLiteral("test_workbench"))); }

    void init() { WindowFixture::reset(); }

    void statusKeysEditTheSelectedItemAndUndo()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        w.checklistView()->setFocus();
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Partial);
        QTest::keyClick(w.checklistView(), Qt::Key_1);
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Met);
        QTest::keyClick(w.checklistView(), Qt::Key_3);
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Unmet);
        QTest::keyClick(w.checklistView(), Qt::Key_0);
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::NotApplicable);
        QTest::keyClick(w.checklistView(), Qt::Key_Backspace);
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Open);
        QTest::keyClick(w.checklistView(), Qt::Key_2);
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Partial);
        QCOMPARE(w.document()->undoStack()->count(), 5);
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Open);
        w.action(ActionId::Undo)->trigger();
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Unmet);
        w.action(ActionId::Redo)->trigger();
        QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::NotApplicable);
        // The status of a blocker moves the header at once.
        QVERIFY(w.selectItem(QStringLiteral("SEC-01")));
        QTest::keyClick(w.checklistView(), Qt::Key_3);
        QCOMPARE(w.scoreHeader()->statusText(), QStringLiteral("Not ready"));
        QTest::keySequence(&w, QKeySequence::Undo);
        QCOMPARE(item(w, QStringLiteral("SEC-01")).status, ItemStatus::Met);
        QVERIFY(w.scoreHeader()->statusText() != QStringLiteral("Not ready"));
    }

    void keyboardMovesThroughTheChecklist()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        QVERIFY(w.selectItem(QStringLiteral("INF-01")));
        w.checklistView()->setFocus();
        QTest::keyClick(w.checklistView(), Qt::Key_J);
        QCOMPARE(w.currentItemKey(), QStringLiteral("INF-02"));
        QTest::keyClick(w.checklistView(), Qt::Key_K);
        QCOMPARE(w.currentItemKey(), QStringLiteral("INF-01"));
        // The next item nobody has assessed, in another domain.
        QTest::keyClick(w.checklistView(), Qt::Key_N);
        QCOMPARE(w.currentItemKey(), QStringLiteral("DOC-03"));
        QCOMPARE(w.domainView()->currentIndex().row(), 6);
        QTest::keyClick(w.checklistView(), Qt::Key_1);
        QTest::keyClick(w.checklistView(), Qt::Key_N);
        QCOMPARE(w.currentItemKey(), QStringLiteral("DOC-04"));
        // Go to an item by its key.
        answerNextDialog([](QDialog* d) {
            auto* combo = d->findChild<QComboBox*>();
            combo->setEditText(QStringLiteral("risk-05"));
        });
        w.action(ActionId::GoToItem)->trigger();
        QCOMPARE(w.currentItemKey(), QStringLiteral("RISK-05"));
    }

    void typingANoteIsOneUndoStep()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        QVERIFY(w.selectItem(QStringLiteral("INF-01")));
        QPlainTextEdit* note = w.itemPanel()->noteEdit();
        note->setFocus();
        const int before = w.document()->undoStack()->count();
        QTest::keyClicks(note, QStringLiteral("Diagram reviewed"));
        QTRY_COMPARE(item(w, QStringLiteral("INF-01")).note, QStringLiteral("Diagram reviewed"));
        QTest::keyClicks(note, QStringLiteral(" on 2026-11-20"));
        QTRY_COMPARE(
            item(w, QStringLiteral("INF-01")).note, QStringLiteral("Diagram reviewed on 2026-11-20"));
        QCOMPARE(w.document()->undoStack()->count(), before + 1);
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(item(w, QStringLiteral("INF-01")).note, QString());
        QCOMPARE(note->toPlainText(), QString());
        // The edit was in the file the moment it was made: a second reader sees it after redo.
        w.action(ActionId::Redo)->trigger();
        ProjectError e;
        auto reader = Project::open(w.project()->path(), ProjectFile::Access::ReadOnly, &e);
        QCOMPARE(
            reader->item(QStringLiteral("INF-01"))->note, QStringLiteral("Diagram reviewed on 2026-11-20"));
    }

    void everyKindOfEditUndoes()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        Project* p = w.project();
        const double computed = *p->scores().overall().computed;

        // Adjusting asks for a reason.
        answerNextDialog([](QDialog* d) {
            auto* dialog = qobject_cast<AdjustDialog*>(d);
            QVERIFY(dialog);
            dialog->findChild<QDoubleSpinBox*>()->setValue(95);
            dialog->findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("Week 4 context"));
        });
        w.action(ActionId::AdjustScore)->trigger();
        QCOMPARE(*p->scores().overall().score, 95.0);
        QCOMPARE(w.scoreHeader()->scoreText(), QStringLiteral("95 %"));
        QVERIFY(w.scoreHeader()->computedText().contains(
            QStringLiteral("computed %1 %").arg(Scoring::displayed(computed))));
        w.action(ActionId::Undo)->trigger();
        QVERIFY(!p->assessment().adjustmentFor(QString()));

        // Owner, points and blocker from the item panel.
        QVERIFY(w.selectItem(QStringLiteral("OPS-01")));
        auto* owner = w.itemPanel()->findChild<QLineEdit*>(QStringLiteral("ownerEdit"));
        owner->setFocus();
        owner->selectAll();
        QTest::keyClicks(owner, QStringLiteral("Sam"));
        QTest::keyClick(owner, Qt::Key_Return);
        QCOMPARE(item(w, QStringLiteral("OPS-01")).owner, QStringLiteral("Sam"));
        w.itemPanel()->findChild<QCheckBox*>()->click();
        QVERIFY(item(w, QStringLiteral("OPS-01")).blocker);
        w.action(ActionId::Undo)->trigger();
        QVERIFY(!item(w, QStringLiteral("OPS-01")).blocker);
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(item(w, QStringLiteral("OPS-01")).owner, QStringLiteral("Sam O'Connor"));

        // A risk through its page and dialog.
        w.tabs()->setCurrentWidget(w.findChild<QWidget*>(QStringLiteral("risks")));
        answerNextDialog([](QDialog* d) {
            d->findChild<QLineEdit*>()->setText(QStringLiteral("Key person leaves during rollout"));
        });
        w.findChild<QPushButton*>(QStringLiteral("risksAdd"))->click();
        QCOMPARE(p->assessment().risks.size(), 7);
        QCOMPARE(p->assessment().risks.last().title, QStringLiteral("Key person leaves during rollout"));
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(p->assessment().risks.size(), 6);
        w.action(ActionId::Redo)->trigger();
        QCOMPARE(p->assessment().risks.size(), 7);

        // The assessment's details.
        w.tabs()->setCurrentWidget(w.findChild<QWidget*>(QStringLiteral("assessmentPage")));
        auto* title = w.findChild<QWidget*>(QStringLiteral("assessmentPage"))->findChild<QLineEdit*>();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Checkout 4.2 go-live"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(p->assessment().info.title, QStringLiteral("Checkout 4.2 go-live"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Checkout 4.2 go-live")));
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(p->assessment().info.title, QStringLiteral("Checkout platform 4.2 - production readiness"));
        QVERIFY(p->verifyAudit().intact);
    }

    void droppedFilesBecomeEvidence()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        const QString log = m_fixture.filePath(QStringLiteral("failover.log"));
        TestSupport::writeFile(log, "2026-11-20 failover completed in 31 s\n");
        const QString shot = m_fixture.filePath(QStringLiteral("console.png"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(shot));

        QVERIFY(w.selectItem(QStringLiteral("INF-03")));
        const QModelIndex row = w.checklistView()->currentIndex();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(log), QUrl::fromLocalFile(shot) });
        const QPoint at = w.checklistView()->visualRect(row).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.checklistView()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.checklistView()->viewport(), &drop);
        QTRY_VERIFY(!w.isImporting());
        QTRY_COMPARE(w.project()->evidenceForItem(QStringLiteral("INF-03")).size(), 2);
        QCOMPARE(w.itemPanel()->evidenceList()->count(), 2);
        const QModelIndex count = w.filterModel()->index(row.row(), ChecklistModel::EvidenceColumn);
        QCOMPARE(count.data().toString(), QStringLiteral("2"));

        // Previews: the image is drawn, the log shown as text.
        w.itemPanel()->selectEvidence(w.project()->evidenceBySha(TestSupport::sha256Of(shot))->id);
        QCOMPARE(w.itemPanel()->preview()->kind(), QStringLiteral("image"));
        w.itemPanel()->selectEvidence(w.project()->evidenceBySha(TestSupport::sha256Of(log))->id);
        QCOMPARE(w.itemPanel()->preview()->kind(), QStringLiteral("text"));

        // The same file dropped on another item's panel is stored once and linked twice.
        QVERIFY(w.selectItem(QStringLiteral("INF-04")));
        // Qt delivers a drop to the widget that accepted the drag's entry.
        QDragEnterEvent panelEnter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.itemPanel(), &panelEnter);
        QVERIFY(panelEnter.isAccepted());
        QDropEvent panelDrop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.itemPanel(), &panelDrop);
        QTRY_VERIFY(!w.isImporting());
        QTRY_COMPARE(w.project()->evidenceForItem(QStringLiteral("INF-04")).size(), 2);
        QSqlQuery q(w.project()->file().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blob")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7); // the demo's five and the two new files

        // Removing from one item only unlinks; undo links it again.
        const qint64 id = w.project()->evidenceBySha(TestSupport::sha256Of(log))->id;
        w.itemPanel()->selectEvidence(id);
        w.itemPanel()->findChild<QPushButton*>(QStringLiteral("removeEvidenceButton"))->click();
        QCOMPARE(w.project()->evidence(id)->itemKeys, QStringList { QStringLiteral("INF-03") });
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(w.project()->evidence(id)->itemKeys.size(), 2);
    }

    void pastedImagesLinksAndPdfsAreEvidence()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        QVERIFY(w.selectItem(QStringLiteral("MON-03")));

        // A screenshot on the clipboard.
        QImage shot(120, 80, QImage::Format_RGB32);
        shot.fill(QColor(0x15, 0x65, 0xc0));
        QApplication::clipboard()->setImage(shot);
        w.action(ActionId::PasteImage)->trigger();
        QTRY_VERIFY(!w.isImporting());
        QTRY_COMPARE(w.project()->evidenceForItem(QStringLiteral("MON-03")).size(), 1);
        const Evidence* pasted = w.project()->evidenceForItem(QStringLiteral("MON-03")).at(0);
        QVERIFY(pasted->name.startsWith(QStringLiteral("Pasted image")));
        QCOMPARE(pasted->mimeType, QStringLiteral("image/png"));

        // A link with a caption.
        answerNextDialog([](QDialog* d) {
            const QList<QLineEdit*> fields = d->findChildren<QLineEdit*>();
            fields.at(0)->setText(QStringLiteral("https://logs.example.com/search?q=checkout"));
            fields.at(1)->setText(QStringLiteral("Log search"));
        });
        w.action(ActionId::AddLink)->trigger();
        QCOMPARE(w.project()->evidenceForItem(QStringLiteral("MON-03")).size(), 2);
        const qint64 linkId = w.itemPanel()->evidenceList()->count() == 2
            ? w.project()->evidenceForItem(QStringLiteral("MON-03")).at(1)->id
            : 0;
        QVERIFY(w.project()->evidence(linkId)->isLink());
        w.itemPanel()->selectEvidence(linkId);
        QCOMPARE(w.itemPanel()->preview()->kind(), QStringLiteral("link"));
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(w.project()->evidenceForItem(QStringLiteral("MON-03")).size(), 1);

        // A PDF is rendered by QtPdf.
        const QString pdf = m_fixture.filePath(QStringLiteral("pentest-report.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.drawText(QPointF(200, 400), QStringLiteral("Penetration test report"));
        }
        w.attachFiles(QStringLiteral("MON-03"), { pdf });
        QTRY_VERIFY(!w.isImporting());
        QTRY_COMPARE(w.project()->evidenceForItem(QStringLiteral("MON-03")).size(), 2);
        w.itemPanel()->selectEvidence(w.project()->evidenceBySha(TestSupport::sha256Of(pdf))->id);
        QCOMPARE(w.itemPanel()->preview()->kind(), QStringLiteral("pdf"));
    }

    void cancelledImportLeavesNothing()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        const QString big = m_fixture.filePath(QStringLiteral("recording.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(512LL * 1024 * 1024)); // sparse: quick to make, long to import
        }
        const int evidence = w.project()->assessment().evidence.size();
        w.attachFiles(QStringLiteral("DATA-02"), { big });
        QVERIFY(w.isImporting());
        w.findChild<QPushButton*>(QStringLiteral("cancelImport"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting(), 20000);
        QCOMPARE(w.project()->assessment().evidence.size(), evidence);
        QSqlQuery q(w.project()->file().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blob WHERE complete = 0")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QFile::remove(big);
    }

    void filterLooksAcrossAllItems()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        ChecklistFilterModel* f = w.filterModel();
        QCOMPARE(f->rowCount(), 7); // the first domain
        QTest::keyClicks(w.filterEdit(), QStringLiteral("backup"));
        QVERIFY(f->rowCount() >= 2);
        for (int r = 0; r < f->rowCount(); ++r)
            QVERIFY(f->index(r, 0)
                        .data(ChecklistModel::SearchTextRole)
                        .toString()
                        .contains(QStringLiteral("backup"), Qt::CaseInsensitive));
        w.filterEdit()->clear();
        w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(int(ItemStatus::Unmet)));
        QCOMPARE(f->rowCount(), 2);
        w.statusFilter()->setCurrentIndex(0);
        w.blockersFilter()->setChecked(true);
        QCOMPARE(f->rowCount(), 5);
        w.blockersFilter()->setChecked(false);
        w.noEvidenceFilter()->setChecked(true);
        QCOMPARE(f->rowCount(), 41);
        w.noEvidenceFilter()->setChecked(false);
        w.ownerFilter()->setCurrentIndex(w.ownerFilter()->findData(QStringLiteral("Fatima Haddad")));
        QCOMPARE(f->rowCount(), 6);
        w.action(ActionId::ClearFilter)->trigger();
        QCOMPARE(f->rowCount(), 7);
    }

    void checklistCanBeEditedAndUndone()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        Project* p = w.project();
        QVERIFY(w.selectItem(QStringLiteral("SEC-02")));
        answerNextDialog([](QDialog* d) {
            d->findChildren<QPlainTextEdit*>().at(0)->setPlainText(
                QStringLiteral("Secrets are rotated at least every 90 days."));
            d->findChild<QDoubleSpinBox*>()->setValue(2);
        });
        w.action(ActionId::AddItem)->trigger();
        QCOMPARE(w.currentItemKey(), QStringLiteral("SEC-09"));
        QCOMPARE(p->findItem(QStringLiteral("SEC-09")).item, 2);
        QCOMPARE(item(w, QStringLiteral("SEC-09")).points, 2.0);
        w.action(ActionId::ItemUp)->trigger();
        QCOMPARE(p->findItem(QStringLiteral("SEC-09")).item, 1);
        answerNextDialog([](QDialog*) {});
        w.action(ActionId::RemoveItem)->trigger();
        QVERIFY(!p->item(QStringLiteral("SEC-09")));
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(p->findItem(QStringLiteral("SEC-09")).item, 1);

        // A new domain with a weight and a target.
        answerNextDialog([](QDialog* d) {
            d->findChild<QLineEdit*>()->setText(QStringLiteral("Accessibility"));
            const QList<QCheckBox*> set = d->findChildren<QCheckBox*>();
            set.at(0)->setChecked(true);
            set.at(1)->setChecked(true);
            const QList<QDoubleSpinBox*> numbers = d->findChildren<QDoubleSpinBox*>();
            numbers.at(0)->setValue(5);
            numbers.at(1)->setValue(85);
        });
        w.action(ActionId::AddDomain)->trigger();
        const int index = p->assessment().domainIndex(QStringLiteral("ACCE"));
        QCOMPARE(index, 2);
        QCOMPARE(*p->assessment().domains.at(index).weight, 5.0);
        QCOMPARE(*p->assessment().domains.at(index).target, 85.0);
        QCOMPARE(w.domainView()->model()->rowCount(), 9);
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(w.domainView()->model()->rowCount(), 8);

        // Removing a whole domain and undoing it brings every answer back.
        const double score = *p->scores().overall().score;
        w.domainView()->setCurrentIndex(w.domainView()->model()->index(4, 0));
        answerNextDialog([](QDialog*) {});
        w.action(ActionId::RemoveDomain)->trigger();
        QCOMPARE(p->assessment().domains.size(), 7);
        w.action(ActionId::Undo)->trigger();
        QCOMPARE(p->assessment().domains.size(), 8);
        QCOMPARE(*p->scores().overall().score, score);

        // The checklist saved as a template is a template again.
        const QString json = m_fixture.filePath(QStringLiteral("saved-template.json"));
        const QByteArray bytes = Template::fromAssessment(p->assessment()).toJson();
        TestSupport::writeFile(json, bytes);
        QString error;
        QVERIFY2(Template::load(json, &error), qPrintable(error));
    }

    void readOnlyProjectCannotBeEdited()
    {
        const QString path = m_fixture.freshCopy();
        QFile::setPermissions(path, QFile::ReadOwner);
        const QByteArray before = TestSupport::fileBytes(path);
        {
            MainWindow w;
            QVERIFY(WindowFixture::open(w, path));
            QVERIFY(w.document()->isReadOnly());
            QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
            QVERIFY(w.scoreHeader()->computedText().contains(QStringLiteral("read-only")));
            QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
            for (ActionId id : { ActionId::SetMet, ActionId::AddEvidence, ActionId::AddItem,
                     ActionId::AddDomain, ActionId::AdjustScore, ActionId::RemoveItem })
                QVERIFY2(!w.action(id)->isEnabled(), actionObjectName(id).data());
            w.checklistView()->setFocus();
            QTest::keyClick(w.checklistView(), Qt::Key_1);
            QCOMPARE(item(w, QStringLiteral("SEC-03")).status, ItemStatus::Partial);
            QVERIFY(w.itemPanel()->noteEdit()->isReadOnly());
            QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("findingsAdd"))->isEnabled());
        }
        QCOMPARE(TestSupport::fileBytes(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void guiEditsReadBackThroughTheCli()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString path = m_fixture.freshCopy();
        QVERIFY(w.openProject(path));
        for (const char* key : { "DOC-03", "DOC-04", "PERF-03", "DATA-04" }) {
            QVERIFY(w.selectItem(QLatin1String(key)));
            QTest::keyClick(w.checklistView(), Qt::Key_1);
        }
        const TestSupport::CliResult r
            = TestSupport::runCli({ QStringLiteral("score"), path, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
        QCOMPARE(w.scoreHeader()->scoreText(),
            QStringLiteral("%1 %").arg(overall.value(QStringLiteral("display")).toInt()));
        QCOMPARE(w.scoreHeader()->gradeText(),
            QStringLiteral("Grade %1").arg(overall.value(QStringLiteral("grade")).toString()));
        QCOMPARE(w.scoreHeader()->statusText(), overall.value(QStringLiteral("status")).toString());
        QCOMPARE(overall.value(QStringLiteral("assessed")).toInt(), 51);
        const QJsonObject data = json.value(QStringLiteral("domains")).toArray().at(4).toObject();
        QCOMPARE(
            data.value(QStringLiteral("earned")).toDouble(), w.project()->scores().domains().at(4).earned);
    }

    void welcomePageListsRecentProjects()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString path = m_fixture.freshCopy();
        QVERIFY(w.openProject(path));
        w.closeProject();
        QVERIFY(w.welcomePage()->isVisible());
        QListWidget* recent = w.welcomePage()->recentList();
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
        emit recent->itemActivated(recent->item(0));
        QVERIFY(w.project());
        QCOMPARE(w.project()->path(), path);
    }

    void everyControlHasAName()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        QVERIFY(w.selectItem(QStringLiteral("SEC-01")));
        QSet<QWidget*> buddies;
        for (QLabel* label : w.findChildren<QLabel*>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList unnamed;
        for (QWidget* widget : w.findChildren<QWidget*>()) {
            const bool needsName = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget);
            // Parts of a control (a table's header, a combo box's popup list) are named by the control.
            if (!needsName || widget->parent()->inherits("QComboBox")
                || widget->parent()->inherits("QAbstractSpinBox")
                || widget->parent()->inherits("QAbstractItemView") || widget->inherits("QComboBoxListView"))
                continue;
            if (widget->accessibleName().isEmpty() && !buddies.contains(widget))
                unnamed << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestWorkbench)
#include "TestWorkbench.moc"
