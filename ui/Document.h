#pragma once

// An open project in the workbench: the Project, its undo stack and whether it may be edited. Views
// change the project only through the intents below, each named for what it does; each makes one
// command (ui/commands/), applies it once, and only an edit that succeeded lands on the undo stack. A
// refused edit is reported through error() and changes nothing. No widget is needed: the intents are
// what tests, the window and the presenter share.

#include "exchange/ResultsImport.h"
#include "store/Merge.h"
#include "store/Project.h"

#include <QJsonValue>
#include <QObject>
#include <QUndoStack>
#include <functional>
#include <memory>

class EditCommand;

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<rw::Project> project, QObject* parent = nullptr);
    ~Document() override;

    rw::Project* project() const { return m_project.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isReadOnly() const { return m_project->isReadOnly(); }

    // Asked before the first edit is applied (the window asks who is assessing); an edit is refused,
    // silently, while it returns false.
    void setBeforeFirstEdit(std::function<bool()> check) { m_beforeFirstEdit = std::move(check); }

    // Items: an answer (status, note, points, ...); typing merges into one undo step.
    bool setItem(const QString& key, const rw::Item& updated, const QString& text, bool typing = false);
    bool setItemStatus(const QString& key, rw::ItemStatus status);
    // The answer of an item asked other than with a status (a null value clears it).
    bool setItemAnswer(const QString& key, const QJsonValue& answer);

    // The checklist's structure.
    bool addDomain(const rw::Domain& domain, int position);
    bool updateDomain(const QString& key, const rw::Domain& fields);
    bool removeDomain(const QString& key);
    bool moveDomain(const QString& key, int position);
    bool addItem(const QString& domainKey, const rw::Item& item, int position);
    bool removeItem(const QString& key);
    bool moveItem(const QString& key, int position);

    // The assessment's details and adjusted scores (domainKey empty: the overall score).
    bool setInfo(const rw::AssessmentInfo& info);
    bool setAdjustment(const QString& domainKey, double score, const QString& reason);
    bool clearAdjustment(const QString& domainKey);

    // Records: a record whose id is 0 is added (id, when given, receives its new id).
    bool saveFinding(const rw::Finding& finding, qint64* id = nullptr);
    bool removeFinding(qint64 id);
    bool linkFinding(qint64 findingId, const QString& itemKey);
    bool saveRisk(const rw::Risk& risk, qint64* id = nullptr);
    bool removeRisk(qint64 id);
    bool saveKpi(const rw::Kpi& kpi, qint64* id = nullptr);
    bool removeKpi(qint64 id);
    bool saveSignOff(const rw::SignOff& signOff, qint64* id = nullptr);
    bool removeSignOff(qint64 id);

    // Milestones: the scores as they are now, under a name.
    bool saveMilestone(const QString& name, qint64* id = nullptr);
    bool renameMilestone(qint64 id, const QString& name);
    bool removeMilestone(qint64 id);

    // Evidence: content already streamed into the project (EvidenceStore::importFile) recorded for an
    // item; a link; an item's evidence removed (the evidence itself once no item keeps it).
    bool attachEvidence(const rw::EvidenceStore::Stored& content, const QString& name,
        const QString& mimeType, const QString& itemKey, qint64* id = nullptr,
        const rw::EvidenceDates& dates = {});
    // A piece of evidence's details: caption, dates, review (accepted, or rejected with a reason).
    bool saveEvidence(const rw::Evidence& evidence, const QString& text);
    // A new version of a piece of evidence (content already streamed in); undo puts the earlier back.
    bool reviseEvidence(qint64 id, const rw::EvidenceStore::Stored& content, const QString& name,
        const QString& mimeType, const rw::EvidenceDates& dates);

    // Comments on items: a new one (id 0) or a thread resolved or reopened; removing one.
    bool saveComment(const rw::Comment& comment, qint64* id = nullptr);
    bool removeComment(qint64 id);
    // Flag an item for review with the reason (empty clears the flag), and its work state.
    bool flagItem(const QString& key, const QString& reason);
    bool setWorkState(const QString& key, rw::WorkState state);
    // The reviewer's pass: accept (done, flag cleared) or send back with a comment (to do).
    bool acceptItem(const QString& key);
    bool sendBack(const QString& key, const QString& reason);
    // The reviewer signs a domain's review off (by the current user) or withdraws it.
    bool signOffReview(const QString& domainKey, bool signedOff);
    bool linkEvidence(const rw::Evidence& link, qint64* id = nullptr);
    bool unlinkEvidence(qint64 id, const QString& itemKey);

    // Results from a spreadsheet or a questionnaire (ResultsImport's preview), as one undo step named
    // after their source.
    bool importResults(const QVector<rw::ResultsImport::Change>& changes, const QString& source);

    // Merging: the copies taken in as one undo step (results, when given, receives what each brought);
    // a conflict decided with a value, or a removal settled.
    bool merge(const QVector<const rw::MergeSource*>& sources, QVector<rw::MergePreview>* results = nullptr);
    bool decideConflict(const rw::MergeConflict& conflict, const QJsonValue& value);
    bool settleRemoval(const rw::MergeConflict& conflict, bool putBack);

signals:
    // An edit could not be made (or undone); the message says why, in the user's words.
    void error(const QString& message);

private:
    // Applies command; on success the undo stack owns it, on failure it is deleted and error() says why.
    bool push(EditCommand* command);
    template <typename T> bool saveRecord(const QString& text, const T* before, const T& after, qint64* id);
    template <typename T> bool removeRecord(const QString& text, const T* before);

    std::unique_ptr<rw::Project> m_project;
    QUndoStack* m_undoStack;
    std::function<bool()> m_beforeFirstEdit;
};
