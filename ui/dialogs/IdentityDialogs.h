#pragma once

// Signing identities in the workbench: the manager (generate, import, export the certificate, delete)
// and the passphrase prompt used when a report is signed. Identities live in the user's application data
// folder (IdentityStore), never in a project; passphrases are never kept.

#include "signing/IdentityStore.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTableWidget;
class QPushButton;
QT_END_NAMESPACE

class TrustedSignersPanel;

class IdentityManager : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityManager(rw::IdentityStore* store, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    TrustedSignersPanel* trustedSigners() const { return m_trusted; }

    void generate();
    void import();
    void exportCertificate();
    void removeSelected();

private:
    const rw::StoredIdentity* selected() const;

    rw::IdentityStore* m_store;
    QVector<rw::StoredIdentity> m_identities;
    QTableWidget* m_table;
    QPushButton* m_export;
    QPushButton* m_remove;
    TrustedSignersPanel* m_trusted;
};

namespace IdentityDialogs {

// Asks for a passphrase until it unlocks the identity, or the user cancels (nullopt).
std::optional<rw::Identity> unlock(
    QWidget* parent, const rw::IdentityStore& store, const rw::StoredIdentity& identity);

} // namespace IdentityDialogs
