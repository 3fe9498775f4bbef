#pragma once

// An open assessment: the project file together with its content in memory and the scores kept current.
// Every change goes through here: one transaction writes it with its audit row, then memory is updated
// and the signals tell views to repaint. The GUI's undo commands, the CLI and the demo builder all use
// the same calls, so there is one way to change a project.

#include "EvidenceStore.h"
#include "ProjectFile.h"
#include "exchange/Template.h"
#include "scoring/Scoring.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace rw {

struct MergeConflict;

class Project : public QObject
{
    Q_OBJECT

public:
    // The kinds of record besides the checklist, for recordChanged().
    enum class Record { Info, Finding, Risk, Kpi, SignOff, Evidence, Milestone, Adjustment, Comment };
    Q_ENUM(Record)

    struct ItemRef
    {
        int domain = -1;
        int item = -1;
        bool isValid() const { return domain >= 0 && item >= 0; }
    };

    ~Project() override;

    static std::unique_ptr<Project> open(
        const QString& path, ProjectFile::Access access, ProjectError* error);
    static std::unique_ptr<Project> create(const QString& path, const Template& tmpl, const QString& title,
        const QString& by, ProjectError* error);
    // The next assessment cycle as a new project at path: the same checklist, scales, grades and evidence
    // (with its bytes, reviewed afresh), statuses and answers reset with this cycle's answer and note kept
    // beside each item, and this cycle's milestones and end state as milestones to compare against.
    std::unique_ptr<Project> startNextCycle(
        const QString& path, const QString& title, const QString& by, ProjectError* error) const;
    // The name recorded in "changed by" when nobody says otherwise: the login name.
    static QString defaultUser();

    const Assessment& assessment() const { return m_assessment; }
    const Scoreboard& scores() const { return m_scores; }
    ProjectFile& file() { return *m_file; }
    const ProjectFile& file() const { return *m_file; }
    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    QString user() const { return m_user; }
    void setUser(const QString& user) { m_user = user.trimmed().isEmpty() ? defaultUser() : user.trimmed(); }

    ItemRef findItem(const QString& key) const { return m_itemIndex.value(key); }
    const Item* item(const QString& key) const;
    const Item& item(ItemRef ref) const { return m_assessment.domains.at(ref.domain).items.at(ref.item); }

    // Writes every field of the item that differs from updated (status, points, note, owner, ...).
    ProjectError updateItem(const QString& key, const Item& updated);
    ProjectError setItemStatus(
        const QString& key, ItemStatus status, std::optional<double> partialPoints = {});
    ProjectError setItemNote(const QString& key, const QString& note);
    ProjectError setItemOwner(const QString& key, const QString& owner);

    ProjectError setInfo(const AssessmentInfo& info);
    // domainKey empty for the overall score. A reason is required.
    ProjectError setAdjustment(const QString& domainKey, double score, const QString& reason);
    // Sets the adjustment of adjustment.domainKey to exactly this record (its UUID, by and at kept when
    // given): how undo puts a cleared or changed adjustment back.
    ProjectError saveAdjustment(const Adjustment& adjustment);
    ProjectError clearAdjustment(const QString& domainKey);

    // Findings, risks, KPIs and sign-offs: save() adds a record whose id is 0, updates the record with
    // its id, or puts a removed record back under its old id (which is how undo restores it).
    ProjectError saveFinding(const Finding& finding, qint64* id = nullptr);
    ProjectError removeFinding(qint64 id);
    ProjectError saveRisk(const Risk& risk, qint64* id = nullptr);
    ProjectError removeRisk(qint64 id);
    ProjectError saveKpi(const Kpi& kpi, qint64* id = nullptr);
    ProjectError removeKpi(qint64 id);
    ProjectError saveSignOff(const SignOff& signOff, qint64* id = nullptr);
    ProjectError removeSignOff(qint64 id);
    ProjectError addFinding(const Finding& finding, qint64* id = nullptr)
    {
        return saveFinding(withoutId(finding), id);
    }
    ProjectError addRisk(const Risk& risk, qint64* id = nullptr) { return saveRisk(withoutId(risk), id); }
    ProjectError addKpi(const Kpi& kpi, qint64* id = nullptr) { return saveKpi(withoutId(kpi), id); }
    ProjectError addSignOff(const SignOff& signOff, qint64* id = nullptr)
    {
        return saveSignOff(withoutId(signOff), id);
    }
    const Finding* finding(qint64 id) const;
    const Risk* risk(qint64 id) const;
    const Kpi* kpi(qint64 id) const;
    const SignOff* signOff(qint64 id) const;
    QVector<const Finding*> findingsForItem(const QString& itemKey) const;
    ProjectError takeSnapshot(const QString& name, const QDateTime& at = {}, qint64* id = nullptr);
    ProjectError renameSnapshot(qint64 id, const QString& name);
    ProjectError removeSnapshot(qint64 id);
    // Stores a milestone as given: a removed one goes back under its old id and UUID (for undo).
    ProjectError restoreSnapshot(const Snapshot& snapshot, qint64* id = nullptr);
    const Snapshot* snapshot(qint64 id) const;
    // The scores and statuses as they are now, as a milestone that is not stored.
    Snapshot currentState() const;

