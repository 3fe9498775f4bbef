#include "NewProjectWizard.h"
#include "DialogSize.h"
#include "app/Language.h"

#include "AssessorDialog.h"
#include "FileDialogs.h"
#include "PreferencesDialog.h"
#include "exchange/Import.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace rw;

NewProjectWizard::NewProjectWizard(const QString& folder, QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New Assessment"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto* choose = new QWizardPage(this);
    choose->setTitle(tr("Choose a checklist"));
    choose->setSubTitle(
        tr("Start from a built-in template, or from a checklist file: a template, an OSCAL catalog or "
           "profile, a Well-Architected lens, a framework library (YAML), a questionnaire or a CSV file."));
    auto* chooseLayout = new QVBoxLayout(choose);
    m_templates = new QListWidget(choose);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setAccessibleName(tr("Templates"));
    m_templates->setWordWrap(true);
    m_templates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QString& id : Template::builtinIds()) {
        const std::optional<Template> t = Template::builtin(id);
        if (!t)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 (%2 domains, %3 items)").arg(t->title).arg(t->domains.size()).arg(t->itemCount()),
            m_templates);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, -1);
    }
    m_description = new QLabel(choose);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    // What the checklist holds, before anything is created.
    m_preview = new QTreeWidget(choose);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Domains of the chosen checklist"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({ tr("Domain"), tr("Items") });
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* fromFile = new QPushButton(tr("Use a Checklist &File..."), choose);
    fromFile->setObjectName(QStringLiteral("templateFile"));
    connect(fromFile, &QPushButton::clicked, this, &NewProjectWizard::chooseTemplateFile);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewProjectWizard::templateChosen);
    chooseLayout->addWidget(m_templates, 2);
    chooseLayout->addWidget(m_description);
    chooseLayout->addWidget(m_preview, 3);
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
    m_folder = folder;
    m_path->setText(QDir(folder).filePath(tr("assessment") + QStringLiteral(".readiness")));
    // The file is named after the title until the user names it.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& title) {
        if (!m_pathChosen)
            m_path->setText(QDir(m_folder).filePath(
                FileDialogs::fileNameFor(title, tr("assessment")) + QStringLiteral(".readiness")));
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    auto* browse = new QPushButton(tr("&Browse..."), details);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Projects,
            tr("Save the New Project As"), m_path->text(), tr("Readiness projects (*.readiness)"));
        if (path.isEmpty())
            return;
        m_pathChosen = true;
        m_path->setText(
            path.endsWith(QLatin1String(".readiness")) ? path : path + QStringLiteral(".readiness"));
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Title:"), m_title);
    auto* pathLabel = new QLabel(tr("&Project file:"), details);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_createError = new QLabel(details);
    m_createError->setObjectName(QStringLiteral("createError"));
    m_createError->setWordWrap(true);
    m_createError->setTextFormat(Qt::PlainText);
    m_createError->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_createError->hide();
    form->addRow(m_createError);
    connect(m_title, &QLineEdit::textChanged, m_createError, &QWidget::hide);
    connect(m_path, &QLineEdit::textChanged, m_createError, &QWidget::hide);
    addPage(details);

    m_templates->setCurrentRow(0);
    DialogSize::fit(this, QSize(720, 600));
}

void NewProjectWizard::templateChosen()
{
    const QListWidgetItem* item = m_templates->currentItem();
    if (!item)
        return;
    const int loaded = item->data(Qt::UserRole + 1).toInt();
    QString error;
    m_template = loaded >= 0 && loaded < m_loaded.size()
        ? std::optional<Template>(m_loaded.at(loaded))
        : Template::load(item->data(Qt::UserRole).toString(), &error);
    m_description->setText(m_template ? m_template->description : error);
    m_preview->clear();
    if (m_template) {
        for (const TemplateDomain& d : m_template->domains) {
            auto* row = new QTreeWidgetItem(m_preview, { d.title, QString::number(d.items.size()) });
            row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            row->setToolTip(0, d.description);
        }
    }
    if (m_template && m_title)
        m_title->setText(m_template->title);
}

void NewProjectWizard::chooseTemplateFile()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Checklists,
        tr("Choose a Checklist File"), tr("Checklists (*.json *.yaml *.yml *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!addTemplateFile(path)) {
        // Said on the page itself; the list and the choice stay as they were.
        m_description->setText(m_error);
    }
}

