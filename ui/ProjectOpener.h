#pragma once

// Opens a project for the GUI and explains every failure in a dialog: not a project, truncated, newer
// version, open elsewhere (with an offer to open it read-only), and so on. The file is never changed
// by a failed open.

#include "store/Project.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

class ProjectOpener
{
    Q_DECLARE_TR_FUNCTIONS(ProjectOpener)

public:
    static std::unique_ptr<rw::Project> open(QWidget* parent, const QString& path);
};
