#include "JoinDialog.h"

#include "Discovery.h"
#include "Protocol.h"
#include "dialogs/DialogSize.h"
#include "dialogs/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

// "192.168.4.20:47470", "[fd00::2]:47470"
QString hostAndPort(const rw::workshop::FoundHost& h)
{
    const QString address
        = h.address.contains(QLatin1Char(':')) ? QLatin1Char('[') + h.address + QLatin1Char(']') : h.address;
    return QStringLiteral("%1:%2").arg(address).arg(h.port);
}

} // namespace

JoinDialog::JoinDialog(const QString& openTitle, const QString& suggestedCopy, QWidget* parent)
    : QDialog(parent)
    , m_browser(new rw::workshop::Browser(this))
{
    setWindowTitle(tr("Join a Workshop"));
    setObjectName(QStringLiteral("joinDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Workshops on this network:"), this));
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundWorkshops"));
    m_found->setAccessibleName(tr("Workshops found"));
    layout->addWidget(m_found, 1);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("joinNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notes);

    auto* form = new QFormLayout;
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("joinAddress"));
    m_addressEdit->setPlaceholderText(tr("192.168.1.20:%1, or a join link").arg(rw::workshop::DefaultPort));
    form->addRow(tr("&Address:"), m_addressEdit);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("joinCode"));
    m_codeEdit->setPlaceholderText(tr("ABCD-EFGH, as the host's screen shows it"));
    form->addRow(tr("Join &code:"), m_codeEdit);
    layout->addLayout(form);

    m_withOpen = new QRadioButton(tr("With the open project, \"%1\"").arg(openTitle), this);
    m_withOpen->setObjectName(QStringLiteral("joinWithOpen"));
    m_newCopy = new QRadioButton(tr("Receive a copy from the host, saved as:"), this);
    m_newCopy->setObjectName(QStringLiteral("joinNewCopy"));
    layout->addWidget(m_withOpen);
    layout->addWidget(m_newCopy);
    auto* copyRow = new QHBoxLayout;
    m_copyEdit = new QLineEdit(QDir::toNativeSeparators(suggestedCopy), this);
    m_copyEdit->setObjectName(QStringLiteral("joinCopyPath"));
    m_copyEdit->setAccessibleName(tr("Where the copy is saved"));
    auto* browse = new QPushButton(tr("Choose..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Projects,
            tr("Save the Workshop's Copy As"), m_copyEdit->text(), tr("Readiness projects (*.readiness)"));
        if (!path.isEmpty())
            m_copyEdit->setText(QDir::toNativeSeparators(path));
    });
    copyRow->addWidget(m_copyEdit, 1);
    copyRow->addWidget(browse);
    layout->addLayout(copyRow);
    if (openTitle.isEmpty()) {
        m_withOpen->setEnabled(false);
        m_withOpen->hide();
        m_newCopy->setChecked(true);
    } else {
        m_withOpen->setChecked(true);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_join = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    m_join->setObjectName(QStringLiteral("joinButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_found, &QListWidget::currentRowChanged, this, [this](int row) {
        const QVector<rw::workshop::FoundHost> hosts = m_browser->hosts();
        if (row >= 0 && row < hosts.size())
            m_addressEdit->setText(hostAndPort(hosts.at(row)));
        m_codeEdit->setFocus();
    });
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this] {
        // A pasted join link fills the code too.
        QString address;
        quint16 port = 0;
        QString code;
        if (rw::workshop::parseJoinLink(m_addressEdit->text(), &address, &port, &code) && !code.isEmpty()
            && m_codeEdit->text().isEmpty())
            m_codeEdit->setText(code);
        validate();
    });
    for (QLineEdit* e : { m_codeEdit, m_copyEdit })
        connect(e, &QLineEdit::textChanged, this, &JoinDialog::validate);
    connect(m_newCopy, &QRadioButton::toggled, this, &JoinDialog::validate);
    connect(m_browser, &rw::workshop::Browser::changed, this, &JoinDialog::refreshFound);
    m_browser->start();
    refreshFound();
    validate();
    DialogSize::fit(this, QSize(560, 520));
}

JoinDialog::~JoinDialog() = default;

QString JoinDialog::code() const
{
    return rw::workshop::normalizedCode(m_codeEdit->text());
}

QString JoinDialog::copyPath() const
{
    return m_newCopy->isChecked() ? QDir::fromNativeSeparators(m_copyEdit->text().trimmed()) : QString();
}

void JoinDialog::refreshFound()
{
    const int row = m_found->currentRow();
    m_found->clear();
    for (const rw::workshop::FoundHost& h : m_browser->hosts())
        m_found->addItem(tr("%1 at %2 (found by %3)").arg(h.name, hostAndPort(h), h.via));
    if (row >= 0 && row < m_found->count())
        m_found->setCurrentRow(row);
    QStringList notes = m_browser->notes();
    if (m_browser->hosts().isEmpty())
        notes << tr(
            "None found yet. Wi-Fi that keeps laptops apart (client isolation) or blocks multicast hides "
            "workshops: type the address the host's screen shows.");
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void JoinDialog::validate()
{
    QString code;
    const bool address = rw::workshop::parseJoinLink(m_addressEdit->text(), &m_address, &m_port, &code);
    const bool codeOk = rw::workshop::normalizedCode(m_codeEdit->text()).size() == 9;
    const bool copyOk = !m_newCopy->isChecked() || !m_copyEdit->text().trimmed().isEmpty();
    m_join->setEnabled(address && codeOk && copyOk);
}
