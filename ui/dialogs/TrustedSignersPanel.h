#pragma once

// Signing Identities > Trusted Signers: whom the reader trusts when a report is verified. Signers are
// trusted by their certificate's fingerprint (from a certificate file, or from a report that verified
// intact: Verify Report > Trust This Signer); organisation certificate authorities vouch for the
// certificates they issue. Removing one makes its reports "intact, but the signer is not known" again.

#include "signing/Trust.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

class TrustedSignersPanel : public QWidget
{
    Q_OBJECT

public:
    // folder: where the trust store lives (empty: the default shared with readiness-cli).
    explicit TrustedSignersPanel(const QString& folder = QString(), QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();
    // Trusts the certificate in file (a signer's, or with authority true a certificate authority's);
    // explains a failure in a message box.
    bool trustFile(const QString& file, bool authority);
    void removeSelected();

private:
    void choose(bool authority);

    rw::TrustStore m_store;
    QTableWidget* m_table;
    QPushButton* m_remove;
    QStringList m_fingerprints; // by row
};
