#include "AdjustDialog.h"
#include "DialogSize.h"

#include "store/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace rw;

AdjustDialog::AdjustDialog(const Project* project, const QString& domainKey, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
{
    setWindowTitle(tr("Adjust Score"));
    auto* form = new QFormLayout(this);
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Score to adjust"));
    m_target->addItem(tr("Overall score"), QString());
    for (const Domain& d : project->assessment().domains)
        m_target->addItem(d.title, d.key);
    m_computed = new QLabel(this);
    m_score = new QDoubleSpinBox(this);
    m_score->setAccessibleName(tr("Adjusted score"));
    m_score->setRange(0, 100);
    m_score->setDecimals(1);
    m_score->setSuffix(tr(" %"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(
        tr("Why the assessors score this differently from the checklist (required; shown in reports)"));
    m_reason->setTabChangesFocus(true);
    form->addRow(tr("&Score of:"), m_target);
    form->addRow(tr("Computed:"), m_computed);
    form->addRow(tr("&Adjusted to:"), m_score);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_clearButton = buttons->addButton(tr("Remove Adjustment"), QDialogButtonBox::DestructiveRole);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_clear = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_target, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &AdjustDialog::updateFor);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AdjustDialog::validate);
    m_target->setCurrentIndex(qMax(0, m_target->findData(domainKey)));
    updateFor(m_target->currentIndex());
    DialogSize::fit(this, QSize(520, 300));
}

void AdjustDialog::updateFor(int index)
{
    const QString key = m_target->itemData(index).toString();
    std::optional<double> computed;
    if (key.isEmpty()) {
        computed = m_project->scores().overall().computed;
    } else {
        const int d = m_project->assessment().domainIndex(key);
        computed = m_project->scores().domains().at(d).computed;
    }
    m_computed->setText(computed ? tr("%1 %").arg(Scoring::displayed(*computed)) : tr("not scored yet"));
    const Adjustment* existing = m_project->assessment().adjustmentFor(key);
    m_score->setValue(existing ? existing->score : computed.value_or(0));
    m_reason->setPlainText(existing ? existing->reason : QString());
    m_clearButton->setEnabled(existing != nullptr);
    validate();
}

void AdjustDialog::validate()
{
    m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

QString AdjustDialog::domainKey() const
{
    return m_target->currentData().toString();
}
double AdjustDialog::score() const
{
    return m_score->value();
}
QString AdjustDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
