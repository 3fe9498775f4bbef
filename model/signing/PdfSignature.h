#pragma once

// The embedded signature of a PDF report: a signature field whose value holds a detached CMS signature
// over the file's byte range (adbe.pkcs7.detached), added as an incremental update with PoDoFo. Signing
// is the last step: any rewrite afterwards would break it.

#include "Cms.h"

namespace rw::PdfSignature {

struct Details
{
    QString reason; // shown by PDF readers beside the signature
    QString location;
    QString signerName;
};

// The signed PDF, or empty with error set.
QByteArray sign(const QByteArray& pdf, const Identity& identity, const Details& details, QString* error);

// Checks the last signature in pdf. Unsigned when there is none; Changed when a byte it covers changed or
// the file was extended after signing; Invalid when the signature itself is damaged. A file that is not a
// PDF at all sets notPdf.
SignatureCheck verify(const QByteArray& pdf, bool* notPdf = nullptr);

} // namespace rw::PdfSignature
