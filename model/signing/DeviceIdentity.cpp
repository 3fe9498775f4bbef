#include "DeviceIdentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)
};

} // namespace

struct DeviceIdentity::Private
{
    EVP_PKEY* key = nullptr;
    ~Private() { EVP_PKEY_free(key); }
};

DeviceIdentity::DeviceIdentity(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

DeviceIdentity::~DeviceIdentity() = default;

void* DeviceIdentity::nativeKey() const
{
    return d->key;
}
DeviceIdentity::DeviceIdentity(DeviceIdentity&&) noexcept = default;

std::unique_ptr<DeviceIdentity> DeviceIdentity::loadOrCreate(const QString& folder, QString* error)
{
    const QString dir = folder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/readiness-workbench")
        : folder;
    const QString path = QDir(dir).filePath(QStringLiteral("device-ed25519.pem"));
    auto p = std::make_unique<Private>();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray pem = file.readAll();
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        p->key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        ERR_clear_error();
        if (!p->key || EVP_PKEY_get_id(p->key) != EVP_PKEY_ED25519) {
            *error = Tr::tr("The device key %1 is damaged; move it away to make a new one.")
                         .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        return std::unique_ptr<DeviceIdentity>(new DeviceIdentity(std::move(p)));
    }
    p->key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!p->key) {
        ERR_clear_error();
        *error = Tr::tr("No device key can be made.");
        return nullptr;
    }
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, p->key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(length));
    BIO_free(bio);
    QDir().mkpath(dir);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(pem) != pem.size() || !out.commit()) {
        *error = Tr::tr("The device key cannot be saved in %1: %2")
                     .arg(QDir::toNativeSeparators(dir), out.errorString());
        return nullptr;
    }
    return std::unique_ptr<DeviceIdentity>(new DeviceIdentity(std::move(p)));
}

namespace {
const DeviceIdentity* g_override = nullptr;
}

void DeviceIdentity::setCurrent(const DeviceIdentity* device)
{
    g_override = device;
}

const DeviceIdentity* DeviceIdentity::current()
{
    if (g_override)
        return g_override;
    static const std::unique_ptr<DeviceIdentity> device = [] {
        QString error;
        auto loaded = loadOrCreate(QString(), &error);
        if (!loaded)
            qWarning("%s", qPrintable(error));
        return loaded;
    }();
    return device.get();
}

QString DeviceIdentity::publicKey() const
{
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(d->key, raw, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), int(length)).toBase64());
}

QString DeviceIdentity::fingerprint(const QString& publicKey)
{
    const QByteArray hex
        = QCryptographicHash::hash(QByteArray::fromBase64(publicKey.toLatin1()), QCryptographicHash::Sha256)
              .toHex()
              .left(16)
              .toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QString DeviceIdentity::sign(const QByteArray& message) const
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    unsigned char signature[64];
    size_t length = sizeof signature;
    const bool ok = EVP_DigestSignInit(context, nullptr, nullptr, nullptr, d->key) == 1
        && EVP_DigestSign(context, signature, &length,
               reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    return ok
        ? QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(signature), int(length)).toBase64())
        : QString();
}

bool DeviceIdentity::verify(const QString& publicKey, const QByteArray& message, const QString& signature)
{
    // Logs are verified whole and often (on opening, before and after a merge): a signature this process
    // has checked once is remembered, by a SHA-256 of key, message and signature together.
    static QMutex mutex;
    static QSet<QByteArray> verified;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(publicKey.toLatin1());
    digest.addData(QByteArrayView("\x1f", 1));
    digest.addData(message);
    digest.addData(QByteArrayView("\x1f", 1));
    digest.addData(signature.toLatin1());
    const QByteArray id = digest.result();
    {
        const QMutexLocker lock(&mutex);
        if (verified.contains(id))
            return true;
    }
    const QByteArray raw = QByteArray::fromBase64(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromBase64(signature.toLatin1());
    if (raw.size() != 32 || sig.size() != 64)
        return false;
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
        reinterpret_cast<const unsigned char*>(raw.constData()), size_t(raw.size()));
    if (!key) {
        ERR_clear_error();
        return false;
    }
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(sig.constData()),
               size_t(sig.size()), reinterpret_cast<const unsigned char*>(message.constData()),
               size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    ERR_clear_error();
    if (ok) {
        const QMutexLocker lock(&mutex);
        if (verified.size() > 1000000)
            verified.clear();
        verified.insert(id);
    }
    return ok;
}

} // namespace rw
