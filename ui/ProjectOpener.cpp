#include "ProjectOpener.h"

#include "dialogs/FileDialogs.h"
#include "dialogs/NewProjectWizard.h"
#include "store/DemoProject.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

std::unique_ptr<rw::Project> ProjectOpener::open(QWidget* parent, const QString& path)
{
    rw::ProjectError error;
    std::unique_ptr<rw::Project> project
        = rw::Project::open(path, rw::ProjectFile::Access::ReadWrite, &error);
    if (!project && error.kind == rw::ProjectError::Kind::Locked) {
        QMessageBox box(
            QMessageBox::Warning, tr("Project already open"), error.message, QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("lockedProjectDialog"));
        QPushButton* readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return nullptr;
        project = rw::Project::open(path, rw::ProjectFile::Access::ReadOnly, &error);
    }
    if (!project) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open project"),
            tr("%1 cannot be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("openErrorDialog"));
        box.setInformativeText(error.message);
        box.exec();
    }
    return project;
}

std::unique_ptr<rw::Project> ProjectOpener::choose(QWidget* parent)
{
    const QString path = FileDialogs::openFile(parent, FileDialogs::Purpose::Projects, tr("Open Project"),
        tr("Readiness projects (*.readiness);;All files (*)"));
    return path.isEmpty() ? nullptr : open(parent, path);
}

std::unique_ptr<rw::Project> ProjectOpener::demo(QWidget* parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.readiness"));
    if (!QFileInfo::exists(path)) {
        rw::ProjectError error;
        if (!rw::DemoProject::create(path, &error)) {
            QMessageBox::warning(parent, tr("Readiness Workbench"), error.message);
            return nullptr;
        }
    }
    return open(parent, path);
}

std::unique_ptr<rw::Project> ProjectOpener::create(QWidget* parent, const QString& checklistPath)
{
    NewProjectWizard wizard(FileDialogs::folder(FileDialogs::Purpose::Projects), parent);
    if (!checklistPath.isEmpty() && !wizard.addTemplateFile(checklistPath)) {
        if (!wizard.error().isEmpty())
            QMessageBox::warning(parent, tr("Readiness Workbench"), wizard.error());
        return nullptr;
    }
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    return wizard.takeProject();
}
