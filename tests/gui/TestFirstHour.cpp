// What a new user meets in the first hour: every menu entry has one identity and File > Open is there
// (Ctrl+O); the first change asks who is assessing and the audit log never says "unknown"; the New
// Assessment wizard proposes a folder that exists, names the file after the title and stays open with
// the error when the file cannot be created; Verify Report never shows a verdict beside another file.

#include "TestSupport.h"

#include "ActionId.h"
#include "MainWindow.h"
#include "dialogs/AssessorDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/NewProjectWizard.h"
#include "dialogs/VerifyDialog.h"
#include "store/AuditLog.h"
#include "widgets/ChecklistView.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
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
    QTemporaryDir m_dir;
    QString m_demo;
    int m_n = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.readiness").arg(++m_n));
        QFile::copy(m_demo, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_first_hour"));
        m_demo = m_dir.filePath(QStringLiteral("demo.readiness"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("demo"), m_demo }).exitCode, 0);
    }

    void init()
    {
        QSettings().clear();
        TestSupport::knownAssessor();
    }

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
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openProject(freshCopy()));
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
        const QString path = freshCopy();
        const QByteArray before = TestSupport::fileBytes(path);
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
        QVERIFY(w.selectItem(QStringLiteral("SEC-03")));
        // Every File entry that only opens a dialog is cancelled; none may change the project.
        for (ActionId id : { ActionId::NewProject, ActionId::OpenProject, ActionId::SaveCopy, ActionId::SaveTemplate,
                 ActionId::ImportChecklist, ActionId::ExportOscal, ActionId::ExportCsv, ActionId::ExportFindingsCsv,
                 ActionId::ExportRisksCsv, ActionId::ExportKpisCsv, ActionId::ExportReport, ActionId::VerifyReport, ActionId::Identities }) {
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
        const QString path = freshCopy();
        MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
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
        QCOMPARE(QSettings().value(QStringLiteral("assessor/role")).toString(), QStringLiteral("Lead assessor"));
        QCOMPARE(QSettings().value(QStringLiteral("assessor/organisation")).toString(), QStringLiteral("Northwind"));

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
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        TestSupport::writeFile(blocker, "x");
        path->setText(blocker + QStringLiteral("/inside.readiness"));
        wizard.next(); // Finish on the last page
        QVERIFY(wizard.isVisible());
        QVERIFY2(!wizard.createError().isEmpty(), "the error is shown in the wizard");
        QCOMPARE(title->text(), QStringLiteral("Payments: go-live / 2027"));
        QVERIFY(!wizard.takeProject());

        // Corrected: it is created.
        const QString good = m_dir.filePath(QStringLiteral("wizard.readiness"));
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
        NewProjectWizard wizard(m_dir.path());
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
        const QString pdf = m_dir.filePath(QStringLiteral("unsigned.pdf"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("report"), m_demo, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf }).exitCode, 0);
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
        const QString text = qobject_cast<QTextEdit*>(details) ? qobject_cast<QTextEdit*>(details)->toPlainText() : QString();
        QVERIFY2(!text.contains(QStringLiteral("embedded")), qPrintable(text));

        // Another path typed: the verdict of the first file goes.
        QTest::keyClick(path, Qt::Key_Backspace);
        QVERIFY2(!dialog.verdict().contains(QStringLiteral("Not signed")), qPrintable(dialog.verdict()));
        QVERIFY(!dialog.verdict().contains(QStringLiteral("Intact")));
    }
};

QTEST_MAIN(TestFirstHour)
#include "TestFirstHour.moc"
