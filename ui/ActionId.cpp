#include "ActionId.h"

#include <array>

namespace {

constexpr std::array<const char*, int(ActionId::Count)> ObjectNames { "newProject", "openProject", "openDemo",
    "saveCopy", "saveTemplate", "importChecklist", "exportOscal", "exportCsv", "exportFindingsCsv",
    "exportRisksCsv", "exportKpisCsv", "exportReport", "verifyReport", "identities", "closeProject", "quit",
    "undo", "redo", "filter", "clearFilter", "goToItem", "adjustScore", "preferences", "setMet", "setPartial",
    "setUnmet", "setNotApplicable", "setNotAssessed", "nextItem", "previousItem", "nextUnassessed",
    "addEvidence", "addLink", "pasteImage", "presenter", "guide", "about", "aboutQt", "addDomain",
    "editDomain", "removeDomain", "domainUp", "domainDown", "addItem", "removeItem", "itemUp", "itemDown" };

} // namespace

QLatin1String actionObjectName(ActionId id)
{
    return QLatin1String(ObjectNames.at(std::size_t(id)));
}
