#pragma once

// One checklist item as the assessor sees it: the question, its points and the assessor's answer.

#include "Enums.h"
#include "LensRisk.h"
#include "Question.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace rw {

struct Item
{
    qint64 id = 0; // local to this file
    QString uuid; // the same in every copy, export and import of the project
    qint64 domainId = 0;
    QString key;
    QString text;
    QString guidance;
    double points = 1.0;
    ItemStatus status = ItemStatus::Open;
    // Points the assessor granted for a partially met item; unset means half of the item's points.
    std::optional<double> partialPoints;
    bool blocker = false;
    QString owner;
    QString note;
    // The assessor's estimate of the work to close this item, used when no recommendation gives one.
    std::optional<double> effortHours;
    QString changedBy;
    QDateTime changedAt;
    // Items from a Well-Architected lens: the question's choices and risk rules, and the choices that
    // apply (the answer the risk is read from).
    QVector<Choice> choices;
    QVector<RiskRule> riskRules;
    QStringList selectedChoices;
    QString risk() const { return LensRisk::evaluate(riskRules, selectedChoices); }
    // How the item is answered (the five statuses unless the template asks otherwise) and the answer
    // as given (null until answered); the status above then follows from the answer.
    Question question;
    QJsonValue answer;
    // Where the work on it stands, and the reason it was flagged for review (empty: not flagged).
    WorkState workState = WorkState::ToDo;
    QString flag;
    // The previous assessment cycle's answer for reference (status, answer, note, cycle); empty when
    // this is the first.
    QJsonObject previous;
    // Set (not stored) when the item does not apply: why, for example "applies when SEC-01 is Yes".
    QString doesNotApply;
    // The status that counts: not applicable while the item does not apply.
    ItemStatus effectiveStatus() const { return doesNotApply.isEmpty() ? status : ItemStatus::NotApplicable; }
};

} // namespace rw