    // The checklist's structure. Removing returns what restore needs to put it back exactly (with its
    // evidence and finding links and, for a domain, its adjustment).
    struct RemovedItem
    {
        Item item;
        QString domainKey;
        int position = 0;
        QVector<qint64> evidenceIds;
        QVector<qint64> findingIds;
    };
    struct RemovedDomain
    {
        Domain domain;
        int position = 0;
        QVector<RemovedItem> items;
        std::optional<Adjustment> adjustment;
    };
    // Title, description, weight and target of an existing domain.
    ProjectError updateDomain(const QString& key, const Domain& fields);
    ProjectError addDomain(const Domain& domain, int position);
    ProjectError removeDomain(const QString& key, RemovedDomain* removed = nullptr);
    ProjectError restoreDomain(const RemovedDomain& removed);
    ProjectError moveDomain(const QString& key, int position);
    ProjectError addItem(const QString& domainKey, const Item& item, int position);
    ProjectError removeItem(const QString& key, RemovedItem* removed = nullptr);
    ProjectError restoreItem(const RemovedItem& removed);
    ProjectError moveItem(const QString& key, int position);
    // A key for a new item of the domain that no item has yet ("SEC-09").
    QString nextItemKey(const QString& domainKey) const;
    QString nextDomainKey(const QString& title) const;

    // Evidence metadata: save() adds (id 0), updates name, caption, dates, review and linked items, or
    // restores a removed record under its old id; a record given with other stored content and its
    // revisions puts that version back (undo of a new version). Removing keeps the bytes until the project is
    // next opened, so that undo can bring the evidence back.
    ProjectError saveEvidence(const Evidence& evidence, qint64* id = nullptr);
    ProjectError removeEvidence(qint64 id);
    const Evidence* evidence(qint64 id) const;
    // Records content already streamed in (EvidenceStore::importFile, for example on a worker thread)
    // as evidence for the items; content already recorded gains the items instead.
    ProjectError recordEvidence(const EvidenceStore::Stored& stored, const QString& fileName,
        const QString& mimeType, const QString& caption, const QStringList& itemKeys,
        Evidence* recorded = nullptr, const EvidenceDates& dates = {});
    // Streams a file into the project and links it to the items; the same content is stored once.
    ProjectError attachFile(const QStringList& itemKeys, const QString& path, const QString& caption,
        const EvidenceStore::Progress& progress = {}, Evidence* attached = nullptr,
        const EvidenceDates& dates = {});
    // A new version of a piece of evidence: the version attached now is kept among its revisions (with its
    // hash and dates), the new one is reviewed afresh. Refused for a link, the same content or content
    // attached as other evidence.
    // The record a new version would make (for an undoable change), or nullopt with the reason.
    std::optional<Evidence> newVersion(qint64 id, const EvidenceStore::Stored& stored,
        const QString& fileName, const QString& mimeType, const EvidenceDates& dates,
        ProjectError* error) const;
    ProjectError reviseEvidence(qint64 id, const EvidenceStore::Stored& stored, const QString& fileName,
        const QString& mimeType, const EvidenceDates& dates, Evidence* revised = nullptr);
    ProjectError reviseFile(qint64 id, const QString& path, const EvidenceDates& dates,
        const EvidenceStore::Progress& progress = {}, Evidence* revised = nullptr);
    ProjectError extractEvidence(
        const QString& sha256, const QString& outPath, const EvidenceStore::Progress& progress = {}) const;
    const Evidence* evidenceBySha(const QString& sha256) const;
    QVector<const Evidence*> evidenceForItem(const QString& itemKey) const;

    // Comments on items: save() adds (id 0: on itemUuid, answering parentUuid when set), changes the text
    // or the thread's resolved state, or puts a removed comment back under its old id (undo).
    ProjectError saveComment(const Comment& comment, qint64* id = nullptr);
    ProjectError removeComment(qint64 id);
    const Comment* comment(qint64 id) const;
    QVector<const Comment*> commentsForItem(const QString& itemKey) const;
    // The comment that starts the thread c belongs to (c itself when it starts one); nullptr when c answers
    // a comment that is gone or is itself a reply.
    const Comment* threadOf(const Comment& c) const;
    // An item by its UUID (comments name their item so); nullptr when it is not in the checklist.
    const Item* itemByUuid(const QString& uuid) const;

