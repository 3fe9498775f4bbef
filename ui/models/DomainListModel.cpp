#include "DomainListModel.h"

#include "exchange/Template.h"

#include "Document.h"

#include <QLocale>

using namespace rw;

DomainListModel::DomainListModel(Document* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    Project* project = document->project();
    connect(project, &Project::scoresChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    });
    connect(project, &Project::checklistChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(project, &Project::domainChanged, this, [this](int domain) {
        if (domain < rowCount())
            emit dataChanged(index(domain), index(domain));
    });
}

int DomainListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->project()->scores().domains().size();
}

QVariant DomainListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project* project = m_document->project();
    const DomainScore& d = project->scores().domains().at(index.row());
    const Bands& bands = project->assessment().bands;
    const ScoreLabel label = Scoring::label(d.score(), bands);
    switch (role) {
    case Qt::DisplayRole:
        return Template::displayText(d.title);
    case KeyRole:
        return d.key;
    case ScoreRole:
        return d.score() ? QVariant(*d.score()) : QVariant();
    case DisplayScoreRole:
        return label.display ? QVariant(*label.display) : QVariant();
    case RatingRole:
        return Template::displayText(label.rating);
    case RatingIndexRole:
        for (int i = 0; i < bands.ratings.size(); ++i) {
            if (bands.ratings.at(i).label == label.rating)
                return i;
        }
        return -1;
    case WeightTextRole:
        return d.weightFromTemplate ? tr("weight %1 %").arg(QLocale().toString(d.weight, 'g', 4))
                                    : tr("%1 points").arg(QLocale().toString(d.weight, 'g', 6));
    case TargetRole:
        return d.target ? QVariant(*d.target) : QVariant();
    case MeetsTargetRole: {
        const std::optional<bool> meets = Scoring::meetsTarget(d);
        return meets ? QVariant(*meets) : QVariant();
    }
    case AssessedRole:
        return d.assessedFraction();
    case AssessedTextRole:
        return tr("%1 of %2 assessed").arg(d.assessed).arg(d.items);
    case AdjustedRole:
        return d.adjusted.has_value();
    case BlockersRole:
        return d.unmetBlockers;
    case NotStartedRole:
        return d.isNotStarted();
    case Qt::ToolTipRole: {
        QStringList lines { Template::displayText(d.title) };
        lines << (label.display
                ? tr("Score %1 % (%2)").arg(*label.display).arg(Template::displayText(label.rating))
                : d.isNotStarted() ? tr("Not started: no item assessed yet")
                                   : tr("Not scored yet"));
        if (d.adjusted)
            lines << tr("Adjusted from %1: %2")
                         .arg(d.computed ? tr("%1 %").arg(Scoring::displayed(*d.computed)) : tr("no score"),
                             d.adjustmentReason);
        if (d.target)
            lines << tr("Target %1 %").arg(*d.target);
        lines << tr("%1 of %2 items assessed").arg(d.assessed).arg(d.items);
        if (d.unmetBlockers)
            lines << tr("%n unmet blocker(s)", nullptr, d.unmetBlockers);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(Template::displayText(d.title),
                label.display
                    ? tr("%1 percent, %2").arg(*label.display).arg(Template::displayText(label.rating))
                    : d.isNotStarted() ? tr("not started")
                                       : tr("not scored"),
                tr("%1 of %2 assessed").arg(d.assessed).arg(d.items));
    default:
        return {};
    }
}
