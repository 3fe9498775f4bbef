#include "ChecklistPage.h"

#include "scoring/Answers.h"

#include <QKeyEvent>

#include "Document.h"
#include "dialogs/RecordDialogs.h"
#include "models/ChecklistFilterModel.h"
#include "models/ChecklistModel.h"
#include "models/DomainListModel.h"
#include "widgets/ChecklistView.h"
#include "widgets/DomainDelegate.h"
#include "widgets/ItemPanel.h"
#include "widgets/StatusDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

using namespace rw;

namespace {

constexpr std::initializer_list<ItemStatus> AllStatuses { ItemStatus::Open, ItemStatus::Met,
    ItemStatus::Partial, ItemStatus::Unmet, ItemStatus::NotApplicable };

} // namespace

ChecklistPage::ChecklistPage(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_filter(new ChecklistFilterModel(this))
{
    setObjectName(QStringLiteral("checklistSplitter"));
    m_domainView = new QListView(this);
    m_domainView->setObjectName(QStringLiteral("domainNavigator"));
    m_domainView->setAccessibleName(tr("Domains"));
    m_domainView->setItemDelegate(new DomainDelegate(m_domainView));
    m_domainView->setMinimumWidth(220);
    m_domainView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_domainView->setUniformItemSizes(true);
    QWidget* middle = createTable();
    m_itemPanel = new ItemPanel(this);
    addWidget(m_domainView);
    addWidget(middle);
    addWidget(m_itemPanel);
    setStretchFactor(0, 0);
    setStretchFactor(1, 3);
    setStretchFactor(2, 2);
    // The checklist in the middle gets the room: its item text is what the workshop reads.
    setSizes({ 280, 700, 360 });

    connect(m_filterText, &QLineEdit::textChanged, this, &ChecklistPage::updateFilter);
    connect(m_filterStatus, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        &ChecklistPage::updateFilter);
    connect(m_filterOwner, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        &ChecklistPage::updateFilter);
    connect(m_filterBlockers, &QCheckBox::toggled, this, &ChecklistPage::updateFilter);
    connect(m_filterNoEvidence, &QCheckBox::toggled, this, &ChecklistPage::updateFilter);
    connect(m_filterReview, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        &ChecklistPage::updateFilter);
    // The review, keyboard first, wherever the keyboard is on this page.
    const auto shortcut = [this](const QString& keys, void (ItemPanel::*slot)()) {
        auto* s = new QShortcut(QKeySequence(keys), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_itemPanel, slot);
    };
    shortcut(tr("Ctrl+Alt+F"), &ItemPanel::flagItem);
    shortcut(tr("Ctrl+Alt+A"), &ItemPanel::acceptItem);
    shortcut(tr("Ctrl+Alt+B"), &ItemPanel::sendBack);
    shortcut(tr("Ctrl+Alt+M"), &ItemPanel::focusComment);
    connect(m_checklist, &ChecklistView::filesDropped, this, &ChecklistPage::filesDropped);
    connect(m_itemPanel, &ItemPanel::filesDropped, this,
        [this](const QStringList& files) { emit filesDropped(m_itemPanel->itemKey(), files); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ChecklistPage::restoreSelection);
}

QWidget* ChecklistPage::createTable()
{
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 4, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filterText = new QLineEdit(middle);
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setAccessibleName(tr("Filter items"));
    m_filterText->setPlaceholderText(tr("Filter all items: key, text, note, owner (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterStatus = new QComboBox(middle);
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_filterStatus->setAccessibleName(tr("Filter by status"));
    m_filterStatus->addItem(tr("Any status"), -1);
    for (ItemStatus s : AllStatuses)
        m_filterStatus->addItem(toLabel(s), int(s));
    m_filterOwner = new QComboBox(middle);
    m_filterOwner->setObjectName(QStringLiteral("filterOwner"));
    m_filterOwner->setAccessibleName(tr("Filter by owner"));
    m_filterOwner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterBlockers = new QCheckBox(tr("&Blockers"), middle);
    m_filterBlockers->setObjectName(QStringLiteral("filterBlockers"));
    m_filterNoEvidence = new QCheckBox(tr("&Without evidence"), middle);
    m_filterNoEvidence->setObjectName(QStringLiteral("filterNoEvidence"));
    // The reviewer's pass: what is to do, in review or done, flagged, or has comments open.
    m_filterReview = new QComboBox(middle);
    m_filterReview->setObjectName(QStringLiteral("filterReview"));
    m_filterReview->setAccessibleName(tr("Filter by review"));
    // The owner and review filters give way before the text field does (German labels are long).
    for (QComboBox* box : { m_filterOwner, m_filterReview }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_filterText->setMinimumWidth(m_filterText->fontMetrics().averageCharWidth() * 12);
    using Review = ChecklistFilterModel::Review;
    m_filterReview->addItem(tr("Any review state"), int(Review::Any));
    m_filterReview->addItem(toLabel(WorkState::ToDo), int(Review::ToDo));
    m_filterReview->addItem(toLabel(WorkState::InReview), int(Review::InReview));
    m_filterReview->addItem(toLabel(WorkState::Done), int(Review::Done));
    m_filterReview->addItem(tr("Flagged"), int(Review::Flagged));
    m_filterReview->addItem(tr("Open comments"), int(Review::OpenComments));
    m_filterCount = new QLabel(middle);
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_filterStatus);
    filterRow->addWidget(m_filterOwner);
    filterRow->addWidget(m_filterBlockers);
    filterRow->addWidget(m_filterNoEvidence);
    filterRow->addWidget(m_filterReview);
    filterRow->addWidget(m_filterCount);
    middleLayout->addLayout(filterRow);
    m_checklist = new ChecklistView(middle);
    m_checklist->installEventFilter(this);
    m_checklist->setModel(m_filter);
    m_checklist->setItemDelegateForColumn(ChecklistModel::StatusColumn, new StatusDelegate(m_checklist));
    m_checklist->setItemDelegateForColumn(ChecklistModel::PointsColumn,
        new PointsDelegate(
            [this](const QModelIndex& index) {
                const Item* item = m_document
                    ? m_document->project()->item(index.data(ChecklistModel::KeyRole).toString())
                    : nullptr;
                return item ? item->points : 0.0;
            },
            m_checklist));
    middleLayout->addWidget(m_checklist, 1);
    return middle;
}

void ChecklistPage::setDocument(Document* document)
{
    if (m_document) {
        m_itemPanel->commitNote();
        m_itemPanel->setDocument(nullptr);
        disconnect(m_document->project(), nullptr, this, nullptr);
        m_currentKey.clear();
        ChecklistModel* checklist = m_checklistModel;
        DomainListModel* domains = m_domainModel;
        m_checklistModel = nullptr;
        m_domainModel = nullptr;
        m_domainView->setModel(nullptr);
        m_filter->setSourceModel(nullptr);
        delete domains;
        delete checklist;
        m_owners.clear();
    }
    m_document = document;
    m_checklist->setReadOnly(!document || document->isReadOnly());
    if (!document)
        return;
    m_checklistModel = new ChecklistModel(document, this);
    m_filter->setSourceModel(m_checklistModel);
    m_domainModel = new DomainListModel(document, this);
    m_domainView->setModel(m_domainModel);
    // A structural edit resets the domains; the navigator keeps the domain that was selected.
    connect(m_domainModel, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_domainBeforeReset = currentDomainKey(); });
    connect(m_domainModel, &QAbstractItemModel::modelReset, this, &ChecklistPage::restoreDomain);
    connect(m_domainView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ChecklistPage::onDomainChanged);
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ChecklistPage::onCurrentItemChanged);
    fitColumns();
    m_itemPanel->setDocument(document);
    Project* project = document->project();
    connect(project, &Project::contentChanged, this, &ChecklistPage::refreshOwners);
    connect(project, &Project::contentChanged, this, &ChecklistPage::fitColumns);
    connect(project, &Project::itemChanged, this, &ChecklistPage::onItemChanged);
    refreshOwners();
    m_domainView->setCurrentIndex(m_domainModel->index(0));
}

void ChecklistPage::updateFilter()
{
    m_filter->setText(m_filterText->text());
    m_filter->setStatus(m_filterStatus->currentData().toInt());
    m_filter->setOwner(m_filterOwner->currentData().toString());
    m_filter->setBlockersOnly(m_filterBlockers->isChecked());
    m_filter->setWithoutEvidenceOnly(m_filterNoEvidence->isChecked());
    m_filter->setReview(ChecklistFilterModel::Review(m_filterReview->currentData().toInt()));
    m_filterCount->setText(
        m_filter->isFiltering() ? tr("%n item(s)", nullptr, m_filter->rowCount()) : QString());
    restoreSelection();
}

void ChecklistPage::restoreDomain()
{
    for (int row = 0; row < m_domainModel->rowCount(); ++row) {
        if (m_domainModel->index(row).data(DomainListModel::KeyRole).toString() == m_domainBeforeReset) {
            m_domainView->setCurrentIndex(m_domainModel->index(row));
            return;
        }
    }
    if (m_domainModel->rowCount() > 0)
        m_domainView->setCurrentIndex(m_domainModel->index(0));
}

void ChecklistPage::onDomainChanged()
{
    const QModelIndex current = m_domainView->currentIndex();
    m_filter->setDomain(current.isValid() ? current.row() : -1);
    emit currentDomainChanged();
    const QModelIndex source
        = m_currentKey.isEmpty() ? QModelIndex() : m_checklistModel->indexOfKey(m_currentKey);
    if (!m_filter->isFiltering() && m_filter->rowCount() > 0
        && (!source.isValid() || m_filter->mapFromSource(source).row() < 0))
        m_checklist->setCurrentIndex(m_filter->index(0, ChecklistModel::StatusColumn));
    restoreSelection();
}

void ChecklistPage::onItemChanged(int domain, int index)
{
    // Only a new owner name changes the owner list; a full refresh follows structural changes.
    const Item& item = m_document->project()->assessment().domains.at(domain).items.at(index);
    if (!item.owner.isEmpty() && !m_owners.contains(item.owner)) {
        refreshOwners();
        fitColumns();
    } else if (item.blocker && !m_hasBlockers) {
        fitColumns();
    }
}

// Column widths from the font and this project's own keys and points, measured once: ResizeToContents
// would measure every row again on each edit, which at 10,000 items costs more than a frame. The item
// text takes all the width left; the owner and blocker columns show only when some item has one.
void ChecklistPage::fitColumns()
{
    if (!m_document)
        return;
    QHeaderView* header = m_checklist->horizontalHeader();
    const QFontMetrics fm(m_checklist->font());
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    int keyWidth = fm.horizontalAdvance(tr("Key"));
    int pointsWidth = fm.horizontalAdvance(tr("Points"));
    int ownerWidth = fm.horizontalAdvance(tr("Owner"));
    bool blockers = false;
    // Measured once per distinct text (a checklist of 10,000 items has few owners and point values); of
    // the keys only the longest few, by characters.
    QSet<double> points;
    QSet<QString> ownerNames;
    QVector<const QString*> keys;
    for (const Domain& d : m_document->project()->assessment().domains) {
        for (const Item& i : d.items) {
            points.insert(i.points);
            if (!i.owner.isEmpty())
                ownerNames.insert(i.owner);
            blockers = blockers || i.blocker;
            keys.append(&i.key);
        }
    }
    const int longestKeys = int(qMin<qsizetype>(keys.size(), 8));
    std::partial_sort(keys.begin(), keys.begin() + longestKeys, keys.end(),
        [](const QString* a, const QString* b) { return a->size() > b->size(); });
    for (int k = 0; k < longestKeys; ++k)
        keyWidth = qMax(keyWidth, fm.horizontalAdvance(*keys.at(k)));
    for (double p : points)
        pointsWidth = qMax(pointsWidth,
            fm.horizontalAdvance(QStringLiteral("%1 / %2").arg(
                QLocale().toString(p / 2, 'g', 3), QLocale().toString(p, 'g', 4))));
    for (const QString& o : ownerNames)
        ownerWidth = qMax(ownerWidth, fm.horizontalAdvance(o));
    int statusWidth = 0;
    for (ItemStatus s : AllStatuses)
        statusWidth = qMax(statusWidth, fm.horizontalAdvance(toLabel(s)));
    const QVector<QPair<int, int>> widths { { ChecklistModel::KeyColumn,
                                                qMin(keyWidth, fm.averageCharWidth() * 14) + pad + 20 },
        { ChecklistModel::StatusColumn, statusWidth + fm.height() + pad },
        { ChecklistModel::PointsColumn, pointsWidth + pad },
        { ChecklistModel::EvidenceColumn, fm.horizontalAdvance(tr("Evidence")) + pad },
        { ChecklistModel::OwnerColumn, qMin(ownerWidth, fm.averageCharWidth() * 16) + pad },
        { ChecklistModel::BlockerColumn, fm.horizontalAdvance(tr("Blocker")) + pad } };
    for (const auto& [column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_checklist->setColumnWanted(ChecklistModel::OwnerColumn, !ownerNames.isEmpty());
    m_checklist->setColumnWanted(ChecklistModel::BlockerColumn, blockers);
    m_hasBlockers = blockers;
    m_checklist->setYieldingColumns(ChecklistModel::TextColumn,
        { ChecklistModel::BlockerColumn, ChecklistModel::OwnerColumn, ChecklistModel::EvidenceColumn },
        fm.averageCharWidth() * 34);
    m_checklist->verticalHeader()->setDefaultSectionSize(fm.lineSpacing() * 2 + 8);
}

QString ChecklistPage::currentDomainKey() const
{
    const QModelIndex i = m_domainView->currentIndex();
    return i.isValid() ? i.data(DomainListModel::KeyRole).toString() : QString();
}

bool ChecklistPage::selectItem(const QString& key)
{
    if (!m_checklistModel)
        return false;
    QModelIndex source = m_checklistModel->indexOfKey(key, ChecklistModel::StatusColumn);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Not in the current view: show its domain (and drop a filter that hides it).
        clearFilter();
        m_domainView->setCurrentIndex(
            m_domainModel->index(source.data(ChecklistModel::DomainIndexRole).toInt()));
        proxy = m_filter->mapFromSource(source);
    }
    m_checklist->setCurrentIndex(proxy);
    m_checklist->scrollTo(proxy);
    return proxy.isValid();
}

void ChecklistPage::showDomain(const QString& domainKey, int status)
{
    clearFilter();
    const int index = domainKey.isEmpty() || !m_document
        ? -1
        : m_document->project()->assessment().domainIndex(domainKey);
    if (index >= 0)
        m_domainView->setCurrentIndex(m_domainModel->index(index));
    if (status >= 0)
        m_filterStatus->setCurrentIndex(m_filterStatus->findData(status));
    m_checklist->setFocus();
}

void ChecklistPage::restoreSelection()
{
    if (!m_checklistModel || m_currentKey.isEmpty() || m_filter->sourceModel() != m_checklistModel)
        return;
    const QModelIndex proxy
        = m_filter->mapFromSource(m_checklistModel->indexOfKey(m_currentKey, ChecklistModel::StatusColumn));
    if (proxy.isValid() && m_checklist->currentIndex().row() != proxy.row())
        m_checklist->setCurrentIndex(proxy);
}

void ChecklistPage::onCurrentItemChanged()
{
    const QString key = m_checklist->currentKey();
    if (!key.isEmpty())
        m_currentKey = key;
    else if (m_checklistModel && !m_checklistModel->indexOfKey(m_currentKey).isValid())
        m_currentKey.clear();
    m_itemPanel->setItem(m_currentKey);
    emit currentItemChanged(m_currentKey);
}

void ChecklistPage::focusFilter()
{
    m_filterText->setFocus();
    m_filterText->selectAll();
}

void ChecklistPage::clearFilter()
{
    const QSignalBlocker b1(m_filterText), b2(m_filterStatus), b3(m_filterBlockers), b4(m_filterNoEvidence),
        b5(m_filterOwner);
    m_filterText->clear();
    m_filterStatus->setCurrentIndex(0);
    m_filterOwner->setCurrentIndex(0);
    m_filter->setOwner(QString());
    m_filterBlockers->setChecked(false);
    m_filterNoEvidence->setChecked(false);
    m_filter->setText(QString());
    m_filter->setStatus(-1);
    m_filter->setBlockersOnly(false);
    m_filter->setWithoutEvidenceOnly(false);
    m_filterCount->clear();
    restoreSelection();
}

void ChecklistPage::refreshOwners()
{
    QSet<QString> set;
    if (m_document) {
        for (const Domain& d : m_document->project()->assessment().domains) {
            for (const Item& i : d.items) {
                if (!i.owner.isEmpty())
                    set.insert(i.owner);
            }
        }
    }
    QStringList owners(set.cbegin(), set.cend());
    owners.sort(Qt::CaseInsensitive);
    // Most edits change no owner: then the list stays as it is.
    if (owners == m_owners && m_filterOwner->count() > 0)
        return;
    m_owners = owners;
    const QString current = m_filterOwner->currentData().toString();
    const QSignalBlocker blocker(m_filterOwner);
    m_filterOwner->clear();
    m_filterOwner->addItem(tr("Any owner"), QString());
    for (const QString& o : owners)
        m_filterOwner->addItem(o, o);
    m_filterOwner->setCurrentIndex(qMax(0, m_filterOwner->findData(current)));
}

void ChecklistPage::setStatus(ItemStatus status)
{
    if (!m_document || m_currentKey.isEmpty())
        return;
    m_itemPanel->commitNote();
    const Item* item = m_document->project()->item(m_currentKey);
    const QuestionType type = item ? item->question.type : QuestionType::Status;
    const bool follows
        = status == ItemStatus::Met || status == ItemStatus::Partial || status == ItemStatus::Unmet;
    if (follows && type == QuestionType::YesNo && status == ItemStatus::Partial) {
        emit message(tr("%1 is answered yes (1) or no (3).").arg(m_currentKey));
        return;
    }
    if (follows && type != QuestionType::Status && type != QuestionType::YesNo) {
        // The status follows from the answer: the answer is given instead.
        emit message(item->question.hasOptions()
                ? tr("%1 is answered with %2: press the digit of a level or choice.")
                      .arg(m_currentKey, Answers::describe(item->question))
                : tr("%1 is answered with %2: type it in the item panel.")
                      .arg(m_currentKey, Answers::describe(item->question)));
        if (!item->question.hasOptions())
            m_itemPanel->focusAnswer();
        return;
    }
    m_document->setItemStatus(m_currentKey, status);
}

bool ChecklistPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_checklist && m_document && !m_currentKey.isEmpty()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Item* item = m_document->project()->item(m_currentKey);
        const bool digit = key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (digit && item && item->question.hasOptions()) {
            const std::optional<QJsonValue> answer
                = Answers::answerForDigit(item->question, item->answer, key->key() - Qt::Key_0);
            // A digit no level or choice takes keeps its meaning (0: not applicable).
            if (answer) {
                event->accept();
                if (event->type() == QEvent::KeyPress && !m_document->isReadOnly()) {
                    m_itemPanel->commitNote();
                    m_document->setItemAnswer(m_currentKey, *answer);
                }
                return true;
            }
            if (key->key() != Qt::Key_0) {
                if (event->type() == QEvent::KeyPress)
                    emit message(
                        tr("%1 has no level or choice %2.").arg(m_currentKey).arg(key->key() - Qt::Key_0));
                event->accept();
                return true;
            }
        }
    }
    return QSplitter::eventFilter(watched, event);
}

void ChecklistPage::moveSelection(int step, bool unassessedOnly)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    if (unassessedOnly) {
        // The next item not yet assessed anywhere in the checklist, after the current one, wrapping.
        const int total = m_checklistModel->rowCount();
        const QModelIndex current = m_checklistModel->indexOfKey(m_currentKey);
        const int start = current.isValid() ? current.row() : -1;
        for (int n = 1; n <= total; ++n) {
            const QModelIndex i = m_checklistModel->index((start + n) % total, 0);
            if (ItemStatus(i.data(ChecklistModel::StatusRole).toInt()) == ItemStatus::Open) {
                selectItem(i.data(ChecklistModel::KeyRole).toString());
                return;
            }
        }
        emit message(tr("Every item has been assessed."));
        return;
    }
    const int row = qBound(0, m_checklist->currentIndex().row() + step, rows - 1);
    m_checklist->setCurrentIndex(m_filter->index(row, ChecklistModel::StatusColumn));
}

