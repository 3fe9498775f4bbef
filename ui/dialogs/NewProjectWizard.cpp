#include "NewProjectWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace rw;

NewProjectWizard::NewProjectWizard(const QString& folder, QWidget* parent) : QWizard(parent)
{
    setWindowTitle(tr("New Assessment"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* choose = new QWizardPage(this);
    choose->setTitle(tr("Choose a checklist"));
    choose->setSubTitle(tr("Start from a built-in template or from a template file."));
    auto* chooseLayout = new QVBoxLayout(choose);
    m_templates = new QListWidget(choose);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setAccessibleName(tr("Templates"));
    for (const QString& id : Template::builtinIds()) {
        const std::optional<Template> t = Template::builtin(id);
        if (!t)
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2 domains, %3 items)").arg(t->title).arg(t->domains.size()).arg(t->itemCount()), m_templates);
        item->setData(Qt::UserRole, id);
    }
    m_description = new QLabel(choose);
    m_description->setWordWrap(true);
    auto* fromFile = new QPushButton(tr("Use a Template &File..."), choose);
    connect(fromFile, &QPushButton::clicked, this, &NewProjectWizard::chooseTemplateFile);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewProjectWizard::templateChosen);
    chooseLayout->addWidget(m_templates);
    chooseLayout->addWidget(m_description);
    chooseLayout->addWidget(fromFile, 0, Qt::AlignLeft);
    addPage(choose);

    auto* details = new QWizardPage(this);
    details->setTitle(tr("Name the assessment"));
    details->setSubTitle(tr("The project file holds everything: answers, evidence and history."));
    auto* form = new QFormLayout(details);
    m_title = new QLineEdit(details);
    m_title->setObjectName(QStringLiteral("newTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_path = new QLineEdit(details);
    m_path->setObjectName(QStringLiteral("newPath"));
    m_path->setAccessibleName(tr("Project file"));
    m_path->setText(QDir(folder).filePath(tr("assessment.readiness")));
    auto* browse = new QPushButton(tr("&Browse..."), details);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the New Project As"), m_path->text(),
            tr("Readiness projects (*.readiness)"));
        if (!path.isEmpty())
            m_path->setText(path.endsWith(QLatin1String(".readiness")) ? path : path + QStringLiteral(".readiness"));
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Project file:"), pathRow);
    addPage(details);

    m_templates->setCurrentRow(0);
    resize(640, 460);
}

void NewProjectWizard::templateChosen()
{
    const QListWidgetItem* item = m_templates->currentItem();
    if (!item)
        return;
    const QString source = item->data(Qt::UserRole).toString();
    QString error;
    m_template = Template::load(source, &error);
    m_description->setText(m_template ? m_template->description : error);
    if (m_template && m_title)
        m_title->setText(m_template->title);
}

void NewProjectWizard::chooseTemplateFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Template File"), QString(), tr("Templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<Template> t = Template::load(path, &error);
    if (!t) {
        QMessageBox::warning(this, tr("Template Cannot Be Used"), error);
        return;
    }
    auto* item = new QListWidgetItem(tr("%1 (from %2)").arg(t->title, QFileInfo(path).fileName()), m_templates);
    item->setData(Qt::UserRole, path);
    m_templates->setCurrentItem(item);
}

QString NewProjectWizard::title() const { return m_title->text().trimmed(); }

QString NewProjectWizard::path() const
{
    const QString p = m_path->text().trimmed();
    return p.endsWith(QLatin1String(".readiness")) ? p : p + QStringLiteral(".readiness");
}

bool NewProjectWizard::validateCurrentPage()
{
    if (currentId() == 0 && !m_template) {
        QMessageBox::warning(this, tr("Choose a Template"), tr("Choose a template to start from."));
        return false;
    }
    if (currentId() == 1) {
        if (title().isEmpty()) {
            QMessageBox::warning(this, tr("Name the Assessment"), tr("The assessment needs a title."));
            return false;
        }
        if (QFileInfo::exists(path())) {
            QMessageBox::warning(this, tr("File Exists"), tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path())));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}
