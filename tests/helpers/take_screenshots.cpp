// Takes the screenshots in docs/screenshots: the workbench on the demo project, page by page, at
// 1366x768 and 1920x1080. Run under Xvfb by tests/helpers/screenshots.sh.
//   take_screenshots DEMO.readiness OUTDIR

#include "MainWindow.h"
#include "PresenterWindow.h"
#include "widgets/DashboardPage.h"
#include "widgets/ItemPanel.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/VerifyDialog.h"
#include "report/ReportExport.h"

#include <QTemporaryDir>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "app/Language.h"
#include "dialogs/NewProjectWizard.h"
#include "exchange/Template.h"
#include "store/Project.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench Screenshots"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("assessor/name"), QStringLiteral("Dana Reyes"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QDir out(args.at(2));
    // A third argument ("de") takes a few shots in that language, at the smaller size only.
    const QString language = args.value(3);
    rw::Language::installInterface(language);
    const QStringList fewShots { QStringLiteral("welcome"), QStringLiteral("checklist"), QStringLiteral("dashboard"),
        QStringLiteral("export-report"), QStringLiteral("preferences") };
    const auto wanted = [&](const QString& name) { return language.isEmpty() || fewShots.contains(name); };
    for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) }) {
        if (!language.isEmpty() && size.width() != 1366)
            continue;
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        MainWindow w;
        w.resize(size);
        w.move(0, 0);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return 1;
        const auto shoot = [&](const QString& name) {
            if (!wanted(name))
                return;
            QTest::qWait(300);
            w.grab().save(out.filePath(name + suffix));
        };
        shoot(QStringLiteral("welcome"));
        if (!w.openProject(args.at(1)))
            return 1;
        w.selectItem(QStringLiteral("PERF-02"));
        w.itemPanel()->selectEvidence(1);
        for (qint64 id = 1; id < 10; ++id)
            w.itemPanel()->selectEvidence(id);
        shoot(QStringLiteral("checklist"));
        const QVector<QPair<QString, QString>> pages { { QStringLiteral("dashboardPage"), QStringLiteral("dashboard") },
            { QStringLiteral("findings"), QStringLiteral("findings") }, { QStringLiteral("risks"), QStringLiteral("risks") },
            { QStringLiteral("kpis"), QStringLiteral("kpis") }, { QStringLiteral("signoffs"), QStringLiteral("signoffs") }, { QStringLiteral("milestonesPage"), QStringLiteral("milestones") },
            { QStringLiteral("assessmentPage"), QStringLiteral("assessment") } };
        for (const auto& [object, file] : pages) {
            w.tabs()->setCurrentWidget(w.findChild<QWidget*>(object));
            shoot(file);
        }
        // The whole dashboard, below the fold too.
        w.tabs()->setCurrentWidget(w.dashboard());
        if (auto* scroll = w.dashboard()->findChild<QScrollArea*>()) {
            QTest::qWait(200);
            if (wanted(QStringLiteral("dashboard-all")))
                scroll->widget()->grab().save(out.filePath(QStringLiteral("dashboard-all") + suffix));
        }
        // Reports: the export dialog with its preview, the identity manager and a verified signed PDF.
        QTemporaryDir keys;
        w.setIdentityStore(std::make_unique<rw::IdentityStore>(keys.filePath(QStringLiteral("identities"))));
        rw::IdentityRequest request;
        request.name = QStringLiteral("Priya Raman");
        request.email = QStringLiteral("priya.raman@example.com");
        request.organisation = QStringLiteral("Checkout Platform Team");
        QString error;
        const auto identity = rw::Identity::generate(request, &error);
        w.identityStore()->add(*identity, "screenshot passphrase", &error);
        {
            ExportDialog dialog(w.document(), w.identityStore(), &w);
            dialog.setSign(true);
            dialog.resize(size.width() * 9 / 10, size.height() * 9 / 10);
            dialog.show();
            dialog.updatePreview();
            QTest::qWait(600);
            if (wanted(QStringLiteral("export-report")))
                dialog.grab().save(out.filePath(QStringLiteral("export-report") + suffix));
        }
        {
            IdentityManager manager(w.identityStore(), &w);
            manager.show();
            QTest::qWait(300);
            if (wanted(QStringLiteral("identities")))
                manager.grab().save(out.filePath(QStringLiteral("identities") + suffix));
        }
        {
            ReportExport::Request signedPdf;
            signedPdf.identity = identity;
            const auto result = ReportExport::produce(w.document(), signedPdf, &error);
            const QString pdf = keys.filePath(QStringLiteral("Checkout platform 4.2 - production readiness.pdf"));
            if (result && ReportExport::save(pdf, *result, &error)) {
                VerifyDialog dialog(w.document(), &w);
                dialog.show();
                dialog.verify(pdf);
                QTest::qWait(300);
                if (wanted(QStringLiteral("verify-report")))
                    dialog.grab().save(out.filePath(QStringLiteral("verify-report") + suffix));
            }
        }
        // A NIST catalog previewed in the New Assessment wizard.
        if (size.width() == 1366 && wanted(QStringLiteral("import-wizard"))) {
            NewProjectWizard wizard(QDir::tempPath(), &w);
            wizard.addTemplateFile(QStringLiteral(READINESS_SOURCE_DIR
                "/tests/data/third-party/oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"));
            wizard.show();
            QTest::qWait(300);
            wizard.grab().save(out.filePath(QStringLiteral("import-wizard") + suffix));
        }
        // Help and preferences.
        if (size.width() == 1366) {
            GuideDialog guide(&w);
            guide.show();
            QTest::qWait(300);
            if (wanted(QStringLiteral("guide")))
                guide.grab().save(out.filePath(QStringLiteral("guide") + suffix));
            PreferencesDialog preferences(w.identityStore(), &w);
            preferences.show();
            QTest::qWait(200);
            if (wanted(QStringLiteral("preferences")))
                preferences.grab().save(out.filePath(QStringLiteral("preferences") + suffix));
            AboutDialog about(&w);
            about.show();
            QTest::qWait(200);
            if (wanted(QStringLiteral("about")))
                about.grab().save(out.filePath(QStringLiteral("about") + suffix));
        }
        // A Well-Architected lens: the choices that apply and the risk the lens's rules give.
        if (size.width() == 1366 && wanted(QStringLiteral("lens-risk"))) {
            QString lensError;
            const auto lens = rw::Template::load(QStringLiteral(READINESS_SOURCE_DIR "/tests/data/third-party/aws-wa-lens/Passport-Custom-Lens.json"), &lensError);
            QTemporaryDir lensDir;
            rw::ProjectError projectError;
            const QString lensPath = lensDir.filePath(QStringLiteral("passport.readiness"));
            if (lens && rw::Project::create(lensPath, *lens, QString(), QStringLiteral("Priya Raman"), &projectError)) {
                MainWindow lw;
                lw.resize(size);
                lw.show();
                if (lw.openProject(lensPath)) {
                    lw.project()->setUser(QStringLiteral("Priya Raman"));
                    rw::Item answered = *lw.project()->item(QStringLiteral("overview01"));
                    answered.status = rw::ItemStatus::Unmet;
                    answered.selectedChoices = { QStringLiteral("choice2") };
                    lw.project()->updateItem(QStringLiteral("overview01"), answered);
                    lw.selectItem(QStringLiteral("overview01"));
                    QTest::qWait(400);
                    lw.grab().save(out.filePath(QStringLiteral("lens-risk") + suffix));
                }
                lw.close();
            }
        }
        // Presenter mode, on the same screen.
        w.action(ActionId::Presenter)->trigger();
        if (PresenterWindow* presenter = w.presenter()) {
            presenter->resize(size);
            QTest::qWait(400);
            if (wanted(QStringLiteral("presenter")))
                presenter->grab().save(out.filePath(QStringLiteral("presenter") + suffix));
            presenter->close();
        }
        w.close();
    }
    return 0;
}