void ChecklistPage::goToItem()
{
    if (!m_document)
        return;
    QStringList keys;
    for (const Domain& d : m_document->project()->assessment().domains) {
        for (const Item& i : d.items)
            keys << i.key;
    }
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Go to Item"));
    dialog.setLabelText(tr("Item &key:"));
    dialog.setComboBoxItems(keys);
    dialog.setComboBoxEditable(true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString key = dialog.textValue().trimmed();
    for (const QString& k : keys) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            selectItem(k);
            m_checklist->setFocus();
            return;
        }
    }
    emit message(tr("There is no item with the key \"%1\".").arg(key));
}

void ChecklistPage::addDomain()
{
    Domain d;
    if (!m_document || !RecordDialogs::editDomain(this, &d))
        return;
    const Project* project = m_document->project();
    d.key = project->nextDomainKey(d.title);
    const int position = m_domainView->currentIndex().isValid() ? m_domainView->currentIndex().row() + 1
                                                                : project->assessment().domains.size();
    m_document->addDomain(d, position);
    m_domainView->setCurrentIndex(m_domainModel->index(position));
}

void ChecklistPage::editDomain()
{
    const QString key = currentDomainKey();
    const int index = m_document ? m_document->project()->assessment().domainIndex(key) : -1;
    if (index < 0)
        return;
    Domain after = m_document->project()->assessment().domains.at(index);
    if (RecordDialogs::editDomain(this, &after))
        m_document->updateDomain(key, after);
}

