#pragma once

// The assessment's details: title, system, date, team, scope, next review, decision and conditions. Each
// field is written (as one undoable step) when it is left.

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void refresh();
    QLineEdit* titleEdit() const { return m_title; }

private:
    void commit();

    Document* m_document = nullptr;
    bool m_updating = false;
    QLineEdit* m_title;
    QLineEdit* m_system;
    QDateEdit* m_date;
    QPlainTextEdit* m_team;
    QPlainTextEdit* m_scope;
    QDateEdit* m_nextReview;
    QDateEdit* m_periodFrom; // the period the assessment covers: evidence collected outside it is pointed out
    QDateEdit* m_periodTo;
    QComboBox* m_decision;
    QPlainTextEdit* m_conditions;
    // The implementation groups in scope, one box per group of the checklist (hidden when it has none);
    // all ticked means every group.
    QWidget* m_groups;
    QVector<QCheckBox*> m_groupChecks;
};
