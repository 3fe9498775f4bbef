#include "Identity.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Identity)
};

QString fromAsn1(const ASN1_STRING* s)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, s);
    if (length < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return out;
}

QString nameEntry(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    return fromAsn1(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString oneLine(X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QString out = QString::fromUtf8(data, int(length));
    BIO_free(bio);
    return out;
}

QDateTime fromAsn1Time(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool addName(X509_NAME* name, const char* field, const QString& value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
               reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()), -1, 0)
        == 1;
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// OpenSSL 3 reads PKCS#12 files with legacy ciphers (RC2, 3DES) only through the legacy provider.
// Loaded once, on the first legacy file, and unloaded when the program ends.
struct LegacyProvider
{
    OSSL_PROVIDER* defaults = OSSL_PROVIDER_load(nullptr, "default");
    OSSL_PROVIDER* legacy = OSSL_PROVIDER_load(nullptr, "legacy");
    ~LegacyProvider()
    {
        if (legacy)
            OSSL_PROVIDER_unload(legacy);
        if (defaults)
            OSSL_PROVIDER_unload(defaults);
    }
};

void loadLegacyProvider()
{
    static const LegacyProvider provider;
    Q_UNUSED(provider)
}

} // namespace

QString OpenSslErrors::take()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QStringLiteral("; "));
}

struct Identity::Data
{
    X509* certificate = nullptr;
    EVP_PKEY* key = nullptr;
    STACK_OF(X509) * chain = nullptr;
    ~Data()
    {
        X509_free(certificate);
        EVP_PKEY_free(key);
        sk_X509_pop_free(chain, X509_free);
    }
};

Identity::Identity()
    : d(std::make_shared<Data>())
{
}
Identity::~Identity() = default;
Identity::Identity(const Identity&) = default;
Identity& Identity::operator=(const Identity&) = default;

X509* Identity::certificate() const
{
    return d->certificate;
}
EVP_PKEY* Identity::key() const
{
    return d->key;
}
STACK_OF_X509* Identity::chain() const
{
    return d->chain;
}

QString CertificateInfo::displayName() const
{
    QString out = commonName;
    if (!email.isEmpty())
        out += QStringLiteral(" <%1>").arg(email);
    if (!organisation.isEmpty())
        out += QStringLiteral(", ") + organisation;
    return out;
}

QString CertificateInfo::signingProblem(const QDateTime& when) const
{
    if (when > notAfter)
        return Tr::tr("The certificate of %1 expired on %2; generate or import a current identity.")
            .arg(displayName(), notAfter.toString(Qt::ISODate));
    if (when < notBefore)
        return Tr::tr("The certificate of %1 is not valid before %2.")
            .arg(displayName(), notBefore.toString(Qt::ISODate));
    return {};
}

CertificateInfo CertificateInfo::of(X509* cert)
{
    CertificateInfo info;
    if (!cert)
        return info;
    X509_NAME* subject = X509_get_subject_name(cert);
    info.commonName = nameEntry(subject, NID_commonName);
    info.email = nameEntry(subject, NID_pkcs9_emailAddress);
    info.organisation = nameEntry(subject, NID_organizationName);
    info.subject = oneLine(subject);
    info.issuer = oneLine(X509_get_issuer_name(cert));
    info.selfSigned = X509_NAME_cmp(subject, X509_get_issuer_name(cert)) == 0;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) == 1) {
        QStringList pairs;
        for (unsigned int i = 0; i < length; ++i)
            pairs << QStringLiteral("%1").arg(digest[i], 2, 16, QLatin1Char('0')).toUpper();
        info.fingerprint = pairs.join(QLatin1Char(':'));
    }
    if (EVP_PKEY* key = X509_get0_pubkey(cert)) {
        if (EVP_PKEY_base_id(key) == EVP_PKEY_EC) {
            char group[64] = {};
            size_t groupLength = 0;
            EVP_PKEY_get_group_name(key, group, sizeof group, &groupLength);
            const QString curve = QString::fromLatin1(group);
            info.keyType = QStringLiteral("ECDSA %1")
                               .arg(curve == QLatin1String("prime256v1") ? QStringLiteral("P-256") : curve);
        } else if (EVP_PKEY_base_id(key) == EVP_PKEY_RSA) {
            info.keyType = QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
        } else {
            info.keyType = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_base_id(key)));
        }
    }
    info.notBefore = fromAsn1Time(X509_get0_notBefore(cert));
    info.notAfter = fromAsn1Time(X509_get0_notAfter(cert));
    return info;
}

CertificateInfo Identity::info() const
{
    return CertificateInfo::of(d->certificate);
}

