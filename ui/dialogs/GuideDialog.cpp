#include "GuideDialog.h"
#include "DialogSize.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    setObjectName(QStringLiteral("guideDialog"));
    DialogSize::fit(this, QSize(720, 640));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    // A translated guide, when there is one for the interface's language, else the English one.
    QString path = tr(":/guide/getting-started.html", "the file of the guide in this language");
    if (!QFile::exists(path))
        path = QStringLiteral(":/guide/getting-started.html");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + path));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
}
