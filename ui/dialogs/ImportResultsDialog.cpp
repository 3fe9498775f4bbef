#include "ImportResultsDialog.h"
#include "DialogSize.h"

#include "Document.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportResultsDialog::ImportResultsDialog(
    Document* document, const QString& path, const rw::ResultsImport::Preview& preview, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_path(path)
    , m_preview(preview)
{
    setWindowTitle(tr("Import Results"));
    setObjectName(QStringLiteral("importResultsDialog"));
    DialogSize::fit(this, QSize(900, 600));
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    const QString from = preview.kind == QLatin1String("answers")
        ? (preview.answeredBy.isEmpty()
                ? tr("Answers from the questionnaire %1").arg(QFileInfo(path).fileName())
                : tr("Answers from the questionnaire %1, filled in by %2")
                      .arg(QFileInfo(path).fileName(), preview.answeredBy))
        : tr("Results from the spreadsheet %1").arg(QFileInfo(path).fileName());
    summary->setText(from + QStringLiteral(": ") + tr("%n row(s) read", nullptr, preview.rows)
        + QStringLiteral(", ") + tr("%n item(s) would change", nullptr, int(preview.changes.size()))
        + QStringLiteral(", ") + tr("%n already as the file says", nullptr, preview.unchanged)
        + QStringLiteral(", ") + tr("%n row(s) not taken", nullptr, int(preview.skipped.size()))
        + QLatin1Char('.'));
    layout->addWidget(summary);
    if (preview.otherAssessment) {
        auto* other
            = new QLabel(tr("These answers were given to the questionnaire of another assessment (\"%1\"); "
                            "only the keys that match this one are shown.")
                             .arg(preview.answeredFor),
                this);
        other->setObjectName(QStringLiteral("otherAssessment"));
        other->setWordWrap(true);
        other->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; "
                           "border-radius: 3px; padding: 4px; }"));
        layout->addWidget(other);
    }

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* changesBox = new QGroupBox(tr("Changes"), split);
    auto* changesLayout = new QVBoxLayout(changesBox);
    auto* changes = new QTreeWidget(changesBox);
    changes->setObjectName(QStringLiteral("importChanges"));
    changes->setHeaderLabels({ tr("Item and field"), tr("Now"), tr("From the file") });
    changes->setRootIsDecorated(true);
    changes->setUniformRowHeights(true);
    changes->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes = changes;
    for (const rw::ResultsImport::Change& c : preview.changes) {
        auto* item = new QTreeWidgetItem(changes, { c.key, QString(), QString() });
        item->setToolTip(0, c.after.text);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        for (const QString& f : c.fields) {
            const QString now = rw::ResultsImport::fieldValue(c.before, f);
            const QString then = rw::ResultsImport::fieldValue(c.after, f);
            auto* field = new QTreeWidgetItem(item,
                { rw::ResultsImport::fieldLabel(f), now.isEmpty() ? tr("(empty)") : now,
                    then.isEmpty() ? tr("(empty)") : then });
            field->setToolTip(1, now);
            field->setToolTip(2, then);
        }
    }
    changes->expandAll();
    changesLayout->addWidget(changes);

    auto* skippedBox = new QGroupBox(tr("Not taken"), split);
    auto* skippedLayout = new QVBoxLayout(skippedBox);
    auto* skipped = new QTreeWidget(skippedBox);
    skipped->setObjectName(QStringLiteral("importSkipped"));
    skipped->setRootIsDecorated(false);
    skipped->setHeaderLabels(
        { preview.kind == QLatin1String("answers") ? tr("Answer") : tr("Line"), tr("Key"), tr("Why") });
    skipped->header()->setStretchLastSection(true);
    for (const rw::ResultsImport::Skipped& s : preview.skipped)
        new QTreeWidgetItem(skipped, { QString::number(s.line), s.key, s.reason });
    skipped->resizeColumnToContents(0);
    skipped->resizeColumnToContents(1);
    skippedLayout->addWidget(skipped);
    skippedBox->setVisible(!preview.skipped.isEmpty());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto* note = new QLabel(tr("Only the fields shown change, on each item as it is now; the import is one "
                               "step you can undo, and the audit log records each change under your name."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(
        tr("&Apply %n Change(s)", nullptr, int(preview.changes.size())), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyImport"));
    m_apply->setDefault(true);
    connect(changes, &QTreeWidget::itemChanged, this, &ImportResultsDialog::updateApply);
    updateApply();
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportResultsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QVector<rw::ResultsImport::Change> ImportResultsDialog::chosen() const
{
    QVector<rw::ResultsImport::Change> changes;
    for (int i = 0; i < m_changes->topLevelItemCount() && i < m_preview.changes.size(); ++i) {
        if (m_changes->topLevelItem(i)->checkState(0) == Qt::Checked)
            changes.append(m_preview.changes.at(i));
    }
    return changes;
}

void ImportResultsDialog::updateApply()
{
    const int count = int(chosen().size());
    m_apply->setText(tr("&Apply %n Change(s)", nullptr, count));
    m_apply->setEnabled(count > 0 && !m_document->isReadOnly());
}

void ImportResultsDialog::accept()
{
    if (!m_apply->isEnabled())
        return;
    // Thousands of rows take a few seconds (about 1.3 ms an item, each its own audit entry).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QVector<rw::ResultsImport::Change> changes = chosen();
    const bool imported = m_document->importResults(changes, QFileInfo(m_path).fileName());
    QGuiApplication::restoreOverrideCursor();
    if (imported) {
        m_applied = int(changes.size());
        QDialog::accept();
    }
}
