#include "ProjectOntoDialog.h"
#include "DialogSize.h"
#include "FileDialogs.h"

#include "exchange/Mapping.h"
#include "store/Project.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProjectOntoDialog::ProjectOntoDialog(const rw::Project* source, const QString& by, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
    , m_by(by)
{
    setWindowTitle(tr("Project onto Another Framework"));
    setObjectName(QStringLiteral("projectOntoDialog"));
    DialogSize::fit(this, QSize(720, 360));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("A draft assessment of another framework, made from this one through a mapping "
                        "library: a requirement is met where one equal to it or covering it is met here; "
                        "an equal one carries its answer otherwise. Every carried answer names its "
                        "sources, for review."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_mapping = fileRow(tr("&Mapping library:"), QStringLiteral("mappingPath"), false);
    m_from = fileRow(tr("Framework of &this assessment:"), QStringLiteral("fromPath"), false);
    m_to = fileRow(tr("Framework to project &onto:"), QStringLiteral("toPath"), false);
    m_output = fileRow(tr("&Draft to create:"), QStringLiteral("draftPath"), true);
    m_output->setText(QFileInfo(source->path()).dir().filePath(tr("projected-draft.readiness")));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("projectOntoProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createDraft"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectOntoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButton();
}

QLineEdit* ProjectOntoDialog::fileRow(const QString& label, const QString& name, bool save)
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(name);
    auto* browse = new QPushButton(tr("Browse..."), row);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    m_form->addRow(label, row);
    connect(edit, &QLineEdit::textChanged, this, &ProjectOntoDialog::updateButton);
    connect(browse, &QPushButton::clicked, this, [this, edit, save] {
        const QString path = save
            ? FileDialogs::saveFile(this, FileDialogs::Purpose::Projects, tr("Draft to Create"), edit->text(),
                tr("Readiness projects (*.readiness)"))
            : FileDialogs::openFile(this, FileDialogs::Purpose::Checklists, tr("Choose a Library"),
                tr("Framework and mapping libraries (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return edit;
}

void ProjectOntoDialog::updateButton()
{
    if (!m_create)
        return; // still being built
    m_create->setEnabled(!m_mapping->text().trimmed().isEmpty() && !m_from->text().trimmed().isEmpty()
        && !m_to->text().trimmed().isEmpty() && !m_output->text().trimmed().isEmpty());
}

void ProjectOntoDialog::accept()
{
    if (!m_create->isEnabled())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<rw::Mapping::Draft> draft
        = rw::Mapping::createDraft(*m_source, m_mapping->text().trimmed(), m_from->text().trimmed(),
            m_to->text().trimmed(), m_output->text().trimmed(), m_by, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!draft) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_draft = draft->path;
    m_summary = draft->summary;
    QDialog::accept();
}
