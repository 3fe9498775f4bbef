#include "RecordTableModel.h"

#include "report/ReportText.h"

#include "Document.h"

#include <QLocale>

using namespace rw;

RecordTableModel::RecordTableModel(Document* document, Project::Record kind, std::function<int()> count,
    std::function<qint64(int)> idAt, QVector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_count(std::move(count))
    , m_idAt(std::move(idAt))
    , m_columns(std::move(columns))
{
    m_ids = currentIds();
    connect(
        document->project(), &Project::recordChanged, this, [this, kind](Project::Record changed, qint64 id) {
            if (changed == kind)
                onRecordChanged(id);
        });
    // Records name items; a removed or restored item changes what they show, not which rows there are.
    connect(document->project(), &Project::checklistChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, columnCount() - 1));
    });
}

QVector<qint64> RecordTableModel::currentIds() const
{
    QVector<qint64> ids;
    const int n = m_count();
    ids.reserve(n);
    for (int row = 0; row < n; ++row)
        ids.append(m_idAt(row));
    return ids;
}

void RecordTableModel::onRecordChanged(qint64 id)
{
    const QVector<qint64> now = currentIds();
    const int was = int(m_ids.indexOf(id));
    const int is = int(now.indexOf(id));
    QVector<qint64> expected = m_ids;
    if (was >= 0 && is >= 0 && now == m_ids) {
        emit dataChanged(index(is, 0), index(is, columnCount() - 1));
        return;
    }
    if (was < 0 && is >= 0) {
        expected.insert(is, id);
        if (expected == now) {
            beginInsertRows({}, is, is);
            m_ids = now;
            endInsertRows();
            return;
        }
    } else if (was >= 0 && is < 0) {
        expected.removeAt(was);
        if (expected == now) {
            beginRemoveRows({}, was, was);
            m_ids = now;
            endRemoveRows();
            return;
        }
    }
    beginResetModel(); // a change this model cannot say row by row (a sign-off that moved in time)
    m_ids = now;
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns.size();
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Rows are the view's (m_ids); the record is found by id in the project, which may already hold
    // the change a signal is about to announce.
    const qint64 id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const int n = m_count();
    for (int row = 0; row < n; ++row) {
        if (m_idAt(row) == id)
            return m_columns.at(index.column()).data(row, role);
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_columns.size())
        return m_columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

int RecordTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

namespace {

QString number(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'g', 6) : QString();
}

// A column that shows text and right-aligns numbers.
RecordTableModel::Column text(const QString& title, std::function<QString(int)> value, bool numeric = false)
{
    return { title, [value = std::move(value), numeric](int row, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return value(row);
                if (role == Qt::TextAlignmentRole && numeric)
                    return int(Qt::AlignRight | Qt::AlignVCenter);
                return {};
            } };
}

} // namespace

RecordTableModel* RecordTableModel::findings(Document* document, QObject* parent)
{
    Project* p = document->project();
    const auto at = [p](int row) -> const Finding& { return p->assessment().findings.at(row); };
    return new RecordTableModel(
        document, Project::Record::Finding, [p] { return int(p->assessment().findings.size()); },
        [at](int row) { return at(row).id; },
        { text(tr("ID"), [at](int r) { return at(r).reference(); }),
            text(tr("Finding"), [at](int r) { return at(r).title; }),
            text(tr("Priority"), [at](int r) { return toLabel(at(r).priority); }),
            text(
                tr("Effort (h)"), [at](int r) { return number(at(r).effortHours); }, true),
            text(tr("Owner"), [at](int r) { return at(r).owner; }),
            text(tr("Due"), [at](int r) { return QLocale().toString(at(r).dueDate, QLocale::ShortFormat); }),
            text(tr("State"), [at](int r) { return toLabel(at(r).state); }),
            text(tr("Items"), [at](int r) { return at(r).itemKeys.join(QStringLiteral(", ")); }) },
        parent);
}

