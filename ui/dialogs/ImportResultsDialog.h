#pragma once

// File > Import Results: results from a spreadsheet (the checklist CSV, edited) or a questionnaire's
// answers file. The preview lists every change item by item (what the item holds now and what the file
// says) and every row that is not taken with the reason; an item's changes can be left out by unticking
// it; Apply takes the ticked ones in as one undo step.

#include "exchange/ResultsImport.h"

#include <QDialog>

class Document;
class QLabel;
class QPushButton;
class QTreeWidget;

class ImportResultsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportResultsDialog(Document* document, const QString& path, const rw::ResultsImport::Preview& preview,
        QWidget* parent = nullptr);

    // Applies the changes as one undo step; the dialog closes only when they are in.
    void accept() override;
    // How many items' changes were applied.
    int applied() const { return m_applied; }

private:
    // The changes ticked in the preview (all at first): only those are applied.
    QVector<rw::ResultsImport::Change> chosen() const;
    void updateApply();

    Document* m_document;
    QTreeWidget* m_changes = nullptr;
    int m_applied = 0;
    QString m_path;
    rw::ResultsImport::Preview m_preview;
    QPushButton* m_apply = nullptr;
};
