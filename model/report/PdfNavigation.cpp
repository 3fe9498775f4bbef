#include "PdfNavigation.h"

#include <QCoreApplication>

#include <podofo/podofo.h>

namespace rw::PdfNavigation {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfNavigation)
};

PoDoFo::PdfString pdfText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.constData()));
}

} // namespace

QByteArray add(const QByteArray& pdf, const QVector<OutlineEntry>& outline, const QVector<Link>& links,
    const Info& info, QString* error)
{
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    try {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()));
        const int pages = document.GetPageCount();
        const auto destination = [&](const Place& place) {
            PoDoFo::PdfPage* page = document.GetPage(std::clamp(place.page, 0, pages - 1));
            const double height = page->GetPageSize().GetHeight();
            return PoDoFo::PdfDestination(page, 0.0, std::max(0.0, height - place.top), 0.0);
        };

        if (!outline.isEmpty()) {
            PoDoFo::PdfOutlines* outlines = document.GetOutlines(true);
            PoDoFo::PdfOutlineItem* section = nullptr;
            PoDoFo::PdfOutlineItem* child = nullptr;
            for (const OutlineEntry& entry : outline) {
                if (entry.level > 0 && section) {
                    child = child ? child->CreateNext(pdfText(entry.title), destination(entry.place))
                                  : section->CreateChild(pdfText(entry.title), destination(entry.place));
                    continue;
                }
                if (!section) {
                    section = outlines->CreateRoot(pdfText(entry.title));
                    section->SetDestination(destination(entry.place));
                } else {
                    section = section->CreateNext(pdfText(entry.title), destination(entry.place));
                }
                child = nullptr;
            }
            // A reader opens the document with its outline shown.
            document.GetCatalog()->GetDictionary().AddKey(
                PoDoFo::PdfName("PageMode"), PoDoFo::PdfName("UseOutlines"));
        }

        for (const Link& link : links) {
            if (link.page < 0 || link.page >= pages)
                continue;
            PoDoFo::PdfPage* page = document.GetPage(link.page);
            const double height = page->GetPageSize().GetHeight();
            const PoDoFo::PdfRect rect(
                link.rect.left(), height - link.rect.bottom(), link.rect.width(), link.rect.height());
            PoDoFo::PdfAnnotation* annotation = page->CreateAnnotation(PoDoFo::ePdfAnnotation_Link, rect);
            annotation->SetDestination(destination(link.target));
            annotation->SetBorderStyle(0, 0, 0);
            annotation->SetFlags(PoDoFo::ePdfAnnotationFlags_Print);
        }

        PoDoFo::PdfInfo* pdfInfo = document.GetInfo();
        if (!info.title.isEmpty())
            pdfInfo->SetTitle(pdfText(info.title));
        if (!info.author.isEmpty())
            pdfInfo->SetAuthor(pdfText(info.author));
        if (!info.subject.isEmpty())
            pdfInfo->SetSubject(pdfText(info.subject));
        if (!info.keywords.isEmpty())
            pdfInfo->SetKeywords(pdfText(info.keywords));

        PoDoFo::PdfRefCountedBuffer buffer;
        PoDoFo::PdfOutputDevice device(&buffer);
        document.Write(&device);
        return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
    } catch (const PoDoFo::PdfError& e) {
        const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
        *error = Tr::tr("The PDF's outline cannot be added: %1")
                     .arg(QString::fromLatin1(name ? name : "unknown error"));
        return {};
    }
}

} // namespace rw::PdfNavigation
