#include "ProjectOpener.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

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
