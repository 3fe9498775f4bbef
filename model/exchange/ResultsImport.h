#pragma once

// Results coming back: a spreadsheet (the checklist CSV that `export --format csv` writes, edited, or
// any CSV with a `key` column) or an answers file (JSON, from the HTML questionnaire) is matched to the
// project's items by key and turned into a preview of every change it would make, and of every row that
// does not match. Nothing is written here: the CLI (`import-results`) and the workbench (File > Import
// Results) apply the preview's changes through the project's own edits, so the usual checks and the
// audit log apply. docs/import-export.md describes the columns.

#include "domain/Assessment.h"
#include "store/ProjectError.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rw {
class Project;
}

namespace rw::ResultsImport {

// One item's change: the item as it is and as it would be, and the fields that differ (status, earned,
// owner, note, choices, effort).
struct Change
{
    QString key;
    Item before;
    Item after;
    QStringList fields;
};

// A row that is not taken, with its line (CSV) or position (answers, from 1) and why.
struct Skipped
{
    int line = 0;
    QString key;
    QString reason;
};

struct Preview
{
    QString kind; // "csv" or "answers"
    QString answeredBy; // answers: who filled in the questionnaire (when they said)
    QString answeredFor; // answers: the title of the assessment the questionnaire was made from
    bool otherAssessment = false; // answers: made from another assessment (keys may still match)
    int rows = 0; // data rows read
    int unchanged = 0; // rows that match an item and change nothing
    QVector<Change> changes;
    QVector<Skipped> skipped;
};

// Reads CSV or an answers file (told apart by content). Returns nothing, with the reason, when the file
// is neither or lacks what matching needs (a `key` column); rows that do not fit are in `skipped`.
// `assessmentId` (Questionnaire::assessmentId), when given, is compared with the one an answers file names.
std::optional<Preview> read(const Assessment& assessment, const QByteArray& content, QString* error,
    const QString& assessmentId = {});

// Writes the changes' fields (only those, onto each item as it is now, so that an edit made since the
// preview is kept) through Project::updateItem, each an audit entry of the project's user. With
// `reverse`, writes the fields' earlier values back, last change first (undo). On a refusal, what was
// written is taken back and the error says which item refused.
ProjectError apply(Project& project, const QVector<Change>& changes, bool reverse = false);

// The fields' names as the preview shows them (translated).
QString fieldLabel(const QString& field);
// A field's value of an item, as the preview shows it.
QString fieldValue(const Item& item, const QString& field);

} // namespace rw::ResultsImport
