#include "IdentityStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <openssl/pem.h>
#include <openssl/x509.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStore)
};

bool writeFile(
    const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions, QString* error)
{
    // The permissions are set on the new file before a byte is written: a key file is never readable by
    // others, not even for a moment.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

IdentityStore::IdentityStore(const QString& folder)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/identities")
                                : folder)
{
}

QVector<StoredIdentity> IdentityStore::list() const
{
    QVector<StoredIdentity> out;
    const QDir dir(m_folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.p12") }, QDir::Files, QDir::Name)) {
        const QString p12 = dir.filePath(name);
        QFile pem(p12.chopped(4) + QStringLiteral(".pem"));
        if (!pem.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = pem.readAll();
        BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
        X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!cert)
            continue;
        out.append({ p12, CertificateInfo::of(cert) });
        X509_free(cert);
    }
    return out;
}

std::optional<StoredIdentity> IdentityStore::add(
    const Identity& identity, const QByteArray& passphrase, QString* error)
{
    if (passphrase.isEmpty()) {
        *error = Tr::tr("An identity needs a passphrase to protect its private key.");
        return std::nullopt;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = Tr::tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const CertificateInfo info = identity.info();
    QString base = info.commonName.toLower();
    for (QChar& c : base) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    base = base.left(40) + QLatin1Char('-') + info.fingerprint.left(11).remove(QLatin1Char(':')).toLower();
    const QString p12 = QDir(m_folder).filePath(base + QStringLiteral(".p12"));
    if (QFile::exists(p12)) {
        *error = Tr::tr("This identity is already kept.");
        return std::nullopt;
    }
    const QByteArray bytes = identity.toPkcs12(passphrase, error);
    if (bytes.isEmpty())
        return std::nullopt;
    if (!writeFile(p12, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error))
        return std::nullopt;
    if (!writeFile(p12.chopped(4) + QStringLiteral(".pem"), identity.certificatePem(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther,
            error)) {
        QFile::remove(p12);
        return std::nullopt;
    }
    return StoredIdentity { p12, info };
}

bool IdentityStore::remove(const StoredIdentity& identity, QString* error)
{
    if (!QFile::remove(identity.path) && QFile::exists(identity.path)) {
        *error = Tr::tr("%1 cannot be deleted.").arg(QDir::toNativeSeparators(identity.path));
        return false;
    }
    QFile::remove(identity.path.chopped(4) + QStringLiteral(".pem"));
    return true;
}

std::optional<Identity> IdentityStore::unlock(
    const StoredIdentity& identity, const QByteArray& passphrase, QString* error) const
{
    return Identity::load(identity.path, passphrase, error);
}

} // namespace rw
