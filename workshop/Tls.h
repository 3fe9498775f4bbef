#pragma once

// A live workshop's TLS: each laptop's certificate is made from its device key (DeviceIdentity, Ed25519),
// self-signed and held in memory only, so that the public key a peer's certificate carries is the one
// its log entries are signed with. TLS 1.3 only. Neither side trusts a certificate authority: the host
// proves itself by the join code (Protocol::joinCode of its key), a joiner by the facilitator's admission
// after both screens showed the same words.

#include <QSslConfiguration>
#include <QString>

namespace rw {
class DeviceIdentity;
}

namespace rw::workshop {

// The TLS configuration of device (certificate, key, TLS 1.3, peers asked for their certificates);
// a null configuration (with why) when OpenSSL cannot make the certificate.
QSslConfiguration configuration(const DeviceIdentity& device, QString* error);
// The device public key (base64, as log entries name devices) a certificate carries; empty when it is
// no Ed25519 certificate.
QString publicKeyOf(const QSslCertificate& certificate);

} // namespace rw::workshop
