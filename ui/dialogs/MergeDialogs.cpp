#include "MergeDialogs.h"
#include "DialogSize.h"

#include "Document.h"
#include "scoring/Scoring.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString percent(const std::optional<double>& score)
{
    return score ? QStringLiteral("%1 %").arg(rw::Scoring::displayed(*score)) : QStringLiteral("–");
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString recordName(const rw::MergeConflict& c)
{
    return c.field.isEmpty() ? QStringLiteral("%1 %2").arg(c.entity, c.key)
                             : QStringLiteral("%1 %2 · %3").arg(c.entity, c.key, c.field);
}

} // namespace

MergeDialog::MergeDialog(Document* document, const QStringList& paths, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Merge a Copy"));
    setObjectName(QStringLiteral("mergeDialog"));
    DialogSize::fit(this, QSize(900, 640));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* changesBox = new QGroupBox(tr("What the other copies changed"), split);
    auto* changesLayout = new QVBoxLayout(changesBox);
    m_changes = new QTreeWidget(changesBox);
    m_changes->setObjectName(QStringLiteral("mergeChanges"));
    m_changes->setHeaderLabels({ tr("Who and where"), tr("Changes") });
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->header()->setStretchLastSection(false);
    changesLayout->addWidget(m_changes);
    auto* scoresBox = new QGroupBox(tr("How the scores would move"), split);
    auto* scoresLayout = new QVBoxLayout(scoresBox);
    m_scores = new QTableWidget(0, 3, scoresBox);
    m_scores->setObjectName(QStringLiteral("mergeScores"));
    m_scores->setHorizontalHeaderLabels({ tr("Domain"), tr("Now"), tr("After merging") });
    m_scores->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scores->verticalHeader()->hide();
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scoresLayout->addWidget(m_scores);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 3);

    auto* conflictsBox = new QGroupBox(tr("Conflicts: both copies changed the same thing"), this);
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    m_conflicts = new QTreeWidget(conflictsBox);
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels({ tr("Record"), tr("Here"), tr("There"), tr("Shown until decided") });
    m_conflicts->header()->setSectionResizeMode(QHeaderView::Stretch);
    conflictsLayout->addWidget(m_conflicts);
    layout->addWidget(conflictsBox, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    layout->addWidget(buttons);

    // Each copy is checked on its own first (its log, its assessment); the good ones are previewed as one.
    QStringList problems;
    QVector<const rw::MergeSource*> good;
    const rw::Project& project = *document->project();
    for (const QString& path : paths) {
        rw::ProjectError error;
        std::unique_ptr<rw::MergeSource> source = rw::Merge::openSource(path, &error);
        if (!source) {
            problems << error.message;
            continue;
        }
        const rw::MergePreview alone = rw::Merge::preview(project, *source);
        if (!alone.problem.isEmpty()) {
            problems << tr("%1 cannot be merged: %2.").arg(QDir::toNativeSeparators(path), alone.problem);
            continue;
        }
        good << source.get();
        m_sources.push_back(std::move(source));
    }
    rw::MergePreview p;
    if (!good.isEmpty()) {
        m_combined = rw::Merge::combine(good);
        p = rw::Merge::preview(project, *m_combined);
        if (!p.problem.isEmpty()) {
            problems << p.problem;
            m_combined.reset();
        }
    }
    QStringList text;
    if (m_combined) {
        QStringList names;
        for (const auto& s : m_sources)
            names << QFileInfo(s->path).fileName();
        text << (p.incoming.isEmpty()
                ? tr("%1 holds nothing this project lacks.").arg(names.join(QStringLiteral(", ")))
                : tr("Merging %1 brings %n change(s) into this project. Nothing changes until you choose "
                     "Merge; "
                     "Undo takes the whole merge back.",
                    nullptr, int(p.incoming.size()))
                      .arg(names.join(QStringLiteral(", "))));
        text << tr("Overall score: %1 now, %2 after merging.")
                    .arg(percent(p.overallFrom), percent(p.overallTo));
        if (!p.contentNeeded.isEmpty())
            text << tr("%n evidence file(s) come with it.", nullptr, int(p.contentNeeded.size()));
    }
    for (const QString& problem : std::as_const(problems))
        text << QStringLiteral("⚠ ") + problem;
    m_summary->setText(text.join(QLatin1Char('\n')));
    m_merge->setEnabled(m_combined && !p.incoming.isEmpty());

    // By person, then by domain within each person; and by domain.
    QMap<QString, QMap<QString, int>> byPerson;
    QMap<QString, int> byDomain;
    QHash<QString, QString> domainTitle;
    for (const rw::MergePreview::Move& m : std::as_const(p.domains))
        domainTitle.insert(m.key, m.title);
    for (const rw::AuditEntry& e : std::as_const(p.incoming)) {
        QString where;
        if (e.entity == QLatin1String("item")) {
            const QString key = p.domainOfItem.value(e.entityUuid);
            where = key.isEmpty() ? tr("Removed items") : domainTitle.value(key, key);
        } else {
            where = tr("Other records (%1)").arg(e.entity);
        }
        ++byPerson[e.by][where];
        ++byDomain[where];
    }
    auto* people = new QTreeWidgetItem(m_changes, { tr("By person") });
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        int total = 0;
        for (int n : it.value())
            total += n;
        auto* person = new QTreeWidgetItem(people, { it.key(), QString::number(total) });
        for (auto d = it.value().cbegin(); d != it.value().cend(); ++d)
            new QTreeWidgetItem(person, { d.key(), QString::number(d.value()) });
    }
    auto* places = new QTreeWidgetItem(m_changes, { tr("By domain") });
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it)
        new QTreeWidgetItem(places, { it.key(), QString::number(it.value()) });
    m_changes->expandAll();
    m_changes->resizeColumnToContents(1);

    for (const rw::MergePreview::Move& m : std::as_const(p.domains)) {
        const int row = m_scores->rowCount();
        m_scores->insertRow(row);
        m_scores->setItem(row, 0, new QTableWidgetItem(m.title));
        m_scores->setItem(row, 1, new QTableWidgetItem(percent(m.from)));
        auto* after = new QTableWidgetItem(percent(m.to));
        if (percent(m.from) != percent(m.to)) {
            QFont bold = after->font();
            bold.setBold(true);
            after->setFont(bold);
        }
        m_scores->setItem(row, 2, after);
    }
    if (m_combined) {
        const int row = m_scores->rowCount();
        m_scores->insertRow(row);
        auto* overall = new QTableWidgetItem(tr("Overall"));
        QFont bold = overall->font();
        bold.setBold(true);
        overall->setFont(bold);
        m_scores->setItem(row, 0, overall);
        m_scores->setItem(row, 1, new QTableWidgetItem(percent(p.overallFrom)));
        m_scores->setItem(row, 2, new QTableWidgetItem(percent(p.overallTo)));
    }

    for (const rw::MergeConflict& c : std::as_const(p.conflicts)) {
        // One line each in the list; the inbox shows the whole text.
        const auto value = [this](const QString& v) {
            return v.isEmpty() ? tr("(removed)")
                               : QString(v).replace(QLatin1Char('\n'), QStringLiteral(" / "));
        };
        if (c.kind == rw::MergeConflict::Kind::DuplicateKey) {
            new QTreeWidgetItem(
                m_conflicts, { recordName(c), value(c.mine), value(c.theirs), tr("both kept; one renamed") });
            continue;
        }
        new QTreeWidgetItem(m_conflicts,
            { recordName(c), tr("%1 (%2)").arg(value(c.mine), c.mineBy),
                tr("%1 (%2)").arg(value(c.theirs), c.theirsBy), value(c.theirsWins ? c.theirs : c.mine) });
    }
    if (p.conflicts.isEmpty() && m_combined)
        new QTreeWidgetItem(m_conflicts, { tr("None: nobody changed what another changed.") });
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::merge()
{
    if (!m_combined)
        return;
    if (!m_document->merge({ m_combined.get() }))
        return; // the document reported why
    m_leftConflicts = !rw::Merge::openConflicts(*m_document->project()).isEmpty();
    accept();
}

