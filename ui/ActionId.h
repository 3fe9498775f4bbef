#pragma once

// Every action of the workbench window has one identity: a value of ActionId. The window keeps its
// actions in an array indexed by it, so two actions can never share a name, menus and tests ask for an
// action by its id, and the presenter reuses the very actions the main window has.

#include <QLatin1String>
#include <QList>

#include <array>
#include <initializer_list>

class QAction;
class QMenu;

enum class ActionId {
    NewProject,
    OpenProject,
    OpenDemo,
    SaveCopy,
    NextCycle,
    SaveTemplate,
    ImportChecklist,
    ImportResults,
    ProjectOnto,
    ExportOscal,
    ExportPoam,
    ExportQuestionnaire,
    ExportCsv,
    ExportFindingsCsv,
    ExportRisksCsv,
    ExportKpisCsv,
    ExportReport,
    VerifyReport,
    Identities,
    CloseProject,
    Quit,
    Undo,
    Redo,
    Filter,
    ClearFilter,
    GoToItem,
    AdjustScore,
    Preferences,
    SetMet,
    SetPartial,
    SetUnmet,
    SetNotApplicable,
    SetNotAssessed,
    NextItem,
    PreviousItem,
    NextUnassessed,
    AddEvidence,
    AddLink,
    PasteImage,
    Presenter,
    Guide,
    About,
    AboutQt,
    AddDomain,
    EditDomain,
    RemoveDomain,
    DomainUp,
    DomainDown,
    AddItem,
    RemoveItem,
    ItemUp,
    ItemDown,
    MergeCopy,
    Conflicts,
    ShareChanges,
    HostWorkshop,
    JoinWorkshop,
    LeaveWorkshop,
    Count
};

// The action's object name (for accessibility tools and test output); unique by construction.
QLatin1String actionObjectName(ActionId id);

// The window's actions, one per id: menus, the presenter and tests ask for them by id.
class ActionRegistry
{
public:
    // Keeps action under id and names it; an id is registered once.
    QAction* add(ActionId id, QAction* action);
    QAction* action(ActionId id) const { return m_actions.at(std::size_t(id)); }
    QList<QAction*> actions(std::initializer_list<ActionId> ids) const;
    void setEnabled(std::initializer_list<ActionId> ids, bool enabled) const;
    void addTo(QMenu* menu, std::initializer_list<ActionId> ids) const;

private:
    std::array<QAction*, std::size_t(ActionId::Count)> m_actions {};
};
