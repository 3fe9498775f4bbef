// The dashboard follows every edit, takes the user from a bar to its items, shows the risk matrix's
// counts, and exports each chart as PNG and SVG.

#include "TestSupport.h"

#include "Document.h"
#include "MainWindow.h"
#include "PresenterWindow.h"
#include "WindowFixture.h"
#include "commands/EditCommand.h"
#include "models/ChecklistFilterModel.h"
#include "scoring/Answers.h"
#include "widgets/ChecklistPage.h"
#include "widgets/ChecklistView.h"
#include "widgets/DashboardPage.h"
#include "widgets/DomainBars.h"
#include "widgets/ItemPanel.h"
#include "widgets/MilestonesPage.h"
#include "widgets/PathToReadyPanel.h"
#include "widgets/RiskHeatMap.h"
#include "widgets/ScoreHeader.h"
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QRadioButton>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace rw;

namespace {

QHorizontalStackedBarSeries* barSeries(QChartView* view)
{
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s))
            return bars;
    }
    return nullptr;
}

// The sum of every set's value at a category: for the domain chart, that domain's score.
double valueAt(QHorizontalStackedBarSeries* series, int index)
{
    double sum = 0;
    for (QBarSet* set : series->barSets())
        sum += set->at(index);
    return sum;
}