ConflictsDialog::ConflictsDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    DialogSize::fit(this, QSize(980, 620));
    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("conflictList"));
    auto* detail = new QWidget(split);
    auto* grid = new QGridLayout(detail);
    m_heading = new QLabel(detail);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    grid->addWidget(m_heading, 0, 0, 1, 3);
    const auto box = [detail](const QString& name) {
        auto* edit = new QPlainTextEdit(detail);
        edit->setObjectName(name);
        edit->setReadOnly(true);
        return edit;
    };
    grid->addWidget(new QLabel(tr("Before both changes"), detail), 1, 0);
    m_mineLabel = new QLabel(detail);
    m_theirsLabel = new QLabel(detail);
    grid->addWidget(m_mineLabel, 1, 1);
    grid->addWidget(m_theirsLabel, 1, 2);
    m_ancestor = box(QStringLiteral("conflictAncestor"));
    m_mine = box(QStringLiteral("conflictMine"));
    m_theirs = box(QStringLiteral("conflictTheirs"));
    grid->addWidget(m_ancestor, 2, 0);
    grid->addWidget(m_mine, 2, 1);
    grid->addWidget(m_theirs, 2, 2);
    grid->addWidget(
        new QLabel(tr("Your decision (edit it, or start from a three-way merge of both):"), detail), 3, 0, 1,
        3);
    m_edit = new QPlainTextEdit(detail);
    m_edit->setObjectName(QStringLiteral("conflictEdit"));
    grid->addWidget(m_edit, 4, 0, 1, 3);
    auto* buttons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep &Mine"), detail);
    m_takeTheirs = new QPushButton(tr("Take &Theirs"), detail);
    m_useEdit = new QPushButton(tr("Use &Edited"), detail);
    m_putBack = new QPushButton(tr("&Put Back"), detail);
    m_keepRemoved = new QPushButton(tr("Keep &Removed"), detail);
    for (QPushButton* b : { m_keepMine, m_takeTheirs, m_useEdit, m_putBack, m_keepRemoved }) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_useEdit->setObjectName(QStringLiteral("useEdited"));
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("Close"), detail);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    grid->addLayout(buttons, 5, 0, 1, 3);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(4, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    split->setSizes({ fontMetrics().averageCharWidth() * 32, width() });
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            decide(m_open.at(row).mineValue);
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            decide(m_open.at(row).theirsValue);
    });
    connect(m_useEdit, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        const QJsonValue like = m_open.at(row).mineValue;
        const QString text = m_edit->toPlainText();
        if (like.isDouble() || like.isNull()) {
            bool ok = false;
            const double number = QLocale().toDouble(text, &ok);
            if (!ok && !(like.isNull() && text.trimmed().isEmpty())) {
                QMessageBox::warning(this, windowTitle(), tr("\"%1\" is not a number.").arg(text));
                return;
            }
            decide(ok ? QJsonValue(number) : QJsonValue());
        } else if (like.isBool()) {
            decide(text.trimmed() == QLatin1String("true"));
        } else if (like.isArray() || like.isObject()) {
            decide(QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().at(0));
        } else {
            decide(text);
        }
    });
    connect(m_putBack, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_keepRemoved, &QPushButton::clicked, this, [this] { settle(false); });
    reload();
}

