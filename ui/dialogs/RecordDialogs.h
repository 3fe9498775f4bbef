#pragma once

// The small editors of the workbench: each shows a form for one record, filled from *record, and on OK
// writes the values back. They return false when cancelled; they never touch the project themselves.

#include "store/Project.h"

class QWidget;

namespace RecordDialogs {

bool editFinding(QWidget* parent, const rw::Project& project, rw::Finding* finding);
bool editRisk(QWidget* parent, rw::Risk* risk);
bool editKpi(QWidget* parent, rw::Kpi* kpi);
bool editSignOff(QWidget* parent, rw::SignOff* signOff);
bool editDomain(QWidget* parent, rw::Domain* domain);
bool editNewItem(QWidget* parent, rw::Item* item);
bool editLink(QWidget* parent, rw::Evidence* link);

} // namespace RecordDialogs
