#include "PresenterWindow.h"
#include "models/ChecklistModel.h"
#include "scoring/Answers.h"

#include "exchange/Template.h"

#include "Document.h"
#include "widgets/DashboardPage.h"
#include "widgets/DomainBars.h"
#include "widgets/RatingColors.h"
#include "widgets/ScoreHeader.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

using namespace rw;

namespace {

QLabel* label(QWidget* parent, const QString& name, double scale, bool bold = false)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}

} // namespace

PresenterWindow::PresenterWindow(Document* document, const QList<QAction*>& actions, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Presenter — Readiness Workbench"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The keys reach the window itself: nothing in it takes the focus.
    setFocusPolicy(Qt::StrongFocus);
    // High contrast: light text on a dark ground.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x12, 0x12, 0x12));
    pal.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    pal.setColor(QPalette::WindowText, Qt::white);
    pal.setColor(QPalette::Text, Qt::white);
    pal.setColor(QPalette::ButtonText, Qt::white);
    pal.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    pal.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0));
    pal.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xd8));
    setPalette(pal);
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    setFont(f);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    m_header = new ScoreHeader(this);
    m_header->setPalette(pal);
    m_header->setAdjustVisible(false);
    layout->addWidget(m_header);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    // The current item, as the room discusses it.
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("presenterItem"));
    card->setFrameShape(QFrame::NoFrame);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_itemDomain = label(card, QStringLiteral("presenterItemDomain"), 1.0);
    auto* keyRow = new QHBoxLayout;
    m_itemKey = label(card, QStringLiteral("presenterItemKey"), 1.8, true);
    m_itemKey->setWordWrap(false);
    m_itemBlocker = label(card, QStringLiteral("presenterItemBlocker"), 1.0, true);
    m_itemBlocker->setText(tr("Blocker"));
    m_itemBlocker->setStyleSheet(QStringLiteral(
        "QLabel { background: #c62828; color: white; border-radius: 4px; padding: 2px 8px; }"));
    m_itemBlocker->setWordWrap(false);
    m_itemStatus = label(card, QStringLiteral("presenterItemStatus"), 1.4, true);
    m_itemStatus->setWordWrap(false);
    keyRow->addWidget(m_itemKey);
    keyRow->addWidget(m_itemBlocker);
    keyRow->addStretch(1);
    keyRow->addWidget(m_itemStatus);
    m_itemText = label(card, QStringLiteral("presenterItemText"), 1.6);
    m_itemText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A long requirement scrolls inside its own area; it never runs under the buttons.
    m_textScroll = new QScrollArea(card);
    m_textScroll->setWidget(m_itemText);
    m_textScroll->setWidgetResizable(true);
    m_textScroll->setFrameShape(QFrame::NoFrame);
    m_textScroll->setFocusPolicy(Qt::NoFocus);
    m_textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_textScroll->viewport()->setAutoFillBackground(false);
    m_itemText->setAutoFillBackground(false);
    m_itemNote = label(card, QStringLiteral("presenterItemNote"), 1.3);
    m_itemNote->setMaximumHeight(m_itemNote->fontMetrics().lineSpacing() * 4 + 4);
    m_itemNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    cardLayout->addWidget(m_itemDomain);
    cardLayout->addLayout(keyRow);
    cardLayout->addWidget(m_textScroll, 1);
    cardLayout->addWidget(m_itemNote);
    m_presence = label(card, QStringLiteral("presenterPresence"), 1.1);
    m_presence->hide();
    cardLayout->addWidget(m_presence);
    middle->addWidget(card, 5);

    m_right = new QStackedWidget(this);
    m_bars = new DomainBars(m_right);
    m_bars->setPalette(pal);
    m_dashboard = new DashboardPage(m_right, true);
    m_right->addWidget(m_bars);
    m_right->addWidget(m_dashboard);
    middle->addWidget(m_right, 6);
    layout->addLayout(middle, 1);

    auto* bottom = new QHBoxLayout;
    auto* keys = label(this, QStringLiteral("presenterKeys"), 0.85);
    keys->setText(tr("1 Met · 2 Partially met · 3 Not met · 0 Not applicable · Backspace Not assessed · "
                     "N next unassessed · J / K next / previous · Ctrl+Z undo"));
    QPalette muted = pal;
    muted.setColor(QPalette::WindowText, QColor(0xc8, 0xc8, 0xc8));
    keys->setPalette(muted);
    bottom->addWidget(keys, 1);
    m_toggle = new QPushButton(tr("Dashboard (D)"), this);
    m_toggle->setObjectName(QStringLiteral("presenterToggle"));
    m_toggle->setFocusPolicy(Qt::NoFocus);
    connect(m_toggle, &QPushButton::clicked, this, [this] { setShowingDashboard(!isShowingDashboard()); });
    m_leave = new QPushButton(tr("Leave Presenter Mode (Esc)"), this);
    m_leave->setObjectName(QStringLiteral("presenterLeave"));
    m_leave->setFocusPolicy(Qt::NoFocus);
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    bottom->addWidget(m_toggle, 0, Qt::AlignBottom);
    bottom->addWidget(m_leave, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    // The main window's own actions: the same commands, the same undo stack.
    addActions(actions);

    m_header->setDocument(document);
    m_dashboard->setDocument(document);
    m_bars->setDocument(document);
    connect(document->project(), &Project::itemChanged, this, &PresenterWindow::refreshItem);
    connect(document->project(), &Project::contentChanged, this, &PresenterWindow::refreshItem);
    connect(m_bars, &DomainBars::domainActivated, this, [this] { setShowingDashboard(false); });
    // The document may close while presenting: the presenter closes with it (the main window detaches
    // it first, while the project still exists).
    connect(document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        close();
    });
    refreshItem();
}

