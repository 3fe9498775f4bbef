#include "Trust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Trust)
};

QString signersFile(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("trusted-signers.json"));
}

QString authoritiesFolder(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("authorities"));
}

QString plainFingerprint(const QString& fingerprint)
{
    return QString(fingerprint).remove(QLatin1Char(':')).toLower();
}

struct CertificateDeleter
{
    void operator()(X509* x) const { X509_free(x); }
};
using Certificate = std::unique_ptr<X509, CertificateDeleter>;

struct CrlDeleter
{
    void operator()(X509_CRL* x) const { X509_CRL_free(x); }
};
using Crl = std::unique_ptr<X509_CRL, CrlDeleter>;

// The revocation lists in a file: PEM (one or more) or DER.
std::vector<Crl> readCrls(const QString& path)
{
    std::vector<Crl> crls;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return crls;
    const QByteArray bytes = file.read(16 * 1024 * 1024);
    if (bytes.contains("-----BEGIN X509 CRL-----")) {
        BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        while (X509_CRL* crl = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr))
            crls.emplace_back(crl);
        BIO_free(bio);
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        if (X509_CRL* crl = d2i_X509_CRL(nullptr, &p, long(bytes.size())))
            crls.emplace_back(crl);
    }
    ERR_clear_error();
    return crls;
}

enum class Revocation { NotRevoked, Revoked, NotCovered };

// Whether a list signed by the certificate's issuer names it. Any listing counts, whatever its date:
// the signing time is the signer's own claim, so a key used after it was revoked could claim an earlier one.
Revocation revocation(X509* certificate, X509* issuer, const std::vector<Crl>& crls)
{
    bool covered = false;
    for (const Crl& crl : crls) {
        if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(certificate)) != 0
            || X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1)
            continue;
        covered = true;
        X509_REVOKED* entry = nullptr;
        if (X509_CRL_get0_by_cert(crl.get(), &entry, certificate) == 1) {
            ERR_clear_error();
            return Revocation::Revoked;
        }
    }
    ERR_clear_error();
    return covered ? Revocation::NotRevoked : Revocation::NotCovered;
}

// The chain from the signer to a trust anchor, checked at the signing time; the anchor's subject on
// success, else empty with why set. With revocation lists, the signer's certificate must be covered by
// one of its issuer's and not be on it (revoked is set when it is).
QString chainAnchor(X509* signer, const SignatureCheck& check, const TrustStore& store,
    const QString& crlFile, QString* why, bool* revoked)
{
    X509_STORE* anchors = X509_STORE_new();
    X509_STORE_set_default_paths(anchors);
    for (const QString& file : store.authorityFiles())
        X509_STORE_load_file(anchors, QFile::encodeName(file).constData());
    ERR_clear_error();
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (const QByteArray& der : check.otherCertificates) {
        if (X509* other = Trust::parseCertificate(der))
            sk_X509_push(untrusted, other);
    }
    X509_STORE_CTX* context = X509_STORE_CTX_new();
    QString anchor;
    if (X509_STORE_CTX_init(context, anchors, signer, untrusted) == 1) {
        if (check.signedAt.isValid())
            X509_STORE_CTX_set_time(context, 0, time_t(check.signedAt.toSecsSinceEpoch()));
        if (X509_verify_cert(context) == 1) {
            STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context);
            anchor = CertificateInfo::of(sk_X509_value(chain, sk_X509_num(chain) - 1)).subject;
            if (!crlFile.isEmpty()) {
                X509* issuer = sk_X509_value(chain, sk_X509_num(chain) > 1 ? 1 : 0);
                switch (revocation(signer, issuer, readCrls(crlFile))) {
                case Revocation::NotRevoked:
                    break;
                case Revocation::Revoked:
                    *revoked = true;
                    anchor.clear();
                    break;
                case Revocation::NotCovered:
                    *why = Tr::tr(
                        "the revocation list given is not its issuer's, so whether it was revoked is "
                        "not known");
                    anchor.clear();
                    break;
                }
            }
        } else {
            *why = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context)));
        }
    }
    X509_STORE_CTX_free(context);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(anchors);
    ERR_clear_error();
    return anchor;
}

} // namespace

