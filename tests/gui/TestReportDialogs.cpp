// Export Report, Verify Report and the identity manager, driven offscreen as a user drives them.

#include "TestSupport.h"

#include "Document.h"
#include "MainWindow.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/TrustedSignersPanel.h"
#include "dialogs/VerifyDialog.h"
#include "signing/DeviceIdentity.h"
#include "signing/PdfSignature.h"
#include "signing/Trust.h"
#include "store/DemoProject.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace rw;

class TestReportDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<IdentityStore> m_store;
    QString m_fingerprint;
    QString m_certificate;

private slots:
    void initTestCase()
    {
        QSettings().clear();
        TestSupport::knownAssessor();
        ProjectError error;
        auto project = DemoProject::create(m_dir.filePath(QStringLiteral("demo.readiness")), &error);
        QVERIFY2(project, qPrintable(error.message));
        m_document = std::make_unique<Document>(std::move(project));
        m_store = std::make_unique<IdentityStore>(m_dir.filePath(QStringLiteral("identities")));
        IdentityRequest request;
        request.name = QStringLiteral("Sam O'Connor");
        request.email = QStringLiteral("sam@example.org");
        QString message;
        const auto identity = Identity::generate(request, &message);
        QVERIFY(identity);
        QVERIFY(m_store->add(*identity, "workshop passphrase", &message));
        m_fingerprint = identity->info().fingerprint;
        m_certificate = m_dir.filePath(QStringLiteral("sam.pem"));
        TestSupport::writeFile(m_certificate, identity->certificatePem());
    }

    void previewFollowsTheOptions()
    {
        ExportDialog dialog(m_document.get(), m_store.get());
        dialog.updatePreview();
        QVERIFY2(dialog.pdfPreview()->pageCount() > 5, qPrintable(dialog.previewStatus()));
        QVERIFY(dialog.previewStatus().contains(QStringLiteral("page")));
        const int allPages = dialog.pdfPreview()->pageCount();
        dialog.setSectionChecked(ReportSection::Checklists, false);
        dialog.updatePreview();
        QVERIFY(dialog.pdfPreview()->pageCount() < allPages);

        dialog.setFormat(ReportExport::Format::Markdown);
        dialog.updatePreview();
        const QString text = dialog.textPreview()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("## Executive summary")));
        QVERIFY(!text.contains(QStringLiteral("## Checklists")));
        dialog.setSectionChecked(ReportSection::Checklists, true);
        dialog.updatePreview();
        QVERIFY(dialog.textPreview()->toPlainText().contains(QStringLiteral("## Checklists")));
    }

    void signedExportIsValidAndCancelWritesNothing()
    {
        ExportDialog dialog(m_document.get(), m_store.get());
        dialog.setSign(true);
        int asked = 0;
        dialog.unlock = [&](const StoredIdentity& s) -> std::optional<Identity> {
            ++asked;
            QString error;
            return m_store->unlock(s, "workshop passphrase", &error);
        };
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY2(dialog.exportTo(pdf), qPrintable(dialog.lastMessage()));
        QCOMPARE(asked, 1);
        QVERIFY(dialog.lastMessage().contains(QStringLiteral("signed")));
        const SignatureCheck check = PdfSignature::verify(TestSupport::fileBytes(pdf));
        QVERIFY2(check.intact(), qPrintable(check.problem));
        QCOMPARE(check.signer.fingerprint, m_fingerprint);
        QProcess pdfsig;
        pdfsig.start(QStringLiteral("pdfsig"), { pdf });
        QVERIFY(pdfsig.waitForFinished(60000));
        QVERIFY(pdfsig.readAllStandardOutput().contains("Signature is Valid."));

        dialog.unlock = [](const StoredIdentity&) -> std::optional<Identity> { return std::nullopt; };
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(!dialog.exportTo(cancelled));
        QVERIFY(dialog.lastMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
    }

    // Signing Identities > Trusted Signers: trusting Sam's certificate makes the verdict name Sam; removing
    // the trust makes Sam "not known" again.
    void trustedSignersAreManagedInSigningIdentities()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QDir(TrustStore().folder()).removeRecursively();
        IdentityManager manager(m_store.get());
        TrustedSignersPanel* panel = manager.trustedSigners();
        QCOMPARE(panel->table()->rowCount(), 0);
        QVERIFY(panel->trustFile(m_certificate, false));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 3)->text(), m_fingerprint);
        {
            VerifyDialog dialog(nullptr);
            dialog.verify(pdf);
            QVERIFY2(dialog.result().trusted(), qPrintable(dialog.verdict()));
        }
        panel->table()->selectRow(0);
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        panel->removeSelected();
        QCOMPARE(panel->table()->rowCount(), 0);
        VerifyDialog dialog(nullptr);
        dialog.verify(pdf);
        QVERIFY(dialog.result().intact());
        QVERIFY2(!dialog.result().trusted(), qPrintable(dialog.verdict()));
        QVERIFY(dialog.verdict().contains(QStringLiteral("not known")));
    }

    void verifyDialogSaysWhatTheCliSays()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        // Nobody trusted yet (the test locations keep what an earlier run trusted).
        QDir(TrustStore().folder()).removeRecursively();
        VerifyDialog dialog(m_document.get());
        dialog.verify(pdf);
        QVERIFY2(dialog.verdict().contains(QStringLiteral("Intact, but the signer is not known")),
            qPrintable(dialog.verdict()));
        QVERIFY(!dialog.result().matches());
        auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustSigner"));
        QVERIFY(trust && !trust->isHidden());
        // Trusting asks first, showing the fingerprint to compare; then the verdict names a trusted signer.
        QString asked;
        QTimer::singleShot(0, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        trust->click();
        QVERIFY(asked.contains(m_fingerprint));
        QVERIFY2(
            dialog.verdict().contains(QStringLiteral("Intact and signed by a trusted signer: Sam O'Connor")),
            qPrintable(dialog.verdict()));
        QVERIFY(trust->isHidden());
        QVERIFY(dialog.verdict().contains(QStringLiteral("still matches")));
        QVERIFY(dialog.result().matches());
        QCOMPARE(TestSupport::runCli({ QStringLiteral("trust"), QStringLiteral("add"), pdf }).exitCode, 0);
        const auto cli = TestSupport::runCli(
            { QStringLiteral("verify"), pdf, QStringLiteral("--project"), m_document->project()->path() });
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.startsWith(dialog.verdict().mid(2))); // after the mark

        // The project moves on: the report stays intact, the project no longer matches it.
        QVERIFY(m_document->setItemStatus(QStringLiteral("SEC-03"), ItemStatus::Met));
        dialog.verify(pdf);
        QVERIFY(dialog.result().intact());
        QVERIFY(!dialog.result().matches());
        QVERIFY2(
            dialog.verdict().contains(QStringLiteral("no longer matches")), qPrintable(dialog.verdict()));

        QByteArray bytes = TestSupport::fileBytes(pdf);
        bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x10);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.pdf"));
        TestSupport::writeFile(tampered, bytes);
        dialog.verify(tampered);
        QVERIFY(!dialog.result().intact());
        QVERIFY2(dialog.verdict().contains(QStringLiteral("NOT intact")), qPrintable(dialog.verdict()));

        dialog.verify(m_dir.filePath(QStringLiteral("nowhere.pdf")));
        QVERIFY(dialog.verdict().contains(QStringLiteral("cannot be read")));

        // A report dropped on the dialog is verified at once.
        dialog.show();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(pdf) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &drop);
        QVERIFY2(dialog.verdict().contains(QStringLiteral("Intact")), qPrintable(dialog.verdict()));
    }

    void identityManagerListsWithoutPassphrase()
    {
        IdentityManager manager(m_store.get());
        QCOMPARE(manager.table()->rowCount(), 1);
        QVERIFY(
            manager.table()->item(0, 0)->text().contains(QStringLiteral("Sam O'Connor <sam@example.org>")));
        QCOMPARE(manager.table()->item(0, 4)->text(), m_fingerprint);
    }

    void preferencesSetTheDefaults()
    {
        PreferencesDialog preferences(m_store.get());
        // This computer's key is shown by its fingerprint, the one `readiness-cli log` shows per entry.
        const DeviceIdentity* device = DeviceIdentity::current();
        QVERIFY(device);
        QCOMPARE(preferences.findChild<QLabel*>(QStringLiteral("deviceFingerprint"))->text(),
            DeviceIdentity::fingerprint(device->publicKey()));
        preferences.assessorEdit()->setText(QStringLiteral("Dana Kowalski"));
        preferences.findChild<QComboBox*>(QStringLiteral("reportFormat"))->setCurrentIndex(1); // Markdown
        preferences.findChild<QComboBox*>(QStringLiteral("reportPaper"))->setCurrentIndex(1); // Letter
        preferences.save();
        ExportDialog dialog(m_document.get(), m_store.get());
        QCOMPARE(dialog.request().format, ReportExport::Format::Markdown);
        QCOMPARE(dialog.request().options.paper, QStringLiteral("Letter"));

        // The assessor's name is who makes every change from now on.
        MainWindow window;
        ProjectError error;
        const QString path = m_dir.filePath(QStringLiteral("named.readiness"));
        QVERIFY(DemoProject::create(path, &error));
        QVERIFY(window.openProject(path));
        QCOMPARE(window.project()->user(), QStringLiteral("Dana Kowalski"));
        QSettings().clear();
        TestSupport::knownAssessor();
    }

    void f1OpensTheGuide()
    {
        MainWindow window;
        QCOMPARE(window.action(ActionId::Guide)->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window.action(ActionId::Guide)->trigger();
        auto* guide = window.findChild<GuideDialog*>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(guide->browser()->toPlainText().contains(
            QStringLiteral("Getting started with Readiness Workbench")));
        QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("presenter mode")));
    }

    void mainWindowOffersReports()
    {
        MainWindow window;
        QVERIFY(!window.action(ActionId::ExportReport)->isEnabled());
        QVERIFY(window.action(ActionId::VerifyReport)->isEnabled());
        QCOMPARE(window.action(ActionId::ExportReport)->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
        ProjectError error;
        const QString second = m_dir.filePath(QStringLiteral("second.readiness"));
        QVERIFY(DemoProject::create(second, &error));
        QVERIFY(window.openProject(second));
        QVERIFY(window.action(ActionId::ExportReport)->isEnabled());
    }
};

QTEST_MAIN(TestReportDialogs)
#include "TestReportDialogs.moc"
