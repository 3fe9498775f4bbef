#include "PdfParts.h"

#include "widgets/DashboardPage.h"

#include <QAbstractTextDocumentLayout>
#include <QChartView>
#include <QTextBlock>
#include <QTextTable>

namespace PdfReport::detail {

void Builder::build()
{
    m_cursor.beginEditBlock();
    contents();
    summary();
    scopeAndLimitations();
    method();
    const ReportOptions& o = m_r.options;
    if (o.has(ReportSection::Scores))
        scores();
    if (o.has(ReportSection::Checklists))
        checklists();
    if (o.has(ReportSection::Gaps))
        gaps();
    if (o.has(ReportSection::Risks) && !m_r.assessment.risks.isEmpty())
        risks();
    if (o.has(ReportSection::Kpis) && !m_r.assessment.kpis.isEmpty())
        kpis();
    if (o.has(ReportSection::Milestones) && m_r.milestone)
        milestone();
    if (o.has(ReportSection::SignOffs))
        signOffs();
    if (o.has(ReportSection::Evidence))
        evidence();
    closing();
    m_cursor.endEditBlock();
}

QVector<Builder::ContentsEntry> Builder::contentsEntries(double pageHeight) const
{
    QVector<ContentsEntry> out;
    QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
    for (int i = 0; i < m_headings.size(); ++i) {
        const QTextBlock block = m_headings.at(i).block();
        // The bottom: a page break before a heading is part of its block's rectangle.
        const int page
            = int((layout->blockBoundingRect(block).bottom() - 1) / pageHeight) + 2; // after the cover
        const QTextBlock numberBlock = m_tocTable->cellAt(i, 1).firstCursorPosition().block();
        out.append({ layout->blockBoundingRect(numberBlock), page });
    }
    return out;
}

Builder::Navigation Builder::navigation() const
{
    Navigation n;
    QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
    const auto lineTop = [layout](const QTextBlock& block) {
        const QRectF r = layout->blockBoundingRect(block);
        const QTextLayout* l = block.layout();
        return l && l->lineCount() > 0 ? r.top() + l->lineAt(0).y() : r.top();
    };
    // The domains' first rows, by grid.
    QHash<int, double> gridTops;
    for (QTextBlock block = m_doc.begin(); block.isValid(); block = block.next()) {
        const QTextCharFormat f = block.begin().fragment().charFormat();
        if (f.objectType() == RowObject && f.intProperty(GridRow) == 0)
            gridTops.insert(f.intProperty(GridId), lineTop(block));
    }
    for (int i = 0; i < m_headings.size(); ++i) {
        const double y = lineTop(m_headings.at(i).block());

        n.outline.append({ m_headingTitles.at(i), y, 0 });
        if (m_tocTable) {
            const QRectF title
                = layout->blockBoundingRect(m_tocTable->cellAt(i, 0).firstCursorPosition().block());
            const QRectF number
                = layout->blockBoundingRect(m_tocTable->cellAt(i, 1).firstCursorPosition().block());
            n.links.append(
                { QRectF(title.left(), title.top(), number.right() - title.left(), title.height()), y });
        }
        if (m_headingTitles.at(i) == Tr::tr("Checklists")) {
            for (const auto& [grid, title] : m_domainGrids) {
                if (gridTops.contains(grid))
                    n.outline.append({ title, gridTops.value(grid), 1 });
            }
        }
    }
    return n;
}

void Builder::block(double spaceBefore, double spaceAfter, Qt::Alignment align, bool pageBreak)
{
    QTextBlockFormat b;
    b.setTopMargin(spaceBefore);
    b.setBottomMargin(spaceAfter);
    b.setAlignment(align);
    if (pageBreak)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (m_first) {
        m_cursor.setBlockFormat(b);
        m_first = false;
    } else {
        m_cursor.insertBlock(b);
    }
}

void Builder::heading(const QString& title, bool newPage)
{
    block(newPage ? 0 : pt(14), pt(6), Qt::AlignLeft, newPage);
    QTextCursor mark(m_cursor);
    mark.setKeepPositionOnInsert(true); // stays at the heading while the text goes in after it
    m_headings.append(mark);
    m_headingTitles.append(title);
    text(title, font(16, true, Accent));
}

void Builder::chart(const QString& name, double fraction, double aspect)
{
    QTextCharFormat f;
    f.setObjectType(ChartObject);
    f.setProperty(ChartName, name);
    f.setProperty(ChartWidth, m_width * fraction);
    f.setProperty(ChartHeight, m_width * fraction * aspect);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

void Builder::chartBlock(const QString& name, double aspect)
{
    QChartView* view = m_dashboard ? m_dashboard->chartView(name) : nullptr;
    if (!view && name != QLatin1String("risks"))
        return;
    block(pt(6), pt(6), Qt::AlignHCenter);
    if (view)
        aspect = view->sceneRect().height() / std::max(1.0, view->sceneRect().width());
    chart(name, 1.0, aspect);
}

void Builder::bar(double value, const QColor& color, const std::optional<double>& target, double width)
{
    QTextCharFormat f;
    f.setObjectType(BarObject);
    f.setProperty(BarPercent, value);
    f.setProperty(BarColor, color);
    if (target)
        f.setProperty(BarTarget, *target);
    f.setProperty(ChartWidth, width);
    f.setProperty(ChartHeight, pt(9));
    f.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

Grid* Builder::table(int rows, const QVector<double>& widths, const QStringList& headers, bool zebra)
{
    m_objects->grids().emplace_back();
    Grid* g = &m_objects->grids().back();
    g->widths = widths;
    g->zebra = zebra;
    g->width = m_width;
    g->captionTitle = std::exchange(m_captionTitle, QString());
    g->captionText = std::exchange(m_captionText, QString());
    for (const QString& h : headers)
        g->header.append(Cell { { Run { h, font(8, true, Qt::white) } }, Qt::AlignLeft, std::nullopt });
    // Row 0 of the caller is the header when there is one, as in a QTextTable.
    g->rows.resize(rows);
    for (auto& row : g->rows)
        row.resize(widths.size());
    m_gridHasHeader = !headers.isEmpty();
    return g;
}

void Builder::after(Grid* g)
{
    const int id = int(m_objects->grids().size()) - 1;
    m_objects->splitTallRows(*g, m_maxRowHeight, m_device);
    for (int r = 0; r < g->rows.size(); ++r) {
        QTextBlockFormat b;
        b.setBottomMargin(r + 1 == g->rows.size() ? pt(8) : 0);
        b.setTopMargin(r == 0 ? pt(2) : 0);
        b.setLineHeight(100, QTextBlockFormat::SingleHeight);
        m_cursor.insertBlock(b);
        QTextCharFormat f;
        f.setObjectType(RowObject);
        f.setProperty(GridId, id);
        f.setProperty(GridRow, r);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
    g->repeatHeader = QVector<bool>(g->rows.size(), false);
    if (!g->header.isEmpty() && !g->rows.isEmpty())
        g->repeatHeader[0] = true;
}

int Builder::markRepeatedHeaders(double pageHeight)
{
    int changed = -1;
    QAbstractTextDocumentLayout* layout = m_doc.documentLayout();
    int previousGrid = -1;
    int previousPage = -1;
    for (QTextBlock block = m_doc.begin(); block.isValid(); block = block.next()) {
        const QTextCharFormat f = block.begin().fragment().charFormat();
        if (f.objectType() != RowObject)
            continue;
        const int id = f.intProperty(GridId);
        const int row = f.intProperty(GridRow);
        Grid& g = m_objects->grids().at(size_t(id));
        const int page = int((layout->blockBoundingRect(block).bottom() - 1) / pageHeight);
        const bool repeat = !g.header.isEmpty() && (row == 0 || id != previousGrid || page != previousPage);
        if (g.repeatHeader.at(row) != repeat) {
            g.repeatHeader[row] = repeat;
            if (changed < 0)
                changed = block.position();
        }
        previousGrid = id;
        previousPage = page;
    }
    return changed;
}

void Builder::insertContents()
{
    QTextCursor c(&m_doc);
    c.setPosition(m_tocPosition);
    QTextTableFormat f;
    f.setBorder(0);
    f.setCellPadding(css(3));
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(
        { QTextLength(QTextLength::PercentageLength, 90), QTextLength(QTextLength::PercentageLength, 10) });
    c.insertBlock(QTextBlockFormat()); // not the heading's format, which breaks the page
    m_tocTable = c.insertTable(int(m_headingTitles.size()), 2, f);
    for (int i = 0; i < m_headingTitles.size(); ++i) {
        m_tocTable->cellAt(i, 0).firstCursorPosition().insertText(m_headingTitles.at(i), font(10.5));
        QTextCursor pc = m_tocTable->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        pc.setBlockFormat(right);
        pc.insertText(QStringLiteral(" "), font(10.5)); // the number is drawn at this place
    }
}

} // namespace PdfReport::detail
