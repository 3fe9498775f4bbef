#pragma once

// "What is the least we must do to be ready?": the plan of PathToReady as a list of steps with their
// effort and the score and status each reaches, the total effort, or why Ready cannot be reached.

#include <QWidget>

class Document;
class RefreshWhenShown;
class QLabel;
class QTableWidget;

class PathToReadyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PathToReadyPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void refresh();

    QLabel* summary() const { return m_summary; }
    QTableWidget* steps() const { return m_steps; }

signals:
    void itemActivated(const QString& key);

private:
    Document* m_document = nullptr;
    RefreshWhenShown* m_follow;
    QLabel* m_summary;
    QTableWidget* m_steps;
};
