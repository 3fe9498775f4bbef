#pragma once

// The parts the PDF report is made of, shared by its files (internal to the report):
//   PdfTables.cpp    tables drawn row by row, score bars and charts (ObjectPainter);
//   PdfBuilder.cpp   the document's building blocks: paragraphs, headings, tables, contents (Builder);
//   PdfSections.cpp  the report's sections, one function each;
//   PdfReport.cpp    the cover, headers and footers, and writing the pages.

#include "Document.h"
#include "domain/SafeText.h"
#include "report/PdfNavigation.h"
#include "report/Report.h"
#include "report/ReportText.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <deque>
#include <memory>
#include <optional>

class DashboardPage;
class QTextTable;
class RiskHeatMap;

namespace PdfReport::detail {

using namespace rw;
using ReportText::number;
using ReportText::percent;

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

constexpr int Dpi = 300;
constexpr double mm(double v)
{
    return v / 25.4 * Dpi;
}
// Points to device units at Dpi.
constexpr double pt(double v)
{
    return v / 72.0 * Dpi;
}
// Points to the units of table borders, paddings and frame margins, which the layout scales from 96 dpi.
constexpr double css(double v)
{
    return v / 72.0 * 96.0;
}

const QColor Ink(0x1d, 0x27, 0x33);
const QColor Accent(0x1f, 0x3a, 0x5f);
const QColor Muted(0x5f, 0x6b, 0x76);
const QColor Rule(0xc9, 0xd1, 0xd9);
const QColor HeaderFill(0x1f, 0x3a, 0x5f);
const QColor ZebraFill(0xf3, 0xf6, 0xf9);

enum ObjectType { ChartObject = QTextFormat::UserObject + 1, BarObject, RowObject };
enum Property {
    ChartName = QTextFormat::UserProperty + 1,
    ChartWidth,
    ChartHeight,
    BarPercent,
    BarColor,
    BarTarget,
    GridId,
    GridRow
};

QColor decisionColor(Decision d);

QColor ratingColor(const Bands& bands, const QString& rating);

QColor statusColor(const Bands& bands, const QString& status);

// A table drawn row by row: each row is one inline object in its own block, so the document paginates
// between rows (never inside one) and lays out thousands of rows fast; the cells' text is laid out here
// with QTextLayout, once, and the header row is drawn again at the top of every page the table reaches.
struct Run
{
    QString text;
    QTextCharFormat format;
};

struct Bar
{
    double percent = 0;
    QColor color;
    std::optional<double> target;
};

struct Cell
{
    QVector<Run> runs;
    Qt::Alignment align = Qt::AlignLeft;
    std::optional<Bar> bar;
};

struct Grid
{
    QVector<double> widths; // percent of the table's width
    bool autoWidths = false; // widths from the content (the given ones are only a fallback)
    QVector<Cell> header; // empty: no header row
    QVector<QVector<Cell>> rows;
    bool zebra = true;
    double width = 0;
    // A title (and a line of text) drawn above the first row, so that they never end a page alone.
    QString captionTitle;
    QString captionText;
    std::shared_ptr<QTextLayout> captionTitleLayout;
    std::shared_ptr<QTextLayout> captionTextLayout;
    double captionHeight = 0;
    // Laid out on first use: the cells' text and each row's height, the header's last.
    QVector<QVector<std::shared_ptr<QTextLayout>>> layouts;
    QVector<double> heights;
    QVector<bool> repeatHeader; // rows that start a page and draw the header above them
    // A row taller than a page allows is cut between lines into parts, each a row of its own: the
    // shading follows the row it came from, and no rule is drawn inside it.
    QVector<int> shade; // by row: the index of the row it is part of, for the zebra
    QVector<bool> continues; // by row: the next row is the rest of this one
};

constexpr double CellPadding = pt(3);

// A file name may break after its separators (a zero-width space there), never inside a word.
QString breakable(const QString& name);

// What people typed, as the PDF shows it: control and bidirectional characters visible (SafeText), and a
// break opportunity (a zero-width space) in every run of more than 30 characters without one, so that
// even a 100,000-character "word" is laid out in linear time and wrapped inside its column.
QString typed(const QString& text);

// Draws the dashboard's charts (vectors: a QGraphicsScene rendered onto the PDF painter), score bars and
// the rows of tables.

class ObjectPainter : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ObjectPainter(DashboardPage* dashboard)
        : m_dashboard(dashboard)
    {
    }

