// The New Assessment wizard and File > Import Checklist read checklists from elsewhere, preview their
// domains and item counts before anything is created, and File > Export Results writes OSCAL and CSV.

#include "Document.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "dialogs/NewProjectWizard.h"
#include "exchange/Csv.h"
#include "exchange/Template.h"
#include "store/DemoProject.h"
#include "store/Project.h"
#include "widgets/ItemPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rw;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(READINESS_FIXTURES_DIR "/") + name;
}

int previewItems(const QTreeWidget* preview)
{
    int n = 0;
    for (int r = 0; r < preview->topLevelItemCount(); ++r)
        n += preview->topLevelItem(r)->text(1).toInt();
    return n;
}

// Runs action and returns the text of the message box it shows (closed at once), or empty if none.
QString messageShownBy(const std::function<void()>& action)
{
    QString message;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
            poll.stop();
        }
    });
    poll.start(20);
    action();
    poll.stop();
    return message;
}

} // namespace

class TestExchangeGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QSettings().clear();
        TestSupport::knownAssessor();
    }

    void wizardPreviewsAnOscalCatalog()
    {
        NewProjectWizard wizard(m_dir.path());
        auto* list = wizard.findChild<QListWidget*>(QStringLiteral("templateList"));
        auto* preview = wizard.findChild<QTreeWidget*>(QStringLiteral("templatePreview"));
        QVERIFY(list && preview);
        // The first built-in template is previewed from the start.
        QCOMPARE(preview->topLevelItemCount(), 8);
        const int builtins = list->count();

        QVERIFY2(wizard.addTemplateFile(fixture(
                     QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"))),
            qPrintable(wizard.error()));
        QCOMPARE(list->count(), builtins + 1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("18 domains, 149 items")));
        QCOMPARE(preview->topLevelItemCount(), 18);
        QCOMPARE(preview->topLevelItem(0)->text(0), QStringLiteral("Access Control"));
        QCOMPARE(previewItems(preview), 149);
        QCOMPARE(wizard.chosenTemplate()->itemCount(), 149);
        QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("newTitle"))
                    ->text()
                    .contains(QStringLiteral("LOW IMPACT BASELINE")));

        // Choosing a built-in again previews that one; the file stays in the list.
        list->setCurrentRow(0);
        QCOMPARE(preview->topLevelItemCount(), 8);
        list->setCurrentRow(builtins);
        QCOMPARE(previewItems(preview), 149);
    }

    void wizardTakesImplementationGroups()
    {
        NewProjectWizard wizard(m_dir.path());
        const QStringList essential { QStringLiteral("IG1") };
        QVERIFY2(wizard.addTemplateFile(
                     QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/small-framework.yaml"),
                     &essential),
            qPrintable(wizard.error()));
        QCOMPARE(wizard.chosenTemplate()->itemCount(), 5);
        QCOMPARE(previewItems(wizard.findChild<QTreeWidget*>(QStringLiteral("templatePreview"))), 5);
    }

    void aFileThatIsNoChecklistChangesNothing()
    {
        NewProjectWizard wizard(m_dir.path());
        auto* list = wizard.findChild<QListWidget*>(QStringLiteral("templateList"));
        const int before = list->count();
        const QString chosen = wizard.chosenTemplate()->title;
        QVERIFY(!wizard.addTemplateFile(fixture(QStringLiteral("prr-questionnaire/advice.json"))));
        QVERIFY(wizard.error().contains(QStringLiteral("is not a checklist this version reads")));
        QCOMPARE(list->count(), before);
        QCOMPARE(wizard.chosenTemplate()->title, chosen);
    }

    void lensChoicesInTheItemPanel()
    {
        QString error;
        const auto lens
            = Template::load(fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")), &error);
        QVERIFY(lens);
        const QString path = m_dir.filePath(QStringLiteral("lens-gui.readiness"));
        {
            ProjectError projectError;
            QVERIFY(Project::create(path, *lens, QString(), QStringLiteral("tester"), &projectError));
        }
        MainWindow window;
        QVERIFY(WindowFixture::open(window, path));
        window.selectItem(QStringLiteral("overview01"));
        auto* choices = window.itemPanel()->findChild<QWidget*>(QStringLiteral("choices"));
        QVERIFY(choices && choices->isVisibleTo(window.itemPanel()));
        const QList<QCheckBox*> boxes = choices->findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.at(1)->text(), QStringLiteral("No."));
        // The improvement plan's address is a link; the text around it stays text.
        auto* guidance = window.itemPanel()->findChild<QLabel*>(QStringLiteral("itemGuidance"));
        QVERIFY(guidance->text().contains(QStringLiteral(
            "<a href=\"https://aws.amazon.com/architecture/\">https://aws.amazon.com/architecture/</a>")));
        auto* risk = window.itemPanel()->findChild<QLabel*>(QStringLiteral("lensRisk"));
        QVERIFY(risk->text().contains(QStringLiteral("tick the choices")));

        boxes.at(1)->click(); // "No.": a high risk by the lens's rules
        QCOMPARE(window.project()->item(QStringLiteral("overview01"))->selectedChoices,
            QStringList { QStringLiteral("choice2") });
        QCOMPARE(risk->text(), QStringLiteral("Risk: High risk"));
        boxes.at(0)->click(); // "Yes." as well: the first rule that holds says no risk
        QCOMPARE(risk->text(), QStringLiteral("Risk: No risk"));

        window.action(ActionId::Undo)->trigger();
        QCOMPARE(window.project()->item(QStringLiteral("overview01"))->selectedChoices,
            QStringList { QStringLiteral("choice2") });
        QVERIFY(!boxes.at(0)->isChecked());
        QCOMPARE(risk->text(), QStringLiteral("Risk: High risk"));

        // Markup in a checklist's texts is shown as written.
        Item marked = *window.project()->item(QStringLiteral("overview02"));
        marked.guidance = QStringLiteral("<b>bold</b> & <img src=\"file:///etc/passwd\">");
        QVERIFY(!window.project()->updateItem(QStringLiteral("overview02"), marked));
        window.selectItem(QStringLiteral("overview02"));
        QVERIFY2(guidance->text().startsWith(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img")),
            qPrintable(guidance->text()));

        // Another item's choices, then this one's again, each with its own boxes.
        window.selectItem(QStringLiteral("overview02"));
        QCOMPARE(choices->findChildren<QCheckBox*>().size(),
            window.project()->item(QStringLiteral("overview02"))->choices.size());
        window.selectItem(QStringLiteral("overview01"));
        QVERIFY(choices->isVisibleTo(window.itemPanel()));
    }

    void importMenuAndExportResults()
    {
        MainWindow window;
        QVERIFY(window.action(ActionId::ImportChecklist));
        QCOMPARE(
            window.action(ActionId::ImportChecklist)->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
        QVERIFY(!window.action(ActionId::ExportOscal)->isEnabled()); // nothing open yet
        QVERIFY(window.findChild<QMenu*>(QStringLiteral("exportResultsMenu")));

        // Importing a file that is not a checklist says why and opens nothing.
        const QString message = messageShownBy(
            [&] { window.importChecklist(fixture(QStringLiteral("prr-questionnaire/advice.json"))); });
        QVERIFY2(
            message.contains(QStringLiteral("is not a checklist this version reads")), qPrintable(message));
        QVERIFY(!window.project());

        ProjectError error;
        const QString demo = m_dir.filePath(QStringLiteral("demo.readiness"));
        QVERIFY(DemoProject::create(demo, &error));
        QVERIFY(window.openProject(demo));
        QVERIFY(window.action(ActionId::ExportOscal)->isEnabled());
        const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
        QVERIFY(window.exportResults(csv, MainWindow::ResultsFormat::Csv));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray rows = c.readAll();
        QVERIFY(rows.startsWith("\xEF\xBB\xBF"
                                "domain,key,text"));
        QString parseError;
        const auto parsed = Csv::parse(rows, &parseError);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), window.project()->assessment().itemCount() + 1);
        const QString risks = m_dir.filePath(QStringLiteral("risks.csv"));
        QVERIFY(window.exportResults(risks, MainWindow::ResultsFormat::RisksCsv));
        QFile r(risks);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const auto riskRows = Csv::parse(r.readAll(), &parseError);
        QVERIFY(riskRows);
        QCOMPARE(riskRows->size(), window.project()->assessment().risks.size() + 1);
        QCOMPARE(riskRows->first().at(4), QStringLiteral("severity"));
        QCOMPARE(riskRows->at(1).at(4).toInt(), window.project()->assessment().risks.first().severity());
        const QString ar = m_dir.filePath(QStringLiteral("demo-ar.json"));
        QVERIFY(window.exportResults(ar, MainWindow::ResultsFormat::OscalAssessmentResults));
        QFile a(ar);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QJsonObject results = QJsonDocument::fromJson(a.readAll())
                                        .object()
                                        .value(QStringLiteral("assessment-results"))
                                        .toObject();
        QVERIFY(results.value(QStringLiteral("results"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("findings"))
                    .toArray()
                    .size()
            > 40);

        // The questionnaire for people without the workbench: one page with every item.
        const QString html = m_dir.filePath(QStringLiteral("demo-questionnaire.html"));
        QVERIFY(window.exportResults(html, MainWindow::ResultsFormat::Questionnaire));
        QVERIFY(TestSupport::fileBytes(html).contains("readiness-workbench"));
        QVERIFY(TestSupport::fileBytes(html).contains("\"key\":\"SEC-01\""));

        // The open recommendations as a POA&M, one item each.
        const QString poam = m_dir.filePath(QStringLiteral("demo-poam.json"));
        QVERIFY(window.action(ActionId::ExportPoam)->isEnabled());
        QVERIFY(window.exportResults(poam, MainWindow::ResultsFormat::OscalPoam));
        QFile pf(poam);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        int open = 0;
        for (const Finding& f : window.project()->assessment().findings)
            open += f.state != FindingState::Done;
        QVERIFY(open > 0);
        QCOMPARE(QJsonDocument::fromJson(pf.readAll())
                     .object()
                     .value(QStringLiteral("plan-of-action-and-milestones"))
                     .toObject()
                     .value(QStringLiteral("poam-items"))
                     .toArray()
                     .size(),
            open);
    }

    void projectedOntoAnotherFrameworkFromTheMenu()
    {
        const QString frameworks = QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/");
        QString error;
        const auto small = Template::load(frameworks + QStringLiteral("small-framework.yaml"), &error);
        QVERIFY2(small, qPrintable(error));
        ProjectError e;
        const QString source = m_dir.filePath(QStringLiteral("small-source.readiness"));
        {
            auto p = Project::create(source, *small, QString(), QStringLiteral("tester"), &e);
            QVERIFY(p);
            QVERIFY(!p->setItemStatus(QStringLiteral("GV.PO-01"), ItemStatus::Met));
        }
        MainWindow window;
        QVERIFY(WindowFixture::open(window, source));
        QVERIFY(window.action(ActionId::ProjectOnto)->isEnabled());
        const auto fill = [&](QDialog* dialog, const QString& from, const QString& draft) {
            dialog->findChild<QLineEdit*>(QStringLiteral("mappingPath"))
                ->setText(frameworks + QStringLiteral("mapping-small-to-target.yaml"));
            dialog->findChild<QLineEdit*>(QStringLiteral("fromPath"))->setText(frameworks + from);
            dialog->findChild<QLineEdit*>(QStringLiteral("toPath"))
                ->setText(frameworks + QStringLiteral("target-framework.yaml"));
            dialog->findChild<QLineEdit*>(QStringLiteral("draftPath"))->setText(m_dir.filePath(draft));
        };
        // The wrong framework for this assessment: the dialog says why and stays open; nothing is made.
        QString problem;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            fill(dialog, QStringLiteral("target-framework.yaml"), QStringLiteral("wrong.readiness"));
            dialog->accept();
            problem = dialog->findChild<QLabel*>(QStringLiteral("projectOntoProblem"))->text();
            dialog->reject();
        });
        QVERIFY(!window.projectOnto());
        QVERIFY2(problem.contains(QStringLiteral("was not made from")), qPrintable(problem));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("wrong.readiness"))));
        QCOMPARE(window.project()->path(), source);

        // The right one: the draft is made and opened, the met requirement carried over with its source.
        answerNextDialog([&](QDialog* dialog) {
            fill(dialog, QStringLiteral("small-framework.yaml"), QStringLiteral("small-draft.readiness"));
        });
        QVERIFY(window.projectOnto());
        QCOMPARE(window.project()->path(), m_dir.filePath(QStringLiteral("small-draft.readiness")));
        const Item* org1 = window.project()->item(QStringLiteral("ORG-1"));
        QVERIFY(org1);
        QCOMPARE(org1->status, ItemStatus::Met);
        QVERIFY(org1->note.contains(QStringLiteral("GV.PO-01 (equal): Met")));
        QCOMPARE(window.project()->item(QStringLiteral("ACC-1"))->status, ItemStatus::Open);
    }

    void resultsFromASpreadsheetArePreviewedAndOneUndoStep()
    {
        ProjectError error;
        const QString demo = m_dir.filePath(QStringLiteral("import-results.readiness"));
        QVERIFY(DemoProject::create(demo, &error));
        MainWindow window;
        QVERIFY(WindowFixture::open(window, demo));
        QAction* action = window.action(ActionId::ImportResults);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        const QString sheet = m_dir.filePath(QStringLiteral("answers.csv"));
        TestSupport::writeFile(sheet,
            "key;status;note\r\nSEC-01;not met;Found an admin without "
            "MFA.\r\nPERF-03;met;\r\nNOPE-9;met;\r\n");
        const ItemStatus sec01 = window.project()->item(QStringLiteral("SEC-01"))->status;
        const QString sec01Note = window.project()->item(QStringLiteral("SEC-01"))->note;
        const int undoBefore = window.document()->undoStack()->count();

        // The preview lists both items with their fields, and the row that does not match.
        int changed = 0;
        int fields = 0;
        int skipped = 0;
        QString applyText;
        answerNextDialog([&](QDialog* dialog) {
            auto* changes = dialog->findChild<QTreeWidget*>(QStringLiteral("importChanges"));
            changed = changes->topLevelItemCount();
            for (int i = 0; i < changed; ++i)
                fields += changes->topLevelItem(i)->childCount();
            skipped = dialog->findChild<QTreeWidget*>(QStringLiteral("importSkipped"))->topLevelItemCount();
            applyText = dialog->findChild<QPushButton*>(QStringLiteral("applyImport"))->text();
        });
        QVERIFY(window.importResults(sheet));
        QCOMPARE(changed, 2);
        QCOMPARE(fields, 4); // SEC-01 status and note, PERF-03 status and note (cleared)
        QCOMPARE(skipped, 1);
        QVERIFY2(applyText.contains(QStringLiteral("2")), qPrintable(applyText));
        QCOMPARE(window.project()->item(QStringLiteral("SEC-01"))->status, ItemStatus::Unmet);
        QCOMPARE(window.project()->item(QStringLiteral("PERF-03"))->status, ItemStatus::Met);
        QCOMPARE(
            window.project()->item(QStringLiteral("SEC-01"))->changedBy, QStringLiteral("Test Assessor"));
        QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);
        QVERIFY(window.document()->undoStack()->undoText().contains(QStringLiteral("answers.csv")));
        window.document()->undoStack()->undo();
        QCOMPARE(window.project()->item(QStringLiteral("SEC-01"))->status, sec01);
        QCOMPARE(window.project()->item(QStringLiteral("SEC-01"))->note, sec01Note);
        QCOMPARE(window.project()->item(QStringLiteral("PERF-03"))->status, ItemStatus::Unmet);

        // An item left out by unticking it in the preview keeps its answer; the others go in.
        answerNextDialog([&](QDialog* dialog) {
            auto* changes = dialog->findChild<QTreeWidget*>(QStringLiteral("importChanges"));
            changes->topLevelItem(0)->setCheckState(0, Qt::Unchecked); // SEC-01
            applyText = dialog->findChild<QPushButton*>(QStringLiteral("applyImport"))->text();
        });
        QVERIFY(window.importResults(sheet));
        QVERIFY2(applyText.contains(QStringLiteral("1")), qPrintable(applyText));
        QCOMPARE(window.project()->item(QStringLiteral("SEC-01"))->status, sec01);
        QCOMPARE(window.project()->item(QStringLiteral("PERF-03"))->status, ItemStatus::Met);
        window.document()->undoStack()->undo();
        QCOMPARE(window.project()->item(QStringLiteral("PERF-03"))->status, ItemStatus::Unmet);
        // With every item unticked there is nothing to apply.
        bool applyEnabled = true;
        bool stayedOpen = false;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            auto* changes = dialog->findChild<QTreeWidget*>(QStringLiteral("importChanges"));
            for (int i = 0; i < changes->topLevelItemCount(); ++i)
                changes->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
            applyEnabled = dialog->findChild<QPushButton*>(QStringLiteral("applyImport"))->isEnabled();
            dialog->accept(); // does nothing while nothing is ticked
            stayedOpen = dialog->isVisible();
            dialog->reject();
        });
        QVERIFY(!window.importResults(sheet));
        QVERIFY(!applyEnabled);
        QVERIFY(stayedOpen);

        // Cancelled: nothing changes. A file that is no results file: the reason, nothing changes.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            qobject_cast<QDialog*>(QApplication::activeModalWidget())->reject();
        });
        QVERIFY(!window.importResults(sheet));
        QCOMPARE(window.project()->item(QStringLiteral("SEC-01"))->status, sec01);
        bool imported = true;
        const QString message = messageShownBy([&] {
            imported = window.importResults(fixture(QStringLiteral("prr-questionnaire/advice.json")));
        });
        QVERIFY(!imported);
        QVERIFY2(message.contains(QStringLiteral("cannot be imported")), qPrintable(message));
        QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);
    }
};

QTEST_MAIN(TestExchangeGui)
#include "TestExchangeGui.moc"
