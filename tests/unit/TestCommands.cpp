// Every edit the workbench can make, through Document's named intents and without a window: applied,
// undone and redone, the project in memory, the file opened afresh and the project rebuilt from the
// audit log alone must agree after each step; undo gives back exactly the state before (identities
// included) and redo exactly the state after.

#include "TestSupport.h"

#include "Document.h"
#include "store/EvidenceStore.h"
#include "store/ProjectState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

using namespace rw;

namespace {

using Intent = std::function<bool(Document&)>;

QString shown(const QStringList& differences)
{
    return differences.join(QLatin1Char('\n'));
}

// The three views of the project that must agree: memory, the file, and the log replayed.
void expectAgreement(const Document& doc, const char* step)
{
    const Project& p = *doc.project();
    const QJsonObject memory = ProjectState::state(p.assessment());
    ProjectError error;
    auto reopened = Project::open(p.path(), ProjectFile::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error.message));
    const QJsonObject file = ProjectState::state(reopened->assessment());
    QVERIFY2(memory == file,
        qPrintable(QStringLiteral("%1: memory and file differ:\n%2")
                       .arg(QLatin1String(step), shown(ProjectState::differences(memory, file)))));
    QString replayError;
    const std::optional<QJsonObject> replayed = ProjectState::replay(p.auditLog(), &replayError);
    QVERIFY2(replayed, qPrintable(replayError));
    QVERIFY2(*replayed == file,
        qPrintable(QStringLiteral("%1: the replayed log and the file differ:\n%2")
                       .arg(QLatin1String(step), shown(ProjectState::differences(*replayed, file)))));
    QVERIFY(p.verifyAudit().intact);
    // Scores are computed from the same content: memory and file give the same figures.
    QCOMPARE(p.scores().overall().score, reopened->scores().overall().score);
    for (int d = 0; d < p.scores().domains().size(); ++d)
        QCOMPARE(p.scores().domains().at(d).score(), reopened->scores().domains().at(d).score());
}

// Undoing an edit to an item is itself a change, by whoever undoes it: the item's "changed by" and
// "changed at" name that change. Everything else must be exactly as before.
QJsonObject withoutChangeStamps(QJsonObject state)
{
    QJsonArray domains = state.value(QStringLiteral("domains")).toArray();
    for (int d = 0; d < domains.size(); ++d) {
        QJsonObject domain = domains.at(d).toObject();
        QJsonArray items = domain.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.remove(QStringLiteral("changed_by"));
            item.remove(QStringLiteral("changed_at"));
            items[i] = item;
        }
        domain.insert(QStringLiteral("items"), items);
        domains[d] = domain;
    }
    state.insert(QStringLiteral("domains"), domains);
    return state;
}