    // Merging (Merge::apply): stores entries of another copy after the log's own, runs prepare (which
    // copies the evidence bytes they need), brings every table to the state the whole log gives and
    // records the new heads, in one transaction; nothing changes unless the log then verifies and the
    // tables read back as it says. keepRows >= 0 first takes every entry after that row out of this
    // copy's log (how a merge is undone here); decision, when given, is appended last. replayed: the
    // state the log gives once entries are in, when the caller replayed it already (a merge's preview).
    ProjectError absorb(const QVector<AuditEntry>& entries,
        const std::function<bool(QSqlDatabase&, QString*)>& prepare = {}, qint64 keepRows = -1,
        const AuditEntry* decision = nullptr, const QJsonObject* replayed = nullptr);
    // Decides a conflict on a field: writes value as an entry whose parents include both writes, so that
    // every copy sees the conflict settled.
    ProjectError resolveConflict(const MergeConflict& conflict, const QJsonValue& value);
    // Decides a record removed in one copy and changed in another: puts it back with the change, or
    // confirms the removal.
    ProjectError settleRemoval(const MergeConflict& conflict, bool putBack);

    // Per bound sign-off (by UUID), the entries that change the project which its decision did not see:
    // made after it, or merged from copies that had not seen it. Any at all make the decision stale.
    QHash<QString, int> signOffChanges() const;
    // Records in the log that a live workshop's facilitator removed a device (its Ed25519 public key):
    // every copy refuses that device's entries from then on.
    ProjectError recordDeviceRemoval(const QString& device, const QString& name);

    QString auditHead() const;
    qint64 auditRows() const;
    QVector<AuditEntry> auditLog(qint64 limit = -1) const;
    AuditVerdict verifyAudit() const;

signals:
    void itemChanged(int domainIndex, int itemIndex);
    // A domain's title, description, weight or target changed.
    void domainChanged(int domainIndex);
    void scoresChanged();
    // A record was added, changed or removed (find it by id; gone means removed).
    void recordChanged(rw::Project::Record kind, qint64 id);
    // Domains or items were added, removed or reordered: views of the checklist's rows start over.
    void checklistChanged();
    // Follows every change but an item's: summaries (title, owners, dashboard) refresh.
    void contentChanged();
    // Which items apply may have changed (an answer a condition reads, the implementation groups): views
    // repaint every item.
    void conditionsChanged();

private:
    explicit Project(std::unique_ptr<ProjectFile> file);
    ProjectError load();
    void reindex();
    // Scores again after a change (one domain, or all with -1), first settling which items apply when
    // any item has a condition or implementation groups.
    void rescore(int domainIndex = -1);
    // Sets the status and points of an item answered other than with a status from its answer (and
    // takes a status given directly where one can be: not applicable, not assessed, met/not met for yes/no).
    ProjectError deriveStatus(const Item& current, Item& next) const;
    // The log entry for a change to the record uuid (named key for people); before and after hold the
    // fields that changed (see ProjectState).
    AuditEntry audit(const QString& action, const QString& entity, const QString& key, const QString& uuid,
        const QJsonObject& before, const QJsonObject& after) const;
    // Writes the baseline entry that gives an upgraded file's log a complete state to replay from.
    ProjectError recordUpgrade(int fromVersion);
    void recordsChanged(Record kind, qint64 id);
    void checklistRebuilt();
    // Adds, updates or puts back one record of records (see saveFinding) and keeps memory in step.
    // write() stores it: update when it has an existing id, insert otherwise (newId set).
    using RecordWrite = std::function<bool(QSqlDatabase& db, bool update, QVariant* newId, QString* error)>;
    template <typename T>
    ProjectError saveRecord(QVector<T>& records, T record, Record kind, const QString& entity,
        const QString& name, const QString& addAction, const RecordWrite& write, qint64* id);
    template <typename T>
    ProjectError removeRecord(QVector<T>& records, qint64 id, Record kind, const QString& entity,
        const QString& name, const QString& gone);
    ProjectError restoreSnapshotAs(const Snapshot& snapshot, qint64* id);
    ProjectError storeEvidence(const Evidence& evidence, bool newVersion, qint64* id = nullptr);
    // Streams a file into the evidence store (refused read-only or for a path that is no file).
    ProjectError streamFile(const QString& path, const EvidenceStore::Progress& progress,
        std::optional<EvidenceStore::Stored>* stored, QString* name, QString* mimeType);
    ProjectError invalid(const QString& message) const
    {
        return ProjectError::make(ProjectError::Kind::Invalid, message);
    }
    ProjectError rewritePositions(
        QSqlDatabase& db, const QString& table, const QVector<qint64>& ids, QString* error) const;
    template <typename T> static T withoutId(T record)
    {
        record.id = 0;
        return record;
    }

    std::unique_ptr<ProjectFile> m_file;
    Assessment m_assessment;
    Scoreboard m_scores;
    QHash<QString, ItemRef> m_itemIndex;
    QString m_user;
};

} // namespace rw
