#include "Tls.h"

#include "signing/DeviceIdentity.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace rw::workshop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workshop)
};

QByteArray certificateFor(EVP_PKEY* key, const QString& publicKey)
{
    X509* x = X509_new();
    QByteArray der;
    if (!x)
        return der;
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    // Valid from a day ago (clocks in a room disagree) for a year; nobody checks it against a date.
    X509_gmtime_adj(X509_getm_notBefore(x), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 365L * 24 * 3600);
    X509_set_pubkey(x, key);
    X509_NAME* name = X509_get_subject_name(x);
    const QByteArray cn = "Readiness Workbench device " + DeviceIdentity::fingerprint(publicKey).toLatin1();
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(x, name);
    if (X509_sign(x, key, nullptr) > 0) { // Ed25519 signs without a separate digest
        const int length = i2d_X509(x, nullptr);
        der.resize(length);
        auto* out = reinterpret_cast<unsigned char*>(der.data());
        i2d_X509(x, &out);
    }
    X509_free(x);
    ERR_clear_error();
    return der;
}

} // namespace

QSslConfiguration configuration(const DeviceIdentity& device, QString* error)
{
    auto* key = static_cast<EVP_PKEY*>(device.nativeKey());
    const QByteArray der = certificateFor(key, device.publicKey());
    const QSslCertificate certificate(der, QSsl::Der);
    if (der.isEmpty() || certificate.isNull()) {
        *error = Tr::tr("OpenSSL made no certificate of this device's key");
        return {};
    }
    // QSslKey takes a reference of its own to the key (an opaque key: Qt's own key types know no Ed25519).
    EVP_PKEY_up_ref(key);
    const QSslKey sslKey(Qt::HANDLE(key), QSsl::PrivateKey);
    if (sslKey.isNull()) {
        EVP_PKEY_free(key);
        *error = Tr::tr("Qt's TLS does not take this device's key");
        return {};
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_3);
    c.setLocalCertificate(certificate);
    c.setPrivateKey(sslKey);
    // Each side reads the other's certificate and checks it itself (code, admission): no authority.
    c.setPeerVerifyMode(QSslSocket::QueryPeer);
    c.setCaCertificates({});
    return c;
}

QString publicKeyOf(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x = d2i_X509(nullptr, &in, der.size());
    QString result;
    if (x) {
        EVP_PKEY* key = X509_get0_pubkey(x);
        unsigned char raw[32];
        size_t length = sizeof raw;
        if (key && EVP_PKEY_get_id(key) == EVP_PKEY_ED25519
            && EVP_PKEY_get_raw_public_key(key, raw, &length) == 1 && length == 32)
            result = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), 32).toBase64());
        X509_free(x);
    }
    ERR_clear_error();
    return result;
}

} // namespace rw::workshop
