#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QHBoxLayout(this);
    auto* column = new QWidget(this);
    column->setMaximumWidth(640);
    outer->addStretch();
    outer->addWidget(column, 10);
    outer->addStretch();
    auto* layout = new QVBoxLayout(column);
    layout->addStretch();
    auto* title = new QLabel(tr("Readiness Workbench"), column);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(
        tr("Assess whether a system is ready: fill in the checklist with your team, attach evidence, "
           "watch the scores move and export the report. Everything is saved as you work."),
        column);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    const auto button = [&](const QString& text, const QString& name, void (WelcomePage::*signal)()) {
        auto* b = new QPushButton(text, column);
        b->setObjectName(name);
        b->setMinimumHeight(36);
        connect(b, &QPushButton::clicked, this, signal);
        layout->addWidget(b);
    };
    button(
        tr("&New Assessment from a Template..."), QStringLiteral("welcomeNew"), &WelcomePage::newRequested);
    button(tr("&Open a Project..."), QStringLiteral("welcomeOpen"), &WelcomePage::openRequested);
    button(tr("Open the &Demo Project"), QStringLiteral("welcomeDemo"), &WelcomePage::demoRequested);
    auto* guide = new QLabel(QStringLiteral("<a href=\"guide\">%1</a>")
                                 .arg(tr("New here? Read Getting Started (F1): a workshop, an audit and a "
                                         "signed report, step by step.")
                                          .toHtmlEscaped()),
        column);
    guide->setObjectName(QStringLiteral("welcomeGuide"));
    guide->setWordWrap(true);
    guide->setTextFormat(Qt::RichText);
    guide->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(guide, &QLabel::linkActivated, this, &WelcomePage::guideRequested);
    layout->addWidget(guide);
    layout->addSpacing(16);
    auto* recentLabel = new QLabel(tr("&Recent projects:"), column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setAccessibleName(tr("Recent projects"));
    recentLabel->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addStretch();
}

void WelcomePage::setRecentFiles(const QStringList& files, const QHash<QString, QString>& titles)
{
    m_recent->clear();
    for (const QString& path : files) {
        // By the assessment's title, as people know it; the file is in the tooltip.
        const QString title = titles.value(path);
        const QString name = QFileInfo(path).fileName();
        auto* item = new QListWidgetItem(title.isEmpty() ? name : tr("%1 (%2)").arg(title, name), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        new QListWidgetItem(tr("No recent projects yet."), m_recent);
}
