#include "Cms.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cms)
};

QDateTime signingTime(CMS_SignerInfo* si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, index);
    ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    struct tm tm = {};
    if (ASN1_TIME_to_tm(value->value.utctime, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace

QByteArray Cms::signDetached(const Identity& identity, const QByteArray& content, QString* error)
{
    ERR_clear_error();
    if (const QString problem = identity.info().signingProblem(QDateTime::currentDateTimeUtc());
        !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    BIO* in = BIO_new_mem_buf(content.constData(), int(content.size()));
    CMS_ContentInfo* cms
        = CMS_sign(identity.certificate(), identity.key(), identity.chain(), in, CMS_DETACHED | CMS_BINARY);
    BIO_free(in);
    if (!cms) {
        *error = Tr::tr("The signature cannot be made: %1").arg(OpenSslErrors::take());
        return {};
    }
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    if (length <= 0) {
        *error = Tr::tr("The signature cannot be written: %1").arg(OpenSslErrors::take());
        return {};
    }
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

SignatureCheck Cms::verifyDetached(const QByteArray& signatureDer, const QByteArrayList& content)
{
    ERR_clear_error();
    SignatureCheck check;
    const auto* p = reinterpret_cast<const unsigned char*>(signatureDer.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &p, long(signatureDer.size()));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed) {
        CMS_ContentInfo_free(cms);
        ERR_clear_error();
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("The signature is damaged: it is not a CMS signature.");
        return check;
    }
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
    if (sk_CMS_SignerInfo_num(signers) != 1) {
        CMS_ContentInfo_free(cms);
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("The signature has %1 signers; a report signature has exactly one.")
                            .arg(sk_CMS_SignerInfo_num(signers));
        return check;
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
    check.signedAt = signingTime(si);
    STACK_OF(X509)* certs = CMS_get1_certs(cms);
    X509* signerCert = nullptr;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs, i)) == 0)
            signerCert = sk_X509_value(certs, i);
    }
    if (!signerCert) {
        sk_X509_pop_free(certs, X509_free);
        CMS_ContentInfo_free(cms);
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("The signature does not carry the signer's certificate.");
        return check;
    }
    check.signer = CertificateInfo::of(signerCert);
    const auto der = [](X509* certificate) {
        unsigned char* bytes = nullptr;
        const int length = i2d_X509(certificate, &bytes);
        QByteArray out = length > 0 ? QByteArray(reinterpret_cast<const char*>(bytes), length) : QByteArray();
        OPENSSL_free(bytes);
        return out;
    };
    check.signerCertificate = der(signerCert);
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        if (sk_X509_value(certs, i) != signerCert)
            check.otherCertificates << der(sk_X509_value(certs, i));
    }
    CMS_SignerInfo_set1_signer_cert(si, signerCert);
    sk_X509_pop_free(certs, X509_free);
    // First the signature over the signed attributes (which hold the content's digest): when it fails, the
    // signature itself was damaged; when only the content check fails, the report was changed.
    const bool signatureOk = CMS_SignerInfo_verify(si) == 1;
    ERR_clear_error();

    QByteArray data;
    qsizetype total = 0;
    for (const QByteArray& piece : content)
        total += piece.size();
    data.reserve(total);
    for (const QByteArray& piece : content)
        data += piece;
    BIO* bio = BIO_new_mem_buf(data.constData(), int(data.size()));
    // The digest and the signature are checked here; whom to trust is the reader's decision, made on the
    // certificate fingerprint we show (a self-signed identity has no chain to check).
    const bool ok
        = CMS_verify(cms, nullptr, nullptr, bio, nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    BIO_free(bio);
    if (ok) {
        check.verdict = SignatureCheck::Verdict::Intact;
    } else {
        const QString detail = OpenSslErrors::take();
        if (signatureOk) {
            check.verdict = SignatureCheck::Verdict::Changed;
            check.problem = Tr::tr(
                "The report was changed after it was signed: its content no longer matches the signature.");
        } else {
            check.verdict = SignatureCheck::Verdict::Invalid;
            check.problem = Tr::tr("The signature does not verify (%1).").arg(detail);
        }
    }
    CMS_ContentInfo_free(cms);
    if (check.signedAt.isValid() && !check.signer.isValidAt(check.signedAt)) {
        check.certificateValidAtSigning = false;
        if (check.problem.isEmpty())
            check.problem = Tr::tr(
                "The signer's certificate was not valid when the report was signed (valid %1 to %2).")
                                .arg(check.signer.notBefore.toString(Qt::ISODate),
                                    check.signer.notAfter.toString(Qt::ISODate));
    }
    return check;
}

} // namespace rw
