#pragma once

// Opens and creates projects for the GUI and explains every failure in a dialog: not a project,
// truncated, newer version, open elsewhere (with an offer to open it read-only), and so on. The file is
// never changed by a failed open. Each returns the open project, or nullptr when cancelled or failed.

#include "store/Project.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

class ProjectOpener
{
    Q_DECLARE_TR_FUNCTIONS(ProjectOpener)

public:
    static std::unique_ptr<rw::Project> open(QWidget* parent, const QString& path);
    // File > Open: asks which file first.
    static std::unique_ptr<rw::Project> choose(QWidget* parent);
    // The demo project in the application data folder, made the first time.
    static std::unique_ptr<rw::Project> demo(QWidget* parent);
    // The New Assessment wizard; with a checklist file, on that checklist (File > Import Checklist).
    static std::unique_ptr<rw::Project> create(QWidget* parent, const QString& checklistPath = QString());
};
