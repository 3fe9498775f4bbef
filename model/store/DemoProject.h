#pragma once

// The demo project: the production-readiness template filled in as a real team would have it, with
// notes, evidence, findings, risks, KPIs, an adjustment, a sign-off and a milestone, so that a newcomer
// sees a whole assessment. Built through Project's own calls from resources/demo/demo.json.

#include "ProjectError.h"

#include <memory>

namespace rw {

class Project;

namespace DemoProject {

std::unique_ptr<Project> create(const QString& path, ProjectError* error);

} // namespace DemoProject

} // namespace rw
