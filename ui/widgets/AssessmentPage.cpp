#include "AssessmentPage.h"

#include "scoring/Answers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>

#include "Document.h"
#include "commands/EditCommand.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace rw;

namespace {

// Commits a plain text edit when focus leaves it.
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(std::function<void()> onLeave, QObject* parent)
        : QObject(parent)
        , m_onLeave(std::move(onLeave))
    {
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onLeave();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onLeave;
};

} // namespace

AssessmentPage::AssessmentPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentPage"));
    auto* outer = new QVBoxLayout(this);
    auto* content = new QWidget(this);
    content->setMaximumWidth(960);
    outer->addWidget(content);
    outer->addStretch();
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto plain = [this](const QString& name) {
        auto* e = new QPlainTextEdit(this);
        e->setAccessibleName(name);
        e->setTabChangesFocus(true);
        e->setMaximumHeight(80);
        e->installEventFilter(new FocusOutFilter([this] { commit(); }, e));
        return e;
    };
    const auto date = [this](const QString& name) {
        auto* d = new QDateEdit(this);
        d->setAccessibleName(name);
        d->setCalendarPopup(true);
        d->setSpecialValueText(tr("not set"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setMaximumWidth(200);
        connect(d, &QDateEdit::editingFinished, this, &AssessmentPage::commit);
        return d;
    };
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_system = new QLineEdit(this);
    m_system->setAccessibleName(tr("System under assessment"));
    for (QLineEdit* e : { m_title, m_system })
        connect(e, &QLineEdit::editingFinished, this, &AssessmentPage::commit);
    m_date = date(tr("Assessment date"));
    m_team = plain(tr("Team"));
    m_scope = plain(tr("Scope"));
    m_nextReview = date(tr("Next review"));
    m_periodFrom = date(tr("Period from"));
    m_periodFrom->setObjectName(QStringLiteral("periodFrom"));
    m_periodTo = date(tr("Period to"));
    m_periodTo->setObjectName(QStringLiteral("periodTo"));
    auto* period = new QWidget(this);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_periodFrom);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    periodLayout->addWidget(m_periodTo);
    periodLayout->addStretch();
    period->setToolTip(tr("Evidence collected outside this period is pointed out on the dashboard and in the "
                          "report."));
    m_decision = new QComboBox(this);
    m_decision->setAccessibleName(tr("Decision"));
    for (const QString& key : allKeys<Decision>())
        m_decision->addItem(toLabel(*fromKey<Decision>(key)), key);
    connect(m_decision, QOverload<int>::of(&QComboBox::activated), this, &AssessmentPage::commit);
    m_conditions = plain(tr("Conditions"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&System under assessment:"), m_system);
    form->addRow(tr("Assessment &date:"), m_date);
    form->addRow(tr("&Period covered:"), period);
    form->addRow(tr("T&eam / assessors:"), m_team);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("&Next review:"), m_nextReview);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(tr("C&onditions:"), m_conditions);
    m_groups = new QWidget(this);
    m_groups->setObjectName(QStringLiteral("implementationGroups"));
    auto* groupsLayout = new QHBoxLayout(m_groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addStretch();
    m_groups->setToolTip(tr("Items of no ticked group do not apply: they leave the scores, as not applicable "
                            "items do. Every group ticked means all of them."));
    form->addRow(tr("Implementation &groups:"), m_groups);
}

void AssessmentPage::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document->project(), &Project::contentChanged, this, &AssessmentPage::refresh);
    refresh();
}

void AssessmentPage::refresh()
{
    if (!m_document)
        return;
    m_updating = true;
    const AssessmentInfo& info = m_document->project()->assessment().info;
    m_title->setText(info.title);
    m_system->setText(info.system);
    m_date->setDate(info.date.isValid() ? info.date : m_date->minimumDate());
    m_team->setPlainText(info.team);
    m_scope->setPlainText(info.scope);
    m_nextReview->setDate(info.nextReview.isValid() ? info.nextReview : m_nextReview->minimumDate());
    m_periodFrom->setDate(info.periodFrom.isValid() ? info.periodFrom : m_periodFrom->minimumDate());
    m_periodTo->setDate(info.periodTo.isValid() ? info.periodTo : m_periodTo->minimumDate());
    m_decision->setCurrentIndex(m_decision->findData(toKey(info.decision)));
    m_conditions->setPlainText(info.conditions);
    const QStringList groups = Answers::groupsOf(m_document->project()->assessment());
    QStringList shown;
    for (QCheckBox* box : std::as_const(m_groupChecks))
        shown << box->text();
    if (shown != groups) {
        qDeleteAll(m_groupChecks);
        m_groupChecks.clear();
        auto* layout = static_cast<QHBoxLayout*>(m_groups->layout());
        for (const QString& g : groups) {
            auto* box = new QCheckBox(g, m_groups);
            connect(box, &QCheckBox::toggled, this, &AssessmentPage::commit);
            layout->insertWidget(layout->count() - 1, box);
            m_groupChecks << box;
        }
    }
    for (QCheckBox* box : std::as_const(m_groupChecks)) {
        box->setChecked(
            info.implementationGroups.isEmpty() || info.implementationGroups.contains(box->text()));
        box->setEnabled(!m_document->isReadOnly());
    }
    if (auto* form = qobject_cast<QFormLayout*>(m_groups->parentWidget()->layout()))
        form->setRowVisible(m_groups, !groups.isEmpty());
    const bool editable = !m_document->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_system, m_date, m_team, m_scope,
             m_nextReview, m_decision, m_conditions, m_periodFrom, m_periodTo })
        w->setEnabled(editable);
    m_updating = false;
}

void AssessmentPage::commit()
{
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    const AssessmentInfo before = m_document->project()->assessment().info;
    AssessmentInfo after = before;
    after.title = m_title->text().trimmed();
    after.system = m_system->text().trimmed();
    after.date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
    after.team = m_team->toPlainText().trimmed();
    after.scope = m_scope->toPlainText().trimmed();
    after.nextReview = m_nextReview->date() == m_nextReview->minimumDate() ? QDate() : m_nextReview->date();
    after.periodFrom = m_periodFrom->date() == m_periodFrom->minimumDate() ? QDate() : m_periodFrom->date();
    after.periodTo = m_periodTo->date() == m_periodTo->minimumDate() ? QDate() : m_periodTo->date();
    after.decision = *fromKey<Decision>(m_decision->currentData().toString());
    after.conditions = m_conditions->toPlainText().trimmed();
    QStringList ticked;
    for (QCheckBox* box : std::as_const(m_groupChecks)) {
        if (box->isChecked())
            ticked << box->text();
    }
    after.implementationGroups = ticked.size() == m_groupChecks.size() ? QStringList() : ticked;
    if (ticked.isEmpty() && !m_groupChecks.isEmpty()) {
        refresh(); // at least one group stays in scope
        return;
    }
    if (after.title.isEmpty()) {
        m_title->setText(before.title);
        return;
    }
    if (after.title == before.title && after.system == before.system && after.date == before.date
        && after.team == before.team && after.scope == before.scope && after.nextReview == before.nextReview
        && after.decision == before.decision && after.conditions == before.conditions
        && after.implementationGroups == before.implementationGroups && after.periodFrom == before.periodFrom
        && after.periodTo == before.periodTo)
        return;
    m_document->setInfo(after);
}
