#pragma once

// The one generic command: a value of some part of the project changes from before to after, through a
// setter that writes it (as Tiled's ChangeValue<Object, Value>). Moving an item is a ChangeValue<int>
// of its position, editing a domain a ChangeValue<Domain>, the assessment's details a
// ChangeValue<AssessmentInfo>. Commands with the same id and target merge, so that typing in one
// field is one undo step.

#include "EditCommand.h"

#include <functional>

template <typename Value> class ChangeValue : public EditCommand
{
public:
    using Setter = std::function<rw::ProjectError(rw::Project&, const Value&)>;

    ChangeValue(const QString& text, Value before, Value after, Setter set, CommandId id = CommandId::None,
        const QString& target = QString())
        : EditCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_set(std::move(set))
        , m_id(id)
        , m_target(target)
    {
    }

    int id() const override { return int(m_id); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValue<Value>*>(other);
        if (!next || m_id == CommandId::None || next->m_target != m_target)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    rw::ProjectError doRedo() override { return m_set(*project(), m_after); }
    rw::ProjectError doUndo() override { return m_set(*project(), m_before); }

private:
    Value m_before;
    Value m_after;
    Setter m_set;
    CommandId m_id;
    QString m_target;
};