const Finding& findingOf(const Project& p, int i)
{
    return p.assessment().findings.at(i);
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_evidenceFile;

    // Every intent with what it is given; each starts from the demo project.
    static QVector<QPair<QString, Intent>> intents(const QString& evidenceFile)
    {
        return {
            { QStringLiteral("setItemStatus"),
                [](Document& d) { return d.setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Partial); } },
            { QStringLiteral("setItem (note typed)"),
                [](Document& d) {
                    Item i = *d.project()->item(QStringLiteral("INF-02"));
                    i.note = QStringLiteral("Failover rehearsed on 2 December");
                    i.owner = QStringLiteral("Aiko Tanaka");
                    return d.setItem(i.key, i, QStringLiteral("note"), true);
                } },
            { QStringLiteral("addDomain"),
                [](Document& d) {
                    Domain dom;
                    dom.title = QStringLiteral("Accessibility");
                    dom.target = 70;
                    return d.addDomain(dom, 1);
                } },
            { QStringLiteral("updateDomain"),
                [](Document& d) {
                    Domain dom = d.project()->assessment().domains.at(0);
                    dom.title = QStringLiteral("Infrastructure and hosting");
                    dom.weight = 30;
                    return d.updateDomain(dom.key, dom);
                } },
            { QStringLiteral("removeDomain (items, links, adjustment)"),
                [](Document& d) { return d.removeDomain(QStringLiteral("PERF")); } },
            { QStringLiteral("moveDomain"),
                [](Document& d) { return d.moveDomain(QStringLiteral("SEC"), 0); } },
            { QStringLiteral("addItem"),
                [](Document& d) {
                    Item i;
                    i.text = QStringLiteral("Runbooks are reviewed every quarter");
                    i.points = 2;
                    return d.addItem(QStringLiteral("OPS"), i, 0);
                } },
            { QStringLiteral("removeItem (with evidence and finding)"),
                [](Document& d) { return d.removeItem(QStringLiteral("MON-01")); } },
            { QStringLiteral("moveItem"),
                [](Document& d) { return d.moveItem(QStringLiteral("SEC-03"), 0); } },
            { QStringLiteral("setInfo"),
                [](Document& d) {
                    AssessmentInfo info = d.project()->assessment().info;
                    info.scope = QStringLiteral("checkout-api only");
                    info.decision = Decision::Rejected;
                    return d.setInfo(info);
                } },
            { QStringLiteral("setAdjustment (new)"),
                [](Document& d) {
                    return d.setAdjustment(QString(), 80, QStringLiteral("Overall view of the panel"));
                } },
            { QStringLiteral("setAdjustment (changed)"),
                [](Document& d) {
                    return d.setAdjustment(QStringLiteral("PERF"), 75, QStringLiteral("Stress test failed"));
                } },
            { QStringLiteral("clearAdjustment"),
                [](Document& d) { return d.clearAdjustment(QStringLiteral("PERF")); } },
            { QStringLiteral("saveFinding (new)"),
                [](Document& d) {
                    Finding f;
                    f.title = QStringLiteral("Rotate the signing keys");
                    f.priority = Priority::High;
                    f.effortHours = 4;
                    f.itemKeys = { QStringLiteral("SEC-02"), QStringLiteral("SEC-01") };
                    return d.saveFinding(f);
                } },
            { QStringLiteral("saveFinding (changed)"),
                [](Document& d) {
                    Finding f = findingOf(*d.project(), 0);
                    f.state = FindingState::Done;
                    f.dueDate = QDate(2027, 1, 15);
                    return d.saveFinding(f);
                } },
            { QStringLiteral("removeFinding"),
                [](Document& d) { return d.removeFinding(findingOf(*d.project(), 1).id); } },
            { QStringLiteral("linkFinding"),
                [](Document& d) {
                    return d.linkFinding(findingOf(*d.project(), 0).id, QStringLiteral("OPS-01"));
                } },
            { QStringLiteral("saveRisk (new)"),
                [](Document& d) {
                    Risk r;
                    r.title = QStringLiteral("Key person leaves");
                    r.probability = 2;
                    r.impact = 4;
                    return d.saveRisk(r);
                } },
            { QStringLiteral("saveRisk (closed)"),
                [](Document& d) {
                    Risk r = d.project()->assessment().risks.at(0);
                    r.state = RiskState::Closed;
                    return d.saveRisk(r);
                } },
            { QStringLiteral("removeRisk"),
                [](Document& d) { return d.removeRisk(d.project()->assessment().risks.at(2).id); } },
            { QStringLiteral("saveKpi (new)"),
                [](Document& d) {
                    Kpi k;
                    k.name = QStringLiteral("Deploys per week");
                    k.target = 5;
                    k.actual = 7;
                    return d.saveKpi(k);
                } },
            { QStringLiteral("saveKpi (changed)"),
                [](Document& d) {
                    Kpi k = d.project()->assessment().kpis.at(0);
                    k.actual = 99.1;
                    return d.saveKpi(k);
                } },
            { QStringLiteral("removeKpi"),
                [](Document& d) { return d.removeKpi(d.project()->assessment().kpis.at(1).id); } },
            { QStringLiteral("saveSignOff (new)"),
                [](Document& d) {
                    SignOff s;
                    s.name = QStringLiteral("Mara Lind");
                    s.decision = Decision::Approved;
                    return d.saveSignOff(s);
                } },
            { QStringLiteral("saveSignOff (changed)"),
                [](Document& d) {
                    SignOff s = d.project()->assessment().signOffs.at(0);
                    s.conditions = QStringLiteral("None");
                    return d.saveSignOff(s);
                } },
            { QStringLiteral("removeSignOff"),
                [](Document& d) { return d.removeSignOff(d.project()->assessment().signOffs.at(0).id); } },
            { QStringLiteral("saveMilestone"),
                [](Document& d) { return d.saveMilestone(QStringLiteral("Dry run")); } },
            { QStringLiteral("renameMilestone"),
                [](Document& d) {
                    return d.renameMilestone(
                        d.project()->assessment().snapshots.at(0).id, QStringLiteral("Kick-off (renamed)"));
                } },
            { QStringLiteral("removeMilestone"),
                [](Document& d) { return d.removeMilestone(d.project()->assessment().snapshots.at(0).id); } },
            { QStringLiteral("attachEvidence (new content)"),
                [evidenceFile](Document& d) {
                    ProjectError error;
                    const auto stored
                        = EvidenceStore::importFile(d.project()->file().database(), evidenceFile, {}, &error);
                    return stored
                        && d.attachEvidence(*stored, QStringLiteral("runbook.txt"),
                            QStringLiteral("text/plain"), QStringLiteral("OPS-02"));
                } },
            { QStringLiteral("attachEvidence (content already held)"),
                [](Document& d) {
                    const Evidence e = d.project()->assessment().evidence.at(0);
                    EvidenceStore::Stored stored { e.sha256, e.size, true };
                    return d.attachEvidence(stored, e.name, e.mimeType, QStringLiteral("SEC-04"));
                } },
            { QStringLiteral("linkEvidence"),
                [](Document& d) {
                    Evidence link;
                    link.name = QStringLiteral("Incident runbook");
                    link.url = QStringLiteral("https://wiki.example/runbook");
                    link.itemKeys = { QStringLiteral("OPS-03") };
                    return d.linkEvidence(link);
                } },
            { QStringLiteral("unlinkEvidence (one of several items)"),
                [](Document& d) {
                    const Evidence e = d.project()->assessment().evidence.at(0);
                    return e.itemKeys.size() > 1 && d.unlinkEvidence(e.id, e.itemKeys.first());
                } },
            { QStringLiteral("saveEvidence (dates, accepted)"),
                [](Document& d) {
                    Evidence e = d.project()->assessment().evidence.at(0);
                    e.collectedFrom = QDate(2026, 10, 1);
                    e.collectedTo = QDate(2026, 10, 31);
                    e.validUntil = QDate(2027, 10, 31);
                    e.review = EvidenceReview::Accepted;
                    e.caption = QStringLiteral("October's export");
                    return d.saveEvidence(e, QStringLiteral("accept"));
                } },
            { QStringLiteral("saveEvidence (rejected with a reason)"),
                [](Document& d) {
                    Evidence e = d.project()->assessment().evidence.at(1);
                    e.review = EvidenceReview::Rejected;
                    e.reviewReason = QStringLiteral("Shows the test system");
                    return d.saveEvidence(e, QStringLiteral("reject"));
                } },
            { QStringLiteral("reviseEvidence (new version kept beside the old)"),
                [evidenceFile](Document& d) {
                    ProjectError error;
                    const auto stored
                        = EvidenceStore::importFile(d.project()->file().database(), evidenceFile, {}, &error);
                    const Evidence e = d.project()->assessment().evidence.at(0);
                    return stored
                        && d.reviseEvidence(e.id, *stored, QStringLiteral("runbook.txt"),
                            QStringLiteral("text/plain"), { QDate(2026, 11, 30), {}, QDate(2027, 11, 30) });
                } },
            { QStringLiteral("saveComment (new thread)"),
                [](Document& d) {
                    Comment c;
                    c.itemUuid = d.project()->item(QStringLiteral("SEC-03"))->uuid;
                    c.text = QStringLiteral("Which backups were restored?");
                    return d.saveComment(c);
                } },
            { QStringLiteral("flagItem"),
                [](Document& d) {
                    return d.flagItem(QStringLiteral("SEC-05"), QStringLiteral("Check the scan date"));
                } },
            { QStringLiteral("setWorkState"),
                [](Document& d) { return d.setWorkState(QStringLiteral("INF-01"), WorkState::Done); } },
            { QStringLiteral("acceptItem"),
                [](Document& d) { return d.acceptItem(QStringLiteral("INF-02")); } },
            { QStringLiteral("sendBack (state and comment, one step)"),
                [](Document& d) {
                    return d.sendBack(QStringLiteral("INF-03"), QStringLiteral("Attach the DR test"));
                } },
            { QStringLiteral("signOffReview"),
                [](Document& d) { return d.signOffReview(QStringLiteral("SEC"), true); } },
            { QStringLiteral("saveFinding (as auditors write it)"),
                [](Document& d) {
                    Finding f = findingOf(*d.project(), 0);
                    f.criteria = QStringLiteral("ISO 27001 A.8.13");
                    f.cause = QStringLiteral("No owner for the backup job");
                    f.effect = QStringLiteral("Orders could be lost");
                    f.recommendation = QStringLiteral("Name an owner and test restores monthly");
                    f.response = QStringLiteral("Agreed; owner named");
                    f.responseOwner = QStringLiteral("Head of IT");
                    f.responseDate = QDate(2026, 12, 15);
                    f.grade = QStringLiteral("minor");
                    return d.saveFinding(f);
                } },
            { QStringLiteral("setInfo (assessment period)"),
                [](Document& d) {
                    AssessmentInfo info = d.project()->assessment().info;
                    info.periodFrom = QDate(2026, 1, 1);
                    info.periodTo = QDate(2026, 12, 31);
                    return d.setInfo(info);
                } },
            { QStringLiteral("unlinkEvidence (its only item)"),
                [](Document& d) {
                    for (const Evidence& e : d.project()->assessment().evidence) {
                        if (e.itemKeys.size() == 1)
                            return d.unlinkEvidence(e.id, e.itemKeys.first());
                    }
                    return false;
                } },
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.readiness"));
        QVERIFY(TestSupport::makeDemo(m_demo));
        {
            // One piece of evidence kept for one item only, so that removing it from that item removes it.
            ProjectError error;
            auto p = Project::open(m_demo, ProjectFile::Access::ReadWrite, &error);
            QVERIFY2(p, qPrintable(error.message));
            Evidence e = p->assessment().evidence.last();
            e.itemKeys = { e.itemKeys.first() };
            QVERIFY(!p->saveEvidence(e));
        }
        m_evidenceFile = m_dir.filePath(QStringLiteral("runbook.txt"));
        TestSupport::writeFile(m_evidenceFile, QByteArray("Runbook: restore the orders database\n"));
    }

    void redoUndoRedo_data()
    {
        QTest::addColumn<int>("index");
        const auto all = intents(QString());
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).first)) << i;
    }

    void redoUndoRedo()
    {
        QFETCH(int, index);
        const QString path = m_dir.filePath(QStringLiteral("edit-%1.readiness").arg(index));
        QVERIFY(QFile::copy(m_demo, path));
        ProjectError error;
        auto project = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(project, qPrintable(error.message));
        Document doc(std::move(project));
        QString refused;
        connect(&doc, &Document::error, this, [&refused](const QString& m) { refused = m; });

        const QJsonObject before = ProjectState::state(doc.project()->assessment());
        const int logBefore = doc.project()->auditLog().size();
        QVERIFY2(intents(m_evidenceFile).at(index).second(doc), qPrintable(refused));
        QVERIFY(refused.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.project()->auditLog().size() > logBefore);
        const QJsonObject after = ProjectState::state(doc.project()->assessment());
        QVERIFY2(after != before, "the intent changed nothing");
        expectAgreement(doc, "redo");

        doc.undoStack()->undo();
        QVERIFY(refused.isEmpty());
        const QJsonObject undone = withoutChangeStamps(ProjectState::state(doc.project()->assessment()));
        QVERIFY2(undone == withoutChangeStamps(before),
            qPrintable(shown(ProjectState::differences(undone, withoutChangeStamps(before)))));
        expectAgreement(doc, "undo");

        doc.undoStack()->redo();
        QVERIFY(refused.isEmpty());
        const QJsonObject redone = withoutChangeStamps(ProjectState::state(doc.project()->assessment()));
        QVERIFY2(redone == withoutChangeStamps(after),
            qPrintable(shown(ProjectState::differences(redone, withoutChangeStamps(after)))));
        expectAgreement(doc, "redo again");
    }

    // One project edited by every command in turn (each also undone and redone): the log replayed from
    // its start rebuilds exactly what the file holds.
    void theLogReplaysAProjectEditedByEveryCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.readiness"));
        QVERIFY(QFile::copy(m_demo, path));
        ProjectError error;
        auto project = Project::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(project, qPrintable(error.message));
        Document doc(std::move(project));
        int applied = 0;
        for (const auto& [name, intent] : intents(m_evidenceFile)) {
            if (!intent(doc))
                continue; // an intent whose record an earlier one removed
            ++applied;
            doc.undoStack()->undo();
            doc.undoStack()->redo();
        }
        QVERIFY2(applied >= 30, qPrintable(QString::number(applied)));
        expectAgreement(doc, "after every command");
        // Each entry names its record by UUID.
        for (const AuditEntry& e : doc.project()->auditLog())
            QVERIFY2(!e.entityUuid.isEmpty(), qPrintable(e.action));
    }

    // Typing in one item's note is one undo step; a refused edit lands nowhere.
    void typingMergesAndRefusalsStayOffTheStack()
    {
        const QString path = m_dir.filePath(QStringLiteral("typing.readiness"));
        QVERIFY(QFile::copy(m_demo, path));
        ProjectError error;
        Document doc(Project::open(path, ProjectFile::Access::ReadWrite, &error));
        Item i = *doc.project()->item(QStringLiteral("SEC-01"));
        const QString original = i.note;
        for (const QString& note : { QStringLiteral("M"), QStringLiteral("MF"), QStringLiteral("MFA") }) {
            i.note = note;
            QVERIFY(doc.setItem(i.key, i, QStringLiteral("note"), true));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project()->item(QStringLiteral("SEC-01"))->note, original);

        QString refused;
        connect(&doc, &Document::error, this, [&refused](const QString& m) { refused = m; });
        Finding nameless;
        QVERIFY(!doc.saveFinding(nameless));
        QVERIFY(!refused.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(!doc.moveItem(QStringLiteral("SEC-01"), 99));
        QVERIFY(!doc.removeDomain(QStringLiteral("NOPE")));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