void PresenterWindow::showOn(QScreen* screen)
{
    if (screen) {
        setGeometry(screen->geometry());
        if (QWindow* w = windowHandle())
            w->setScreen(screen);
    }
    showFullScreen();
    activateWindow();
    setFocus();
    m_dashboard->refresh();
}

void PresenterWindow::detachDocument()
{
    if (!m_document)
        return;
    disconnect(m_document->project(), nullptr, this, nullptr);
    m_header->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_bars->setDocument(nullptr);
    m_document = nullptr;
}

void PresenterWindow::setPresence(const QString& text)
{
    m_presence->setText(text);
    m_presence->setVisible(!text.isEmpty());
}

void PresenterWindow::setCurrentItem(const QString& key)
{
    m_key = key;
    refreshItem();
}

void PresenterWindow::refreshItem()
{
    if (!m_document)
        return;
    const Project* p = m_document->project();
    const Item* item = m_key.isEmpty() ? nullptr : p->item(m_key);
    m_itemBlocker->setVisible(item && item->blocker);
    if (!item) {
        m_itemDomain->clear();
        m_itemKey->setText(tr("No item selected"));
        m_itemText->setText(
            tr("Press N for the next item not yet assessed, or J and K to walk the checklist."));
        m_itemStatus->clear();
        m_itemStatus->setStyleSheet(QString());
        m_itemNote->clear();
        m_bars->setCurrentDomain(QString());
        return;
    }
    const Domain& domain = p->assessment().domains.at(p->findItem(m_key).domain);
    m_itemDomain->setText(Template::displayText(domain.title));
    m_bars->setCurrentDomain(domain.key);
    m_itemKey->setText(item->key);
    m_itemText->setText(Template::displayText(item->text));
    // The answer as given (a level, choices, a number, ...) and, for a maturity level, the gap to the
    // target: what the room decides on.
    const ItemStatus status = item->effectiveStatus();
    m_itemStatus->setText(ChecklistModel::statusText(*item));
    const QColor colour = RatingColors::forStatus(status);
    const bool dark = status != ItemStatus::Open;
    m_itemStatus->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px 14px; }")
            .arg(colour.name(), dark ? QStringLiteral("white") : QStringLiteral("black")));
    const QString note = item->note.trimmed();
    QStringList lines;
    if (!item->doesNotApply.isEmpty())
        lines << item->doesNotApply;
    else if (item->question.type != QuestionType::Status)
        lines << Answers::describe(item->question);
    if (const int gap = Answers::gap(item->question, item->answer).value_or(0); gap > 0)
        lines << tr("%n level(s) below the target", nullptr, gap);
    lines << (note.isEmpty() ? tr("No note yet.") : tr("Note: %1").arg(note));
    // What the review has open on the item: the room sees it before moving on.
    if (!item->flag.isEmpty())
        lines << tr("⚑ Flagged for review: %1").arg(item->flag);
    int openThreads = 0;
    for (const Comment* c : m_document->project()->commentsForItem(item->key))
        openThreads += c->startsThread() && !c->resolved;
    if (openThreads > 0)
        lines << tr("%n unresolved comment thread(s)", nullptr, openThreads);
    m_itemNote->setText(lines.join(QLatin1Char('\n')));
}

QString PresenterWindow::itemKeyText() const
{
    return m_itemKey->text();
}

QString PresenterWindow::itemStatusText() const
{
    return m_itemStatus->text();
}

QString PresenterWindow::itemNoteText() const
{
    return m_itemNote->text();
}

QString PresenterWindow::itemText() const
{
    return m_itemText->text();
}

bool PresenterWindow::isShowingDashboard() const
{
    return m_right->currentWidget() == m_dashboard;
}

void PresenterWindow::setShowingDashboard(bool dashboard)
{
    m_right->setCurrentWidget(dashboard ? static_cast<QWidget*>(m_dashboard) : static_cast<QWidget*>(m_bars));
    m_toggle->setText(dashboard ? tr("Current Item (D)") : tr("Dashboard (D)"));
    if (dashboard)
        m_dashboard->refresh();
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::NoModifier) {
        setShowingDashboard(!isShowingDashboard());
        return;
    }
    QWidget::keyPressEvent(event);
}
