#pragma once

// Presenter mode, the workshop view: the overall score, the current item (key, text, status, note) in
// large type beside a bar for every domain, in high contrast for a projector. The answer keys (1, 2, 3,
// 0, Backspace), N / J / K and Ctrl+Z work here through the very actions of the main window, so a
// workshop runs on one screen; D shows the whole dashboard instead of the bars. It shows the same
// document as the main window, so it follows every edit made there, and can be put on any screen.

#include <QWidget>

class DashboardPage;
class Document;
class DomainBars;
class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class ScoreHeader;

class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    // actions: the main window's actions that work here too (answers, navigation, undo, presenter).
    PresenterWindow(Document* document, const QList<QAction*>& actions, QWidget* parent = nullptr);

    void showOn(QScreen* screen);
    // Lets go of the document before it closes; the window shows nothing more of it.
    void detachDocument();
    DashboardPage* dashboard() const { return m_dashboard; }
    DomainBars* bars() const { return m_bars; }
    ScoreHeader* header() const { return m_header; }
    QPushButton* leaveButton() const { return m_leave; }

    // The item the main window has selected; empty shows a hint.
    void setCurrentItem(const QString& key);
    // In a live workshop: who else is on the item shown (empty: nobody).
    void setPresence(const QString& text);
    QString currentItemKey() const { return m_key; }
    // What the item card shows, for tests and screen readers.
    QString itemKeyText() const;
    QString itemStatusText() const;
    QString itemNoteText() const;
    QString itemText() const;
    bool isShowingDashboard() const;
    void setShowingDashboard(bool dashboard);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refreshItem();

    Document* m_document;
    QString m_key;
    ScoreHeader* m_header;
    DashboardPage* m_dashboard;
    DomainBars* m_bars;
    QStackedWidget* m_right;
    QLabel* m_itemDomain;
    QLabel* m_itemKey;
    QLabel* m_itemBlocker;
    QLabel* m_itemText;
    QLabel* m_itemStatus;
    QLabel* m_itemNote;
    QLabel* m_presence = nullptr;
    QScrollArea* m_textScroll;
    QPushButton* m_toggle;
    QPushButton* m_leave;
};