// The keyboard on the checklist, its window active (shortcuts of the page need both).
void focusChecklist(MainWindow& w)
{
    QApplication::setActiveWindow(&w);
    w.checklistView()->setFocus();
    QTRY_VERIFY(w.checklistView()->hasFocus());
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_dashboard"));
    }

    void init() { TestSupport::knownAssessor(); }

    void chartsFollowEveryEdit()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        DashboardPage* dash = w.dashboard();
        w.tabs()->setCurrentWidget(dash);
        QHorizontalStackedBarSeries* domains = barSeries(dash->chartView(QStringLiteral("domainScores")));
        QVERIFY(domains);
        // The first domain is drawn on top, that is at the last category.
        const int infra = domains->barSets().first()->count() - 1;
        QCOMPARE(qRound(valueAt(domains, infra)), 94);
        auto* axis = qobject_cast<QBarCategoryAxis*>(
            dash->chartView(QStringLiteral("domainScores"))->chart()->axes(Qt::Vertical).first());
        QCOMPARE(axis->categories().last(), QStringLiteral("Infrastructure &amp; Architecture (20 %)"));
        QCOMPARE(dash->scoreLabels().first(), QStringLiteral("94 % Excellent"));
        // A target line for every domain with a target.
        int targets = 0;
        for (QAbstractSeries* s : dash->chartView(QStringLiteral("domainScores"))->chart()->series())
            targets += qobject_cast<QLineSeries*>(s) ? 1 : 0;
        QCOMPARE(targets, 8);

        QVERIFY(w.document()->setItemStatus(QStringLiteral("INF-07"), ItemStatus::Unmet));
        domains = barSeries(dash->chartView(QStringLiteral("domainScores")));
        QCOMPARE(qRound(valueAt(domains, infra)), qRound(*w.project()->scores().domains().at(0).score()));
        QVERIFY(valueAt(domains, infra) < 94);
        QCOMPARE(dash->scoreLabels().first(), QStringLiteral("72 % Fair"));

        QHorizontalStackedBarSeries* statuses = barSeries(dash->chartView(QStringLiteral("statuses")));
        const QBarSet* unmet = statuses->barSets().at(2);
        QCOMPARE(unmet->label(), toLabel(ItemStatus::Unmet));
        QCOMPARE(int(unmet->at(0)), 3); // all domains: PERF-03, DATA-04 and INF-07 now
        w.document()->undoStack()->undo();
        QCOMPARE(int(barSeries(dash->chartView(QStringLiteral("statuses")))->barSets().at(2)->at(0)), 2);

        // Edits made on another page show when the dashboard is shown again.
        w.tabs()->setCurrentIndex(0);
        QVERIFY(w.document()->setItemStatus(QStringLiteral("RISK-01"), ItemStatus::Unmet));
        w.tabs()->setCurrentWidget(dash);
        QCOMPARE(int(barSeries(dash->chartView(QStringLiteral("statuses")))->barSets().at(2)->at(0)), 3);

        // The risk matrix counts open risks per cell.
        QCOMPARE(dash->riskMap()->count(2, 5), 2);
        QCOMPARE(dash->riskMap()->count(3, 4), 1);
    }

    void pathToReadyFollowsTheAnswers()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        w.tabs()->setCurrentWidget(w.dashboard());
        PathToReadyPanel* plan = w.dashboard()->plan();
        QCOMPARE(plan->steps()->rowCount(), 5);
        QVERIFY(plan->summary()->text().contains(QStringLiteral("46 h")));
        QCOMPARE(plan->steps()->item(4, 4)->text(), QStringLiteral("Ready"));
        // Doing the first step shortens the plan at once.
        const QString first = plan->steps()->item(0, 0)->text();
        QVERIFY(w.document()->setItemStatus(first, ItemStatus::Met));
        QCOMPARE(plan->steps()->rowCount(), 4);
        // A blocker without an estimate enters the plan at the default effort, marked as such, and the
        // summary says how many steps have no estimate.
        QVERIFY(w.document()->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Unmet));
        int row = -1;
        for (int r = 0; r < plan->steps()->rowCount(); ++r) {
            if (plan->steps()->item(r, 0)->text() == QStringLiteral("SEC-01"))
                row = r;
        }
        QCOMPARE(row, 0); // a blocker comes first
        QCOMPARE(plan->steps()->item(row, 2)->text(), QStringLiteral("4 h (default)"));
        QVERIFY2(plan->summary()->text().contains(
                     QRegularExpression(QStringLiteral("1 step(\\(s\\))? ha(s|ve) no estimate yet"))),
            qPrintable(plan->summary()->text()));
        // The item panel's Effort field gives it one, as an undoable step; the plan follows at once.
        QVERIFY(w.selectItem(QStringLiteral("SEC-01")));
        auto* effort = w.findChild<QDoubleSpinBox*>(QStringLiteral("effortEdit"));
        QVERIFY(effort);
        QCOMPARE(effort->text(), QStringLiteral("not estimated"));
        effort->setValue(2.5);
        QCOMPARE(*w.project()->item(QStringLiteral("SEC-01"))->effortHours, 2.5);
        QCOMPARE(plan->steps()->item(0, 2)->text(), QStringLiteral("2.5 h"));
        QVERIFY(!plan->summary()->text().contains(QStringLiteral("no estimate")));
        w.document()->undoStack()->undo();
        QVERIFY(!w.project()->item(QStringLiteral("SEC-01"))->effortHours);
        QCOMPARE(effort->text(), QStringLiteral("not estimated"));
        // Activating a step opens its item in the checklist.
        w.document()->undoStack()->undo();
        emit plan->steps()->cellActivated(0, 0);
        QCOMPARE(w.tabs()->currentIndex(), 0);
        QCOMPARE(w.currentItemKey(), plan->steps()->item(0, 0)->text());
    }

    // Items asked other than with a status: the item panel's answer editors, the digits in the
    // checklist, undo, an item that stops applying, and presenter mode.
    // The review in the workbench, keyboard first: flag with a reason, the reviewer's filter, accept,
    // send back with a comment, comment threads resolved, evidence accepted, rejected with a reason and
    // dated; each one undo step; the dashboard and the presenter show what is open.
    void reviewPassInTheWorkbench()
    {
        const QString path = m_dir.filePath(QStringLiteral("review.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        const auto item = [&](const char* key) { return w.project()->item(QString::fromLatin1(key)); };
        ItemPanel* panel = w.itemPanel();
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        focusChecklist(w);
        answerNextDialog([](QDialog* d) {
            d->findChild<QLineEdit*>()->setText(QStringLiteral("Scan is from last year"));
        });
        QTest::keyClick(w.checklistView(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(item("SEC-03")->flag, QStringLiteral("Scan is from last year"));
        QCOMPARE(item("SEC-03")->workState, WorkState::InReview);
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("flagNotice"))->isVisible());
        QCOMPARE(panel->findChild<QComboBox*>(QStringLiteral("workState"))->currentData().toInt(),
            int(WorkState::InReview));
        // The reviewer's filter: flagged items only.
        QComboBox* review = w.checklistPage()->reviewFilter();
        review->setCurrentIndex(review->findData(int(ChecklistFilterModel::Review::Flagged)));
        QCOMPARE(w.checklistView()->model()->rowCount(), 1);
        // Accept (Ctrl+Alt+A): done, flag cleared; undo brings the flag back.
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        focusChecklist(w);
        QTest::keyClick(w.checklistView(), Qt::Key_A, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(item("SEC-03")->workState, WorkState::Done);
        QVERIFY(item("SEC-03")->flag.isEmpty());
        // The row stays while the reviewer works (rows never jump away under the keyboard); chosen again,
        // the filter finds no flagged item.
        review->setCurrentIndex(0);
        review->setCurrentIndex(review->findData(int(ChecklistFilterModel::Review::Flagged)));
        QCOMPARE(w.checklistView()->model()->rowCount(), 0);
        w.document()->undoStack()->undo();
        QCOMPARE(item("SEC-03")->flag, QStringLiteral("Scan is from last year"));
        review->setCurrentIndex(0);

        // Send back (Ctrl+Alt+B) with a comment: to do, and a thread opened; one undo step for both.
        QVERIFY(w.selectItem(QStringLiteral("SEC-04")));
        focusChecklist(w);
        answerNextDialog([](QDialog* d) {
            d->findChild<QLineEdit*>()->setText(QStringLiteral("Attach the pen test report"));
        });
        QTest::keyClick(w.checklistView(), Qt::Key_B, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(w.project()->commentsForItem(QStringLiteral("SEC-04")).size(), 1);
        QCOMPARE(item("SEC-04")->workState, WorkState::ToDo);
        QCOMPARE(panel->commentList()->count(), 1);
        QVERIFY(panel->commentList()->item(0)->text().contains(QStringLiteral("Attach the pen test report")));
        const int steps = w.document()->undoStack()->count();
        w.document()->undoStack()->undo();
        QCOMPARE(w.project()->commentsForItem(QStringLiteral("SEC-04")).size(), 0);
        w.document()->undoStack()->redo();
        QCOMPARE(w.project()->commentsForItem(QStringLiteral("SEC-04")).size(), 1);
        QCOMPARE(w.document()->undoStack()->count(), steps);
        // A reply typed in the comment field (Ctrl+Alt+M), then the thread resolved.
        focusChecklist(w);
        QTest::keyClick(w.checklistView(), Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        auto* edit = panel->findChild<QLineEdit*>(QStringLiteral("commentEdit"));
        QTRY_VERIFY(edit->hasFocus());
        panel->commentList()->setCurrentRow(0);
        QTest::keyClicks(edit, QStringLiteral("Report attached"));
        panel->findChild<QPushButton*>(QStringLiteral("replyButton"))->click();
        QCOMPARE(w.project()->commentsForItem(QStringLiteral("SEC-04")).size(), 2);
        QCOMPARE(panel->commentList()->count(), 2);
        panel->commentList()->setCurrentRow(0);
        panel->findChild<QPushButton*>(QStringLiteral("resolveButton"))->click();
        QVERIFY(w.project()->commentsForItem(QStringLiteral("SEC-04")).first()->resolved);
        w.document()->undoStack()->undo();
        QVERIFY(!w.project()->commentsForItem(QStringLiteral("SEC-04")).first()->resolved);

        // Evidence: the panel says what it is; accepted, rejected with a reason, dated.
        QVERIFY(w.selectItem(QStringLiteral("SEC-01")));
        panel->evidenceList()->setCurrentRow(0);
        const qint64 id = panel->selectedEvidence();
        QVERIFY(id > 0);
        const QString details = panel->evidenceDetails()->text();
        QVERIFY2(details.contains(QStringLiteral("SHA-256 ") + w.project()->evidence(id)->sha256.left(16)),
            qPrintable(details));
        QVERIFY(QString(details).remove(QChar(0x200B)).contains(w.project()->evidence(id)->sha256));
        QVERIFY(details.contains(QStringLiteral("Added by")));
        panel->findChild<QPushButton*>(QStringLiteral("acceptEvidenceButton"))->click();
        QCOMPARE(w.project()->evidence(id)->review, EvidenceReview::Accepted);
        QCOMPARE(w.project()->evidence(id)->reviewedBy, QStringLiteral("Test Assessor"));
        answerNextDialog([](QDialog* d) {
            d->findChild<QLineEdit*>()->setText(QStringLiteral("Summary only, no findings"));
        });
        panel->findChild<QPushButton*>(QStringLiteral("rejectEvidenceButton"))->click();
        QTRY_COMPARE(w.project()->evidence(id)->review, EvidenceReview::Rejected);
        QCOMPARE(w.project()->evidence(id)->reviewReason, QStringLiteral("Summary only, no findings"));
        answerNextDialog([](QDialog* d) {
            d->findChild<QCheckBox*>(QStringLiteral("validUntilKnown"))->setChecked(true);
            d->findChild<QDateEdit*>(QStringLiteral("validUntil"))->setDate(QDate(2025, 6, 30));
        });
        panel->findChild<QPushButton*>(QStringLiteral("evidenceDatesButton"))->click();
        QTRY_COMPARE(w.project()->evidence(id)->validUntil, QDate(2025, 6, 30));
        QVERIFY(panel->evidenceDetails()->text().contains(QStringLiteral("expired")));
        QVERIFY(panel->evidenceList()->currentItem()->text().contains(QStringLiteral("expired")));
        w.document()->undoStack()->undo();
        QVERIFY(!w.project()->evidence(id)->validUntil.isValid());
        w.document()->undoStack()->redo();

        // The dashboard: what needs a second look, with the items as links.
        w.tabs()->setCurrentWidget(w.dashboard());
        QLabel* attention = w.dashboard()->attention();
        QTRY_VERIFY(attention->isVisible());
        QVERIFY2(
            attention->text().contains(QStringLiteral("Expired evidence")), qPrintable(attention->text()));
        QVERIFY(attention->text().contains(
            QStringLiteral("Flagged for review: <a href=\"item:SEC-03\">SEC-03</a>")));
        QVERIFY(attention->text().contains(QStringLiteral("Unresolved comments")));
        // The presenter shows the flag on the item.
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        PresenterWindow presenter(w.document(), {});
        presenter.setCurrentItem(QStringLiteral("SEC-03"));
        QVERIFY(presenter.findChildren<QLabel*>().size() > 0);
        bool shown = false;
        for (QLabel* l : presenter.findChildren<QLabel*>())
            shown = shown || l->text().contains(QStringLiteral("Flagged for review: Scan is from last year"));
        QVERIFY(shown);
        // The domain's review signed off, undoably.
        QVERIFY(w.document()->signOffReview(QStringLiteral("SEC"), true));
        QCOMPARE(w.project()->assessment().domains.at(1).reviewedBy, QStringLiteral("Test Assessor"));
        w.document()->undoStack()->undo();
        QVERIFY(w.project()->assessment().domains.at(1).reviewedBy.isEmpty());
        // The assessment period, on the assessment page: evidence collected outside it is pointed out.
        auto* from = w.findChild<QDateEdit*>(QStringLiteral("periodFrom"));
        QVERIFY(from);
        from->setDate(QDate(2026, 7, 1));
        emit from->editingFinished();
        QCOMPARE(w.project()->assessment().info.periodFrom, QDate(2026, 7, 1));
        w.document()->undoStack()->undo();
        QVERIFY(!w.project()->assessment().info.periodFrom.isValid());
    }

    void answersInTheWorkbench()
    {
        const QString path = m_dir.filePath(QStringLiteral("answers.readiness"));
        QVERIFY(TestSupport::createProject(
            path, QStringLiteral(READINESS_SOURCE_DIR "/tests/data/templates/answer-types.json")));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        const auto item = [&](const char* key) { return w.project()->item(QString::fromLatin1(key)); };
        // A digit picks the level with that number (not "partially met").
        QVERIFY(w.selectItem(QStringLiteral("OPS-01")));
        w.checklistView()->setFocus();
        QTest::keyClick(w.checklistView(), Qt::Key_2);
        QCOMPARE(item("OPS-01")->answer, QJsonValue(QStringLiteral("2")));
        QCOMPARE(item("OPS-01")->status, ItemStatus::Partial);
        QTest::keyClick(w.checklistView(), Qt::Key_4);
        QCOMPARE(item("OPS-01")->status, ItemStatus::Met); // at or above the target 3
        QTest::keyClick(w.checklistView(), Qt::Key_8); // no such level: nothing changes
        QCOMPARE(item("OPS-01")->answer, QJsonValue(QStringLiteral("4")));
        // The panel shows the levels with the chosen one ticked, and what the answer earns.
        auto* box = w.itemPanel()->answerBox();
        QVERIFY(box->isVisible());
        QList<QRadioButton*> levels = box->findChildren<QRadioButton*>();
        QCOMPARE(levels.size(), 6);
        QVERIFY(levels.at(4)->isChecked());
        QVERIFY(box->findChild<QLabel*>(QStringLiteral("answerKind"))
                    ->text()
                    .contains(QStringLiteral("2 of 2 points")));
        // Clicking a level answers; undo takes it back in one step.
        levels.at(1)->click();
        QCOMPARE(item("OPS-01")->answer, QJsonValue(QStringLiteral("1")));
        w.document()->undoStack()->undo();
        QCOMPARE(item("OPS-01")->answer, QJsonValue(QStringLiteral("4")));
        // "Met" from the menu is not an answer to a level: nothing changes, and the status bar says why.
        w.action(ActionId::SetMet)->trigger();
        QCOMPARE(item("OPS-01")->answer, QJsonValue(QStringLiteral("4")));
        // Several choices: digits toggle them.
        QVERIFY(w.selectItem(QStringLiteral("OPS-06")));
        w.checklistView()->setFocus();
        QTest::keyClick(w.checklistView(), Qt::Key_1);
        QTest::keyClick(w.checklistView(), Qt::Key_3);
        QCOMPARE(item("OPS-06")->answer,
            QJsonValue(QJsonArray { QStringLiteral("offsite"), QStringLiteral("tested") }));
        QCOMPARE(w.itemPanel()->answerBox()->findChildren<QCheckBox*>().size(), 4);
        // Yes/no takes 1 and 3 as yes and no; "no" makes its follow-up not apply, saying why.
        QVERIFY(w.selectItem(QStringLiteral("OPS-04")));
        w.checklistView()->setFocus();
        QTest::keyClick(w.checklistView(), Qt::Key_3);
        QCOMPARE(item("OPS-04")->answer, QJsonValue(QStringLiteral("no")));
        QVERIFY(!item("OPS-05")->doesNotApply.isEmpty());
        QVERIFY(w.selectItem(QStringLiteral("OPS-05")));
        auto* detail = w.itemPanel()->answerBox()->findChild<QLabel*>(QStringLiteral("answerDetail"));
        QVERIFY(detail->text().contains(QStringLiteral("OPS-04")));
        // A number typed in the panel, a bad one refused with the reason.
        QVERIFY(w.selectItem(QStringLiteral("SLO-01")));
        auto* edit = w.itemPanel()->answerBox()->findChild<QLineEdit*>(QStringLiteral("answerEdit"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("many"));
        emit edit->editingFinished();
        QVERIFY(!Answers::isAnswered(item("SLO-01")->answer));
        QVERIFY(w.itemPanel()
                    ->answerBox()
                    ->findChild<QLabel*>(QStringLiteral("answerDetail"))
                    ->text()
                    .contains(QStringLiteral("not a number")));
        edit->setText(QStringLiteral("99.95"));
        emit edit->editingFinished();
        QCOMPARE(item("SLO-01")->status, ItemStatus::Met);
        // Implementation groups chosen on the assessment page after creation: unticking IG2 leaves its
        // items out; undo brings them back.
        auto* groups = w.findChild<QWidget*>(QStringLiteral("implementationGroups"));
        QVERIFY(groups);
        QList<QCheckBox*> boxes = groups->findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 2);
        for (QCheckBox* b : boxes) {
            if (b->text() == QLatin1String("IG2"))
                b->setChecked(false);
        }
        QCOMPARE(w.project()->assessment().info.implementationGroups, QStringList { QStringLiteral("IG1") });
        QVERIFY(!item("SLO-04")->doesNotApply.isEmpty());
        w.document()->undoStack()->undo();
        QVERIFY(w.project()->assessment().info.implementationGroups.isEmpty());
        QVERIFY(item("SLO-04")->doesNotApply.isEmpty());
        // Presenter mode shows the answer as given.
        QVERIFY(w.selectItem(QStringLiteral("OPS-01")));
        w.action(ActionId::Presenter)->trigger();
        PresenterWindow* presenter = w.presenter();
        QVERIFY(presenter);
        bool shown = false;
        for (QLabel* l : presenter->findChildren<QLabel*>())
            shown = shown || l->text() == QStringLiteral("4 – Quantitatively managed");
        QVERIFY(shown);
        presenter->close();
    }

    void clickingABarOpensItsItems()
    {
        const QString path = m_dir.filePath(QStringLiteral("click.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        w.tabs()->setCurrentWidget(w.dashboard());
        QHorizontalStackedBarSeries* domains
            = barSeries(w.dashboard()->chartView(QStringLiteral("domainScores")));
        // Data Management is the fifth domain: fourth category from the top.
        const int count = domains->barSets().first()->count();
        emit domains->barSets().at(2)->clicked(count - 1 - 4);
        QCOMPARE(w.tabs()->currentIndex(), 0);
        QCOMPARE(w.domainView()->currentIndex().row(), 4);

        w.tabs()->setCurrentWidget(w.dashboard());
        QHorizontalStackedBarSeries* statuses
            = barSeries(w.dashboard()->chartView(QStringLiteral("statuses")));
        emit statuses->barSets().at(2)->clicked(0); // "Not met" in all domains
        QCOMPARE(w.tabs()->currentIndex(), 0);
        QCOMPARE(w.filterModel()->rowCount(), 2);
    }

    void milestonesAreSavedComparedAndUndone()
    {
        const QString path = m_dir.filePath(QStringLiteral("milestones.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        MilestonesPage* page = w.milestones();
        w.tabs()->setCurrentWidget(page);
        QCOMPARE(page->list()->count(), 1);
        // The kick-off workshop against now: every domain's change and the items that moved.
        QCOMPARE(page->fromBox()->currentText(), QStringLiteral("Kick-off workshop"));
        QCOMPARE(page->toBox()->currentText(), QStringLiteral("Now"));
        QCOMPARE(page->deltas()->rowCount(), 9);
        QCOMPARE(page->deltas()->item(0, 0)->text(), QStringLiteral("Overall"));
        bool sec01 = false;
        for (int i = 0; i < page->changedItems()->count(); ++i)
            sec01 = sec01 || page->changedItems()->item(i)->text() == QStringLiteral("SEC-01: Not met → Met");
        QVERIFY(sec01);
        QCOMPARE(page->trend()->chart()->series().size(), 9);

        page->saveMilestone(QStringLiteral("Final review"));
        QCOMPARE(page->list()->count(), 2);
        QCOMPARE(w.project()->assessment().snapshots.last().name, QStringLiteral("Final review"));
        w.document()->undoStack()->undo();
        QCOMPARE(page->list()->count(), 1);
        w.document()->undoStack()->redo();
        QCOMPARE(page->list()->count(), 2);

        // Comparing the new milestone with now: nothing changed yet; then an edit shows up.
        page->fromBox()->setCurrentIndex(1);
        QCOMPARE(page->changedItems()->item(0)->text(), QStringLiteral("No item changed its status."));
        QVERIFY(w.document()->setItemStatus(QStringLiteral("DOC-03"), ItemStatus::Met));
        QCOMPARE(page->toBox()->currentText(), QStringLiteral("Now"));
        QCOMPARE(page->changedItems()->item(0)->text(), QStringLiteral("DOC-03: Not assessed → Met"));

        // Deleting a milestone is undone with its scores.
        const Snapshot kickoff = w.project()->assessment().snapshots.first();
        QVERIFY(w.document()->removeMilestone(kickoff.id));
        QCOMPARE(page->list()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(page->list()->count(), 2);
        QCOMPARE(w.project()->snapshot(kickoff.id)->domainScores, kickoff.domainScores);
        QVERIFY(w.project()->verifyAudit().intact);
    }

    void presenterFollowsTheMainWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("presenter.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        w.action(ActionId::Presenter)->trigger();
        QPointer<PresenterWindow> presenter = w.presenter();
        QVERIFY(presenter);
        QVERIFY(presenter->isVisible());
        QCOMPARE(presenter->screen(), w.screen());
        QCOMPARE(presenter->header()->scoreText(), w.scoreHeader()->scoreText());
        QCOMPARE(presenter->bars()->valueTexts().first(), QStringLiteral("94 % Excellent"));
        // An edit in the main window shows on the projector at once.
        QVERIFY(w.document()->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Unmet));
        QCOMPARE(presenter->header()->statusText(), QStringLiteral("Not ready"));
        const QString now
            = QStringLiteral("%1 %").arg(Scoring::displayed(*w.project()->scores().domains().at(1).score()));
        QVERIFY(presenter->bars()->valueTexts().at(1).startsWith(now));
        // The whole dashboard, one key away, shows the same.
        presenter->setShowingDashboard(true);
        QCOMPARE(presenter->dashboard()->scoreLabels().first(), QStringLiteral("94 % Excellent"));
        QVERIFY(presenter->dashboard()->scoreLabels().at(1).startsWith(now));
        QTest::keyClick(presenter, Qt::Key_Escape);
        QTRY_VERIFY(!presenter);
        // Closing the project closes the presenter too.
        w.action(ActionId::Presenter)->trigger();
        presenter = w.presenter();
        QVERIFY(presenter);
        w.closeProject();
        QTRY_VERIFY(!presenter);
    }

    void everyChartHasATableOfItsNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("tables.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        w.tabs()->setCurrentWidget(w.dashboard());
        for (const char* name :
            { "overall", "domainScores", "radar", "statuses", "risks", "recommendations", "kpis" }) {
            auto* toggle
                = w.dashboard()->findChild<QToolButton*>(QLatin1String(name) + QStringLiteral("Toggle"));
            QVERIFY2(toggle, name);
            toggle->click();
            QTableWidget* table = w.dashboard()->table(QLatin1String(name));
            QVERIFY2(table->isVisible(), name);
            QVERIFY2(table->rowCount() > 0, name);
        }
        QTableWidget* domains = w.dashboard()->table(QStringLiteral("domainScores"));
        QCOMPARE(domains->item(0, 0)->text(), QStringLiteral("Infrastructure & Architecture"));
        QCOMPARE(domains->item(0, 2)->text(), QStringLiteral("94 %"));
        QCOMPARE(domains->item(0, 3)->text(), QStringLiteral("Excellent"));
        QCOMPARE(domains->item(1, 5)->text(), QStringLiteral("no")); // Security misses its 90 % target
        QTableWidget* overall = w.dashboard()->table(QStringLiteral("overall"));
        QCOMPARE(overall->rowCount(), 2);
        QCOMPARE(overall->item(0, 0)->text(), QStringLiteral("Computed"));
        QCOMPARE(overall->item(1, 0)->text(), QStringLiteral("Adjusted"));
        QCOMPARE(overall->item(1, 1)->text(), w.scoreHeader()->scoreText());
        // Tables follow edits like the charts.
        QVERIFY(w.document()->setItemStatus(QStringLiteral("INF-02"), ItemStatus::Met));
        QCOMPARE(domains->item(0, 2)->text(), QStringLiteral("100 %"));
        QTableWidget* risks = w.dashboard()->table(QStringLiteral("risks"));
        QCOMPARE(risks->item(0, 0)->text(), QStringLiteral("3"));
    }

    void chartsExportAsPngAndSvg()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path, QSize(1366, 768)));
        w.tabs()->setCurrentWidget(w.dashboard());
        QList<QWidget*> charts;
        for (QChartView* view : w.dashboard()->chartViews())
            charts << view;
        charts << w.dashboard()->riskMap();
        for (QWidget* view : charts) {
            const QString png = m_dir.filePath(view->objectName() + QStringLiteral(".png"));
            const QString svg = m_dir.filePath(view->objectName() + QStringLiteral(".svg"));
            QVERIFY(DashboardPage::exportChart(view, png));
            QVERIFY(DashboardPage::exportChart(view, svg));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 200);
            const QByteArray drawing = TestSupport::fileBytes(svg);
            QVERIFY(drawing.contains("<svg"));
            QVERIFY(drawing.contains("</svg>"));
            QVERIFY(drawing.size() > 2000);
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
