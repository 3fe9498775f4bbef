// The workshop in the workbench: the facilitator hosts from the Workshop menu, sees a joiner in the
// lobby with the same words the joiner sees, admits them with a click; changes arrive in the checklist;
// who is on which item shows as a badge, in presenter mode and, when two type one note, as a notice.
// A second window joins from the Join dialog with a copy of its own.

#include "WindowFixture.h"

#include "Discovery.h"
#include "Document.h"
#include "Host.h"
#include "Peer.h"
#include "PresenterWindow.h"
#include "models/ChecklistModel.h"
#include "signing/DeviceIdentity.h"
#include "widgets/ChecklistPage.h"
#include "widgets/ItemPanel.h"
#include "workshop/JoinDialog.h"
#include "workshop/WorkshopController.h"
#include "workshop/WorkshopPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace rw;
using namespace rw::workshop;

namespace {
constexpr int Wait = 15000;
}

class TestWorkshopGui : public QObject
{
    Q_OBJECT

    WindowFixture m_fixture;
    std::unique_ptr<DeviceIdentity> m_hostDevice;
    std::unique_ptr<DeviceIdentity> m_laptop;
    std::unique_ptr<DeviceIdentity> m_second;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.setUp(QStringLiteral("test_workshop_gui")));
        QString error;
        m_hostDevice
            = DeviceIdentity::loadOrCreate(m_fixture.filePath(QStringLiteral("host-device")), &error);
        m_laptop = DeviceIdentity::loadOrCreate(m_fixture.filePath(QStringLiteral("laptop-device")), &error);
        m_second = DeviceIdentity::loadOrCreate(m_fixture.filePath(QStringLiteral("second-device")), &error);
        QVERIFY(m_hostDevice && m_laptop && m_second);
    }
    void init()
    {
        WindowFixture::reset();
        DeviceIdentity::setCurrent(m_hostDevice.get());
    }

    void hostAdmitsAndSeesChangesAndPresence()
    {
        MainWindow w;
        QVERIFY(WindowFixture::open(w, m_fixture.freshCopy(), QSize(1366, 768)));
        QVERIFY(w.action(ActionId::HostWorkshop)->isEnabled());
        QVERIFY(!w.action(ActionId::LeaveWorkshop)->isEnabled());
        w.action(ActionId::HostWorkshop)->trigger();
        Host* host = w.workshop()->hostSide();
        QVERIFY(host);
        QVERIFY(w.workshop()->dock()->isVisible());
        WorkshopPanel* panel = w.workshop()->panel();
        QCOMPARE(panel->codeLabel()->text(), host->code());
        QVERIFY(panel->qrCode()->text().contains(host->code()));
        QVERIFY(w.action(ActionId::LeaveWorkshop)->isEnabled());

        // A laptop joins; the facilitator sees its words (the same as on the laptop) and admits it.
        const QString copy = m_fixture.filePath(QStringLiteral("laptop.readiness"));
        std::unique_ptr<Project> laptopProject;
        Peer peer(nullptr, *m_laptop, QStringLiteral("Ben"));
        peer.setCopy(copy, [&](const QString& path, QString* error) -> Project* {
            ProjectError e;
            laptopProject = Project::open(path, ProjectFile::Access::ReadWrite, &e);
            *error = e.message;
            return laptopProject.get();
        });
        peer.start(QStringLiteral("127.0.0.1"), host->port(), host->code());
        QTRY_COMPARE_WITH_TIMEOUT(peer.state(), Peer::State::Lobby, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QPushButton*>(QStringLiteral("admit-1")), Wait);
        QString lobbyText;
        for (QLabel* l : panel->lobbyList()->findChildren<QLabel*>())
            lobbyText += l->text();
        for (const QString& word : peer.words())
            QVERIFY2(lobbyText.contains(word), qPrintable(lobbyText));
        QVERIFY(lobbyText.contains(QLatin1String("Ben")));
        panel->findChild<QPushButton*>(QStringLiteral("admit-1"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(peer.inSync(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QPushButton*>(QStringLiteral("remove-1")), Wait);

        // The laptop's change shows in the facilitator's checklist.
        DeviceIdentity::setCurrent(m_laptop.get());
        QVERIFY(!laptopProject->setItemStatus(QStringLiteral("DOC-02"), ItemStatus::Unmet));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        ChecklistModel* model = w.checklistPage()->checklistModel();
        QVERIFY(w.selectItem(QStringLiteral("DOC-02")));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->data(model->indexOfKey(QStringLiteral("DOC-02")), ChecklistModel::StatusRole).toInt(),
            int(ItemStatus::Unmet), Wait);
        // And the facilitator's change reaches the laptop.
        QVERIFY(w.document()->setItemStatus(QStringLiteral("DOC-03"), ItemStatus::Met));
        QTRY_COMPARE_WITH_TIMEOUT(
            laptopProject->item(QStringLiteral("DOC-03"))->status, ItemStatus::Met, Wait);

        // Presence: Ben types DOC-02's note; the facilitator is on DOC-02 too.
        peer.setPresence(QStringLiteral("DOC-02"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!model->presenceAt(QStringLiteral("DOC-02")).isEmpty(), Wait);
        QVERIFY(model->presenceAt(QStringLiteral("DOC-02")).constFirst().startsWith(QLatin1String("Ben")));
        QVERIFY(model->data(model->indexOfKey(QStringLiteral("DOC-02")), Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Ben")));
        QVERIFY(!model->data(model->indexOfKey(QStringLiteral("DOC-02")), Qt::DecorationRole).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(w.itemPanel()->presenceNotice()->isVisible(), Wait);
        QVERIFY(w.itemPanel()->presenceNotice()->text().contains(QLatin1String("Ben")));
        // Typing the same note: the notice says both are changing it.
        w.itemPanel()->noteEdit()->setFocus();
        QTest::keyClicks(w.itemPanel()->noteEdit(), QStringLiteral("Checked"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.itemPanel()->presenceNotice()->text().contains(QLatin1String("too")), Wait);
        // Ben sees where the facilitator is and that they type.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(peer.presence().cbegin(), peer.presence().cend(),
                [](const Presence& p) { return p.host && p.item == QLatin1String("DOC-02") && p.typing; }),
            Wait);
        // Presenter mode names who else is on the item shown.
        w.action(ActionId::Presenter)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.presenter() && w.presenter()->isVisible(), Wait);
        w.workshop()->panel()->refresh();
        peer.setPresence(QStringLiteral("DOC-02"), false);
        QTRY_VERIFY_WITH_TIMEOUT(w.presenter()
                                     ->findChild<QLabel*>(QStringLiteral("presenterPresence"))
                                     ->text()
                                     .contains(QLatin1String("Ben")),
            Wait);
        w.action(ActionId::Presenter)->trigger();

        // Removing Ben: a confirmation, then a signed entry, and Ben is out.
        answerNextDialog([](QDialog*) {});
        panel->findChild<QPushButton*>(QStringLiteral("remove-1"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(peer.state(), Peer::State::Refused, Wait);
        QCOMPARE(w.project()->auditLog(1).constFirst().action, QStringLiteral("workshop.remove"));

        // Ending the workshop closes the panel; the project stays open.
        w.action(ActionId::LeaveWorkshop)->trigger();
        QVERIFY(!w.workshop()->hostSide());
        QVERIFY(!w.workshop()->dock()->isVisible());
        QVERIFY(w.project());
        QVERIFY(model->presenceAt(QStringLiteral("DOC-02")).isEmpty());
    }

    void secondWindowJoinsWithACopy()
    {
        MainWindow host;
        QVERIFY(WindowFixture::open(host, m_fixture.freshCopy(), QSize(1280, 720)));
        QVERIFY(host.workshop()->host());
        Host* h = host.workshop()->hostSide();

        // The Join dialog reads a pasted join link (address, port and code) and is ready to join.
        {
            JoinDialog dialog(QString(), m_fixture.filePath(QStringLiteral("joined.readiness")));
            dialog.addressEdit()->setText(joinLink(QStringLiteral("127.0.0.1"), h->port(), h->code()));
            QCOMPARE(dialog.codeEdit()->text(), h->code());
            QCOMPARE(dialog.address(), QStringLiteral("127.0.0.1"));
            QCOMPARE(dialog.port(), h->port());
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("joinButton"))->isEnabled());
            QVERIFY(!dialog.notesLabel()->text().isEmpty()); // what it tried
            dialog.codeEdit()->setText(QStringLiteral("ABC"));
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("joinButton"))->isEnabled());
        }

        DeviceIdentity::setCurrent(m_second.get());
        MainWindow laptop;
        laptop.resize(1280, 720);
        laptop.show();
        const QString copy = m_fixture.filePath(QStringLiteral("second.readiness"));
        QVERIFY(laptop.workshop()->joinAt(QStringLiteral("127.0.0.1"), h->port(), h->code(), copy));
        Peer* peer = laptop.workshop()->peerSide();
        QTRY_COMPARE_WITH_TIMEOUT(peer->state(), Peer::State::Lobby, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.workshop()->panel()->wordsLabel()->isVisible(), Wait);
        QCOMPARE(laptop.workshop()->panel()->wordsLabel()->text().count(QStringLiteral("·")), 3);
        h->admit(h->participants().constFirst().id);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.project(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(peer->inSync(), Wait);
        QCOMPARE(laptop.project()->path(), copy);
        QCOMPARE(laptop.project()->assessment().info.uuid, host.project()->assessment().info.uuid);
        QVERIFY(laptop.workshop()->panel()->stateLabel()->text().contains(
            host.project()->assessment().info.title));

        // An edit in the laptop's window, through its undo stack, reaches the facilitator.
        QVERIFY(laptop.document()->setItemStatus(QStringLiteral("PERF-03"), ItemStatus::Partial));
        DeviceIdentity::setCurrent(m_hostDevice.get());
        QTRY_COMPARE_WITH_TIMEOUT(
            host.project()->item(QStringLiteral("PERF-03"))->status, ItemStatus::Partial, Wait);
        QVERIFY(laptop.document()->undoStack()->canUndo());

        // The host ends: the laptop says so and keeps trying; leaving stops it.
        host.workshop()->leave();
        QTRY_VERIFY_WITH_TIMEOUT(
            peer->state() == Peer::State::Disconnected || peer->state() == Peer::State::Connecting, Wait);
        laptop.workshop()->leave();
        QVERIFY(!laptop.workshop()->isActive());
        QVERIFY(laptop.project());
    }
};

QTEST_MAIN(TestWorkshopGui)
#include "TestWorkshopGui.moc"
