#pragma once

// Reports and scores as JSON, for automation (`readiness-cli score --json`, `report --format json`).
// Keys are stable snake_case English; labels are the bands' own.

#include "Report.h"

#include <QJsonObject>

namespace rw::JsonWriter {

// {"overall": {...}, "domains": [...]} as documented for `readiness-cli score --json`.
QJsonObject scores(const Report& report);
// One record each, as the report and `readiness-cli finding|risk|kpi|signoff list --json` give it.
QJsonObject finding(const Finding& finding);
QJsonObject risk(const Risk& risk);
QJsonObject kpi(const Kpi& kpi);
QJsonObject signOff(const SignOff& signOff);
// The whole report: metadata, scores, checklists, gaps, findings, risks, KPIs, evidence and audit head.
QByteArray report(const Report& report);

} // namespace rw::JsonWriter
