#pragma once

// Detached CMS signatures (RFC 5652) over exact bytes: the /Contents of a signed PDF and the .p7s beside a
// signed Markdown report. Content is signed as binary (CMS_BINARY), so no line ending is ever rewritten
// before hashing and `openssl cms -verify -binary` agrees with us.

#include "Identity.h"

#include <QByteArrayList>

namespace rw {

struct SignatureCheck
{
    enum class Verdict {
        Intact, // the signature is valid over exactly these bytes
        Changed, // the bytes differ from what was signed
        Invalid, // the signature itself is damaged or does not verify
        Unsigned, // there is no signature
    };
    Verdict verdict = Verdict::Unsigned;
    QString problem; // why it is not intact, in the user's words
    CertificateInfo signer;
    QDateTime signedAt; // the signing-time attribute, UTC
    bool wholeDocument = true; // a PDF signature covers the whole file
    bool certificateValidAtSigning = true;
    // The signer's certificate and the others the signature carries (DER), for Trust::assess.
    QByteArray signerCertificate;
    QByteArrayList otherCertificates;

    // Whom it is from (Trust::assess): only a trusted signer is believed to be who the certificate says.
    enum class Trust {
        Unknown, // intact, but nobody vouches for the signer: compare the fingerprint
        Pinned, // a signer the user trusted, by fingerprint
        Anchored, // a certificate chain that ends in a trust anchor
        Lookalike, // the name or e-mail of a trusted signer, with another key
        Revoked, // on a revocation list of its issuer given to the check
    };
    Trust trust = Trust::Unknown;
    QString trustedAs; // the pinned name, or the anchor's subject
    QString lookalikeOf; // the trusted signer it imitates
    QString issuerProblem; // why a claimed issuer is not believed

    bool intact() const { return verdict == Verdict::Intact && certificateValidAtSigning && wholeDocument; }
    bool trusted() const { return trust == Trust::Pinned || trust == Trust::Anchored; }
};

namespace Cms {

// A detached DER CMS signature over content, with the signing time and the signer's certificate.
QByteArray signDetached(const Identity& identity, const QByteArray& content, QString* error);
// Checks a detached signature over the pieces of content (concatenated in order).
SignatureCheck verifyDetached(const QByteArray& signatureDer, const QByteArrayList& content);

} // namespace Cms

} // namespace rw
