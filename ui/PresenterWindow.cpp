#include "PresenterWindow.h"

#include "Document.h"
#include "widgets/DashboardPage.h"
#include "widgets/ScoreHeader.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

PresenterWindow::PresenterWindow(Document* document, QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Presenter — Readiness Workbench"));
    setAttribute(Qt::WA_DeleteOnClose);
    // High contrast: light text on a dark ground.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x12, 0x12, 0x12));
    pal.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    pal.setColor(QPalette::WindowText, Qt::white);
    pal.setColor(QPalette::Text, Qt::white);
    pal.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0));
    setPalette(pal);
    setAutoFillBackground(true);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    setFont(f);

    auto* layout = new QVBoxLayout(this);
    m_header = new ScoreHeader(this);
    m_header->setPalette(pal);
    m_header->setAdjustVisible(false);
    m_dashboard = new DashboardPage(this, true);
    layout->addWidget(m_header);
    layout->addWidget(m_dashboard, 1);
    auto* leave = new QPushButton(tr("Leave Presenter Mode (Esc)"), this);
    connect(leave, &QPushButton::clicked, this, &QWidget::close);
    layout->addWidget(leave, 0, Qt::AlignRight);
    m_header->setDocument(document);
    m_dashboard->setDocument(document);
    // The document may close while presenting: the presenter closes with it.
    connect(document, &QObject::destroyed, this, &QWidget::close);
}

void PresenterWindow::showOn(QScreen* screen)
{
    if (screen) {
        setGeometry(screen->geometry());
        if (QWindow* w = windowHandle())
            w->setScreen(screen);
    }
    showFullScreen();
    m_dashboard->refresh();
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}