void ChecklistPage::removeDomain()
{
    const QString key = currentDomainKey();
    const int index = m_document ? m_document->project()->assessment().domainIndex(key) : -1;
    if (index < 0)
        return;
    const Domain& d = m_document->project()->assessment().domains.at(index);
    if (QMessageBox::question(this, tr("Remove Domain"),
            tr("Remove the domain \"%1\" with its %n item(s) and their answers? You can undo this.", nullptr,
                d.items.size())
                .arg(d.title))
        == QMessageBox::Yes)
        m_document->removeDomain(key);
}

void ChecklistPage::moveDomain(int step)
{
    const QString key = currentDomainKey();
    const int index = m_document ? m_document->project()->assessment().domainIndex(key) : -1;
    const int target = index + step;
    if (index < 0 || target < 0 || target >= m_document->project()->assessment().domains.size())
        return;
    m_document->moveDomain(key, target);
    m_domainView->setCurrentIndex(m_domainModel->index(target));
}

void ChecklistPage::addItem()
{
    const QString domainKey = currentDomainKey();
    if (!m_document || domainKey.isEmpty())
        return;
    Item item;
    if (!RecordDialogs::editNewItem(this, &item))
        return;
    const Project* project = m_document->project();
    item.key = project->nextItemKey(domainKey);
    const Project::ItemRef ref = project->findItem(m_currentKey);
    const int domainIndex = project->assessment().domainIndex(domainKey);
    const int position = ref.isValid() && ref.domain == domainIndex
        ? ref.item + 1
        : project->assessment().domains.at(domainIndex).items.size();
    if (m_document->addItem(domainKey, item, position))
        selectItem(item.key);
}

void ChecklistPage::removeItem()
{
    const QString key = m_currentKey;
    if (!m_document || key.isEmpty() || !m_document->project()->item(key))
        return;
    if (QMessageBox::question(
            this, tr("Remove Item"), tr("Remove the item %1 with its answer? You can undo this.").arg(key))
        == QMessageBox::Yes)
        m_document->removeItem(key);
}

void ChecklistPage::moveItem(int step)
{
    const QString key = m_currentKey;
    const Project::ItemRef ref = m_document ? m_document->project()->findItem(key) : Project::ItemRef();
    if (!ref.isValid())
        return;
    const int to = ref.item + step;
    if (to < 0 || to >= m_document->project()->assessment().domains.at(ref.domain).items.size())
        return;
    m_document->moveItem(key, to);
    selectItem(key);
}