std::optional<QStringList> NewProjectWizard::askGroups(const QStringList& groups, const QString& source)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Implementation Groups"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(
        tr("%1 sorts its requirements into implementation groups. Which groups does this assessment cover? "
           "Requirements in no group are always included.")
            .arg(source),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QVector<QCheckBox*> boxes;
    for (const QString& g : groups) {
        auto* box = new QCheckBox(g, &dialog);
        box->setChecked(true);
        boxes << box;
        layout->addWidget(box);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList chosen;
    for (QCheckBox* box : boxes) {
        if (box->isChecked())
            chosen << box->text();
    }
    // All groups chosen is the same as no choice: every requirement.
    return chosen.size() == groups.size() ? QStringList() : chosen;
}

bool NewProjectWizard::addTemplateFile(const QString& path, const QStringList* groups)
{
    m_error.clear();
    const QString source = QFileInfo(path).fileName();
    ImportOptions options;
    // A framework library that has the workbench's language is read in it.
    options.preferLanguage = Language::interfaceLanguage();
    if (groups) {
        options.implementationGroups = *groups;
    } else if (path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024 * 1024) {
            const QStringList known = Import::frameworkGroups(file.readAll());
            if (known.size() > 1) {
                const std::optional<QStringList> chosen = askGroups(known, source);
                if (!chosen) {
                    m_error = tr("Not read: no implementation groups were chosen.");
                    return false;
                }
                options.implementationGroups = *chosen;
            }
        }
    }

    // Read in the background; a large catalog shows a progress dialog that can cancel.
    struct Outcome
    {
        std::optional<Template> t;
        QString error;
    };
    QFutureWatcher<Outcome> watcher;
    QProgressDialog progress(tr("Reading %1...").arg(source), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Reading a Checklist"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, options] {
        Outcome o;
        o.t = Template::load(path, &o.error, options);
        return o;
    }));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished()) {
        // Cancelled: the reading finishes on its own and its result is dropped.
        m_error = tr("Reading %1 was cancelled.").arg(source);
        watcher.waitForFinished();
        return false;
    }
    progress.reset();
    const Outcome outcome = watcher.result();
    if (!outcome.t) {
        m_error = outcome.error;
        return false;
    }
    m_loaded.append(*outcome.t);
    auto* item = new QListWidgetItem(tr("%1 (%2 domains, %3 items, from %4)")
                                         .arg(outcome.t->title)
                                         .arg(outcome.t->domains.size())
                                         .arg(outcome.t->itemCount())
                                         .arg(source),
        m_templates);
    item->setData(Qt::UserRole, path);
    item->setData(Qt::UserRole + 1, int(m_loaded.size() - 1));
    m_templates->setCurrentItem(item);
    return true;
}

QString NewProjectWizard::title() const
{
    return m_title->text().trimmed();
}

QString NewProjectWizard::path() const
{
    const QString p = m_path->text().trimmed();
    return p.endsWith(QLatin1String(".readiness")) ? p : p + QStringLiteral(".readiness");
}

NewProjectWizard::~NewProjectWizard() = default;

QString NewProjectWizard::createError() const
{
    return m_createError->isHidden() ? QString() : m_createError->text();
}

void NewProjectWizard::showCreateError(const QString& message)
{
    m_createError->setText(message);
    m_createError->show();
}

bool NewProjectWizard::validateCurrentPage()
{
    if (currentId() == 0 && !m_template) {
        QMessageBox::warning(this, tr("Choose a Template"), tr("Choose a template to start from."));
        return false;
    }
    if (currentId() == 1) {
        if (title().isEmpty()) {
            showCreateError(tr("The assessment needs a title."));
            m_title->setFocus();
            return false;
        }
        if (QFileInfo::exists(path())) {
            showCreateError(
                tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path())));
            m_path->setFocus();
            return false;
        }
        // The project is created here, so that a failure keeps the wizard open with every choice in it.
        if (!AssessorDialog::ensureKnown(this))
            return false;
        const QString folder = QFileInfo(path()).absolutePath();
        if (!QDir().mkpath(folder)) {
            showCreateError(tr("The folder %1 cannot be created; choose another place.")
                                .arg(QDir::toNativeSeparators(folder)));
            m_path->setFocus();
            return false;
        }
        ProjectError error;
        m_created = Project::create(path(), *m_template, title(), Settings::assessorName(), &error);
        if (!m_created) {
            showCreateError(error.message);
            m_path->setFocus();
            return false;
        }
        FileDialogs::remember(FileDialogs::Purpose::Projects, path());
    }
    return QWizard::validateCurrentPage();
}

std::unique_ptr<Project> NewProjectWizard::takeProject()
{
    return std::move(m_created);
}
