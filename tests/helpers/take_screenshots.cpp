// Takes the screenshots in docs/screenshots: the workbench on the demo project, page by page, at
// 1366x768 and 1920x1080. Run under Xvfb by tests/helpers/screenshots.sh.
//   take_screenshots DEMO.readiness OUTDIR

#include "Document.h"
#include "Host.h"
#include "MainWindow.h"
#include "Peer.h"
#include "PresenterWindow.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/IdentityDialogs.h"
#include "dialogs/ImportResultsDialog.h"
#include "dialogs/MergeDialogs.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProjectOntoDialog.h"
#include "dialogs/VerifyDialog.h"
#include "exchange/ResultsImport.h"
#include "report/ReportExport.h"
#include "scoring/Answers.h"
#include "signing/DeviceIdentity.h"
#include "store/Merge.h"
#include "widgets/DashboardPage.h"
#include "widgets/ItemPanel.h"
#include "workshop/JoinDialog.h"
#include "workshop/WorkshopController.h"
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

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
    const QStringList fewShots { QStringLiteral("welcome"), QStringLiteral("checklist"),
        QStringLiteral("dashboard"), QStringLiteral("export-report"), QStringLiteral("preferences") };
    const auto wanted = [&](const QString& name) { return language.isEmpty() || fewShots.contains(name); };
    // The 18-domain NIST SP 800-53 LOW baseline, partly assessed, with the last domains not started.
    QTemporaryDir nistDir;
    const QString nistPath = nistDir.filePath(QStringLiteral("nist-low.readiness"));
    if (language.isEmpty()) {
        QString nistError;
        const auto nist
            = rw::Template::load(QStringLiteral(READINESS_SOURCE_DIR
                                     "/tests/data/third-party/oscal/"
                                     "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"),
                &nistError);
        rw::ProjectError projectError;
        auto project = nist ? rw::Project::create(nistPath, *nist,
                           QStringLiteral("NIST SP 800-53 LOW baseline: records system"),
                           QStringLiteral("Dana Reyes"), &projectError)
                            : nullptr;
        if (!project)
            return 1;
        const rw::ItemStatus cycle[] = { rw::ItemStatus::Met, rw::ItemStatus::Met, rw::ItemStatus::Partial,
            rw::ItemStatus::Met, rw::ItemStatus::Unmet, rw::ItemStatus::Met, rw::ItemStatus::NotApplicable };
        int n = 0;
        const auto domains = project->assessment().domains;
        for (int d = 0; d < domains.size() - 4; ++d) {
            for (int i = 0; i < domains[d].items.size(); ++i) {
                if ((i + d) % 5 == 4)
                    continue;
                rw::Item item = domains[d].items[i];
                item.status = cycle[(n++ + d) % 7];
                project->updateItem(item.key, item);
            }
        }
    }
    for (const QSize size : { QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080) }) {
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
        const QVector<QPair<QString, QString>> pages { { QStringLiteral("dashboardPage"),
                                                           QStringLiteral("dashboard") },
            { QStringLiteral("findings"), QStringLiteral("findings") },
            { QStringLiteral("risks"), QStringLiteral("risks") },
            { QStringLiteral("kpis"), QStringLiteral("kpis") },
            { QStringLiteral("signoffs"), QStringLiteral("signoffs") },
            { QStringLiteral("milestonesPage"), QStringLiteral("milestones") },
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
            const QString pdf
                = keys.filePath(QStringLiteral("Checkout platform 4.2 - production readiness.pdf"));
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
            wizard.addTemplateFile(QStringLiteral(
                READINESS_SOURCE_DIR "/tests/data/third-party/oscal/"
                                     "NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json"));
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
        // Answers other than a status: the built-in operations maturity model with a level, a number, a
        // yes/no that leaves its follow-ups out, several choices, a date and a text; the coverage scale
        // of the software assurance model; presenter mode on a level.
        if (language.isEmpty() && wanted(QStringLiteral("answer-level"))) {
            QTemporaryDir answersDir;
            rw::ProjectError projectError;
            const QString opsPath = answersDir.filePath(QStringLiteral("operations.readiness"));
            const QString sammPath = answersDir.filePath(QStringLiteral("assurance.readiness"));
            const auto ops = rw::Template::builtin(QStringLiteral("operations-maturity"));
            const auto samm = rw::Template::builtin(QStringLiteral("software-assurance-maturity"));
            auto op = ops
                ? rw::Project::create(opsPath, *ops, QStringLiteral("Payments platform: operations maturity"),
                    QStringLiteral("Dana Reyes"), &projectError)
                : nullptr;
            auto sp = samm ? rw::Project::create(sammPath, *samm,
                          QStringLiteral("Payments platform: software assurance"),
                          QStringLiteral("Dana Reyes"), &projectError)
                           : nullptr;
            if (!op || !sp)
                return 1;
            const auto answer = [](rw::Project& p, const QString& key, const QString& typed) {
                rw::Item item = *p.item(key);
                QString error;
                item.answer = rw::Answers::parse(item.question, typed, &error).value_or(QJsonValue());
                p.updateItem(key, item);
            };
            for (const auto& [key, typed] :
                QVector<QPair<QString, QString>> { { QStringLiteral("SVC-01"), QStringLiteral("2") },
                    { QStringLiteral("SVC-02"), QStringLiteral("1") },
                    { QStringLiteral("SVC-03"), QStringLiteral("3") },
                    { QStringLiteral("SVC-04"), QStringLiteral("4") },
                    { QStringLiteral("RES-01"), QStringLiteral("2") },
                    { QStringLiteral("RES-02"), QStringLiteral("3") },
                    { QStringLiteral("RES-04"), QStringLiteral("99.62") },
                    { QStringLiteral("RES-05"), QStringLiteral("2026-09-14") },
                    { QStringLiteral("SUP-01"), QStringLiteral("yes") },
                    { QStringLiteral("SUP-02"), QStringLiteral("2") },
                    { QStringLiteral("SUP-03"), QStringLiteral("cert, sla") },
                    { QStringLiteral("SUP-04"), QStringLiteral("Head of vendor management") } })
                answer(*op, key, typed);
            int n = 0;
            for (const rw::Domain& d : sp->assessment().domains) {
                for (const rw::Item& i : d.items)
                    answer(*sp, i.key, QString::number((n++ * 7 + 3) % 4));
            }
            op.reset();
            sp.reset();
            MainWindow aw;
            aw.resize(size);
            aw.move(0, 0);
            aw.show();
            if (!QTest::qWaitForWindowExposed(&aw) || !aw.openProject(opsPath))
                return 1;
            const QVector<QPair<QString, QString>> typedShots { { QStringLiteral("SVC-01"),
                                                                    QStringLiteral("answer-level") },
                { QStringLiteral("RES-04"), QStringLiteral("answer-number") },
                { QStringLiteral("SUP-03"), QStringLiteral("answer-multiple") },
                { QStringLiteral("RES-05"), QStringLiteral("answer-date") },
                { QStringLiteral("SUP-04"), QStringLiteral("answer-text") },
                { QStringLiteral("SUP-01"), QStringLiteral("answer-yesno") } };
            for (const auto& [key, name] : typedShots) {
                if (name != QLatin1String("answer-level") && size.width() != 1366)
                    continue;
                aw.selectItem(key);
                QTest::qWait(300);
                aw.grab().save(out.filePath(name + suffix));
            }
            // "No" to the provider question: its follow-ups do not apply, and say why.
            if (size.width() == 1366) {
                rw::Item no = *aw.project()->item(QStringLiteral("SUP-01"));
                no.answer = QStringLiteral("no");
                aw.project()->updateItem(QStringLiteral("SUP-01"), no);
                aw.selectItem(QStringLiteral("SUP-02"));
                QTest::qWait(300);
                aw.grab().save(out.filePath(QStringLiteral("answer-does-not-apply") + suffix));
                aw.selectItem(QStringLiteral("SVC-01"));
                aw.action(ActionId::Presenter)->trigger();
                if (PresenterWindow* presenter = aw.presenter()) {
                    presenter->resize(size);
                    QTest::qWait(400);
                    presenter->grab().save(out.filePath(QStringLiteral("answer-presenter") + suffix));
                    presenter->close();
                }
            }
            aw.close();
            if (size.width() == 1366) {
                MainWindow sw;
                sw.resize(size);
                sw.move(0, 0);
                sw.show();
                if (QTest::qWaitForWindowExposed(&sw) && sw.openProject(sammPath)) {
                    sw.selectItem(QStringLiteral("DES-SR"));
                    QTest::qWait(300);
                    sw.grab().save(out.filePath(QStringLiteral("answer-choice") + suffix));
                }
                sw.close();
            }
        }
        // The review and the evidence lifecycle on a copy of the demo: a flag, a comment thread, evidence
        // rejected, expired and dated outside the assessment period; the evidence panel, the reviewer's
        // filter and what the dashboard says needs a second look.
        if (language.isEmpty()) {
            QTemporaryDir reviewDir;
            const QString reviewPath = reviewDir.filePath(QStringLiteral("review.readiness"));
            QFile::copy(args.at(1), reviewPath);
            QFile::setPermissions(reviewPath, QFile::ReadOwner | QFile::WriteOwner);
            {
                rw::ProjectError projectError;
                auto p = rw::Project::open(reviewPath, rw::ProjectFile::Access::ReadWrite, &projectError);
                if (!p)
                    return 1;
                p->setUser(QStringLiteral("Dana Reyes"));
                rw::AssessmentInfo info = p->assessment().info;
                info.periodFrom = QDate(2026, 7, 1);
                info.periodTo = QDate(2026, 12, 31);
                p->setInfo(info);
                rw::Item flagged = *p->item(QStringLiteral("SEC-03"));
                flagged.flag = QStringLiteral("The scan is from the previous release; ask for the 4.2.1 run");
                flagged.workState = rw::WorkState::InReview;
                p->updateItem(flagged.key, flagged);
                rw::Item second = *p->item(QStringLiteral("SEC-01"));
                second.workState = rw::WorkState::InReview;
                p->updateItem(second.key, second);
                rw::Comment c;
                c.itemUuid = p->item(QStringLiteral("SEC-01"))->uuid;
                c.text = QStringLiteral("Does the pen test cover the new payment callback?");
                qint64 thread = 0;
                p->saveComment(c, &thread);
                p->setUser(QStringLiteral("Priya Raman"));
                rw::Comment reply;
                reply.itemUuid = c.itemUuid;
                reply.parentUuid = p->comment(thread)->uuid;
                reply.text = QStringLiteral("Yes, section 3.2 of the summary");
                p->saveComment(reply);
                p->setUser(QStringLiteral("Dana Reyes"));
                for (const rw::Evidence* e : p->evidenceForItem(QStringLiteral("SEC-01"))) {
                    rw::Evidence dated = *e;
                    dated.collectedFrom = QDate(2026, 6, 2);
                    dated.collectedTo = QDate(2026, 6, 13);
                    dated.validUntil = QDate(2026, 11, 30);
                    dated.review = rw::EvidenceReview::Rejected;
                    dated.reviewReason = QStringLiteral("Summary only; the full report is needed");
                    p->saveEvidence(dated);
                }
            }
            MainWindow rw2;
            rw2.resize(size);
            rw2.move(0, 0);
            rw2.show();
            if (!QTest::qWaitForWindowExposed(&rw2) || !rw2.openProject(reviewPath))
                return 1;
            rw2.selectItem(QStringLiteral("SEC-01"));
            rw2.itemPanel()->evidenceList()->setCurrentRow(0);
            QTest::qWait(300);
            // The panel scrolled to the evidence: its list, details and the review buttons.
            if (auto* scroll = rw2.itemPanel()->findChild<QScrollArea*>())
                scroll->ensureWidgetVisible(rw2.itemPanel()->evidenceDetails(), 0, 40);
            QTest::qWait(200);
            rw2.grab().save(out.filePath(QStringLiteral("evidence-panel") + suffix));
            if (size.width() == 1366) {
                QComboBox* review = rw2.findChild<QComboBox*>(QStringLiteral("filterReview"));
                review->setCurrentIndex(review->findData(1)); // in review
                rw2.selectItem(QStringLiteral("SEC-03"));
                QTest::qWait(400);
                rw2.grab().save(out.filePath(QStringLiteral("review-pass") + suffix));
                review->setCurrentIndex(0);
                rw2.tabs()->setCurrentWidget(rw2.dashboard());
                QTest::qWait(500);
                rw2.grab().save(out.filePath(QStringLiteral("review-dashboard") + suffix));
            }
            rw2.close();
        }
        // A Well-Architected lens: the choices that apply and the risk the lens's rules give.
        if (size.width() == 1366 && wanted(QStringLiteral("lens-risk"))) {
            QString lensError;
            const auto lens
                = rw::Template::load(QStringLiteral(READINESS_SOURCE_DIR
                                         "/tests/data/third-party/aws-wa-lens/Passport-Custom-Lens.json"),
                    &lensError);
            QTemporaryDir lensDir;
            rw::ProjectError projectError;
            const QString lensPath = lensDir.filePath(QStringLiteral("passport.readiness"));
            if (lens
                && rw::Project::create(
                    lensPath, *lens, QString(), QStringLiteral("Priya Raman"), &projectError)) {
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
        // Presenter mode, on the same screen, on the item the workshop discusses.
        w.tabs()->setCurrentIndex(0);
        w.selectItem(QStringLiteral("SEC-03"));
        w.action(ActionId::Presenter)->trigger();
        if (PresenterWindow* presenter = w.presenter()) {
            presenter->resize(size);
            QTest::qWait(400);
            if (wanted(QStringLiteral("presenter")))
                presenter->grab().save(out.filePath(QStringLiteral("presenter") + suffix));
            presenter->setShowingDashboard(true);
            QTest::qWait(400);
            if (wanted(QStringLiteral("presenter-dashboard")))
                presenter->grab().save(out.filePath(QStringLiteral("presenter-dashboard") + suffix));
            presenter->close();
        }
        w.close();

        // A real framework: the NIST baseline's checklist, dashboard and presenter.
        if (language.isEmpty()) {
            MainWindow nw;
            nw.resize(size);
            nw.move(0, 0);
            nw.show();
            if (!QTest::qWaitForWindowExposed(&nw) || !nw.openProject(nistPath))
                return 1;
            nw.selectItem(QStringLiteral("ac-2"));
            QTest::qWait(300);
            nw.grab().save(out.filePath(QStringLiteral("nist-checklist") + suffix));
            nw.tabs()->setCurrentWidget(nw.dashboard());
            QTest::qWait(500);
            nw.grab().save(out.filePath(QStringLiteral("nist-dashboard") + suffix));
            if (auto* scroll = nw.dashboard()->findChild<QScrollArea*>())
                scroll->widget()->grab().save(out.filePath(QStringLiteral("nist-dashboard-all") + suffix));
            nw.tabs()->setCurrentIndex(0);
            nw.action(ActionId::Presenter)->trigger();
            if (PresenterWindow* presenter = nw.presenter()) {
                presenter->resize(size);
                QTest::qWait(400);
                presenter->grab().save(out.filePath(QStringLiteral("nist-presenter") + suffix));
                presenter->close();
            }
            nw.close();
        }

        // A team on two laptops: the other laptop's copy of the demo, merged here; the preview and the
        // conflict inbox.
        if (language.isEmpty()) {
            QTemporaryDir teamDir;
            const QString mine = teamDir.filePath(QStringLiteral("mine.readiness"));
            const QString theirs = teamDir.filePath(QStringLiteral("theirs.readiness"));
            QFile::copy(args.at(1), mine);
            QFile::copy(args.at(1), theirs);
            QString deviceError;
            auto laptop
                = rw::DeviceIdentity::loadOrCreate(teamDir.filePath(QStringLiteral("laptop")), &deviceError);
            if (!laptop)
                return 1;
            rw::ProjectError e;
            {
                auto p = rw::Project::open(mine, rw::ProjectFile::Access::ReadWrite, &e);
                if (!p)
                    return 1;
                p->setUser(QStringLiteral("Dana Reyes"));
                p->setItemNote(QStringLiteral("PERF-02"),
                    QStringLiteral("Load test run on staging at 2x peak.\nLatency p95 within target."));
                p->setItemStatus(QStringLiteral("SEC-03"), rw::ItemStatus::Met);
            }
            rw::DeviceIdentity::setCurrent(laptop.get());
            {
                auto p = rw::Project::open(theirs, rw::ProjectFile::Access::ReadWrite, &e);
                if (!p)
                    return 1;
                p->setUser(QStringLiteral("Sam Okafor"));
                p->setItemNote(QStringLiteral("PERF-02"),
                    QStringLiteral("Load test run on staging at 2x peak.\nSoak test still to schedule."));
                p->setItemStatus(QStringLiteral("SEC-03"), rw::ItemStatus::Unmet);
                const rw::Assessment& a = p->assessment();
                int changed = 0;
                for (const rw::Domain& d : a.domains) {
                    for (const rw::Item& i : d.items) {
                        if (i.status == rw::ItemStatus::Partial && i.key != QLatin1String("SEC-03")
                            && changed++ < 4)
                            p->setItemStatus(i.key, rw::ItemStatus::Met);
                    }
                }
            }
            rw::DeviceIdentity::setCurrent(nullptr);
            MainWindow tw;
            tw.resize(size);
            tw.move(0, 0);
            tw.show();
            if (!QTest::qWaitForWindowExposed(&tw) || !tw.openProject(mine))
                return 1;
            MergeDialog preview(tw.document(), { theirs }, &tw);
            preview.show();
            QTest::qWait(300);
            preview.grab().save(out.filePath(QStringLiteral("merge-preview") + suffix));
            tw.document()->merge({ rw::Merge::openSource(theirs, &e).get() });
            ConflictsDialog inbox(tw.document(), &tw);
            inbox.show();
            QTest::qWait(300);
            inbox.grab().save(out.filePath(QStringLiteral("merge-conflicts") + suffix));
            tw.close();
        }

        // Results back from a spreadsheet: the preview of File > Import Results.
        if (language.isEmpty()) {
            QTemporaryDir sheetDir;
            const QString copy = sheetDir.filePath(QStringLiteral("import.readiness"));
            QFile::copy(args.at(1), copy);
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            MainWindow tw;
            tw.resize(size);
            tw.move(0, 0);
            tw.show();
            if (!QTest::qWaitForWindowExposed(&tw) || !tw.openProject(copy))
                return 1;
            const QByteArray sheet
                = "key,status,owner,note\r\n"
                  "SEC-01,unmet,,Two administrators still sign in without MFA.\r\n"
                  "PERF-03,met,Luis Ortega,Stress test to 3x peak passed on 2 December.\r\n"
                  "DATA-04,partial,,Object lock on; the isolated account is still to come.\r\n"
                  "OPS-02,met,Ana Lima,\r\n"
                  "SEC-10,met,,\r\n"
                  "MON-04,done,,\r\n";
            QString error;
            const auto preview = rw::ResultsImport::read(tw.project()->assessment(), sheet, &error);
            if (!preview)
                return 1;
            ImportResultsDialog dialog(
                tw.document(), sheetDir.filePath(QStringLiteral("results-from-ops.csv")), *preview, &tw);
            dialog.show();
            QTest::qWait(300);
            dialog.grab().save(out.filePath(QStringLiteral("import-results") + suffix));
            tw.close();
        }

        // Projecting onto another framework: the dialog filled in, with the reason it gives for a library
        // the assessment was not made from.
        if (language.isEmpty()) {
            QTemporaryDir mapDir;
            const QString frameworks = QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/");
            QString error;
            const auto small
                = rw::Template::load(frameworks + QStringLiteral("small-framework.yaml"), &error);
            rw::ProjectError e;
            const QString source = mapDir.filePath(QStringLiteral("csf-small.readiness"));
            if (!small || !rw::Project::create(source, *small, QString(), QStringLiteral("Dana Reyes"), &e))
                return 1;
            MainWindow tw;
            tw.resize(size);
            tw.move(0, 0);
            tw.show();
            if (!QTest::qWaitForWindowExposed(&tw) || !tw.openProject(source))
                return 1;
            ProjectOntoDialog dialog(tw.project(), QStringLiteral("Dana Reyes"), &tw);
            dialog.findChild<QLineEdit*>(QStringLiteral("mappingPath"))
                ->setText(frameworks + QStringLiteral("mapping-small-to-target.yaml"));
            dialog.findChild<QLineEdit*>(QStringLiteral("fromPath"))
                ->setText(frameworks + QStringLiteral("target-framework.yaml"));
            dialog.findChild<QLineEdit*>(QStringLiteral("toPath"))
                ->setText(frameworks + QStringLiteral("target-framework.yaml"));
            dialog.show();
            dialog.accept(); // the wrong library for this assessment: the dialog says why
            QTest::qWait(300);
            dialog.grab().save(out.filePath(QStringLiteral("project-onto") + suffix));
            dialog.reject();
            tw.close();
        }

        // A live workshop: the facilitator hosts; Ben is in and types SEC-03's note, Chen waits in the
        // lobby with the words both screens show; Chen's laptop, in the lobby and then in.
        if (language.isEmpty()) {
            QTemporaryDir room;
            const QString hostCopy = room.filePath(QStringLiteral("workshop.readiness"));
            QFile::copy(args.at(1), hostCopy);
            QFile::setPermissions(hostCopy, QFile::ReadOwner | QFile::WriteOwner);
            QString deviceError;
            auto facilitator = rw::DeviceIdentity::loadOrCreate(
                room.filePath(QStringLiteral("facilitator")), &deviceError);
            auto ben = rw::DeviceIdentity::loadOrCreate(room.filePath(QStringLiteral("ben")), &deviceError);
            auto chen = rw::DeviceIdentity::loadOrCreate(room.filePath(QStringLiteral("chen")), &deviceError);
            if (!facilitator || !ben || !chen)
                return 1;
            rw::DeviceIdentity::setCurrent(facilitator.get());
            QSettings().setValue(QStringLiteral("assessor/name"), QStringLiteral("Priya Raman"));
            MainWindow hw;
            hw.resize(size);
            hw.move(0, 0);
            hw.show();
            if (!QTest::qWaitForWindowExposed(&hw) || !hw.openProject(hostCopy) || !hw.workshop()->host())
                return 1;
            rw::workshop::Host* host = hw.workshop()->hostSide();
            std::unique_ptr<rw::Project> benProject;
            rw::workshop::Peer benPeer(nullptr, *ben, QStringLiteral("Ben Okafor"));
            benPeer.setCopy(
                room.filePath(QStringLiteral("ben.readiness")), [&](const QString& path, QString* error) {
                    rw::ProjectError e;
                    benProject = rw::Project::open(path, rw::ProjectFile::Access::ReadWrite, &e);
                    *error = e.message;
                    return benProject.get();
                });
            benPeer.start(QStringLiteral("127.0.0.1"), host->port(), host->code());
            for (int i = 0; i < 100 && host->participants().isEmpty(); ++i)
                QTest::qWait(50);
            if (host->participants().isEmpty())
                return 1;
            host->admit(host->participants().constFirst().id);
            for (int i = 0; i < 100 && !benPeer.inSync(); ++i)
                QTest::qWait(50);
            benPeer.setPresence(QStringLiteral("SEC-03"), true);
            rw::DeviceIdentity::setCurrent(ben.get());
            benProject->setUser(QStringLiteral("Ben Okafor"));
            benProject->setItemNote(QStringLiteral("SEC-05"),
                QStringLiteral("TLS 1.3 on every endpoint; disks encrypted with managed keys."));
            rw::DeviceIdentity::setCurrent(facilitator.get());

            // Chen's laptop joins with a copy of its own and waits in the lobby.
            rw::DeviceIdentity::setCurrent(chen.get());
            QSettings().setValue(QStringLiteral("assessor/name"), QStringLiteral("Chen Liu"));
            MainWindow cw;
            cw.resize(size);
            cw.move(0, 0);
            cw.show();
            if (!QTest::qWaitForWindowExposed(&cw))
                return 1;
            {
                JoinDialog join(QString(), room.filePath(QStringLiteral("chen.readiness")), &cw);
                join.addressEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(host->port()));
                join.codeEdit()->setText(host->code());
                join.show();
                QTest::qWait(2500); // what the discovery tried
                join.grab().save(out.filePath(QStringLiteral("workshop-join") + suffix));
            }
            cw.workshop()->joinAt(QStringLiteral("127.0.0.1"), host->port(), host->code(),
                room.filePath(QStringLiteral("chen.readiness")));
            for (int i = 0; i < 100 && cw.workshop()->peerSide()->state() != rw::workshop::Peer::State::Lobby;
                 ++i)
                QTest::qWait(50);
            QTest::qWait(300);
            cw.grab().save(out.filePath(QStringLiteral("workshop-lobby") + suffix));
            rw::DeviceIdentity::setCurrent(facilitator.get());
            QSettings().setValue(QStringLiteral("assessor/name"), QStringLiteral("Priya Raman"));
            hw.activateWindow();
            hw.raise();
            hw.selectItem(QStringLiteral("SEC-03"));
            QTest::qWait(600);
            hw.grab().save(out.filePath(QStringLiteral("workshop-host") + suffix));
            // Admitted: Chen's window follows the workshop and shows who is where.
            for (const auto& p : host->participants()) {
                if (!p.admitted)
                    host->admit(p.id);
            }
            for (int i = 0; i < 200 && !(cw.workshop()->peerSide() && cw.workshop()->peerSide()->inSync());
                 ++i)
                QTest::qWait(50);
            rw::DeviceIdentity::setCurrent(chen.get());
            cw.raise();
            cw.selectItem(QStringLiteral("SEC-05"));
            QTest::qWait(800);
            cw.grab().save(out.filePath(QStringLiteral("workshop-joined") + suffix));
            cw.workshop()->leave();
            rw::DeviceIdentity::setCurrent(facilitator.get());
            benPeer.stop();
            hw.workshop()->leave();
            cw.close();
            hw.close();
            rw::DeviceIdentity::setCurrent(nullptr);
        }
    }
    return 0;
}
