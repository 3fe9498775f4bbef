#pragma once

// The overall score, grade and status, always in view above every page; the computed figure beside an
// adjusted one; how much is assessed; and the button to adjust.

#include <QWidget>

class Document;
class QLabel;
class QProgressBar;
class QPushButton;

class ScoreHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreHeader(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void refresh();
    // The presenter's header shows the scores only.
    void setAdjustVisible(bool visible);

    QString scoreText() const;
    QString gradeText() const;
    QString statusText() const;
    QString computedText() const;

signals:
    void adjustRequested();

private:
    Document* m_document = nullptr;
    QLabel* m_title;
    QLabel* m_score;
    QLabel* m_grade;
    QLabel* m_status;
    QLabel* m_computed;
    QProgressBar* m_assessed;
    QPushButton* m_adjust;
};
