// The first window: it opens a project and shows the overall score, grade and status the engine computes
// (the same as `readiness-cli score --json`), and explains a bad file in a dialog without changing it.

#include "TestSupport.h"

#include "MainWindow.h"
#include "WindowFixture.h"
#include "dialogs/AboutDialog.h"
#include "widgets/ScoreHeader.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace rw;

namespace {

// Runs action while a modal dialog is expected; returns the dialog's text and closes it with button.
QString captureDialog(const std::function<void()>& action,
    QMessageBox::StandardButton button = QMessageBox::Ok, const QString& clickText = QString())
{
    QString text;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        if (!clickText.isEmpty()) {
            for (QAbstractButton* b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == clickText) {
                    b->click();
                    return;
                }
            }
        }
        box->button(button) ? box->button(button)->click() : box->reject();
    });
    action();
    return text;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init() { TestSupport::knownAssessor(); }

    void aboutNamesEveryVersion()
    {
        MainWindow window;
        QAction* about = window.action(ActionId::About);
        QVERIFY(about);
        AboutDialog dialog(&window);
        const QString text = dialog.versionsText();
        QVERIFY(
            text.startsWith(QStringLiteral("Readiness Workbench %1").arg(QStringLiteral(READINESS_VERSION))));
        QVERIFY(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(text.contains(QStringLiteral("PoDoFo 0.9.8")));
        QVERIFY(text.contains(QStringLiteral("OpenSSL 3.")));
        QVERIFY(text.contains(QStringLiteral("SQLite 3.")));
        // The CLI says the same.
        const auto cli = TestSupport::runCli({ QStringLiteral("--version") });
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(cli.out.trimmed(),
            QString(text).replace(QStringLiteral("Readiness Workbench"), QStringLiteral("readiness-cli")));
    }

    void showsTheOverallScoreOfTheProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.readiness"));
        QVERIFY(TestSupport::makeDemo(path));
        const TestSupport::CliResult score
            = TestSupport::runCli({ QStringLiteral("score"), path, QStringLiteral("--json") });
        const QJsonObject overall = QJsonDocument::fromJson(score.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("overall"))
                                        .toObject();

        MainWindow window;
        QVERIFY(WindowFixture::open(window, path));
        QCOMPARE(window.scoreHeader()->scoreText(),
            QStringLiteral("%1 %").arg(overall.value(QStringLiteral("display")).toInt()));
        QCOMPARE(window.scoreHeader()->gradeText(),
            QStringLiteral("Grade %1").arg(overall.value(QStringLiteral("grade")).toString()));
        QCOMPARE(window.scoreHeader()->statusText(), overall.value(QStringLiteral("status")).toString());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Checkout platform 4.2")));

        // An edit through the project moves the score on screen.
        QVERIFY(!window.project()->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Unmet));
        QCOMPARE(window.scoreHeader()->statusText(), QStringLiteral("Not ready"));
    }

    void badFileIsExplainedInADialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.readiness"));
        TestSupport::writeFile(path, "meeting notes, not a project");
        MainWindow window;
        window.show();
        bool opened = true;
        const QString text = captureDialog([&] { opened = window.openProject(path); });
        QVERIFY(!opened);
        QVERIFY2(text.contains(QStringLiteral("not a Readiness Workbench project")), qPrintable(text));
        QVERIFY(!window.project());
        QCOMPARE(TestSupport::fileBytes(path), QByteArray("meeting notes, not a project"));
    }

    void projectOpenElsewhereCanBeOpenedReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.readiness"));
        QVERIFY(TestSupport::createProject(path));
        QProcess holder;
        holder.start(QStringLiteral(READINESS_EDIT_STREAM), { path, QStringLiteral("--hold") });
        QVERIFY(holder.waitForReadyRead(10000));

        MainWindow window;
        window.show();
        bool opened = false;
        const QString text = captureDialog([&] { opened = window.openProject(path); }, QMessageBox::Cancel,
            QStringLiteral("Open Read-Only"));
        QVERIFY2(text.contains(QStringLiteral("process %1").arg(holder.processId())), qPrintable(text));
        QVERIFY(opened);
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        holder.kill();
        holder.waitForFinished();
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
