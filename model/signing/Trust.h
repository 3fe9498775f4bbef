#pragma once

// Whom a signature comes from, as distinct from whether it is intact. A certificate only claims a name;
// it is believed when the reader has said so:
//   - a signer the user trusted explicitly, pinned by the SHA-256 fingerprint of its certificate (as SSH
//     pins host keys), with the name it was trusted under;
//   - a certificate issued by a trust anchor: the system's certificate authorities or an organisation CA
//     the user added, its chain checked by OpenSSL's X509_verify_cert (with a CRL file when given).
// A self-issued certificate must carry a valid signature of its own key: one changed byte in it (its
// e-mail, its signature) makes the report's signature invalid. A certificate with the name or e-mail of
// a trusted signer but another key is a lookalike and is called one.
//
// The trusted signers live in <GenericConfigLocation>/readiness-workbench/trusted-signers.json and the
// organisation CAs as PEM files in .../readiness-workbench/authorities/, shared by the workbench and
// readiness-cli, never in a project file.

#include "Cms.h"

#include <QVector>

namespace rw {

struct TrustedSigner
{
    QString fingerprint; // SHA-256, as CertificateInfo gives it
    QString name; // the name it was trusted under
    QString email;
    QDateTime trustedAt;
};

class TrustStore
{
public:
    // folder empty: the default, shared by the workbench and the command line.
    explicit TrustStore(const QString& folder = {});

    QString folder() const { return m_folder; }
    QVector<TrustedSigner> signers() const;
    const TrustedSigner* signer(const QString& fingerprint) const;
    // Trusts the holder of certificate (DER or PEM); returns the entry, or nullopt with error set.
    std::optional<TrustedSigner> trust(const QByteArray& certificate, QString* error);
    std::optional<TrustedSigner> trust(const CertificateInfo& certificate, QString* error);
    bool remove(const QString& fingerprint, QString* error);

    // Organisation certificate authorities (PEM or DER certificates), added to the system's.
    QVector<CertificateInfo> authorities() const;
    std::optional<CertificateInfo> addAuthority(const QByteArray& certificate, QString* error);
    bool removeAuthority(const QString& fingerprint, QString* error);
    QStringList authorityFiles() const;

private:
    bool save(const QVector<TrustedSigner>& signers, QString* error) const;

    QString m_folder;
    QVector<TrustedSigner> m_signers;
};

namespace Trust {

// Settles check.trust (and may turn an intact verdict into Invalid when the signer's own certificate is
// damaged). crlFile: a certificate revocation list to apply to chains (optional).
void assess(SignatureCheck& check, const TrustStore& store, const QString& crlFile = {});

// Why the file at path is no certificate revocation list to check with (missing, or none in it); empty
// when it holds one or more (PEM or DER).
QString crlProblem(const QString& path);

// A certificate (PEM or DER) as OpenSSL's, or nullptr.
X509* parseCertificate(const QByteArray& bytes);
bool isCertificate(const QByteArray& bytes);

} // namespace Trust

} // namespace rw
