#pragma once

// CSV as spreadsheets read and write it (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes), and the checklist's column layout (docs/import-export.md): a checklist goes out with its
// results and comes back in as a template.

#include "domain/Assessment.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rw::Csv {

// Rows of fields. The separator is a comma, or a semicolon when the header line has semicolons and no
// commas (spreadsheets in German or French locales). A UTF-8 byte order mark is skipped.
std::optional<QVector<QStringList>> parse(const QByteArray& content, QString* error);
// UTF-8 with a byte order mark (so that spreadsheets read accents right), CRLF line ends. A field that a
// spreadsheet would run as a formula (starting with =, +, -, @) is written with a leading apostrophe;
// parse() removes it again.
QByteArray write(const QVector<QStringList>& rows);

// The checklist with its results: domain, key, text, guidance, points, blocker, status, earned, owner,
// note, evidence, choices (a Well-Architected question's choices that apply) and risk (high, medium,
// none).
QVector<QStringList> checklist(const Assessment& assessment);
// The column names of checklist(), as written in the header.
QStringList checklistColumns();
// The recommendations (title, description, priority, effort_hours, owner, due, state, items), the risk
// register (title, category, probability, impact, severity, mitigation, owner, state) and the KPIs
// (name, unit, comparator, target, actual, result), each with a header row.
QVector<QStringList> findings(const Assessment& assessment);
QVector<QStringList> risks(const Assessment& assessment);
QVector<QStringList> kpis(const Assessment& assessment);

} // namespace rw::Csv
