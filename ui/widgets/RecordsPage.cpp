#include "RecordsPage.h"

#include "models/RecordTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RecordsPage::RecordsPage(const QString& name, const QString& hint, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(hint, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(label, 1);
    m_add = new QPushButton(tr("&Add..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    layout->addLayout(top);
    m_view = new QTableView(this);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setAccessibleName(hint);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (onAdd)
            onAdd();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (onEdit && currentId())
            onEdit(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (onRemove && currentId())
            onRemove(currentId());
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (onEdit && currentId() && !m_readOnly)
            onEdit(currentId());
    });
    updateButtons();
}

void RecordsPage::setModel(RecordTableModel* model)
{
    m_model = model;
    m_view->setModel(model);
    if (model) {
        m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_view->horizontalHeader()->setStretchLastSection(false);
        for (int c = 1; c < model->columnCount(); ++c)
            m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecordsPage::updateButtons);
        connect(model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateButtons);
    }
    updateButtons();
}

void RecordsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

qint64 RecordsPage::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && m_model ? m_model->idAt(i.row()) : 0;
}

void RecordsPage::selectId(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void RecordsPage::updateButtons()
{
    const bool selected = currentId() != 0;
    m_add->setEnabled(!m_readOnly && m_model);
    m_edit->setEnabled(!m_readOnly && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}