RecordTableModel* RecordTableModel::risks(Document* document, QObject* parent)
{
    Project* p = document->project();
    const auto at = [p](int row) -> const Risk& { return p->assessment().risks.at(row); };
    return new RecordTableModel(
        document, Project::Record::Risk, [p] { return int(p->assessment().risks.size()); },
        [at](int row) { return at(row).id; },
        { text(tr("Risk"), [at](int r) { return at(r).title; }),
            text(tr("Category"), [at](int r) { return toLabel(at(r).category); }),
            text(
                tr("Probability"), [at](int r) { return QString::number(at(r).probability); }, true),
            text(
                tr("Impact"), [at](int r) { return QString::number(at(r).impact); }, true),
            text(
                tr("Severity"), [at](int r) { return QString::number(at(r).severity()); }, true),
            text(tr("Mitigation"), [at](int r) { return at(r).mitigation; }),
            text(tr("Owner"), [at](int r) { return at(r).owner; }),
            text(tr("State"), [at](int r) { return toLabel(at(r).state); }) },
        parent);
}

RecordTableModel* RecordTableModel::kpis(Document* document, QObject* parent)
{
    Project* p = document->project();
    const auto at = [p](int row) -> const Kpi& { return p->assessment().kpis.at(row); };
    return new RecordTableModel(
        document, Project::Record::Kpi, [p] { return int(p->assessment().kpis.size()); },
        [at](int row) { return at(row).id; },
        { text(tr("KPI"), [at](int r) { return at(r).name; }),
            text(tr("Target"),
                [at](int r) {
                    return QStringLiteral("%1 %2 %3")
                        .arg(ReportText::comparator(at(r).comparator), number(at(r).target), at(r).unit)
                        .trimmed();
                }),
            text(tr("Actual"),
                [at](int r) {
                    return at(r).actual
                        ? QStringLiteral("%1 %2").arg(number(at(r).actual), at(r).unit).trimmed()
                        : tr("not measured");
                }),
            text(tr("Result"),
                [at](int r) {
                    const std::optional<bool> passes = at(r).passes();
                    return passes ? (*passes ? tr("Pass") : tr("Fail")) : tr("–");
                }) },
        parent);
}

RecordTableModel* RecordTableModel::signOffs(Document* document, QObject* parent)
{
    Project* p = document->project();
    const auto at = [p](int row) -> const SignOff& { return p->assessment().signOffs.at(row); };
    // Whether each decision saw every change the project holds now: worked out from the log once after
    // each change, when the table is next painted.
    auto changes = std::make_shared<std::optional<QHash<QString, int>>>();
    const auto unseen = [p, changes](const SignOff& s) {
        if (!*changes)
            *changes = p->signOffChanges();
        return (*changes)->value(s.uuid);
    };
    auto* model = new RecordTableModel(
        document, Project::Record::SignOff, [p] { return int(p->assessment().signOffs.size()); },
        [at](int row) { return at(row).id; },
        { text(tr("Name"), [at](int r) { return at(r).name; }),
            text(tr("Role"), [at](int r) { return at(r).role; }),
            text(tr("Decision"), [at](int r) { return toLabel(at(r).decision); }),
            text(tr("Conditions"), [at](int r) { return at(r).conditions; }),
            text(tr("Time"),
                [at](int r) {
                    return QLocale().toString(at(r).signedAt.toLocalTime(), QLocale::ShortFormat);
                }),
            text(tr("Approved state"),
                [at, unseen](int r) {
                    if (at(r).auditHead.isEmpty())
                        return QString();
                    const int n = unseen(at(r));
                    return n == 0 ? tr("Current") : tr("Stale: %n change(s) it did not see", nullptr, n);
                }) },
        parent);
    const auto forget = [changes] { changes->reset(); };
    connect(p, &Project::contentChanged, model, forget);
    connect(p, &Project::itemChanged, model, forget);
    connect(p, &Project::checklistChanged, model, forget);
    return model;
}
