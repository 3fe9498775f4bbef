#include "IdentityDialogs.h"
#include "DialogSize.h"
#include "FileDialogs.h"
#include "TrustedSignersPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A new identity's details and passphrase (twice).
class GenerateDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(GenerateDialog)

public:
    explicit GenerateDialog(QWidget* parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Generate Signing Identity"));
        auto* form = new QFormLayout(this);
        auto* intro = new QLabel(
            tr("A self-signed certificate and its private key, kept encrypted with your passphrase. "
               "Recipients check your reports against its fingerprint."),
            this);
        intro->setWordWrap(true);
        form->addRow(intro);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("email"));
        m_org = new QLineEdit(this);
        m_org->setObjectName(QStringLiteral("organisation"));
        m_key = new QComboBox(this);
        m_key->setObjectName(QStringLiteral("keyType"));
        m_key->addItem(tr("ECDSA P-256 (recommended)"), int(rw::KeyType::EcdsaP256));
        m_key->addItem(tr("RSA 3072"), int(rw::KeyType::Rsa3072));
        m_pass = new QLineEdit(this);
        m_pass->setObjectName(QStringLiteral("passphrase"));
        m_pass->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&E-mail:"), m_email);
        form->addRow(tr("&Organisation:"), m_org);
        form->addRow(tr("&Key:"), m_key);
        form->addRow(tr("&Passphrase:"), m_pass);
        form->addRow(tr("&Repeat passphrase:"), m_repeat);
        m_problem = new QLabel(this);
        m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
        form->addRow(m_problem);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_name->text().trimmed().isEmpty())
                m_problem->setText(tr("Enter the signer's name."));
            else if (const QString weak = rw::Identity::passphraseProblem(m_pass->text().toUtf8());
                     !weak.isEmpty())
                m_problem->setText(weak);
            else if (m_pass->text() != m_repeat->text())
                m_problem->setText(tr("The passphrases differ."));
            else
                accept();
        });
    }

    rw::IdentityRequest request() const
    {
        rw::IdentityRequest r;
        r.name = m_name->text();
        r.email = m_email->text();
        r.organisation = m_org->text();
        r.keyType = rw::KeyType(m_key->currentData().toInt());
        return r;
    }
    QByteArray passphrase() const { return m_pass->text().toUtf8(); }

private:
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_org;
    QComboBox* m_key;
    QLineEdit* m_pass;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};

} // namespace