void ConflictsDialog::reload()
{
    const int was = m_list->currentRow();
    m_open = rw::Merge::openConflicts(*m_document->project());
    m_list->clear();
    for (const rw::MergeConflict& c : std::as_const(m_open))
        m_list->addItem(c.kind == rw::MergeConflict::Kind::Removed
                ? tr("%1 (removed and changed)").arg(recordName(c))
                : recordName(c));
    if (m_open.isEmpty()) {
        showConflict(-1);
        return;
    }
    m_list->setCurrentRow(qBound(0, was, int(m_open.size()) - 1));
}

void ConflictsDialog::showConflict(int row)
{
    const bool any = row >= 0 && row < m_open.size();
    for (QWidget* w : std::initializer_list<QWidget*> { m_ancestor, m_mine, m_theirs, m_edit })
        w->setEnabled(any);
    if (!any) {
        m_heading->setText(tr("No conflicts wait for a decision."));
        for (QPlainTextEdit* e : { m_ancestor, m_mine, m_theirs, m_edit })
            e->clear();
        m_mineLabel->clear();
        m_theirsLabel->clear();
        for (QPushButton* b : { m_keepMine, m_takeTheirs, m_useEdit, m_putBack, m_keepRemoved })
            b->setVisible(false);
        return;
    }
    const rw::MergeConflict& c = m_open.at(row);
    const bool removal = c.kind == rw::MergeConflict::Kind::Removed;
    m_heading->setText(removal
            ? tr("%1 was removed in one copy and changed in another.").arg(recordName(c))
            : tr("%1 was changed in two copies that had not seen each other's change.").arg(recordName(c)));
    m_mineLabel->setText(tr("Here: %1, %2").arg(c.mineBy, when(c.mineAt)));
    m_theirsLabel->setText(tr("There: %1, %2").arg(c.theirsBy, when(c.theirsAt)));
    m_ancestor->setPlainText(c.ancestor);
    m_mine->setPlainText(c.mine.isEmpty() ? tr("(removed)") : c.mine);
    m_theirs->setPlainText(c.theirs.isEmpty() ? tr("(removed)") : c.theirs);
    m_edit->setPlainText(c.mineValue.isString() && c.theirsValue.isString()
            ? rw::Merge::mergeText(c.ancestor, c.mine, c.theirs)
            : (c.theirsWins ? c.theirs : c.mine));
    m_edit->setEnabled(!removal);
    m_keepMine->setVisible(!removal);
    m_takeTheirs->setVisible(!removal);
    m_useEdit->setVisible(!removal);
    m_putBack->setVisible(removal);
    m_keepRemoved->setVisible(removal);
}

void ConflictsDialog::decide(const QJsonValue& value)
{
    const int row = m_list->currentRow();
    if (row >= 0 && m_document->decideConflict(m_open.at(row), value))
        reload();
}

void ConflictsDialog::settle(bool putBack)
{
    const int row = m_list->currentRow();
    if (row >= 0 && m_document->settleRemoval(m_open.at(row), putBack))
        reload();
}
