#include "PdfSignature.h"

#include <QCoreApplication>

#include <podofo/podofo.h>

namespace rw::PdfSignature {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfSignature)
};

QString podofoError(const PoDoFo::PdfError& e)
{
    const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
    return QString::fromLatin1(name ? name : "unknown PDF error");
}

PoDoFo::PdfString pdfText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.constData()));
}

struct Silence
{
    Silence()
    {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
    }
};

} // namespace

QByteArray sign(const QByteArray& pdf, const Identity& identity, const Details& details, QString* error)
{
    static const Silence silence;
    // Reserve room for the signature: a trial signature's size and a margin for the signing time's and
    // the ECDSA value's varying lengths.
    const QByteArray trial = Cms::signDetached(identity, QByteArrayLiteral("trial"), error);
    if (trial.isEmpty())
        return {};
    const size_t reserved = size_t(trial.size()) + 512;
    try {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
        if (document.GetPageCount() < 1) {
            *error = Tr::tr("The PDF has no page to carry a signature.");
            return {};
        }
        // No default appearance: it would add a font that is not embedded.
        PoDoFo::PdfAcroForm* form = document.GetAcroForm(true, PoDoFo::ePdfAcroFormDefaultAppearance_None);
        PoDoFo::PdfDictionary& formDict = form->GetObject()->GetDictionary();
        formDict.RemoveKey(PoDoFo::PdfName("SigFlags"));
        formDict.AddKey(PoDoFo::PdfName("SigFlags"), PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(3)));
        if (form->GetNeedAppearances())
            form->SetNeedAppearances(false);

        PoDoFo::PdfRefCountedBuffer buffer;
        PoDoFo::PdfOutputDevice device(&buffer);
        PoDoFo::PdfSignOutputDevice signer(&device);
        signer.SetSignatureSize(reserved);

        // An invisible signature: a zero-size widget, printed and locked (never Hidden, which PDF/A forbids).
        PoDoFo::PdfPage* page = document.GetPage(0);
        PoDoFo::PdfAnnotation* widget
            = page->CreateAnnotation(PoDoFo::ePdfAnnotation_Widget, PoDoFo::PdfRect(0, 0, 0, 0));
        widget->SetFlags(PoDoFo::ePdfAnnotationFlags_Print | PoDoFo::ePdfAnnotationFlags_Locked);
        PoDoFo::PdfSignatureField field(widget, form, &document);
        field.SetFieldName(PoDoFo::PdfString("ReadinessReportSignature"));
        if (!details.reason.isEmpty())
            field.SetSignatureReason(pdfText(details.reason));
        if (!details.location.isEmpty())
            field.SetSignatureLocation(pdfText(details.location));
        if (!details.signerName.isEmpty())
            field.GetSignatureObject()->GetDictionary().AddKey(
                PoDoFo::PdfName("Name"), pdfText(details.signerName));
        field.SetSignatureDate(PoDoFo::PdfDate());
        field.SetSignature(*signer.GetSignatureBeacon());

        document.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            *error = Tr::tr("The signature's place cannot be found in the written PDF.");
            return {};
        }
        signer.AdjustByteRange();
        signer.Seek(0);
        QByteArray signedBytes;
        char chunk[65536];
        size_t read = 0;
        while ((read = signer.ReadForSignature(chunk, sizeof chunk)) > 0)
            signedBytes.append(chunk, qsizetype(read));
        const QByteArray signature = Cms::signDetached(identity, signedBytes, error);
        if (signature.isEmpty())
            return {};
        if (size_t(signature.size()) > reserved) {
            *error = Tr::tr("The signature is larger than the room reserved for it.");
            return {};
        }
        signer.SetSignature(PoDoFo::PdfData(signature.constData(), size_t(signature.size())));
        signer.Flush();
        return QByteArray(buffer.GetBuffer(), qsizetype(buffer.GetSize()));
    } catch (const PoDoFo::PdfError& e) {
        *error = Tr::tr("The PDF cannot be signed: %1").arg(podofoError(e));
        return {};
    }
}

SignatureCheck verify(const QByteArray& pdf, bool* notPdf)
{
    static const Silence silence;
    SignatureCheck check;
    if (notPdf)
        *notPdf = false;
    if (!pdf.startsWith("%PDF-")) {
        if (notPdf)
            *notPdf = true;
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("This is not a PDF file.");
        return check;
    }
    QVector<qint64> range;
    try {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        // The signature dictionaries: the values of signature fields, wherever the file keeps them.
        for (PoDoFo::PdfObject* object : document.GetObjects()) {
            if (!object || !object->IsDictionary())
                continue;
            const PoDoFo::PdfDictionary& dict = object->GetDictionary();
            const PoDoFo::PdfObject* byteRange = dict.GetKey(PoDoFo::PdfName("ByteRange"));
            if (!byteRange || !byteRange->IsArray() || !dict.HasKey(PoDoFo::PdfName("Contents")))
                continue;
            const PoDoFo::PdfArray& array = byteRange->GetArray();
            if (array.size() != 4)
                continue;
            QVector<qint64> values;
            for (const PoDoFo::PdfObject& v : array)
                values << (v.IsNumber() ? v.GetNumber() : -1);
            // The last signature is the one that covers the most.
            if (range.isEmpty() || values.at(2) + values.at(3) > range.at(2) + range.at(3))
                range = values;
        }
    } catch (const PoDoFo::PdfError& e) {
        check.verdict = SignatureCheck::Verdict::Changed;
        check.problem
            = Tr::tr("The PDF is damaged and cannot be read (%1): it is not the file that was signed.")
                  .arg(podofoError(e));
        return check;
    }
    if (range.isEmpty()) {
        check.verdict = SignatureCheck::Verdict::Unsigned;
        check.problem = Tr::tr("The PDF carries no signature.");
        return check;
    }
    const qint64 size = pdf.size();
    const qint64 start1 = range.at(0), length1 = range.at(1), start2 = range.at(2), length2 = range.at(3);
    // The gap between the two ranges must be exactly the hex string holding the signature.
    if (start1 != 0 || length1 <= 0 || start2 <= length1 + 1 || length2 < 0 || start2 + length2 > size
        || pdf.at(length1) != '<' || pdf.at(start2 - 1) != '>') {
        check.verdict = SignatureCheck::Verdict::Invalid;
        check.problem = Tr::tr("The signature's byte range is malformed.");
        return check;
    }
    const QByteArray hex = pdf.mid(length1 + 1, start2 - length1 - 2);
    const QByteArray der = QByteArray::fromHex(hex);
    check = Cms::verifyDetached(der, { pdf.left(length1), pdf.mid(start2, length2) });
    if (start2 + length2 != size) {
        check.wholeDocument = false;
        if (check.verdict == SignatureCheck::Verdict::Intact) {
            check.verdict = SignatureCheck::Verdict::Changed;
            check.problem = Tr::tr("The PDF was extended after it was signed: %1 bytes were added that the "
                                   "signature does not cover.")
                                .arg(size - start2 - length2);
        }
    }
    return check;
}

} // namespace rw::PdfSignature
