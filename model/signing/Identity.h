#pragma once

// A signing identity: an X.509 certificate with its private key (and any chain an issuer added). It is
// read from, or written to, a PKCS#12 file protected by a passphrase; it is never stored in a project.
// Passphrases are taken as bytes, used once and never kept.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

typedef struct x509_st X509;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct stack_st_X509 STACK_OF_X509;

namespace rw {

struct CertificateInfo
{
    QString commonName;
    QString email;
    QString organisation;
    QString subject; // the whole subject, one line
    QString issuer; // the whole issuer, one line
    QString fingerprint; // SHA-256 of the DER certificate, upper-case hex pairs joined by ':'
    QString keyType; // "ECDSA P-256", "RSA 3072", ...
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;

    // "Name <email>, Organisation"
    QString displayName() const;
    bool isValidAt(const QDateTime& when) const { return when >= notBefore && when <= notAfter; }
    // Why the certificate cannot sign at when (expired, not yet valid), or empty when it can.
    QString signingProblem(const QDateTime& when) const;

    static CertificateInfo of(X509* certificate);
};

enum class KeyType { EcdsaP256, Rsa3072 };

struct IdentityRequest
{
    QString name;
    QString email;
    QString organisation;
    KeyType keyType = KeyType::EcdsaP256;
    // Validity: from validFrom (default now) for validDays days.
    QDateTime validFrom;
    int validDays = 3 * 365;
};

class Identity
{
public:
    Identity();
    ~Identity();
    Identity(const Identity&);
    Identity& operator=(const Identity&);

    // Reads a PKCS#12 file's bytes. Messages say plainly what is wrong: not a PKCS#12 file, a wrong
    // passphrase, no private key. Files written with legacy ciphers (RC2, 3DES) are read too.
    static std::optional<Identity> fromPkcs12(
        const QByteArray& der, const QByteArray& passphrase, QString* error);
    static std::optional<Identity> load(const QString& path, const QByteArray& passphrase, QString* error);
    // A new self-signed identity.
    static std::optional<Identity> generate(const IdentityRequest& request, QString* error);
    // The one rule for a passphrase that protects a new identity file (at least 8 characters), for the
    // workbench and readiness-cli alike: why passphrase is too weak, or empty when it will do.
    static QString passphraseProblem(const QByteArray& passphrase);

    // The identity as a PKCS#12 file (AES-256, PBKDF2), protected by passphrase.
    QByteArray toPkcs12(const QByteArray& passphrase, QString* error) const;
    QByteArray certificatePem() const;
    QByteArray certificateDer() const;
    CertificateInfo info() const;

    X509* certificate() const;
    EVP_PKEY* key() const;
    STACK_OF_X509* chain() const; // may be null

private:
    struct Data;
    std::shared_ptr<Data> d;
};

namespace OpenSslErrors {
// The OpenSSL error queue as one line (and clears it).
QString take();
}

} // namespace rw
