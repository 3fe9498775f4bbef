#pragma once

// This computer's identity: an Ed25519 key pair made on first use and kept in the user's configuration
// (<GenericConfigLocation>/readiness-workbench/device-ed25519.pem, mode 0600), never in a project file.
// Every audit entry this computer writes is signed with it, and so is the log's checkpoint, so that a
// log rewritten or cut short by somebody without this key no longer verifies. People see the assessor's
// name beside the device's fingerprint.

#include <QByteArray>
#include <QString>
#include <memory>

namespace rw {

class DeviceIdentity
{
public:
    ~DeviceIdentity();
    DeviceIdentity(DeviceIdentity&&) noexcept;

    // The key in folder (empty: the default), made there when there is none; nullptr with error set when
    // it can be neither read nor made.
    static std::unique_ptr<DeviceIdentity> loadOrCreate(const QString& folder, QString* error);
    // This process's device (loaded or made once); nullptr when there is none to be had.
    static const DeviceIdentity* current();
    // Makes device this process's device until called with nullptr (a test acting as several laptops).
    static void setCurrent(const DeviceIdentity* device);

    // The public key, base64 (the name a log entry gives its device).
    QString publicKey() const;
    // A short fingerprint for people: the first 16 hex digits of the public key's SHA-256, in groups.
    static QString fingerprint(const QString& publicKey);
    // An Ed25519 signature of message, base64.
    QString sign(const QByteArray& message) const;
    static bool verify(const QString& publicKey, const QByteArray& message, const QString& signature);
    // The key itself (an OpenSSL EVP_PKEY, owned by this identity): a live workshop's TLS certificate is
    // made from it, so that a peer's certificate names the device its log entries name.
    void* nativeKey() const;

private:
    struct Private;
    explicit DeviceIdentity(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace rw