std::optional<Identity> Identity::fromPkcs12(
    const QByteArray& der, const QByteArray& passphrase, QString* error)
{
    ERR_clear_error();
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, long(der.size()));
    if (!p12) {
        ERR_clear_error();
        *error = Tr::tr("This is not a PKCS#12 identity file (.p12 or .pfx), or it is damaged.");
        return std::nullopt;
    }
    const QByteArray pass = passphrase;
    if (PKCS12_mac_present(p12) && PKCS12_verify_mac(p12, pass.constData(), int(pass.size())) != 1) {
        PKCS12_free(p12);
        ERR_clear_error();
        *error = Tr::tr("The passphrase is wrong.");
        return std::nullopt;
    }
    Identity identity;
    Data& data = *identity.d;
    bool ok = PKCS12_parse(p12, pass.constData(), &data.key, &data.certificate, &data.chain) == 1;
    if (!ok) {
        // A legacy cipher (RC2, 3DES) fails as "unsupported" until the legacy provider is loaded.
        ERR_clear_error();
        loadLegacyProvider();
        ok = PKCS12_parse(p12, pass.constData(), &data.key, &data.certificate, &data.chain) == 1;
    }
    PKCS12_free(p12);
    if (!ok) {
        *error = Tr::tr("The identity file cannot be read: %1").arg(OpenSslErrors::take());
        return std::nullopt;
    }
    if (!data.key || !data.certificate) {
        *error = Tr::tr(
            "The identity file holds no private key and certificate; a signing identity needs both.");
        return std::nullopt;
    }
    if (X509_check_private_key(data.certificate, data.key) != 1) {
        ERR_clear_error();
        *error = Tr::tr("The identity file's private key does not belong to its certificate.");
        return std::nullopt;
    }
    return identity;
}

std::optional<Identity> Identity::load(const QString& path, const QByteArray& passphrase, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromPkcs12(file.readAll(), passphrase, error);
}

std::optional<Identity> Identity::generate(const IdentityRequest& request, QString* error)
{
    ERR_clear_error();
    if (request.name.trimmed().isEmpty()) {
        *error = Tr::tr("An identity needs a name.");
        return std::nullopt;
    }
    Identity identity;
    Data& data = *identity.d;
    data.key = request.keyType == KeyType::Rsa3072 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072))
                                                   : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!data.key) {
        *error = Tr::tr("A key cannot be generated: %1").arg(OpenSslErrors::take());
        return std::nullopt;
    }
    data.certificate = X509_new();
    X509* cert = data.certificate;
    X509_set_version(cert, 2);
    // A random 128-bit serial number, positive.
    BIGNUM* serial = BN_new();
    BN_rand(serial, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert));
    BN_free(serial);
    const QDateTime from = request.validFrom.isValid() ? request.validFrom : QDateTime::currentDateTimeUtc();
    ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), time_t(from.addDays(request.validDays).toSecsSinceEpoch()));
    X509_set_pubkey(cert, data.key);
    X509_NAME* name = X509_get_subject_name(cert);
    bool ok = addName(name, "CN", request.name.trimmed())
        && addName(name, "O", request.organisation.trimmed())
        && addName(name, "emailAddress", request.email.trimmed());
    X509_set_issuer_name(cert, name);
    ok = ok && addExtension(cert, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert, NID_key_usage, "critical,digitalSignature,nonRepudiation")
        && addExtension(cert, NID_ext_key_usage, "emailProtection")
        && addExtension(cert, NID_subject_key_identifier, "hash");
    if (ok && !request.email.trimmed().isEmpty())
        ok = addExtension(cert, NID_subject_alt_name,
            QStringLiteral("email:%1").arg(request.email.trimmed()).toUtf8().constData());
    if (!ok || X509_sign(cert, data.key, EVP_sha256()) <= 0) {
        *error = Tr::tr("The certificate cannot be made: %1").arg(OpenSslErrors::take());
        return std::nullopt;
    }
    return identity;
}

QString Identity::passphraseProblem(const QByteArray& passphrase)
{
    constexpr int MinimumCharacters = 8;
    if (QString::fromUtf8(passphrase).toUcs4().size() < MinimumCharacters)
        return Tr::tr("Use a passphrase of at least %1 characters.").arg(MinimumCharacters);
    return {};
}

QByteArray Identity::toPkcs12(const QByteArray& passphrase, QString* error) const
{
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    ERR_clear_error();
    const QByteArray friendly = info().commonName.toUtf8();
    // nid 0 picks OpenSSL 3's defaults: AES-256-CBC with PBKDF2 and a SHA-256 MAC. The work factor is
    // today's (OWASP's 600,000 PBKDF2-SHA256 rounds) for the key and for the MAC alike: a MAC with fewer
    // rounds would let a guesser test passphrases against it cheaply.
    constexpr int Rounds = 600000;
    PKCS12* p12 = PKCS12_create(passphrase.constData(), friendly.constData(), d->key, d->certificate,
        d->chain, 0, 0, Rounds, Rounds, 0);
    if (!p12) {
        *error = Tr::tr("The identity cannot be written: %1").arg(OpenSslErrors::take());
        return {};
    }
    unsigned char* out = nullptr;
    const int length = i2d_PKCS12(p12, &out);
    PKCS12_free(p12);
    if (length <= 0) {
        *error = Tr::tr("The identity cannot be written: %1").arg(OpenSslErrors::take());
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

QByteArray Identity::certificatePem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, d->certificate);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(length));
    BIO_free(bio);
    return out;
}

QByteArray Identity::certificateDer() const
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(d->certificate, &out);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

} // namespace rw