QString Trust::crlProblem(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Tr::tr("The revocation list %1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (readCrls(path).empty())
        return Tr::tr("%1 is not a certificate revocation list (PEM or DER).")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

X509* Trust::parseCertificate(const QByteArray& bytes)
{
    if (bytes.contains("-----BEGIN CERTIFICATE-----")) {
        BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        ERR_clear_error();
        return x;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    X509* x = d2i_X509(nullptr, &p, long(bytes.size()));
    // Bytes after the certificate are not part of it: such input is not a certificate.
    if (x && p != reinterpret_cast<const unsigned char*>(bytes.constData()) + bytes.size()) {
        X509_free(x);
        x = nullptr;
    }
    ERR_clear_error();
    return x;
}

bool Trust::isCertificate(const QByteArray& bytes)
{
    const Certificate x(parseCertificate(bytes));
    return x != nullptr;
}

TrustStore::TrustStore(const QString& folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                + QStringLiteral("/readiness-workbench")
                                : folder)
{
    QFile file(signersFile(m_folder));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("signers")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        TrustedSigner s { o.value(QStringLiteral("fingerprint")).toString(),
            o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("email")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("trusted_at")).toString(), Qt::ISODate) };
        if (!s.fingerprint.isEmpty())
            m_signers.append(s);
    }
}

QVector<TrustedSigner> TrustStore::signers() const
{
    return m_signers;
}

const TrustedSigner* TrustStore::signer(const QString& fingerprint) const
{
    const QString wanted = plainFingerprint(fingerprint);
    for (const TrustedSigner& s : m_signers) {
        if (plainFingerprint(s.fingerprint) == wanted)
            return &s;
    }
    return nullptr;
}

std::optional<TrustedSigner> TrustStore::trust(const QByteArray& certificate, QString* error)
{
    const Certificate x(Trust::parseCertificate(certificate));
    if (!x) {
        *error = Tr::tr("This is not a certificate (PEM or DER).");
        return std::nullopt;
    }
    return trust(CertificateInfo::of(x.get()), error);
}

std::optional<TrustedSigner> TrustStore::trust(const CertificateInfo& certificate, QString* error)
{
    if (const TrustedSigner* known = signer(certificate.fingerprint))
        return *known;
    TrustedSigner s { certificate.fingerprint, certificate.commonName, certificate.email,
        QDateTime::currentDateTimeUtc() };
    QVector<TrustedSigner> next = m_signers;
    next.append(s);
    if (!save(next, error))
        return std::nullopt;
    m_signers = next;
    return s;
}

bool TrustStore::remove(const QString& fingerprint, QString* error)
{
    QVector<TrustedSigner> next = m_signers;
    const QString wanted = plainFingerprint(fingerprint);
    next.erase(std::remove_if(next.begin(), next.end(),
                   [&wanted](const TrustedSigner& s) { return plainFingerprint(s.fingerprint) == wanted; }),
        next.end());
    if (next.size() == m_signers.size()) {
        *error = Tr::tr("No trusted signer has the fingerprint %1.").arg(fingerprint);
        return false;
    }
    if (!save(next, error))
        return false;
    m_signers = next;
    return true;
}

bool TrustStore::save(const QVector<TrustedSigner>& signers, QString* error) const
{
    QJsonArray list;
    for (const TrustedSigner& s : signers)
        list.append(QJsonObject { { QStringLiteral("fingerprint"), s.fingerprint },
            { QStringLiteral("name"), s.name }, { QStringLiteral("email"), s.email },
            { QStringLiteral("trusted_at"), s.trustedAt.toString(Qt::ISODate) } });
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("signers"), list } }).toJson();
    QDir().mkpath(m_folder);
    QSaveFile file(signersFile(m_folder));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = Tr::tr("The trusted signers cannot be saved in %1: %2")
                     .arg(QDir::toNativeSeparators(m_folder), file.errorString());
        return false;
    }
    return true;
}