    std::deque<Grid>& grids() { return m_grids; }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override;

    void drawObject(
        QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override;

    // Cuts rows taller than maxHeight between lines into parts no taller than that, so that the
    // document can move each part to the next page whole: no row is drawn across a page break.
    void splitTallRows(Grid& g, double maxHeight, QPaintDevice* device);

private:
    // The risk matrix as the dashboard shows it (the same counts and colours), drawn for paper: cells
    // with their counts, both axes numbered and named, every label at least 8 pt.
    static void drawRiskMatrix(QPainter* painter, const QRectF& rect, const RiskHeatMap& map);

    // The text of runs from character start to end (as laid out: one string of all runs), formats kept.
    static QVector<Run> sliceRuns(const QVector<Run>& runs, int start, int end);

    static void drawBar(QPainter* painter, const QRectF& rect, const Bar& bar);

    static std::shared_ptr<QTextLayout> layoutCell(
        const Cell& cell, double width, QPaintDevice* device, bool header);

    // A caption's line: one run of text in one style, laid out as a cell is.
    static std::shared_ptr<QTextLayout> layoutText(
        const QString& text, double size, bool bold, const QColor& color, double width, QPaintDevice* device)
    {
        QTextCharFormat f;
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(color);
        return layoutCell(Cell { { Run { text, f } }, Qt::AlignLeft, std::nullopt }, width, device, false);
    }

    // The column widths are shares chosen for English; a translated header or status word ("Responsable",
    // "Partiellement") may not fit and would break inside the word. Columns whose longest word does not fit
    // are widened, the room taken from columns with room to spare. A very long word (a URL in a note)
    // widens its column to a fifth of the table at most, and breaks beyond that.
    void fitWords(Grid& g, const QVector<QVector<Cell>>& all, QPaintDevice* device);

    // Column widths from what the columns hold, so that no column wraps to many lines while another has
    // room: each column wants its text's average length on one line (rows are then about as tall in
    // every column), never more than its longest line and never less than its header. The widths that
    // meet those wants and fill the table come from one factor, found by bisection.
    void fitContent(Grid& g, QPaintDevice* device);

    void ensureLaidOut(Grid& g, QPaintDevice* device);

    void drawRow(QPainter* painter, const Grid& g, int row, double left, double top, bool header) const;

    DashboardPage* m_dashboard;
    std::deque<Grid> m_grids; // a deque: the builder holds pointers to grids while adding more
    QHash<QString, std::shared_ptr<QTextLayout>> m_layoutCache;
    QHash<QString, double> m_wordWidths;
};

class Builder
{
public:
    Builder(QTextDocument& doc, DashboardPage* dashboard, ObjectPainter* objects, const Report& report,
        double bodyWidth, double maxRowHeight, QPaintDevice* device)
        : m_doc(doc)
        , m_cursor(&doc)
        , m_dashboard(dashboard)
        , m_r(report)
        , m_width(bodyWidth)
        , m_objects(objects)
        , m_maxRowHeight(maxRowHeight)
        , m_device(device)
    {
        m_body.setForeground(Ink);
    }

    void build();

    // The page of each section and where its number goes in the table of contents, once the document
    // is laid out. The numbers are drawn, not typed into the document: an edit after the layout would
    // mean laying the whole document out again.
    struct ContentsEntry
    {
        QRectF numberRect; // in document coordinates
        int page = 0;
    };
    QVector<ContentsEntry> contentsEntries(double pageHeight) const;

    // The outline and the table of contents' links, in document coordinates: where each section and each
    // domain's checklist begins (its first line), and the rectangle of each contents row.
    struct Navigation
    {
        struct Entry
        {
            QString title;
            double y = 0; // document coordinates
            int level = 0;
        };
        QVector<Entry> outline;
        QVector<QPair<QRectF, double>> links; // a contents row and the y it leads to
    };
    Navigation navigation() const;

private:
    QTextCharFormat font(double size, bool bold = false, const QColor& color = Ink) const
    {
        QTextCharFormat f;
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(color);
        return f;
    }

