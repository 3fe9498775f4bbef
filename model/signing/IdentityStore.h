#pragma once

// The identities a user keeps for signing, in the user's application data folder ("identities"): each
// as a PKCS#12 file encrypted with its passphrase, with its certificate beside it (public, so the list
// needs no passphrase). Never inside a project file.

#include "Identity.h"

#include <QVector>

namespace rw {

struct StoredIdentity
{
    QString path; // the .p12 file
    CertificateInfo info;
};

class IdentityStore
{
public:
    // The default folder is <AppDataLocation>/identities.
    explicit IdentityStore(const QString& folder = {});

    QString folder() const { return m_folder; }
    QVector<StoredIdentity> list() const;
    // Keeps identity encrypted with passphrase; returns the stored entry, or nullopt with error set.
    std::optional<StoredIdentity> add(const Identity& identity, const QByteArray& passphrase, QString* error);
    bool remove(const StoredIdentity& identity, QString* error);
    std::optional<Identity> unlock(
        const StoredIdentity& identity, const QByteArray& passphrase, QString* error) const;

private:
    QString m_folder;
};

} // namespace rw
