#include "AssessorDialog.h"

#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AssessorDialog::AssessorDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assessorDialog"));
    setWindowTitle(tr("Who Is Assessing?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Every change is recorded in the project's audit log with the name of the person who made it. "
           "Please give your name once; you can change it later in Edit > Preferences."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(Settings::assessorName(), this);
    m_name->setObjectName(QStringLiteral("assessorName"));
    m_role = new QLineEdit(Settings::assessorRole(), this);
    m_role->setObjectName(QStringLiteral("assessorRole"));
    m_role->setPlaceholderText(tr("optional, for example Lead assessor"));
    m_organisation = new QLineEdit(Settings::assessorOrganisation(), this);
    m_organisation->setObjectName(QStringLiteral("assessorOrganisation"));
    m_organisation->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organisation:"), m_organisation);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void AssessorDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    Settings::setAssessor(m_name->text(), m_role->text(), m_organisation->text());
    QDialog::accept();
}

bool AssessorDialog::ensureKnown(QWidget* parent)
{
    if (!Settings::assessorName().trimmed().isEmpty())
        return true;
    AssessorDialog dialog(parent);
    return dialog.exec() == QDialog::Accepted;
}