    void block(double spaceBefore = 0, double spaceAfter = pt(4), Qt::Alignment align = Qt::AlignLeft,
        bool pageBreak = false);

    // What people typed is shown with its control and bidirectional characters visible (SafeText).
    void text(const QString& t, const QTextCharFormat& f) { m_cursor.insertText(typed(t), f); }
    void paragraph(const QString& t, const QTextCharFormat& f, double after = pt(4))
    {
        block(0, after);
        text(t, f);
    }

    void heading(const QString& title, bool newPage = false);

    // A subheading (and a line of text) that stays with the table that follows it.
    void tableCaption(const QString& title, const QString& text = {})
    {
        m_captionTitle = title;
        m_captionText = text;
    }

    void subheading(const QString& title)
    {
        block(pt(10), pt(4));
        text(title, font(12, true, Accent));
    }

    void chart(const QString& name, double fraction, double aspect);

    void chartBlock(const QString& name, double aspect);

    void bar(double value, const QColor& color, const std::optional<double>& target, double width);

    Grid* table(int rows, const QVector<double>& widths, const QStringList& headers, bool zebra = true);

    Cell& at(Grid* g, int row, int column) { return g->rows[row - (m_gridHasHeader ? 1 : 0)][column]; }

    void cell(Grid* g, int row, int column, const QString& value, const QTextCharFormat& f,
        Qt::Alignment align = Qt::AlignLeft)
    {
        Cell& c = at(g, row, column);
        c.runs.append({ typed(value), f });
        c.align = align;
    }

    void cell(Grid* g, int row, int column, const QString& value, Qt::Alignment align = Qt::AlignLeft)
    {
        cell(g, row, column, value, font(8.5), align);
    }

    void append(Grid* g, int row, int column, const QString& value, const QTextCharFormat& f)
    {
        at(g, row, column).runs.append({ typed(value), f });
    }

    void statusCell(Grid* g, int row, int column, const QString& word, const QColor& color)
    {
        Cell& c = at(g, row, column);
        // A no-break space keeps the marker with the word.
        c.runs.append({ QStringLiteral("■\u00A0"), font(8.5, false, color) });
        c.runs.append({ word, font(8.5) });
    }

    void barCell(Grid* g, int row, int column, const Bar& bar) { at(g, row, column).bar = bar; }

    // Puts the table into the document: one block per row.
    void after(Grid* g);

public:
    // After a layout: the rows that start a new page draw the table's header again. Returns the position
    // of the first row that changed (the document must be laid out again from there), or -1.
    int markRepeatedHeaders(double pageHeight);

private:
    void contents()
    {
        block(0, pt(10), Qt::AlignLeft, false);
        text(Tr::tr("Contents"), font(16, true, Accent));
        m_tocPosition = m_cursor.position();
    }

    // The rows of the table of contents, once every heading is known.
    void insertContents();

    void summary();

    void scopeAndLimitations();

    void method();

    void scores();

    void checklists();

    void gaps();

    void risks();

    void kpis();

    void milestone();

    void signOffs();
    void review();

    void evidence();

    void closing();

public:
    void finishContents() { insertContents(); }

private:
    QTextDocument& m_doc;
    QTextCursor m_cursor;
    DashboardPage* m_dashboard;
    const Report& m_r;
    double m_width;
    QTextCharFormat m_body;
    bool m_first = true;
    int m_tocPosition = 0;
    QVector<QTextCursor> m_headings; // follow the edits that come after them
    QStringList m_headingTitles;
    QTextTable* m_tocTable = nullptr;
    ObjectPainter* m_objects;
    double m_maxRowHeight;
    QPaintDevice* m_device;
    bool m_gridHasHeader = false;
    QString m_captionTitle;
    QString m_captionText;
    QVector<QPair<int, QString>> m_domainGrids; // the grid of each domain's checklist, and its outline title
};

} // namespace PdfReport::detail
