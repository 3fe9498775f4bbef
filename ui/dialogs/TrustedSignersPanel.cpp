#include "TrustedSignersPanel.h"

#include "dialogs/FileDialogs.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TrustedSignersPanel::TrustedSignersPanel(const QString& folder, QWidget* parent)
    : QWidget(parent)
    , m_store(folder)
{
    setObjectName(QStringLiteral("trustedSigners"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("A verified report names its signer only when you trust them: by the fingerprint "
                        "they gave you, or through a certificate authority of your organisation. Kept "
                        "in %1, shared with readiness-cli.")
                         .arg(QDir::toNativeSeparators(m_store.folder())),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Trusted"), tr("Name"), tr("Since"), tr("SHA-256 fingerprint") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    auto* signer = new QPushButton(tr("Trust a &Signer's Certificate..."), this);
    signer->setObjectName(QStringLiteral("trustCertificate"));
    auto* authority = new QPushButton(tr("Trust a Certificate &Authority..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTrust"));
    m_remove->setEnabled(false);
    row->addWidget(signer);
    row->addWidget(authority);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(signer, &QPushButton::clicked, this, [this] { choose(false); });
    connect(authority, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_remove, &QPushButton::clicked, this, &TrustedSignersPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    refresh();
}

void TrustedSignersPanel::refresh()
{
    m_store = rw::TrustStore(m_store.folder());
    m_fingerprints.clear();
    m_table->setRowCount(0);
    const auto add
        = [this](const QString& kind, const QString& name, const QString& since, const QString& fp) {
              const int row = m_table->rowCount();
              m_table->insertRow(row);
              const QStringList cells { kind, name, since, fp };
              for (int c = 0; c < cells.size(); ++c)
                  m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
              m_fingerprints << fp;
          };
    for (const rw::TrustedSigner& s : m_store.signers())
        add(tr("Signer"), s.email.isEmpty() ? s.name : QStringLiteral("%1 <%2>").arg(s.name, s.email),
            QLocale().toString(s.trustedAt.toLocalTime().date(), QLocale::ShortFormat), s.fingerprint);
    for (const rw::CertificateInfo& c : m_store.authorities())
        add(tr("Certificate authority"), c.subject, QString(), c.fingerprint);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

void TrustedSignersPanel::choose(bool authority)
{
    const QString file = FileDialogs::openFile(this, FileDialogs::Purpose::Identities,
        authority ? tr("Trust a Certificate Authority") : tr("Trust a Signer's Certificate"),
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!file.isEmpty())
        trustFile(file, authority);
}

bool TrustedSignersPanel::trustFile(const QString& path, bool authority)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        const QByteArray bytes = file.readAll();
        const bool ok = authority ? m_store.addAuthority(bytes, &error).has_value()
                                  : m_store.trust(bytes, &error).has_value();
        if (ok) {
            refresh();
            return true;
        }
    }
    QMessageBox::warning(this, tr("Trusted Signers"), error);
    return false;
}

void TrustedSignersPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_fingerprints.size())
        return;
    if (QMessageBox::question(this, tr("Remove Trust"),
            tr("Stop trusting %1? Reports it signed will verify as \"signer not known\".")
                .arg(m_table->item(row, 1)->text()))
        != QMessageBox::Yes)
        return;
    QString error;
    const QString fp = m_fingerprints.at(row);
    if (!m_store.remove(fp, &error) && !m_store.removeAuthority(fp, &error))
        QMessageBox::warning(this, tr("Remove Trust"), error);
    refresh();
}