QStringList TrustStore::authorityFiles() const
{
    QStringList files;
    const QDir dir(authoritiesFolder(m_folder));
    for (const QString& name : dir.entryList({ QStringLiteral("*.pem") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QVector<CertificateInfo> TrustStore::authorities() const
{
    QVector<CertificateInfo> out;
    for (const QString& path : authorityFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (const Certificate x { Trust::parseCertificate(file.readAll()) })
            out.append(CertificateInfo::of(x.get()));
    }
    return out;
}

std::optional<CertificateInfo> TrustStore::addAuthority(const QByteArray& certificate, QString* error)
{
    const Certificate x(Trust::parseCertificate(certificate));
    if (!x) {
        *error = Tr::tr("This is not a certificate (PEM or DER).");
        return std::nullopt;
    }
    if (X509_check_ca(x.get()) == 0) {
        *error = Tr::tr("This certificate is not a certificate authority's; trust it as a signer instead.");
        return std::nullopt;
    }
    const CertificateInfo info = CertificateInfo::of(x.get());
    QDir().mkpath(authoritiesFolder(m_folder));
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, x.get());
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(length));
    BIO_free(bio);
    QSaveFile file(QDir(authoritiesFolder(m_folder))
                       .filePath(plainFingerprint(info.fingerprint) + QStringLiteral(".pem")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        *error = Tr::tr("The certificate authority cannot be saved: %1").arg(file.errorString());
        return std::nullopt;
    }
    return info;
}

bool TrustStore::removeAuthority(const QString& fingerprint, QString* error)
{
    const QString path
        = QDir(authoritiesFolder(m_folder)).filePath(plainFingerprint(fingerprint) + QStringLiteral(".pem"));
    if (!QFile::exists(path) || !QFile::remove(path)) {
        *error = Tr::tr("No certificate authority has the fingerprint %1.").arg(fingerprint);
        return false;
    }
    return true;
}

void Trust::assess(SignatureCheck& check, const TrustStore& store, const QString& crlFile)
{
    check.trust = SignatureCheck::Trust::Unknown;
    check.trustedAs.clear();
    check.lookalikeOf.clear();
    check.issuerProblem.clear();
    if (check.verdict == SignatureCheck::Verdict::Unsigned || check.signerCertificate.isEmpty())
        return;
    const Certificate signer(parseCertificate(check.signerCertificate));
    if (!signer) {
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("The signer's certificate cannot be read.");
        return;
    }
    // A self-issued certificate vouches for itself: its own signature must hold, or it was changed.
    // (By name: X509_check_issued would also want the key usage of an authority, which a signer's own
    // certificate does not have.)
    const bool selfIssued
        = X509_NAME_cmp(X509_get_subject_name(signer.get()), X509_get_issuer_name(signer.get())) == 0;
    if (selfIssued && X509_verify(signer.get(), X509_get0_pubkey(signer.get())) != 1) {
        ERR_clear_error();
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem
            = Tr::tr("The signer's certificate was changed: it no longer carries a valid signature of "
                     "its own key, so nothing it says about the signer can be believed.");
        return;
    }
    if (const TrustedSigner* pinned = store.signer(check.signer.fingerprint)) {
        check.trust = SignatureCheck::Trust::Pinned;
        check.trustedAs = pinned->name;
        return;
    }
    QString why;
    bool revoked = false;
    const QString anchor = chainAnchor(signer.get(), check, store, crlFile, &why, &revoked);
    if (!anchor.isEmpty()) {
        check.trust = SignatureCheck::Trust::Anchored;
        check.trustedAs = anchor;
        return;
    }
    if (revoked) {
        check.trust = SignatureCheck::Trust::Revoked;
        check.issuerProblem = Tr::tr("was revoked by its issuer %1 (it is on the revocation list given)")
                                  .arg(check.signer.issuer);
        return;
    }
    if (!selfIssued) {
        const bool signedItself = X509_verify(signer.get(), X509_get0_pubkey(signer.get())) == 1;
        ERR_clear_error();
        check.issuerProblem = signedItself
            ? Tr::tr("claims to be issued by %1, but it was signed with its own key").arg(check.signer.issuer)
            : Tr::tr("claims to be issued by %1, which cannot be confirmed (%2)")
                  .arg(check.signer.issuer, why);
    }
    // The name or e-mail of somebody trusted, with another key.
    for (const TrustedSigner& s : store.signers()) {
        const bool sameName
            = !s.name.isEmpty() && s.name.compare(check.signer.commonName, Qt::CaseInsensitive) == 0;
        const bool sameEmail
            = !s.email.isEmpty() && s.email.compare(check.signer.email, Qt::CaseInsensitive) == 0;
        if (sameName || sameEmail) {
            check.trust = SignatureCheck::Trust::Lookalike;
            check.lookalikeOf = s.email.isEmpty() ? s.name : QStringLiteral("%1 <%2>").arg(s.name, s.email);
            return;
        }
    }
}

} // namespace rw