IdentityManager::IdentityManager(rw::IdentityStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Signing Identities"));
    setObjectName(QStringLiteral("identityManager"));
    DialogSize::fit(this, QSize(820, 420));
    auto* outer = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    outer->addWidget(tabs, 1);
    auto* mine = new QWidget(tabs);
    tabs->addTab(mine, tr("&My Identities"));
    m_trusted = new TrustedSignersPanel(QString(), tabs);
    tabs->addTab(m_trusted, tr("&Trusted Signers"));
    auto* layout = new QVBoxLayout(mine);
    auto* intro = new QLabel(
        tr("Identities sign your reports. They are kept encrypted in %1, never in a project file.")
            .arg(QDir::toNativeSeparators(m_store->folder())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("identities"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Organisation"), tr("Key"), tr("Valid until"), tr("SHA-256 fingerprint") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    auto* generateButton = new QPushButton(tr("&Generate..."), this);
    auto* importButton = new QPushButton(tr("&Import PKCS#12..."), this);
    m_export = new QPushButton(tr("E&xport Certificate..."), this);
    m_remove = new QPushButton(tr("&Delete"), this);
    row->addWidget(generateButton);
    row->addWidget(importButton);
    row->addWidget(m_export);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(generateButton, &QPushButton::clicked, this, &IdentityManager::generate);
    connect(importButton, &QPushButton::clicked, this, &IdentityManager::import);
    connect(m_export, &QPushButton::clicked, this, &IdentityManager::exportCertificate);
    connect(m_remove, &QPushButton::clicked, this, &IdentityManager::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_export->setEnabled(selected());
        m_remove->setEnabled(selected());
    });
    refresh();
}

void IdentityManager::refresh()
{
    m_identities = m_store->list();
    m_table->setRowCount(int(m_identities.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_identities.size(); ++i) {
        const rw::CertificateInfo& info = m_identities.at(i).info;
        const QString name = info.email.isEmpty()
            ? info.commonName
            : QStringLiteral("%1 <%2>").arg(info.commonName, info.email);
        m_table->setItem(i, 0, new QTableWidgetItem(name));
        m_table->setItem(i, 1, new QTableWidgetItem(info.organisation));
        m_table->setItem(i, 2, new QTableWidgetItem(info.keyType));
        auto* until = new QTableWidgetItem(info.isValidAt(now)
                ? QLocale().toString(info.notAfter.date(), QLocale::ShortFormat)
                : tr("%1 (expired)").arg(QLocale().toString(info.notAfter.date(), QLocale::ShortFormat)));
        if (!info.isValidAt(now))
            until->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(i, 3, until);
        m_table->setItem(i, 4, new QTableWidgetItem(info.fingerprint));
    }
    m_table->resizeColumnsToContents();
    if (!m_identities.isEmpty())
        m_table->selectRow(0);
    m_export->setEnabled(selected());
    m_remove->setEnabled(selected());
}

const rw::StoredIdentity* IdentityManager::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_identities.size() && m_table->selectionModel()->hasSelection()
        ? &m_identities.at(row)
        : nullptr;
}

void IdentityManager::generate()
{
    GenerateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto identity = rw::Identity::generate(dialog.request(), &error);
    if (!identity || !m_store->add(*identity, dialog.passphrase(), &error)) {
        QMessageBox::warning(this, tr("Generate Signing Identity"), error);
        return;
    }
    refresh();
}

void IdentityManager::import()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Identities,
        tr("Import Signing Identity"), tr("PKCS#12 identities (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    while (true) {
        bool ok = false;
        const QString pass = QInputDialog::getText(this, tr("Import Signing Identity"),
            tr("Passphrase of %1:").arg(QFileInfo(path).fileName()), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        QString error;
        const auto identity = rw::Identity::load(path, pass.toUtf8(), &error);
        if (!identity) {
            if (error == QLatin1String("The passphrase is wrong."))
                continue;
            QMessageBox::warning(this, tr("Import Signing Identity"), error);
            return;
        }
        // Kept with the passphrase it came with.
        if (!m_store->add(*identity, pass.toUtf8(), &error)) {
            QMessageBox::warning(this, tr("Import Signing Identity"), error);
            return;
        }
        refresh();
        return;
    }
}

void IdentityManager::exportCertificate()
{
    const rw::StoredIdentity* identity = selected();
    if (!identity)
        return;
    const QString path = FileDialogs::saveFile(this, FileDialogs::Purpose::Identities,
        tr("Export Certificate"), QFileInfo(identity->path).completeBaseName() + QStringLiteral(".pem"),
        tr("PEM certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    QFile source(identity->path.chopped(4) + QStringLiteral(".pem"));
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
        || target.write(source.readAll()) < 0 || !target.commit())
        QMessageBox::warning(this, tr("Export Certificate"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), target.errorString()));
}

void IdentityManager::removeSelected()
{
    const rw::StoredIdentity* identity = selected();
    if (!identity)
        return;
    if (QMessageBox::question(this, tr("Delete Signing Identity"),
            tr("Delete the identity of %1? Reports it signed stay valid, but you cannot sign with it again "
               "unless you kept a copy.")
                .arg(identity->info.displayName()))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->remove(*identity, &error))
        QMessageBox::warning(this, tr("Delete Signing Identity"), error);
    refresh();
}

std::optional<rw::Identity> IdentityDialogs::unlock(
    QWidget* parent, const rw::IdentityStore& store, const rw::StoredIdentity& identity)
{
    QString prompt = QCoreApplication::translate("IdentityDialogs", "Passphrase for %1:")
                         .arg(identity.info.displayName());
    while (true) {
        bool ok = false;
        const QString pass
            = QInputDialog::getText(parent, QCoreApplication::translate("IdentityDialogs", "Sign Report"),
                prompt, QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        QString error;
        auto unlocked = store.unlock(identity, pass.toUtf8(), &error);
        if (unlocked)
            return unlocked;
        prompt = QCoreApplication::translate("IdentityDialogs", "%1\nPassphrase for %2:")
                     .arg(error, identity.info.displayName());
    }
}
