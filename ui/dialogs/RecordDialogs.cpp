#include "RecordDialogs.h"
#include "DialogSize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>

using namespace rw;

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordDialogs)
};

// A dialog with a form and OK / Cancel; ok is enabled only while valid() holds.
class FormDialog : public QDialog
{
public:
    FormDialog(QWidget* parent, const QString& title)
        : QDialog(parent)
    {
        setWindowTitle(title);
        m_form = new QFormLayout(this);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    QFormLayout* form() const { return m_form; }

    template <typename W> W* add(const QString& label, W* widget)
    {
        widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_form->addRow(label, widget);
        return widget;
    }

    bool run(const std::function<bool()>& valid)
    {
        m_form->addRow(m_buttons);
        const auto check = [this, valid] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid()); };
        for (QLineEdit* e : findChildren<QLineEdit*>())
            connect(e, &QLineEdit::textChanged, this, check);
        for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
            connect(e, &QPlainTextEdit::textChanged, this, check);
        check();
        return exec() == QDialog::Accepted;
    }

private:
    QFormLayout* m_form;
    QDialogButtonBox* m_buttons;
};

QLineEdit* line(const QString& text, QWidget* parent)
{
    auto* e = new QLineEdit(text, parent);
    e->setMinimumWidth(360);
    return e;
}

QPlainTextEdit* multiline(const QString& text, QWidget* parent)
{
    auto* e = new QPlainTextEdit(text, parent);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(90);
    return e;
}

template <typename E> QComboBox* choice(E current, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    for (const QString& key : allKeys<E>()) {
        const E value = *fromKey<E>(key);
        c->addItem(toLabel(value), key);
        if (value == current)
            c->setCurrentIndex(c->count() - 1);
    }
    return c;
}

template <typename E> E chosen(const QComboBox* c)
{
    return *fromKey<E>(c->currentData().toString());
}

// An optional number: a check box that enables a spin box.
struct OptionalNumber
{
    QCheckBox* set;
    QDoubleSpinBox* value;
    std::optional<double> get() const
    {
        return set->isChecked() ? std::optional<double>(value->value()) : std::nullopt;
    }
};

OptionalNumber optionalNumber(FormDialog& d, const QString& label, const QString& checkText,
    std::optional<double> current, double min, double max, const QString& suffix)
{
    auto* row = new QWidget(&d);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    OptionalNumber n { new QCheckBox(checkText, row), new QDoubleSpinBox(row) };
    n.value->setRange(min, max);
    n.value->setDecimals(1);
    n.value->setSuffix(suffix);
    n.value->setValue(current.value_or(min));
    n.value->setEnabled(current.has_value());
    n.set->setChecked(current.has_value());
    QObject::connect(n.set, &QCheckBox::toggled, n.value, &QWidget::setEnabled);
    layout->addWidget(n.set);
    layout->addWidget(n.value, 1);
    d.add(label, row);
    n.value->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    return n;
}

} // namespace

