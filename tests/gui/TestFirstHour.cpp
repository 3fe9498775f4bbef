// What a new user meets in the first hour: every menu entry has one identity and File > Open is there
// (Ctrl+O); the first change asks who is assessing and the audit log never says "unknown"; the New
// Assessment wizard proposes a folder that exists, names the file after the title and stays open with
// the error when the file cannot be created; Verify Report never shows a verdict beside another file.

#include "TestSupport.h"

#include "ActionId.h"
#include "MainWindow.h"
#include "PresenterWindow.h"
#include "WindowFixture.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AdjustDialog.h"
#include "dialogs/AssessorDialog.h"
#include "dialogs/DialogSize.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/NewProjectWizard.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/VerifyDialog.h"
#include "models/ChecklistModel.h"
#include "models/DomainListModel.h"
#include "store/AuditLog.h"
#include "widgets/ChecklistView.h"
#include "widgets/DashboardPage.h"
#include "widgets/DomainBars.h"
#include "widgets/ScoreHeader.h"
#include "widgets/WelcomePage.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QListView>
#include <QPolarChart>
#include <QTabWidget>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>

using namespace rw;

namespace {

// Closes whatever modal window appears within a short time (a file dialog, a message box), and says
// whether one did.
struct ModalCloser
{
    bool seen = false;
    QString className;
    void arm()
    {
        QTimer::singleShot(200, [this] {
            if (QWidget* w = QApplication::activeModalWidget()) {
                seen = true;
                className = QString::fromLatin1(w->metaObject()->className());
                if (auto* d = qobject_cast<QDialog*>(w))
                    d->reject();
                else
                    w->close();
            }
        });
    }
};

} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fixture;
    int m_n = 0;

    // A project from the 18-domain NIST SP 800-53 LOW baseline; `answered` items of each of the first
    // domains assessed.
    QString nistProject(int answered)
    {
        QString error;
        const auto nist
            = Template::load(QStringLiteral(READINESS_SOURCE_DIR
                                 "/tests/data/third-party/oscal/"
                                 "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"),
                &error);
        if (!nist)
            return QString();
        const QString path = m_fixture.filePath(QStringLiteral("nist-%1.readiness").arg(++m_n));
        ProjectError e;
        auto project
            = Project::create(path, *nist, QStringLiteral("NIST LOW"), QStringLiteral("Test Assessor"), &e);
        if (!project)
            return QString();
        const auto domains = project->assessment().domains;
        for (int d = 0; d + 4 < domains.size(); ++d) {
            for (int i = 0; i < qMin(answered, int(domains[d].items.size())); ++i) {
                Item item = domains[d].items[i];
                item.status = i % 3 == 2 ? ItemStatus::Unmet : ItemStatus::Met;
                project->updateItem(item.key, item);
            }
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.setUp(QStringLiteral("test_first_hour"))); }

    void init() { WindowFixture::reset(); }

    void everyActionHasOneIdentity()
    {
        MainWindow w;
        QSet<QAction*> actions;
        QSet<QString> names;
        for (int i = 0; i < int(ActionId::Count); ++i) {
            QAction* a = w.action(ActionId(i));
            QVERIFY2(a, qPrintable(QStringLiteral("action %1 is missing").arg(i)));
            QVERIFY2(!actions.contains(a), qPrintable(a->objectName()));
            actions.insert(a);
            QVERIFY2(!names.contains(a->objectName()), qPrintable(a->objectName()));
            names.insert(a->objectName());
        }
        QCOMPARE(w.action(ActionId::OpenProject)->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(w.action(ActionId::NewProject)->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(w.action(ActionId::SetNotAssessed)->shortcut(), QKeySequence(Qt::Key_Backspace));
    }

    void menusHoldUniqueEntriesAndFileOpens()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy()));
        const QList<QMenu*> menus = w.menuBar()->findChildren<QMenu*>();
        QVERIFY(menus.size() >= 6);
        QMenu* file = nullptr;
        for (QAction* top : w.menuBar()->actions()) {
            QMenu* menu = top->menu();
            QVERIFY(menu);
            QSet<QString> texts;
            QSet<QKeySequence> keys;
            for (QAction* a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                const QString text = a->text().remove(QLatin1Char('&'));
                QVERIFY2(!texts.contains(text), qPrintable(menu->title() + QStringLiteral(": ") + text));
                texts.insert(text);
                if (!a->shortcut().isEmpty()) {
                    QVERIFY2(!keys.contains(a->shortcut()), qPrintable(a->shortcut().toString()));
                    keys.insert(a->shortcut());
                }
            }
            if (menu->objectName() == QLatin1String("fileMenu"))
                file = menu;
        }
        QVERIFY(file);
        const QList<QAction*> entries = file->actions();
        QCOMPARE(entries.at(1), w.action(ActionId::OpenProject));
        QCOMPARE(entries.at(1)->text(), tr("&Open..."));
        QCOMPARE(entries.at(1)->shortcut(), QKeySequence(QKeySequence::Open));
        for (QAction* a : entries)
            QVERIFY2(a != w.action(ActionId::SetNotAssessed), "an item's status is not a File entry");

        // Ctrl+O opens the Open Project file dialog.
        ModalCloser closer;
        closer.arm();
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier);
        QTRY_VERIFY(closer.seen);
        QCOMPARE(closer.className, QStringLiteral("QFileDialog"));
    }

    void fileEntriesWithoutDialogChangeNoByte()
    {
        const QString path = m_fixture.freshCopy();
        const QByteArray before = TestSupport::fileBytes(path);
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        // Every File entry that only opens a dialog is cancelled; none may change the project.
        for (ActionId id : { ActionId::NewProject, ActionId::OpenProject, ActionId::SaveCopy,
                 ActionId::SaveTemplate, ActionId::ImportChecklist, ActionId::ImportResults,
                 ActionId::ProjectOnto, ActionId::ExportOscal, ActionId::ExportPoam,
                 ActionId::ExportQuestionnaire, ActionId::ExportCsv, ActionId::ExportFindingsCsv,
                 ActionId::ExportRisksCsv, ActionId::ExportKpisCsv, ActionId::ExportReport,
                 ActionId::VerifyReport, ActionId::Identities }) {
            ModalCloser closer;
            closer.arm();
            w.action(id)->trigger();
            QTRY_VERIFY2(closer.seen, actionObjectName(id).data());
            QCOMPARE(w.project()->path(), path);
        }
        w.action(ActionId::CloseProject)->trigger();
        QVERIFY(!w.project());
        QCOMPARE(TestSupport::fileBytes(path), before);
    }

    void firstEditAsksWhoIsAssessing()
    {
        QSettings().remove(QStringLiteral("assessor/name"));
        const QString path = m_fixture.freshCopy();
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        w.checklistView()->setFocus();

        // Declined: nothing is recorded.
        const int logBefore = w.project()->auditLog().size();
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<AssessorDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<AssessorDialog*>(QApplication::activeModalWidget());
            QVERIFY(!dialog->findChild<QPushButton*>()->isEnabled() || dialog->nameEdit()->text().isEmpty());
            dialog->reject();
        });
        w.action(ActionId::SetMet)->trigger();
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Partial);
        QCOMPARE(w.project()->auditLog().size(), logBefore);

        // Given: the change is made and recorded with the name, and the name is kept.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<AssessorDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<AssessorDialog*>(QApplication::activeModalWidget());
            dialog->nameEdit()->setText(QStringLiteral("Noor Haddad"));
            dialog->roleEdit()->setText(QStringLiteral("Lead assessor"));
            dialog->organisationEdit()->setText(QStringLiteral("Northwind"));
            dialog->accept();
        });
        w.action(ActionId::SetMet)->trigger();
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Met);
        const QVector<AuditEntry> log = w.project()->auditLog();
        QCOMPARE(log.size(), logBefore + 1);
        QCOMPARE(log.constLast().by, QStringLiteral("Noor Haddad"));
        QCOMPARE(
            QSettings().value(QStringLiteral("assessor/role")).toString(), QStringLiteral("Lead assessor"));
        QCOMPARE(QSettings().value(QStringLiteral("assessor/organisation")).toString(),
            QStringLiteral("Northwind"));

        // Asked once: the next edit goes straight through.
        w.action(ActionId::SetUnmet)->trigger();
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Unmet);
        for (const AuditEntry& e : w.project()->auditLog())
            QVERIFY2(e.by != QLatin1String("unknown"), qPrintable(e.action));
    }

    void wizardProposesAFolderThatExistsAndNamesTheFileAfterTheTitle()
    {
        // A fresh account: no documents folder yet.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QDir(documents).removeRecursively();
        QVERIFY(!QFileInfo::exists(documents));
        const QString folder = FileDialogs::folder(FileDialogs::Purpose::Projects);
        QVERIFY2(QFileInfo(folder).isDir(), qPrintable(folder));

        NewProjectWizard wizard(folder);
        wizard.show();
        wizard.next();
        auto* title = wizard.findChild<QLineEdit*>(QStringLiteral("newTitle"));
        auto* path = wizard.findChild<QLineEdit*>(QStringLiteral("newPath"));
        title->setText(QStringLiteral("Payments: go-live / 2027"));
        QCOMPARE(QFileInfo(wizard.path()).fileName(), QStringLiteral("Payments- go-live - 2027.readiness"));
        QCOMPARE(QFileInfo(wizard.path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
        // No label shows a literal ampersand.
        for (QLabel* label : wizard.findChildren<QLabel*>()) {
            if (label->isVisibleTo(&wizard) && label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }

        // A file that cannot be created: the wizard stays open with the error and every choice.
        const QString blocker = m_fixture.filePath(QStringLiteral("not-a-folder"));
        TestSupport::writeFile(blocker, "x");
        path->setText(blocker + QStringLiteral("/inside.readiness"));
        wizard.next(); // Finish on the last page
        QVERIFY(wizard.isVisible());
        QVERIFY2(!wizard.createError().isEmpty(), "the error is shown in the wizard");
        QCOMPARE(title->text(), QStringLiteral("Payments: go-live / 2027"));
        QVERIFY(!wizard.takeProject());

        // Corrected: it is created.
        const QString good = m_fixture.filePath(QStringLiteral("wizard.readiness"));
        path->setText(good);
        QVERIFY(wizard.createError().isEmpty());
        QVERIFY(wizard.validateCurrentPage());
        std::unique_ptr<Project> created = wizard.takeProject();
        QVERIFY(created);
        QCOMPARE(created->assessment().info.title, QStringLiteral("Payments: go-live / 2027"));
        QVERIFY(QFileInfo::exists(good));
    }

    void wizardEnterGoesToTheNextPage()
    {
        NewProjectWizard wizard(m_fixture.path());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), 0);
        QWidget* list = wizard.findChild<QWidget*>(QStringLiteral("templateList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), 1);
    }

    void verifyDialogClearsTheVerdictWhenThePathChanges()
    {
        const QString pdf = m_fixture.filePath(QStringLiteral("unsigned.pdf"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("report"), m_fixture.demo(), QStringLiteral("--format"),
                                         QStringLiteral("pdf"), QStringLiteral("-o"), pdf })
                     .exitCode,
            0);
        VerifyDialog dialog(nullptr);
        dialog.show();
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("reportPath"));
        auto* details = dialog.findChild<QWidget*>(QStringLiteral("details"));

        // Enter verifies what is typed; no file dialog opens.
        path->setFocus();
        QTest::keyClicks(path, pdf);
        ModalCloser closer;
        closer.arm();
        QTest::keyClick(path, Qt::Key_Return);
        QTest::qWait(400);
        QVERIFY2(!closer.seen, qPrintable(closer.className));
        QVERIFY2(dialog.verdict().contains(QStringLiteral("Not signed")), qPrintable(dialog.verdict()));
        // An unsigned PDF is not said to have its signature embedded.
        const QString text = qobject_cast<QTextEdit*>(details)
            ? qobject_cast<QTextEdit*>(details)->toPlainText()
            : QString();
        QVERIFY2(!text.contains(QStringLiteral("embedded")), qPrintable(text));

        // Another path typed: the verdict of the first file goes.
        QTest::keyClick(path, Qt::Key_Backspace);
        QVERIFY2(!dialog.verdict().contains(QStringLiteral("Not signed")), qPrintable(dialog.verdict()));
        QVERIFY(!dialog.verdict().contains(QStringLiteral("Intact")));
    }

    void presenterRunsTheWorkshopOnOneScreen()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy(), QSize(1280, 720)));
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        w.checklistView()->setFocus();
        QTest::keyClick(w.checklistView(), Qt::Key_F5);
        QPointer<PresenterWindow> presenter = w.presenter();
        QVERIFY(presenter);
        presenter->resize(1280, 720);
        presenter->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(presenter));
        // The current item beside the scores.
        QCOMPARE(presenter->itemKeyText(), QStringLiteral("SEC-03"));
        QCOMPARE(presenter->itemStatusText(), toLabel(ItemStatus::Partial));
        QVERIFY2(presenter->itemNoteText().contains(QStringLiteral("Quarterly access review")),
            qPrintable(presenter->itemNoteText()));
        QCOMPARE(presenter->itemText(), w.project()->item(QStringLiteral("SEC-03"))->text);

        // The answer keys work in the presenter, through the main window's commands and undo stack.
        QTest::keyClick(presenter, Qt::Key_1);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Met);
        QCOMPARE(presenter->itemStatusText(), toLabel(ItemStatus::Met));
        QCOMPARE(presenter->header()->scoreText(), w.scoreHeader()->scoreText());
        QTest::keyClick(presenter, Qt::Key_3);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Unmet);
        QTest::keyClick(presenter, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Met);
        QTest::keyClick(presenter, Qt::Key_Backspace);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Open);
        QTest::keyClick(presenter, Qt::Key_0);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::NotApplicable);
        QTest::keyClick(presenter, Qt::Key_2);
        QCOMPARE(w.project()->item(QStringLiteral("SEC-03"))->status, ItemStatus::Partial);
        // J and K walk the checklist; N finds the next item not assessed.
        QTest::keyClick(presenter, Qt::Key_J);
        QCOMPARE(presenter->itemKeyText(), w.currentItemKey());
        QVERIFY(w.currentItemKey() != QLatin1String("SEC-03"));
        QTest::keyClick(presenter, Qt::Key_K);
        QCOMPARE(presenter->itemKeyText(), QStringLiteral("SEC-03"));
        QTest::keyClick(presenter, Qt::Key_N);
        QCOMPARE(w.project()->item(w.currentItemKey())->status, ItemStatus::Open);
        QCOMPARE(presenter->itemKeyText(), w.currentItemKey());

        // D shows the whole dashboard and back; Esc leaves.
        QTest::keyClick(presenter, Qt::Key_D);
        QVERIFY(presenter->isShowingDashboard());
        QTest::keyClick(presenter, Qt::Key_D);
        QVERIFY(!presenter->isShowingDashboard());
        QTest::keyClick(presenter, Qt::Key_Escape);
        QTRY_VERIFY(!presenter);
    }

    void presenterFitsTwentyDomainsAt720p()
    {
        const QString path = nistProject(3);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        w.action(ActionId::Presenter)->trigger();
        QPointer<PresenterWindow> presenter = w.presenter();
        QVERIFY(presenter);
        presenter->showNormal();
        presenter->resize(1280, 720);
        QTest::qWait(100);
        QVERIFY(QTest::qWaitForWindowExposed(presenter));
        DomainBars* bars = presenter->bars();
        const int domains = int(w.project()->assessment().domains.size());
        QCOMPARE(domains, 18);
        QCOMPARE(bars->valueTexts().size(), domains);
        QCOMPARE(bars->valueTexts().constLast(), tr("not started"));
        bars->grab(); // paints
        // Every domain in view: the bars get at least 20 px a row, values at least 16 px high.
        QVERIFY2(bars->height() >= domains * 20, qPrintable(QString::number(bars->height())));
        QVERIFY2(bars->valueFontPixelSize() >= 16, qPrintable(QString::number(bars->valueFontPixelSize())));
        // Nothing runs under the buttons.
        const QRect leave(
            presenter->leaveButton()->mapTo(presenter, QPoint(0, 0)), presenter->leaveButton()->size());
        const QRect barArea(bars->mapTo(presenter, QPoint(0, 0)), bars->size());
        QVERIFY(!barArea.intersects(leave));
        QVERIFY(presenter->rect().contains(leave));
        presenter->close();
    }

    void chartsStayLegibleWithEighteenDomains()
    {
        const QString path = nistProject(3);
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path, QSize(1280, 720)));
        w.tabs()->setCurrentWidget(w.dashboard());
        QTest::qWait(100);
        for (const char* name : { "domainScores", "statuses" }) {
            QChartView* view = w.dashboard()->chartView(QLatin1String(name));
            QChart* chart = view->chart();
            QBarCategoryAxis* axis = nullptr;
            for (QAbstractAxis* a : chart->axes(Qt::Vertical)) {
                if (auto* c = qobject_cast<QBarCategoryAxis*>(a))
                    axis = c;
            }
            QVERIFY(axis);
            QVERIFY(axis->count() >= 18);
            // A category row is at least a line of its label font high, so Qt Charts writes each name
            // instead of "...".
            const double row = chart->plotArea().height() / axis->count();
            QVERIFY2(row >= QFontMetrics(axis->labelsFont()).height(),
                qPrintable(QStringLiteral("%1: %2 px a row").arg(QLatin1String(name)).arg(row)));
            for (const QString& label : axis->categories())
                QVERIFY2(label.size() <= 48 && !label.startsWith(QLatin1String("...")), qPrintable(label));
        }
        // The radar names 18 domains by key, with the keys explained beside it.
        auto* radar = static_cast<QPolarChart*>(w.dashboard()->chartView(QStringLiteral("radar"))->chart());
        QCategoryAxis* angular = nullptr;
        for (QAbstractAxis* a : radar->axes(QPolarChart::PolarOrientationAngular))
            angular = qobject_cast<QCategoryAxis*>(a);
        QVERIFY(angular);
        QCOMPARE(angular->count(), 18);
        QVERIFY(angular->categoriesLabels().contains(QStringLiteral("AC")));
        QVERIFY(w.dashboard()->radarKeys()->isVisible());
        QVERIFY(w.dashboard()->radarKeys()->text().contains(QStringLiteral("AC Access Control")));
        QVERIFY(w.dashboard()->chartView(QStringLiteral("radar"))->width() >= 400);
    }

    void newAssessmentIsNotStartedAnywhere()
    {
        const QString path = m_fixture.filePath(QStringLiteral("fresh-%1.readiness").arg(++m_n));
        QVERIFY(TestSupport::createProject(path));
        MainWindow w;
        QVERIFY(WindowFixture::open(w, path));
        QCOMPARE(w.scoreHeader()->scoreText(), QStringLiteral("–"));
        QVERIFY2(w.scoreHeader()->gradeText().contains(tr("Not started")),
            qPrintable(w.scoreHeader()->gradeText()));
        QVERIFY(w.scoreHeader()->statusText().isEmpty());
        QAbstractItemModel* domains = w.domainView()->model();
        for (int row = 0; row < domains->rowCount(); ++row) {
            const QModelIndex i = domains->index(row, 0);
            QVERIFY(i.data(DomainListModel::NotStartedRole).toBool());
            QVERIFY(i.data(DomainListModel::RatingRole).toString().isEmpty());
            QVERIFY(!i.data(DomainListModel::MeetsTargetRole).isValid());
            QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(tr("not started")));
        }
        w.tabs()->setCurrentWidget(w.dashboard());
        QTest::qWait(50);
        for (const QString& label : w.dashboard()->scoreLabels())
            QCOMPARE(label, tr("not started"));
    }

    void checklistTextKeepsItsRoomAtLaptopWidth()
    {
        for (const QString& path : { m_fixture.freshCopy(), nistProject(2) }) {
            MainWindow w;
            w.resize(1280, 720);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openProject(path));
            QTest::qWait(50);
            const int text = w.checklistView()->columnWidth(ChecklistModel::TextColumn);
            const int wanted = w.checklistView()->fontMetrics().averageCharWidth() * 30;
            QVERIFY2(text >= wanted,
                qPrintable(QStringLiteral("%1: the item text gets %2 px").arg(path).arg(text)));
            // The item text is the widest column.
            for (int c = 0; c < ChecklistModel::ColumnCount; ++c) {
                if (c != ChecklistModel::TextColumn && !w.checklistView()->isColumnHidden(c))
                    QVERIFY(w.checklistView()->columnWidth(c) < text);
            }
            // Wider, the columns the item panel also shows come back.
            w.resize(1920, 1080);
            QTest::qWait(50);
            if (path.contains(QLatin1String("copy")))
                QVERIFY(!w.checklistView()->isColumnHidden(ChecklistModel::OwnerColumn));
            QVERIFY(!w.checklistView()->isColumnHidden(ChecklistModel::EvidenceColumn));
        }
    }

    void everyDialogFitsA720pScreen()
    {
        const QSize screen(1280, 720);
        // The preferred size shrinks to the screen...
        QCOMPARE(DialogSize::fitted(QSize(1100, 760), screen).height() <= 720 * 88 / 100, true);
        QCOMPARE(DialogSize::fitted(QSize(400, 300), screen), QSize(400, 300));
        // ...and no dialog needs more than that to show its buttons.
        MainWindow w;
        QVERIFY(w.openProject(m_fixture.freshCopy()));
        QTemporaryDir keys;
        IdentityStore store(keys.filePath(QStringLiteral("identities")));
        const QSize room = DialogSize::fitted(QSize(100000, 100000), screen);
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(new ExportDialog(w.document(), &store));
        dialogs.emplace_back(new VerifyDialog(w.document()));
        dialogs.emplace_back(new IdentityManager(&store));
        dialogs.emplace_back(new PreferencesDialog(&store));
        dialogs.emplace_back(new GuideDialog);
        dialogs.emplace_back(new AboutDialog);
        dialogs.emplace_back(new AssessorDialog);
        dialogs.emplace_back(new AdjustDialog(w.project(), QString()));
        dialogs.emplace_back(new NewProjectWizard(m_fixture.path()));
        for (const auto& d : dialogs) {
            const QSize needed = d->minimumSizeHint().expandedTo(d->minimumSize());
            QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
                qPrintable(QStringLiteral("%1 needs %2 x %3")
                               .arg(QLatin1String(d->metaObject()->className()))
                               .arg(needed.width())
                               .arg(needed.height())));
        }
    }

    void welcomeListsRecentProjectsByTitleAndLinksTheGuide()
    {
        const QString path = m_fixture.freshCopy();
        {
            MainWindow w;
            QVERIFY(w.openProject(path));
        }
        MainWindow w;
        QListWidget* recent = w.welcomePage()->recentList();
        QVERIFY(recent->count() >= 1);
        QVERIFY2(recent->item(0)->text().startsWith(QStringLiteral("Checkout platform 4.2")),
            qPrintable(recent->item(0)->text()));
        QCOMPARE(recent->item(0)->toolTip(), QDir::toNativeSeparators(path));
        auto* guide = w.welcomePage()->findChild<QLabel*>(QStringLiteral("welcomeGuide"));
        QVERIFY(guide);
        emit guide->linkActivated(QStringLiteral("guide"));
        QTRY_VERIFY(w.findChild<GuideDialog*>() && w.findChild<GuideDialog*>()->isVisible());
    }

    void findingsCarryOneReferenceEverywhere()
    {
        const QString path = m_fixture.freshCopy();
        MainWindow w;
        QVERIFY(w.openProject(path));
        const Finding& first = w.project()->assessment().findings.constFirst();
        const QString reference = first.reference();
        QVERIFY(QRegularExpression(QStringLiteral("^F-\\d{3}$")).match(reference).hasMatch());
        // The workbench's findings table leads with it.
        auto* page = w.findChild<QWidget*>(QStringLiteral("findings"));
        QVERIFY(page);
        auto* view = page->findChild<QTableView*>();
        QVERIFY(view);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), tr("ID"));
        QCOMPARE(view->model()->index(0, 0).data().toString(), reference);
        QCOMPARE(view->model()->index(0, 1).data().toString(), first.title);
        // The same in CSV, OSCAL, Markdown and PDF.
        const QString csv = m_fixture.filePath(QStringLiteral("findings.csv"));
        QCOMPARE(TestSupport::runCli(
                     { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--table"), QStringLiteral("findings"), QStringLiteral("-o"), csv })
                     .exitCode,
            0);
        QVERIFY(
            TestSupport::fileBytes(csv).startsWith("\xEF\xBB\xBFid,title")); // with the BOM spreadsheets want
        QVERIFY(TestSupport::fileBytes(csv).contains((reference + QLatin1Char(',') + first.title).toUtf8()));
        const QString oscal = m_fixture.filePath(QStringLiteral("ar.json"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("export"), path, QStringLiteral("--format"),
                                         QStringLiteral("oscal-ar"), QStringLiteral("-o"), oscal })
                     .exitCode,
            0);
        QVERIFY(TestSupport::fileBytes(oscal).contains(reference.toUtf8()));
        const QString md = m_fixture.filePath(QStringLiteral("r.md"));
        QCOMPARE(
            TestSupport::runCli({ QStringLiteral("report"), path, QStringLiteral("-o"), md }).exitCode, 0);
        QVERIFY(TestSupport::fileBytes(md).contains(reference.toUtf8()));
        const QString pdf = m_fixture.filePath(QStringLiteral("r.pdf"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("report"), path, QStringLiteral("--format"),
                                         QStringLiteral("pdf"), QStringLiteral("-o"), pdf })
                     .exitCode,
            0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QByteArray pdfText = text.readAllStandardOutput();
        QVERIFY(pdfText.contains(reference.toUtf8()));
        // The risk matrix is drawn for paper: both axes named, the KPI labels whole.
        QVERIFY(pdfText.contains("Open risks by probability and impact"));
        QVERIFY(pdfText.contains("Probability"));
        QVERIFY(pdfText.contains("Impact"));
        QVERIFY(pdfText.contains("Recovery time (restore drill)"));
    }

    void fileDialogsRememberTheFolderForTheirPurpose()
    {
        QTemporaryDir reports;
        QTemporaryDir evidence;
        FileDialogs::remember(FileDialogs::Purpose::Reports, reports.filePath(QStringLiteral("report.pdf")));
        FileDialogs::remember(FileDialogs::Purpose::Evidence, evidence.path());
        QCOMPARE(QDir(FileDialogs::folder(FileDialogs::Purpose::Reports)), QDir(reports.path()));
        QCOMPARE(QDir(FileDialogs::folder(FileDialogs::Purpose::Evidence)), QDir(evidence.path()));
        // Each purpose keeps its own; a folder that has gone is not proposed.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(QDir(FileDialogs::folder(FileDialogs::Purpose::Exports)), QDir(documents));
        const QString gone = reports.path();
        reports.remove();
        QCOMPARE(QDir(FileDialogs::folder(FileDialogs::Purpose::Reports)), QDir(documents));
        QVERIFY(QFileInfo(FileDialogs::folder(FileDialogs::Purpose::Reports)).isDir());
        QVERIFY(!QFileInfo::exists(gone));
        // File names from titles.
        QCOMPARE(FileDialogs::fileNameFor(QStringLiteral("../Q3: go/no-go?"), QStringLiteral("x")),
            QStringLiteral("Q3- go-no-go-"));
        QCOMPARE(FileDialogs::fileNameFor(QStringLiteral("  "), QStringLiteral("assessment")),
            QStringLiteral("assessment"));
    }
};

QTEST_MAIN(TestFirstHour)
#include "TestFirstHour.moc"
