#include "ActionId.h"

#include <QAction>
#include <QMenu>

#include <array>

namespace {

constexpr std::array<const char*, int(ActionId::Count)> ObjectNames { "newProject", "openProject", "openDemo",
    "saveCopy", "saveTemplate", "importChecklist", "importResults", "projectOnto", "exportOscal",
    "exportPoam", "exportQuestionnaire", "exportCsv", "exportFindingsCsv", "exportRisksCsv", "exportKpisCsv",
    "exportReport", "verifyReport", "identities", "closeProject", "quit", "undo", "redo", "filter",
    "clearFilter", "goToItem", "adjustScore", "preferences", "setMet", "setPartial", "setUnmet",
    "setNotApplicable", "setNotAssessed", "nextItem", "previousItem", "nextUnassessed", "addEvidence",
    "addLink", "pasteImage", "presenter", "guide", "about", "aboutQt", "addDomain", "editDomain",
    "removeDomain", "domainUp", "domainDown", "addItem", "removeItem", "itemUp", "itemDown", "mergeCopy",
    "conflicts", "shareChanges", "hostWorkshop", "joinWorkshop", "leaveWorkshop" };

} // namespace

QLatin1String actionObjectName(ActionId id)
{
    return QLatin1String(ObjectNames.at(std::size_t(id)));
}

QAction* ActionRegistry::add(ActionId id, QAction* action)
{
    QAction*& slot = m_actions.at(std::size_t(id));
    Q_ASSERT_X(!slot, "ActionRegistry::add", "an action id is registered twice");
    slot = action;
    action->setObjectName(actionObjectName(id));
    return action;
}

QList<QAction*> ActionRegistry::actions(std::initializer_list<ActionId> ids) const
{
    QList<QAction*> list;
    for (ActionId id : ids)
        list << action(id);
    return list;
}

void ActionRegistry::setEnabled(std::initializer_list<ActionId> ids, bool enabled) const
{
    for (ActionId id : ids)
        action(id)->setEnabled(enabled);
}

void ActionRegistry::addTo(QMenu* menu, std::initializer_list<ActionId> ids) const
{
    for (ActionId id : ids)
        menu->addAction(action(id));
}
