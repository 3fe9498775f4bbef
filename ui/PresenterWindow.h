#pragma once

// Presenter mode: the overall score and the dashboard full screen, in large type and high contrast, for
// the projector in a workshop. It shows the same document as the main window, so it follows every edit
// made there, and can be put on any screen.

#include <QWidget>

class DashboardPage;
class Document;
class ScoreHeader;

class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(Document* document, QWidget* parent = nullptr);

    void showOn(QScreen* screen);
    DashboardPage* dashboard() const { return m_dashboard; }
    ScoreHeader* header() const { return m_header; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    ScoreHeader* m_header;
    DashboardPage* m_dashboard;
};