namespace RecordDialogs {

bool editFinding(QWidget* parent, const Project& project, Finding* f)
{
    FormDialog d(parent, f->id ? Tr::tr("Edit Finding") : Tr::tr("New Finding"));
    QLineEdit* title = d.add(Tr::tr("&Title:"), line(f->title, &d));
    QPlainTextEdit* description = d.add(Tr::tr("&Description:"), multiline(f->description, &d));
    QComboBox* priority = d.add(Tr::tr("&Priority:"), choice(f->priority, &d));
    const OptionalNumber effort
        = optionalNumber(d, Tr::tr("&Effort:"), Tr::tr("Estimated"), f->effortHours, 0, 100000, Tr::tr(" h"));
    QLineEdit* owner = d.add(Tr::tr("&Owner:"), line(f->owner, &d));
    auto* due = new QDateEdit(f->dueDate.isValid() ? f->dueDate : QDate::currentDate().addDays(14), &d);
    due->setCalendarPopup(true);
    auto* hasDue = new QCheckBox(Tr::tr("Due date"), &d);
    hasDue->setChecked(f->dueDate.isValid());
    due->setEnabled(hasDue->isChecked());
    QObject::connect(hasDue, &QCheckBox::toggled, due, &QWidget::setEnabled);
    auto* dueRow = new QWidget(&d);
    auto* dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(hasDue);
    dueLayout->addWidget(due, 1);
    d.add(Tr::tr("D&ue:"), dueRow);
    QComboBox* state = d.add(Tr::tr("&State:"), choice(f->state, &d));
    auto* items = new QListWidget(&d);
    items->setMinimumHeight(160);
    for (const Domain& domain : project.assessment().domains) {
        for (const Item& i : domain.items) {
            auto* entry = new QListWidgetItem(QStringLiteral("%1  %2").arg(i.key, i.text), items);
            entry->setData(Qt::UserRole, i.key);
            entry->setCheckState(f->itemKeys.contains(i.key) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // The items it addresses, and the finding as auditors write it (criteria, cause, effect,
    // recommendation, management response, grade), side by side in tabs to keep the dialog short.
    auto* tabs = new QTabWidget(&d);
    tabs->setObjectName(QStringLiteral("findingTabs"));
    tabs->addTab(items, Tr::tr("Items"));
    auto* audit = new QWidget(tabs);
    audit->setObjectName(QStringLiteral("auditFields"));
    auto* auditForm = new QFormLayout(audit);
    auto* grade = new QComboBox(audit);
    grade->setObjectName(QStringLiteral("grade"));
    grade->addItem(Tr::tr("Not graded"), QString());
    for (const FindingGrade& g : project.assessment().findingGrades)
        grade->addItem(g.title, g.id);
    grade->setCurrentIndex(qMax(0, grade->findData(f->grade)));
    auditForm->addRow(Tr::tr("&Grade:"), grade);
    const auto auditText = [&](const QString& label, const QString& name, const QString& text) {
        QPlainTextEdit* e = multiline(text, audit);
        e->setObjectName(name);
        e->setMaximumHeight(54);
        e->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auditForm->addRow(label, e);
        return e;
    };
    QPlainTextEdit* criteria = auditText(Tr::tr("Cr&iteria:"), QStringLiteral("criteria"), f->criteria);
    QPlainTextEdit* cause = auditText(Tr::tr("&Cause:"), QStringLiteral("cause"), f->cause);
    QPlainTextEdit* effect = auditText(Tr::tr("E&ffect:"), QStringLiteral("effect"), f->effect);
    QPlainTextEdit* recommendation
        = auditText(Tr::tr("Recommendatio&n:"), QStringLiteral("recommendation"), f->recommendation);
    QPlainTextEdit* response
        = auditText(Tr::tr("Management &response:"), QStringLiteral("response"), f->response);
    QLineEdit* responseOwner = line(f->responseOwner, audit);
    responseOwner->setObjectName(QStringLiteral("responseOwner"));
    auditForm->addRow(Tr::tr("Response o&wner:"), responseOwner);
    auto* responseDate
        = new QDateEdit(f->responseDate.isValid() ? f->responseDate : QDate::currentDate(), audit);
    responseDate->setObjectName(QStringLiteral("responseDate"));
    responseDate->setCalendarPopup(true);
    auto* hasResponseDate = new QCheckBox(Tr::tr("Response date"), audit);
    hasResponseDate->setObjectName(QStringLiteral("hasResponseDate"));
    hasResponseDate->setChecked(f->responseDate.isValid());
    responseDate->setEnabled(hasResponseDate->isChecked());
    QObject::connect(hasResponseDate, &QCheckBox::toggled, responseDate, &QWidget::setEnabled);
    auditForm->addRow(hasResponseDate, responseDate);
    tabs->addTab(audit, Tr::tr("Audit Finding"));
    d.add(Tr::tr("&Addresses items:"), tabs);
    DialogSize::fit(&d, QSize(660, 640));
    if (!d.run([title] { return !title->text().trimmed().isEmpty(); }))
        return false;
    f->title = title->text().trimmed();
    f->description = description->toPlainText();
    f->priority = chosen<Priority>(priority);
    f->effortHours = effort.get();
    f->owner = owner->text().trimmed();
    f->dueDate = hasDue->isChecked() ? due->date() : QDate();
    f->state = chosen<FindingState>(state);
    f->grade = grade->currentData().toString();
    f->criteria = criteria->toPlainText().trimmed();
    f->cause = cause->toPlainText().trimmed();
    f->effect = effect->toPlainText().trimmed();
    f->recommendation = recommendation->toPlainText().trimmed();
    f->response = response->toPlainText().trimmed();
    f->responseOwner = responseOwner->text().trimmed();
    f->responseDate = hasResponseDate->isChecked() ? responseDate->date() : QDate();
    f->itemKeys.clear();
    for (int i = 0; i < items->count(); ++i) {
        if (items->item(i)->checkState() == Qt::Checked)
            f->itemKeys << items->item(i)->data(Qt::UserRole).toString();
    }
    return true;
}

bool editRisk(QWidget* parent, Risk* r)
{
    FormDialog d(parent, r->id ? Tr::tr("Edit Risk") : Tr::tr("New Risk"));
    QLineEdit* title = d.add(Tr::tr("&Risk:"), line(r->title, &d));
    QComboBox* category = d.add(Tr::tr("&Category:"), choice(r->category, &d));
    auto* probability = d.add(Tr::tr("&Probability (1-5):"), new QSpinBox(&d));
    probability->setRange(1, 5);
    probability->setValue(r->probability);
    auto* impact = d.add(Tr::tr("&Impact (1-5):"), new QSpinBox(&d));
    impact->setRange(1, 5);
    impact->setValue(r->impact);
    QPlainTextEdit* mitigation = d.add(Tr::tr("&Mitigation:"), multiline(r->mitigation, &d));
    QLineEdit* owner = d.add(Tr::tr("&Owner:"), line(r->owner, &d));
    QComboBox* state = d.add(Tr::tr("&State:"), choice(r->state, &d));
    if (!d.run([title] { return !title->text().trimmed().isEmpty(); }))
        return false;
    r->title = title->text().trimmed();
    r->category = chosen<RiskCategory>(category);
    r->probability = probability->value();
    r->impact = impact->value();
    r->mitigation = mitigation->toPlainText();
    r->owner = owner->text().trimmed();
    r->state = chosen<RiskState>(state);
    return true;
}

bool editKpi(QWidget* parent, Kpi* k)
{
    FormDialog d(parent, k->id ? Tr::tr("Edit KPI") : Tr::tr("New KPI"));
    QLineEdit* name = d.add(Tr::tr("&Name:"), line(k->name, &d));
    QLineEdit* unit = d.add(Tr::tr("&Unit:"), line(k->unit, &d));
    auto* comparator = d.add(Tr::tr("&Passes when actual is:"), new QComboBox(&d));
    comparator->addItem(Tr::tr("at least the target (>=)"), toKey(Comparator::AtLeast));
    comparator->addItem(Tr::tr("at most the target (<=)"), toKey(Comparator::AtMost));
    comparator->addItem(Tr::tr("equal to the target (=)"), toKey(Comparator::Equal));
    comparator->setCurrentIndex(comparator->findData(toKey(k->comparator)));
    auto* target = d.add(Tr::tr("&Target:"), new QDoubleSpinBox(&d));
    target->setRange(-1e12, 1e12);
    target->setDecimals(3);
    target->setValue(k->target);
    const OptionalNumber actual
        = optionalNumber(d, Tr::tr("&Actual:"), Tr::tr("Measured"), k->actual, -1e12, 1e12, QString());
    actual.value->setDecimals(3);
    if (!d.run([name] { return !name->text().trimmed().isEmpty(); }))
        return false;
    k->name = name->text().trimmed();
    k->unit = unit->text().trimmed();
    k->comparator = *fromKey<Comparator>(comparator->currentData().toString());
    k->target = target->value();
    k->actual = actual.get();
    return true;
}

bool editSignOff(QWidget* parent, SignOff* s)
{
    FormDialog d(parent, s->id ? Tr::tr("Edit Sign-off") : Tr::tr("New Sign-off"));
    QLineEdit* name = d.add(Tr::tr("&Name:"), line(s->name, &d));
    QLineEdit* role = d.add(Tr::tr("&Role:"), line(s->role, &d));
    QComboBox* decision = d.add(Tr::tr("&Decision:"), choice(s->decision, &d));
    QPlainTextEdit* conditions = d.add(Tr::tr("&Conditions:"), multiline(s->conditions, &d));
    if (!d.run([name] { return !name->text().trimmed().isEmpty(); }))
        return false;
    s->name = name->text().trimmed();
    s->role = role->text().trimmed();
    s->decision = chosen<Decision>(decision);
    s->conditions = conditions->toPlainText();
    return true;
}

bool editDomain(QWidget* parent, Domain* domain)
{
    FormDialog d(parent, domain->id ? Tr::tr("Edit Domain") : Tr::tr("New Domain"));
    QLineEdit* title = d.add(Tr::tr("&Title:"), line(domain->title, &d));
    QPlainTextEdit* description = d.add(Tr::tr("&Description:"), multiline(domain->description, &d));
    const OptionalNumber weight
        = optionalNumber(d, Tr::tr("&Weight:"), Tr::tr("Set"), domain->weight, 0, 100000, Tr::tr(" %"));
    weight.set->setToolTip(Tr::tr("Without a weight, the domain weighs its possible points."));
    const OptionalNumber target
        = optionalNumber(d, Tr::tr("T&arget:"), Tr::tr("Set"), domain->target, 0, 100, Tr::tr(" %"));
    if (!d.run([title] { return !title->text().trimmed().isEmpty(); }))
        return false;
    domain->title = title->text().trimmed();
    domain->description = description->toPlainText();
    domain->weight = weight.get();
    domain->target = target.get();
    return true;
}

bool editNewItem(QWidget* parent, Item* item)
{
    FormDialog d(parent, Tr::tr("New Item"));
    QPlainTextEdit* text = d.add(Tr::tr("&Item:"), multiline(item->text, &d));
    QPlainTextEdit* guidance = d.add(Tr::tr("&Guidance:"), multiline(item->guidance, &d));
    auto* points = d.add(Tr::tr("&Points:"), new QDoubleSpinBox(&d));
    points->setRange(0.01, 1000000);
    points->setValue(item->points);
    auto* blocker
        = d.add(QString(), new QCheckBox(Tr::tr("&Blocker: not ready while this item is not met"), &d));
    blocker->setChecked(item->blocker);
    DialogSize::fit(&d, QSize(560, 320));
    if (!d.run([text] { return !text->toPlainText().trimmed().isEmpty(); }))
        return false;
    item->text = text->toPlainText().trimmed();
    item->guidance = guidance->toPlainText().trimmed();
    item->points = points->value();
    item->blocker = blocker->isChecked();
    return true;
}

bool editLink(QWidget* parent, Evidence* link)
{
    FormDialog d(parent, Tr::tr("Add Link as Evidence"));
    QLineEdit* url = d.add(Tr::tr("&Address:"), line(link->url, &d));
    url->setPlaceholderText(Tr::tr("https://wiki.example.com/runbooks/checkout"));
    QLineEdit* name = d.add(Tr::tr("&Name:"), line(link->name, &d));
    QLineEdit* caption = d.add(Tr::tr("&Caption:"), line(link->caption, &d));
    const auto valid = [url] {
        const QUrl u = QUrl::fromUserInput(url->text().trimmed());
        return u.isValid() && !u.scheme().isEmpty() && !url->text().trimmed().isEmpty();
    };
    if (!d.run(valid))
        return false;
    link->url = QUrl::fromUserInput(url->text().trimmed()).toString();
    link->name = name->text().trimmed().isEmpty() ? link->url : name->text().trimmed();
    link->caption = caption->text().trimmed();
    return true;
}

} // namespace RecordDialogs
