#include "AboutDialog.h"

#include "app/Versions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Readiness Workbench"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/readiness-workbench.svg")).pixmap(96, 96));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = QStringLiteral("<h2>%1 %2</h2><p>%3</p><table>")
                       .arg(tr("Readiness Workbench"), rw::Versions::application().toHtmlEscaped(),
                           tr("Readiness assessments: checklists, evidence, live scores and signed reports, "
                              "from one project file.")
                               .toHtmlEscaped());
    for (const auto& [name, version] : rw::Versions::libraries())
        html += QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    html += QStringLiteral("</table>");
    text->setText(html);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(
        copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionsText()); });
}

QString AboutDialog::versionsText() const
{
    QStringList lines { QStringLiteral("Readiness Workbench %1").arg(rw::Versions::application()) };
    for (const auto& [name, version] : rw::Versions::libraries())
        lines << QStringLiteral("%1 %2").arg(name, version);
    return lines.join(QLatin1Char('\n'));
}
