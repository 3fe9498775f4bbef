#include "Document.h"

#include "commands/MergeCommands.h"

#include "commands/ChangeValue.h"
#include "commands/ChecklistCommands.h"
#include "commands/RecordCommands.h"
#include "scoring/Answers.h"

using namespace rw;

Document::Document(std::unique_ptr<Project> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
}

Document::~Document()
{
    // Commands refer to the project: they go first.
    m_undoStack->clear();
}

bool Document::push(EditCommand* command)
{
    if (m_beforeFirstEdit) {
        if (!m_beforeFirstEdit()) {
            delete command;
            return false;
        }
        m_beforeFirstEdit = nullptr;
    }
    command->setDocument(this);
    if (const ProjectError e = command->apply()) {
        emit error(e.message);
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

bool Document::setItem(const QString& key, const Item& updated, const QString& text, bool typing)
{
    const Item* current = m_project->item(key);
    if (!current)
        return false;
    return push(new ItemCommand(key, *current, updated, text, typing));
}

bool Document::setItemStatus(const QString& key, ItemStatus status)
{
    const Item* current = m_project->item(key);
    if (!current || current->status == status)
        return false;
    Item updated = *current;
    updated.status = status;
    return setItem(key, updated, tr("Set %1 to %2").arg(key, toLabel(status)));
}

bool Document::setItemAnswer(const QString& key, const QJsonValue& answer)
{
    const Item* current = m_project->item(key);
    if (!current || Answers::toStored(current->answer) == Answers::toStored(answer))
        return false;
    Item updated = *current;
    updated.answer = answer;
    const QString text = Answers::isAnswered(answer)
        ? tr("Answer %1: %2").arg(key, Answers::shown(current->question, answer))
        : tr("Clear the answer of %1").arg(key);
    return setItem(key, updated, text);
}

bool Document::addDomain(const Domain& domain, int position)
{
    Domain d = domain;
    if (d.key.isEmpty())
        d.key = m_project->nextDomainKey(d.title);
    Project::RemovedDomain added;
    added.domain = d;
    added.position = position;
    return push(new DomainCommand(tr("Add domain \"%1\"").arg(d.title), d.key, added));
}

bool Document::updateDomain(const QString& key, const Domain& fields)
{
    const int index = m_project->assessment().domainIndex(key);
    if (index < 0)
        return false;
    return push(new ChangeValue<Domain>(tr("Edit domain \"%1\"").arg(fields.title),
        m_project->assessment().domains.at(index), fields,
        [key](Project& p, const Domain& d) { return p.updateDomain(key, d); }));
}

bool Document::removeDomain(const QString& key)
{
    const int index = m_project->assessment().domainIndex(key);
    if (index < 0)
        return false;
    return push(new DomainCommand(
        tr("Remove domain \"%1\"").arg(m_project->assessment().domains.at(index).title), key));
}

bool Document::moveDomain(const QString& key, int position)
{
    const int index = m_project->assessment().domainIndex(key);
    if (index < 0 || position < 0 || position >= m_project->assessment().domains.size() || position == index)
        return false;
    return push(
        new ChangeValue<int>(tr("Move domain \"%1\"").arg(m_project->assessment().domains.at(index).title),
            index, position, [key](Project& p, int to) { return p.moveDomain(key, to); }));
}

bool Document::addItem(const QString& domainKey, const Item& item, int position)
{
    if (m_project->assessment().domainIndex(domainKey) < 0)
        return false;
    Item i = item;
    if (i.key.isEmpty())
        i.key = m_project->nextItemKey(domainKey);
    Project::RemovedItem added;
    added.item = i;
    added.domainKey = domainKey;
    added.position = position;
    return push(new ItemStructureCommand(tr("Add item %1").arg(i.key), i.key, added));
}

bool Document::removeItem(const QString& key)
{
    if (!m_project->item(key))
        return false;
    return push(new ItemStructureCommand(tr("Remove item %1").arg(key), key));
}

bool Document::moveItem(const QString& key, int position)
{
    const Project::ItemRef ref = m_project->findItem(key);
    if (!ref.isValid() || position < 0 || position == ref.item
        || position >= m_project->assessment().domains.at(ref.domain).items.size())
        return false;
    return push(new ChangeValue<int>(tr("Move item %1").arg(key), ref.item, position,
        [key](Project& p, int to) { return p.moveItem(key, to); }));
}

bool Document::setInfo(const AssessmentInfo& info)
{
    return push(
        new ChangeValue<AssessmentInfo>(tr("Edit the assessment details"), m_project->assessment().info, info,
            [](Project& p, const AssessmentInfo& i) { return p.setInfo(i); }));
}

bool Document::setAdjustment(const QString& domainKey, double score, const QString& reason)
{
    const Adjustment* old = m_project->assessment().adjustmentFor(domainKey);
    Adjustment after;
    after.domainKey = domainKey;
    after.score = score;
    after.reason = reason;
    const int index = m_project->assessment().domainIndex(domainKey);
    const QString target
        = index < 0 ? tr("the overall score") : m_project->assessment().domains.at(index).title;
    return push(new ChangeRecord<Adjustment>(tr("Adjust %1 to %2").arg(target).arg(score),
        old ? std::optional<Adjustment>(*old) : std::nullopt, after));
}

bool Document::clearAdjustment(const QString& domainKey)
{
    const Adjustment* old = m_project->assessment().adjustmentFor(domainKey);
    if (!old)
        return false;
    const int index = m_project->assessment().domainIndex(domainKey);
    const QString target
        = index < 0 ? tr("the overall score") : m_project->assessment().domains.at(index).title;
    return push(
        new ChangeRecord<Adjustment>(tr("Remove the adjustment of %1").arg(target), *old, std::nullopt));
}

template <typename T>
bool Document::saveRecord(const QString& text, const T* before, const T& after, qint64* id)
{
    auto* command = new ChangeRecord<T>(text, before ? std::optional<T>(*before) : std::nullopt, after);
    if (!push(command))
        return false;
    if (id)
        *id = command->after() ? command->after()->id : 0;
    return true;
}

template <typename T> bool Document::removeRecord(const QString& text, const T* before)
{
    return before && push(new ChangeRecord<T>(text, *before, std::nullopt));
}

bool Document::saveFinding(const Finding& f, qint64* id)
{
    const Finding* old = f.id ? m_project->finding(f.id) : nullptr;
    return saveRecord(
        (old ? tr("Edit finding \"%1\"") : tr("Add finding \"%1\"")).arg(f.title.trimmed()), old, f, id);
}

bool Document::removeFinding(qint64 id)
{
    const Finding* old = m_project->finding(id);
    return removeRecord(tr("Remove finding \"%1\"").arg(old ? old->title : QString()), old);
}

bool Document::linkFinding(qint64 findingId, const QString& itemKey)
{
    const Finding* old = m_project->finding(findingId);
    if (!old || old->itemKeys.contains(itemKey))
        return false;
    Finding after = *old;
    after.itemKeys << itemKey;
    return saveRecord(tr("Link %1 to finding \"%2\"").arg(itemKey, old->title), old, after, nullptr);
}

bool Document::saveRisk(const Risk& r, qint64* id)
{
    const Risk* old = r.id ? m_project->risk(r.id) : nullptr;
    return saveRecord(
        (old ? tr("Edit risk \"%1\"") : tr("Add risk \"%1\"")).arg(r.title.trimmed()), old, r, id);
}

bool Document::removeRisk(qint64 id)
{
    const Risk* old = m_project->risk(id);
    return removeRecord(tr("Remove risk \"%1\"").arg(old ? old->title : QString()), old);
}

bool Document::saveKpi(const Kpi& k, qint64* id)
{
    const Kpi* old = k.id ? m_project->kpi(k.id) : nullptr;
    return saveRecord((old ? tr("Edit KPI \"%1\"") : tr("Add KPI \"%1\"")).arg(k.name.trimmed()), old, k, id);
}

bool Document::removeKpi(qint64 id)
{
    const Kpi* old = m_project->kpi(id);
    return removeRecord(tr("Remove KPI \"%1\"").arg(old ? old->name : QString()), old);
}

bool Document::saveSignOff(const SignOff& s, qint64* id)
{
    const SignOff* old = s.id ? m_project->signOff(s.id) : nullptr;
    return saveRecord(
        (old ? tr("Edit sign-off by %1") : tr("Add sign-off by %1")).arg(s.name.trimmed()), old, s, id);
}

bool Document::removeSignOff(qint64 id)
{
    const SignOff* old = m_project->signOff(id);
    return removeRecord(tr("Remove sign-off by %1").arg(old ? old->name : QString()), old);
}

bool Document::saveMilestone(const QString& name, qint64* id)
{
    Snapshot s = m_project->currentState();
    s.name = name.trimmed();
    if (s.name.isEmpty()) {
        emit error(Project::tr("A milestone needs a name."));
        return false;
    }
    return saveRecord(tr("Save milestone \"%1\"").arg(s.name), static_cast<const Snapshot*>(nullptr), s, id);
}

bool Document::renameMilestone(qint64 id, const QString& name)
{
    const Snapshot* old = m_project->snapshot(id);
    if (!old || name.trimmed() == old->name)
        return false;
    Snapshot after = *old;
    after.name = name.trimmed();
    return saveRecord(tr("Rename milestone \"%1\"").arg(old->name), old, after, nullptr);
}

bool Document::removeMilestone(qint64 id)
{
    const Snapshot* old = m_project->snapshot(id);
    return removeRecord(tr("Delete milestone \"%1\"").arg(old ? old->name : QString()), old);
}

bool Document::attachEvidence(const EvidenceStore::Stored& content, const QString& name,
    const QString& mimeType, const QString& itemKey, qint64* id, const EvidenceDates& dates)
{
    // The same content is stored once: attached again, it gains the item.
    const Evidence* existing = m_project->evidenceBySha(content.sha256);
    Evidence after;
    if (existing) {
        after = *existing;
        if (!after.itemKeys.contains(itemKey))
            after.itemKeys << itemKey;
    } else {
        after.sha256 = content.sha256;
        after.name = name;
        after.mimeType = mimeType;
        after.size = content.size;
        after.itemKeys = { itemKey };
    }
    if (!dates.isEmpty()) {
        after.collectedFrom = dates.collectedFrom;
        after.collectedTo = dates.collectedTo;
        after.validUntil = dates.validUntil;
    }
    return saveRecord(tr("Attach %1 to %2").arg(name, itemKey), existing, after, id);
}

bool Document::saveEvidence(const Evidence& evidence, const QString& text)
{
    const Evidence* old = m_project->evidence(evidence.id);
    if (!old)
        return false;
    return saveRecord(text, old, evidence, nullptr);
}

bool Document::reviseEvidence(qint64 id, const EvidenceStore::Stored& content, const QString& name,
    const QString& mimeType, const EvidenceDates& dates)
{
    const Evidence* old = m_project->evidence(id);
    ProjectError error;
    const std::optional<Evidence> after = m_project->newVersion(id, content, name, mimeType, dates, &error);
    if (!after) {
        emit this->error(error.message);
        return false;
    }
    return saveRecord(tr("New version of %1").arg(old->name), old, *after, nullptr);
}

bool Document::saveComment(const Comment& comment, qint64* id)
{
    const Comment* old = comment.id ? m_project->comment(comment.id) : nullptr;
    QString text = tr("Comment on an item");
    if (const Item* i = m_project->itemByUuid(comment.itemUuid))
        text = old ? (comment.resolved != old->resolved
                       ? (comment.resolved ? tr("Resolve a comment on %1") : tr("Reopen a comment on %1"))
                             .arg(i->key)
                       : tr("Edit a comment on %1").arg(i->key))
                   : tr("Comment on %1").arg(i->key);
    return saveRecord(text, old, comment, id);
}

bool Document::removeComment(qint64 id)
{
    return removeRecord(tr("Remove a comment"), m_project->comment(id));
}

bool Document::flagItem(const QString& key, const QString& reason)
{
    const Item* current = m_project->item(key);
    if (!current)
        return false;
    Item updated = *current;
    updated.flag = reason.trimmed();
    if (!updated.flag.isEmpty() && updated.workState == WorkState::ToDo)
        updated.workState = WorkState::InReview;
    return setItem(key, updated,
        updated.flag.isEmpty() ? tr("Clear the flag of %1").arg(key) : tr("Flag %1 for review").arg(key));
}

bool Document::setWorkState(const QString& key, WorkState state)
{
    const Item* current = m_project->item(key);
    if (!current)
        return false;
    Item updated = *current;
    updated.workState = state;
    return setItem(key, updated, tr("%1: %2").arg(key, toLabel(state)));
}

bool Document::acceptItem(const QString& key)
{
    const Item* current = m_project->item(key);
    if (!current)
        return false;
    Item updated = *current;
    updated.workState = WorkState::Done;
    updated.flag.clear();
    return setItem(key, updated, tr("Accept %1").arg(key));
}

bool Document::sendBack(const QString& key, const QString& reason)
{
    const Item* current = m_project->item(key);
    if (!current)
        return false;
    if (reason.trimmed().isEmpty()) {
        emit error(tr("Sending an item back needs a comment: the assessor reads why."));
        return false;
    }
    Item updated = *current;
    updated.workState = WorkState::ToDo;
    updated.flag.clear();
    Comment c;
    c.itemUuid = current->uuid;
    c.text = reason;
    // One undo step: the item back to do and the comment that says why.
    m_undoStack->beginMacro(tr("Send %1 back").arg(key));
    const bool done = setItem(key, updated, tr("Send %1 back").arg(key)) && saveComment(c);
    m_undoStack->endMacro();
    if (!done && m_undoStack->command(m_undoStack->count() - 1)
        && m_undoStack->command(m_undoStack->count() - 1)->childCount() > 0)
        m_undoStack->undo(); // the half that was made goes back
    return done;
}

bool Document::signOffReview(const QString& domainKey, bool signedOff)
{
    const int index = m_project->assessment().domainIndex(domainKey);
    if (index < 0)
        return false;
    const Domain& old = m_project->assessment().domains.at(index);
    Domain d = old;
    d.reviewedBy = signedOff ? m_project->user() : QString();
    // Given here, so that redo signs off at the same moment.
    d.reviewedAt = signedOff ? QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC)
                             : QDateTime();
    return push(new ChangeValue<Domain>(
        (signedOff ? tr("Sign off the review of %1") : tr("Withdraw the review sign-off of %1"))
            .arg(old.title),
        old, d, [domainKey](Project& p, const Domain& value) { return p.updateDomain(domainKey, value); }));
}

bool Document::linkEvidence(const Evidence& link, qint64* id)
{
    return saveRecord(tr("Link %1 to %2").arg(link.name, link.itemKeys.join(QStringLiteral(", "))),
        static_cast<const Evidence*>(nullptr), link, id);
}

bool Document::unlinkEvidence(qint64 id, const QString& itemKey)
{
    const Evidence* old = m_project->evidence(id);
    if (!old || !old->itemKeys.contains(itemKey))
        return false;
    if (old->itemKeys.size() > 1) { // evidence for other items too: only this item's link goes
        Evidence after = *old;
        after.itemKeys.removeAll(itemKey);
        return saveRecord(tr("Remove %1 from %2").arg(old->name, itemKey), old, after, nullptr);
    }
    return removeRecord(tr("Remove evidence %1").arg(old->name), old);
}

bool Document::importResults(const QVector<ResultsImport::Change>& changes, const QString& source)
{
    if (changes.isEmpty())
        return false;
    return push(new ImportResultsCommand(
        changes, tr("Import %n result(s) from %1", nullptr, int(changes.size())).arg(source)));
}

bool Document::merge(const QVector<const MergeSource*>& sources, QVector<MergePreview>* results)
{
    auto* command = new MergeCommand(tr("Merge %n copy(ies)", nullptr, int(sources.size())), sources);
    if (!push(command))
        return false;
    if (results)
        *results = command->results();
    return true;
}

bool Document::decideConflict(const MergeConflict& conflict, const QJsonValue& value)
{
    return push(new DecideConflictCommand(tr("Decide %1 %2").arg(conflict.key, conflict.field), conflict,
        DecideConflictCommand::Decision::Value, value));
}

bool Document::settleRemoval(const MergeConflict& conflict, bool putBack)
{
    return push(new DecideConflictCommand(
        putBack ? tr("Put back %1").arg(conflict.key) : tr("Keep %1 removed").arg(conflict.key), conflict,
        putBack ? DecideConflictCommand::Decision::PutBack : DecideConflictCommand::Decision::KeepRemoved));
}
