#pragma once

// The domains with their live scores, for the domain navigator: title, score, rating, weight, target and
// how much has been assessed, all from the shared scoreboard.

#include <QAbstractListModel>

class Document;

class DomainListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ScoreRole, // double (as reported, adjusted when adjusted), invalid when not scored
        DisplayScoreRole, // int, the whole percent shown
        RatingRole,
        RatingIndexRole, // 0 best band ... ; -1 not scored
        WeightTextRole,
        TargetRole, // double or invalid
        MeetsTargetRole, // bool or invalid
        AssessedRole, // double 0..1
        AssessedTextRole,
        AdjustedRole,
        BlockersRole,
        NotStartedRole, // bool: no item assessed yet, so no score
    };

    explicit DomainListModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Document* m_document;
};
