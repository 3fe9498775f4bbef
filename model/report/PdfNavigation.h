#pragma once

// What a reader uses to find their way in a PDF report, added to the finished document: the outline
// (bookmarks) of sections and domains, the table of contents' entries as links to their pages, and the
// document information (title, author, subject, keywords). Added with PoDoFo before the report is signed.

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVector>

namespace rw::PdfNavigation {

// A place in the document: a page (0 = the first) and a height on it in points from the page's top.
struct Place
{
    int page = 0;
    double top = 0;
};

struct OutlineEntry
{
    QString title;
    Place place;
    int level = 0; // 0: a section; 1: inside the section before it
};

struct Link
{
    int page = 0;
    QRectF rect; // in points, from the page's top left
    Place target;
};

struct Info
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
};

// The PDF with the outline, links and information added, or empty with error set.
QByteArray add(const QByteArray& pdf, const QVector<OutlineEntry>& outline, const QVector<Link>& links,
    const Info& info, QString* error);

} // namespace rw::PdfNavigation
