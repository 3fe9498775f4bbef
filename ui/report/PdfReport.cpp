#include "PdfReport.h"

#include "Document.h"
#include "report/PdfNavigation.h"
#include "report/ReportText.h"
#include "signing/ReportSigning.h"
#include "widgets/DashboardPage.h"
#include "widgets/PathToReadyPanel.h"
#include "widgets/RatingColors.h"
#include "widgets/RiskHeatMap.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QVarLengthArray>
#include <cmath>
#include <deque>
#include <utility>

namespace PdfReport {

namespace {

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

QColor decisionColor(Decision d)
{
    switch (d) {
    case Decision::Approved:
        return QColor(0x2e, 0x7d, 0x32);
    case Decision::ApprovedWithConditions:
        return QColor(0xd8, 0x70, 0x00);
    case Decision::Rejected:
        return QColor(0xc6, 0x28, 0x28);
    case Decision::None:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor ratingColor(const Bands& bands, const QString& rating)
{
    for (int i = 0; i < bands.ratings.size(); ++i) {
        if (bands.ratings.at(i).label == rating)
            return RatingColors::forRatingIndex(i);
    }
    return RatingColors::forRatingIndex(-1);
}

QColor statusColor(const Bands& bands, const QString& status)
{
    for (int i = 0; i < bands.statuses.size(); ++i) {
        if (bands.statuses.at(i).label == status)
            return RatingColors::forStatusIndex(i, int(bands.statuses.size()));
    }
    return RatingColors::forRatingIndex(-1);
}

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
QString breakable(const QString& name)
{
    QString out;
    out.reserve(name.size() + 8);
    for (const QChar c : name) {
        out += c;
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/')
            || c == QLatin1Char('\\'))
            out += QChar(0x200B);
    }
    return out;
}

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

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        if (format.objectType() == RowObject) {
            Grid& g = m_grids.at(size_t(format.intProperty(GridId)));
            const int row = format.intProperty(GridRow);
            ensureLaidOut(g, doc->documentLayout()->paintDevice());
            double h = g.heights.at(row);
            if (row < g.repeatHeader.size() && g.repeatHeader.at(row))
                h += g.heights.constLast();
            if (row == 0)
                h += g.captionHeight;
            return { g.width, h };
        }
        return { format.doubleProperty(ChartWidth), format.doubleProperty(ChartHeight) };
    }

    void drawObject(
        QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        // Only on the page it is on: a scene's rendering would otherwise reach past the page's clip.
        if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
            return;
        // A chart is drawn on the page that holds it, never spilling onto the page before.
        if (format.objectType() == ChartObject && painter->hasClipping()
            && !painter->clipBoundingRect().contains(rect.center()))
            return;
        // A row is drawn once, on the page its top is on (the text a PDF holds is never clipped away).
        if (format.objectType() == RowObject && painter->hasClipping()) {
            const QRectF page = painter->clipBoundingRect();
            if (rect.top() < page.top() - 0.5 || rect.top() >= page.bottom() - 0.5)
                return;
        }
        if (format.objectType() == RowObject) {
            // Rows stay inside their rectangle by construction: no clip (each clip costs the PDF a path).
            const Grid& g = m_grids.at(size_t(format.intProperty(GridId)));
            const int row = format.intProperty(GridRow);
            double y = rect.top();
            if (row == 0 && g.captionTitleLayout) {
                y += pt(10);
                g.captionTitleLayout->draw(painter, QPointF(rect.left(), y));
                y += g.captionTitleLayout->boundingRect().height() + pt(4);
                if (g.captionTextLayout) {
                    g.captionTextLayout->draw(painter, QPointF(rect.left(), y));
                    y += g.captionTextLayout->boundingRect().height() + pt(4);
                }
            }
            if (row < g.repeatHeader.size() && g.repeatHeader.at(row)) {
                drawRow(painter, g, int(g.rows.size()), rect.left(), y, true);
                y += g.heights.constLast();
            }
            drawRow(painter, g, row, rect.left(), y, false);
            return;
        }
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        if (format.objectType() == BarObject) {
            drawBar(painter, rect,
                { format.doubleProperty(BarPercent), format.colorProperty(BarColor),
                    format.hasProperty(BarTarget) ? std::optional<double>(format.doubleProperty(BarTarget))
                                                  : std::nullopt });
        } else {
            const QString name = format.stringProperty(ChartName);
            if (name == QLatin1String("risks")) {
                drawRiskMatrix(painter, rect, *m_dashboard->riskMap());
            } else if (QChartView* view = m_dashboard->chartView(name)) {
                view->scene()->render(painter, rect, view->sceneRect(), Qt::KeepAspectRatio);
            }
        }
        painter->restore();
    }

    // Cuts rows taller than maxHeight between lines into parts no taller than that, so that the
    // document can move each part to the next page whole: no row is drawn across a page break.
    void splitTallRows(Grid& g, double maxHeight, QPaintDevice* device)
    {
        ensureLaidOut(g, device);
        const int n = int(g.rows.size());
        g.shade.resize(n);
        g.continues.resize(n);
        bool any = false;
        for (int r = 0; r < n; ++r) {
            g.shade[r] = r;
            any = any || g.heights.at(r) > maxHeight;
        }
        if (!any)
            return;
        QVector<QVector<Cell>> rows;
        QVector<int> shade;
        QVector<bool> continues;
        for (int r = 0; r < n; ++r) {
            if (g.heights.at(r) <= maxHeight) {
                rows.append(g.rows.at(r));
                shade.append(r);
                continues.append(false);
                continue;
            }
            // Each cell's lines go to the part their top falls in; a part keeps room for one more line.
            const int cells = int(g.rows.at(r).size());
            double lineHeight = 0;
            for (int c = 0; c < cells && c < g.layouts.at(r).size(); ++c) {
                if (const auto& layout = g.layouts.at(r).at(c); layout && layout->lineCount() > 0)
                    lineHeight = std::max(lineHeight, layout->lineAt(0).height());
            }
            const double span = std::max(lineHeight, maxHeight - 2 * CellPadding - lineHeight);
            QVector<QVector<QPair<int, int>>> ranges(cells);
            int parts = 1;
            for (int c = 0; c < cells && c < g.layouts.at(r).size(); ++c) {
                const auto& layout = g.layouts.at(r).at(c);
                if (!layout)
                    continue;
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const int part = int(line.y() / span);
                    if (ranges[c].size() <= part)
                        ranges[c].resize(part + 1, { -1, -1 });
                    QPair<int, int>& range = ranges[c][part];
                    if (range.first < 0)
                        range.first = line.textStart();
                    range.second = line.textStart() + line.textLength();
                    parts = std::max(parts, part + 1);
                }
            }
            for (int part = 0; part < parts; ++part) {
                QVector<Cell> row(cells);
                for (int c = 0; c < cells; ++c) {
                    const Cell& whole = g.rows.at(r).at(c);
                    row[c].align = whole.align;
                    if (whole.bar || ranges.at(c).isEmpty()) {
                        if (part == 0)
                            row[c] = whole;
                        continue;
                    }
                    if (part >= ranges.at(c).size() || ranges.at(c).at(part).first < 0)
                        continue;
                    row[c].runs
                        = sliceRuns(whole.runs, ranges.at(c).at(part).first, ranges.at(c).at(part).second);
                }
                rows.append(row);
                shade.append(r);
                continues.append(part + 1 < parts);
            }
        }
        g.rows = rows;
        g.shade = shade;
        g.continues = continues;
        g.layouts.clear();
        g.heights.clear();
        ensureLaidOut(g, device);
    }

private:
    // The risk matrix as the dashboard shows it (the same counts and colours), drawn for paper: cells
    // with their counts, both axes numbered and named, every label at least 8 pt.
    static void drawRiskMatrix(QPainter* painter, const QRectF& rect, const RiskHeatMap& map)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(8);
        painter->setFont(f);
        const QFontMetricsF fm(f, painter->device());
        const double line = fm.height();
        const QRectF grid(rect.left() + 2.5 * line, rect.top() + 1.6 * line, rect.width() - 3 * line,
            rect.height() - 4.4 * line);
        const double w = grid.width() / 5;
        const double h = grid.height() / 5;
        painter->setPen(Ink);
        painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), Qt::AlignCenter,
            Tr::tr("Open risks by probability and impact"));
        QFont bold = f;
        bold.setBold(true);
        bold.setPointSizeF(11);
        for (int prob = 1; prob <= 5; ++prob) {
            for (int impact = 1; impact <= 5; ++impact) {
                const int n = map.count(prob, impact);
                const QColor colour = RatingColors::forRiskCell(prob * impact, n > 0);
                const QRectF cell(
                    grid.left() + (impact - 1) * w, grid.top() + (5 - prob) * h, w - pt(1), h - pt(1));
                painter->fillRect(cell, colour);
                if (n > 0) {
                    painter->setFont(bold);
                    painter->setPen(Qt::white);
                    painter->drawText(cell, Qt::AlignCenter, QString::number(n));
                }
            }
        }
        painter->setFont(f);
        painter->setPen(Ink);
        for (int i = 1; i <= 5; ++i) {
            painter->drawText(QRectF(grid.left() + (i - 1) * w, grid.bottom() + 2, w, line), Qt::AlignCenter,
                QString::number(i));
            painter->drawText(QRectF(grid.left() - line * 1.2, grid.top() + (5 - i) * h, line, h),
                Qt::AlignCenter, QString::number(i));
        }
        painter->drawText(QRectF(grid.left(), grid.bottom() + line * 1.2, grid.width(), line * 1.2),
            Qt::AlignCenter, Tr::tr("Impact"));
        painter->save();
        painter->translate(rect.left() + line * 0.6, grid.center().y());
        painter->rotate(-90);
        painter->drawText(QRectF(-grid.height() / 2, -line / 2, grid.height(), line * 1.2), Qt::AlignCenter,
            Tr::tr("Probability"));
        painter->restore();
    }

    // The text of runs from character start to end (as laid out: one string of all runs), formats kept.
    static QVector<Run> sliceRuns(const QVector<Run>& runs, int start, int end)
    {
        QVector<Run> out;
        int at = 0;
        for (const Run& run : runs) {
            const int from = std::max(start, at);
            const int to = std::min(end, at + int(run.text.size()));
            if (from < to)
                out.append({ run.text.mid(from - at, to - from), run.format });
            at += int(run.text.size());
        }
        // A part ends at a line break; the break itself is not shown.
        while (!out.isEmpty()
            && (out.constLast().text.endsWith(QLatin1Char('\n'))
                || out.constLast().text.endsWith(QChar::LineSeparator))) {
            out.last().text.chop(1);
            if (out.constLast().text.isEmpty())
                out.removeLast();
        }
        return out;
    }

    static void drawBar(QPainter* painter, const QRectF& rect, const Bar& bar)
    {
        const double value = std::clamp(bar.percent, 0.0, 100.0);
        const QRectF track = rect.adjusted(0, rect.height() * 0.2, 0, -rect.height() * 0.2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe3, 0xe8, 0xed));
        painter->drawRect(track);
        painter->setBrush(bar.color);
        painter->drawRect(QRectF(track.left(), track.top(), track.width() * value / 100.0, track.height()));
        if (bar.target) {
            const double x = track.left() + track.width() * std::clamp(*bar.target, 0.0, 100.0) / 100.0;
            painter->setPen(QPen(Ink, pt(1.2)));
            painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        }
    }

    static std::shared_ptr<QTextLayout> layoutCell(
        const Cell& cell, double width, QPaintDevice* device, bool header)
    {
        QString text;
        QList<QTextLayout::FormatRange> ranges;
        for (const Run& run : cell.runs) {
            QTextCharFormat f = run.format;
            if (header) {
                f.setFontWeight(QFont::Bold);
                f.setForeground(QColor(Qt::white));
                f.setFontPointSize(8);
            }
            ranges.append({ int(text.size()), int(run.text.size()), f });
            text += run.text;
        }
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        // Latin text needs no shaping (only kerning is lost); scripts that do, such as Arabic, are still
        // shaped.
        font.setStyleStrategy(QFont::PreferNoShaping);
        font.setHintingPreference(QFont::PreferFullHinting);
        auto layout = std::make_shared<QTextLayout>(text, font, device);
        QTextOption option(cell.align | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setFormats(ranges);
        layout->setCacheEnabled(true); // keep the shaping for drawing: it is the dearest part
        layout->beginLayout();
        double y = 0;
        while (true) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        return layout;
    }

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
    void fitWords(Grid& g, const QVector<QVector<Cell>>& all, QPaintDevice* device)
    {
        const int n = int(g.widths.size());
        QVector<double> width(n);
        QVector<double> need(n, 0.0);
        for (int c = 0; c < n; ++c)
            width[c] = g.width * g.widths.at(c) / 100.0;
        for (const QVector<Cell>& row : all) {
            for (int c = 0; c < row.size() && c < n; ++c) {
                double prefix
                    = 0; // a run ending in a no-break space (a status marker) stays with the next word
                for (const Run& run : row.at(c).runs) {
                    const auto measure = [&](const QString& text) {
                        const QString key = text + QChar(0x1f) + QString::number(run.format.fontPointSize())
                            + QString::number(run.format.fontWeight());
                        auto it = m_wordWidths.constFind(key);
                        if (it == m_wordWidths.constEnd())
                            it = m_wordWidths.insert(
                                key, QFontMetricsF(run.format.font(), device).horizontalAdvance(text));
                        return *it;
                    };
                    if (run.text.endsWith(QChar::Nbsp)) {
                        prefix = measure(run.text);
                        continue;
                    }
                    QStringView longest;
                    static const QRegularExpression breaks(QStringLiteral("[ \u200B]"));
                    for (const QStringView word : QStringView(run.text).split(breaks, Qt::SkipEmptyParts)) {
                        if (word.size() > longest.size())
                            longest = word;
                    }
                    need[c] = std::max(need[c],
                        std::min(
                            prefix + measure(longest.toString()) + 2 * CellPadding + pt(1), g.width / 5));
                    prefix = 0;
                }
            }
        }
        double deficit = 0;
        double slack = 0;
        for (int c = 0; c < n; ++c) {
            deficit += std::max(0.0, need.at(c) - width.at(c));
            slack += std::max(0.0, width.at(c) - need.at(c));
        }
        if (deficit <= 0 || slack <= 0)
            return;
        const double share = std::min(1.0, slack / deficit); // of each deficit that can be met
        const double taken = std::min(deficit, slack);
        QVector<double> fitted = width;
        for (int c = 0; c < n; ++c) {
            if (need.at(c) > width.at(c))
                fitted[c] = width.at(c) + (need.at(c) - width.at(c)) * share;
            else
                fitted[c] = width.at(c) - taken * (width.at(c) - need.at(c)) / slack;
        }
        for (int c = 0; c < n; ++c)
            g.widths[c] = fitted.at(c) / g.width * 100.0;
    }

    // Column widths from what the columns hold, so that no column wraps to many lines while another has
    // room: each column wants its text's average length on one line (rows are then about as tall in
    // every column), never more than its longest line and never less than its header. The widths that
    // meet those wants and fill the table come from one factor, found by bisection.
    void fitContent(Grid& g, QPaintDevice* device)
    {
        const int n = int(g.widths.size());
        QVector<double> mean(n, 0.0), longest(n, 0.0), least(n, 0.0);
        const auto measure = [&](const Cell& cell) {
            double line = 0, widest = 0;
            for (const Run& run : cell.runs) {
                const QFontMetricsF fm(run.format.font(), device);
                const QStringList parts = run.text.split(QLatin1Char('\n'));
                for (int i = 0; i < parts.size(); ++i) {
                    if (i > 0) {
                        widest = std::max(widest, line);
                        line = 0;
                    }
                    line += fm.horizontalAdvance(parts.at(i));
                }
            }
            return std::max(widest, line) + 2 * CellPadding + pt(1);
        };
        // A sample is enough to know a column's character; long checklists need not be measured twice.
        // The mean is over the cells that hold something: a note written for a few items is as long
        // there as if every item had one.
        const int rows = int(std::min<qsizetype>(g.rows.size(), 400));
        QVector<int> filled(n, 0);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < n && c < g.rows.at(r).size(); ++c) {
                if (g.rows.at(r).at(c).runs.isEmpty())
                    continue;
                const double w = measure(g.rows.at(r).at(c));
                mean[c] += w;
                ++filled[c];
                longest[c] = std::max(longest[c], w);
            }
        }
        for (int c = 0; c < n; ++c)
            mean[c] /= std::max(1, filled.at(c));
        for (int c = 0; c < n; ++c) {
            if (c < g.header.size()) {
                // The header's longest word, so that it never breaks inside a word.
                Cell word = g.header.at(c);
                for (Run& run : word.runs) {
                    QString best;
                    for (const QString& w : run.text.split(QLatin1Char(' ')))
                        best = w.size() > best.size() ? w : best;
                    run.text = best;
                    run.format.setFontWeight(QFont::Bold);
                }
                least[c] = measure(word);
            }
            // A bar or a column with little in it keeps the share it was given.
            bool bars = false;
            for (int r = 0; r < rows; ++r)
                bars = bars || (c < g.rows.at(r).size() && g.rows.at(r).at(c).bar);
            if (bars)
                least[c] = longest[c] = mean[c] = g.width * g.widths.at(c) / 100.0;
            // Short texts (a name, a status, points) stay on one line: a column gets its longest line
            // up to a sixth of the table before the long texts share the rest.
            least[c] = std::max(least[c], std::min(longest[c], g.width / 6));
            longest[c] = std::max(longest[c], least[c]);
        }
        const auto total = [&](double k) {
            double sum = 0;
            for (int c = 0; c < n; ++c)
                sum += std::clamp(mean.at(c) * k, least.at(c), longest.at(c));
            return sum;
        };
        double sumLeast = 0, sumLongest = 0;
        for (int c = 0; c < n; ++c) {
            sumLeast += least.at(c);
            sumLongest += longest.at(c);
        }
        QVector<double> fitted(n);
        if (sumLeast >= g.width) {
            for (int c = 0; c < n; ++c)
                fitted[c] = least.at(c) * g.width / sumLeast;
        } else if (sumLongest <= g.width) {
            // Everything fits on one line: the spare room goes to the columns in proportion.
            for (int c = 0; c < n; ++c)
                fitted[c] = longest.at(c) * g.width / sumLongest;
        } else {
            double lo = 0, hi = 1;
            while (total(hi) < g.width && hi < 1e6)
                hi *= 2;
            for (int i = 0; i < 50; ++i) {
                const double mid = (lo + hi) / 2;
                (total(mid) < g.width ? lo : hi) = mid;
            }
            for (int c = 0; c < n; ++c)
                fitted[c] = std::clamp(mean.at(c) * hi, least.at(c), longest.at(c));
            double sum = 0;
            for (double w : fitted)
                sum += w;
            for (double& w : fitted)
                w *= g.width / sum;
        }
        for (int c = 0; c < n; ++c)
            g.widths[c] = fitted.at(c) / g.width * 100.0;
    }

    void ensureLaidOut(Grid& g, QPaintDevice* device)
    {
        if (!g.heights.isEmpty())
            return;
        if (!g.captionTitle.isEmpty()) {
            g.captionTitleLayout = layoutText(g.captionTitle, 12, true, Accent, g.width, device);
            g.captionHeight = pt(10) + g.captionTitleLayout->boundingRect().height() + pt(4);
            if (!g.captionText.isEmpty()) {
                g.captionTextLayout = layoutText(g.captionText, 9, false, Muted, g.width, device);
                g.captionHeight += g.captionTextLayout->boundingRect().height() + pt(4);
            }
        }
        QVector<QVector<Cell>> all = g.rows;
        if (!g.header.isEmpty())
            all.append(g.header);
        if (g.autoWidths)
            fitContent(g, device);
        fitWords(g, all, device);
        for (int r = 0; r < all.size(); ++r) {
            const bool header = !g.header.isEmpty() && r == all.size() - 1;
            QVector<std::shared_ptr<QTextLayout>> cells;
            double height = pt(9);
            for (int c = 0; c < all.at(r).size() && c < g.widths.size(); ++c) {
                const double inner = g.width * g.widths.at(c) / 100.0 - 2 * CellPadding;
                const Cell& cell = all.at(r).at(c);
                std::shared_ptr<QTextLayout> layout;
                if (!cell.runs.isEmpty()) {
                    // Status words, points and owners repeat down a checklist: each distinct cell is laid out
                    // once.
                    QString key = QString::number(inner)
                        + (header ? QStringLiteral("H") : QStringLiteral("B"))
                        + QString::number(int(cell.align));
                    for (const Run& run : cell.runs)
                        key += QChar(0x1f) + run.text + QChar(0x1e)
                            + QString::number(run.format.fontPointSize())
                            + QString::number(run.format.fontWeight())
                            + run.format.foreground().color().name()
                            + run.format.fontFamilies().toStringList().join(QLatin1Char(','));
                    auto& cached = m_layoutCache[key];
                    if (!cached)
                        cached = layoutCell(cell, inner, device, header);
                    layout = cached;
                }
                if (layout)
                    height = std::max(height, layout->boundingRect().height());
                cells.append(layout);
            }
            g.layouts.append(cells);
            g.heights.append(height + 2 * CellPadding);
        }
        if (g.header.isEmpty())
            g.heights.append(0);
    }

    void drawRow(QPainter* painter, const Grid& g, int row, double left, double top, bool header) const
    {
        const int index = header ? int(g.layouts.size()) - 1 : row;
        const double height = header ? g.heights.constLast() : g.heights.at(row);
        const QRectF whole(left, top, g.width, height);
        const int shade = !header && row < g.shade.size() ? g.shade.at(row) : row;
        if (header)
            painter->fillRect(whole, HeaderFill);
        else if (g.zebra && shade % 2 == 1)
            painter->fillRect(whole, ZebraFill);
        double x = left;
        const QVector<Cell>& cells = header ? g.header : g.rows.at(row);
        for (int c = 0; c < g.widths.size(); ++c) {
            const double w = g.width * g.widths.at(c) / 100.0;
            const QRectF box(x, top, w, height);
            if (c < cells.size() && cells.at(c).bar) {
                drawBar(painter,
                    QRectF(box.left() + CellPadding, box.top() + CellPadding, w - 2 * CellPadding, pt(9)),
                    *cells.at(c).bar);
            } else if (c < g.layouts.at(index).size() && g.layouts.at(index).at(c)) {
                g.layouts.at(index).at(c)->draw(
                    painter, QPointF(box.left() + CellPadding, box.top() + CellPadding));
            }
            x += w;
        }
        // The grid: a rule under the row and between columns, in one stroke.
        QVarLengthArray<QLineF, 16> lines;
        if (header || row >= g.continues.size() || !g.continues.at(row))
            lines.append(QLineF(whole.bottomLeft(), whole.bottomRight()));
        if (row == 0 || header)
            lines.append(QLineF(whole.topLeft(), whole.topRight()));
        x = left;
        for (int c = 0; c <= g.widths.size(); ++c) {
            lines.append(QLineF(QPointF(x, top), QPointF(x, top + height)));
            if (c < g.widths.size())
                x += g.width * g.widths.at(c) / 100.0;
        }
        painter->setPen(QPen(Rule, pt(0.5)));
        painter->drawLines(lines.constData(), int(lines.size()));
    }

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

    void build()
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

    // The page of each section and where its number goes in the table of contents, once the document
    // is laid out. The numbers are drawn, not typed into the document: an edit after the layout would
    // mean laying the whole document out again.
    struct ContentsEntry
    {
        QRectF numberRect; // in document coordinates
        int page = 0;
    };
    QVector<ContentsEntry> contentsEntries(double pageHeight) const
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
    Navigation navigation() const
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
        bool pageBreak = false)
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

    void text(const QString& t, const QTextCharFormat& f) { m_cursor.insertText(t, f); }
    void paragraph(const QString& t, const QTextCharFormat& f, double after = pt(4))
    {
        block(0, after);
        text(t, f);
    }

    void heading(const QString& title, bool newPage = false)
    {
        block(newPage ? 0 : pt(14), pt(6), Qt::AlignLeft, newPage);
        QTextCursor mark(m_cursor);
        mark.setKeepPositionOnInsert(true); // stays at the heading while the text goes in after it
        m_headings.append(mark);
        m_headingTitles.append(title);
        text(title, font(16, true, Accent));
    }

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

    void chart(const QString& name, double fraction, double aspect)
    {
        QTextCharFormat f;
        f.setObjectType(ChartObject);
        f.setProperty(ChartName, name);
        f.setProperty(ChartWidth, m_width * fraction);
        f.setProperty(ChartHeight, m_width * fraction * aspect);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }

    void chartBlock(const QString& name, double aspect)
    {
        QChartView* view = m_dashboard ? m_dashboard->chartView(name) : nullptr;
        if (!view && name != QLatin1String("risks"))
            return;
        block(pt(6), pt(6), Qt::AlignHCenter);
        if (view)
            aspect = view->sceneRect().height() / std::max(1.0, view->sceneRect().width());
        chart(name, 1.0, aspect);
    }

    void bar(double value, const QColor& color, const std::optional<double>& target, double width)
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

    Grid* table(int rows, const QVector<double>& widths, const QStringList& headers, bool zebra = true)
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

    Cell& at(Grid* g, int row, int column) { return g->rows[row - (m_gridHasHeader ? 1 : 0)][column]; }

    void cell(Grid* g, int row, int column, const QString& value, const QTextCharFormat& f,
        Qt::Alignment align = Qt::AlignLeft)
    {
        Cell& c = at(g, row, column);
        c.runs.append({ value, f });
        c.align = align;
    }

    void cell(Grid* g, int row, int column, const QString& value, Qt::Alignment align = Qt::AlignLeft)
    {
        cell(g, row, column, value, font(8.5), align);
    }

    void append(Grid* g, int row, int column, const QString& value, const QTextCharFormat& f)
    {
        at(g, row, column).runs.append({ value, f });
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
    void after(Grid* g)
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

public:
    // After a layout: the rows that start a new page draw the table's header again. Returns the position
    // of the first row that changed (the document must be laid out again from there), or -1.
    int markRepeatedHeaders(double pageHeight)
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
            const bool repeat
                = !g.header.isEmpty() && (row == 0 || id != previousGrid || page != previousPage);
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

private:
    void contents()
    {
        block(0, pt(10), Qt::AlignLeft, false);
        text(Tr::tr("Contents"), font(16, true, Accent));
        m_tocPosition = m_cursor.position();
    }

    // The rows of the table of contents, once every heading is known.
    void insertContents()
    {
        QTextCursor c(&m_doc);
        c.setPosition(m_tocPosition);
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellPadding(css(3));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 90),
            QTextLength(QTextLength::PercentageLength, 10) });
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

    void summary()
    {
        heading(Tr::tr("Executive summary"), true);
        const ScoreLabel& l = m_r.overallLabel;
        if (l.display)
            paragraph(Tr::tr("The overall readiness score is %1 of 100: grade %2, %3.")
                          .arg(*l.display)
                          .arg(l.grade, l.status),
                font(10.5, true));
        else
            paragraph(Tr::tr("The assessment is not scored yet: no applicable item has been assessed."),
                font(10.5, true));
        if (m_r.overall.adjusted) {
            paragraph(Tr::tr("Computed score %1 (grade %2, %3); adjusted score %4 (grade %5, %6).")
                          .arg(percent(m_r.computedLabel.display), m_r.computedLabel.grade,
                              m_r.computedLabel.status, percent(l.display), l.grade, l.status),
                font(9.5));
            if (m_r.overall.overallAdjustment)
                paragraph(
                    Tr::tr("Reason for the adjustment: %1").arg(m_r.overall.adjustmentReason), font(9.5));
            for (const ReportDomain& d : m_r.domains) {
                if (d.score.adjusted)
                    paragraph(Tr::tr("%1 adjusted from %2 to %3: %4")
                                  .arg(d.score.title, percent(d.computedLabel.display),
                                      percent(d.label.display), d.score.adjustmentReason),
                        font(9.5));
            }
        }
        chartBlock(QStringLiteral("overall"), 0.3);
        const auto missed = m_r.missedTargets();
        subheading(Tr::tr("Domains below their target"));
        if (missed.isEmpty())
            paragraph(Tr::tr("Every domain with a target meets it."), font(9.5));
        for (const ReportDomain* d : missed)
            paragraph(QStringLiteral("•  ")
                    + Tr::tr("%1: %2, target ≥ %3 %")
                          .arg(d->score.title, percent(d->label.display), number(*d->score.target)),
                font(9.5));
        subheading(Tr::tr("Blockers"));
        if (m_r.unmetBlockers.isEmpty())
            paragraph(Tr::tr("No blocker is unmet."), font(9.5));
        else
            paragraph(Tr::tr("While a blocker is unmet the status is %1 whatever the score.")
                          .arg(m_r.assessment.bands.notReadyStatus()),
                font(9.5));
        for (const ReportGap& g : m_r.unmetBlockers)
            paragraph(
                QStringLiteral("•  %1 (%2): %3").arg(g.item.key, g.domainTitle, g.item.text), font(9.5));
        if (m_r.keyFindings.isEmpty()) {
            subheading(Tr::tr("Critical and high findings"));
            paragraph(Tr::tr("None open."), font(9.5));
        } else {
            tableCaption(Tr::tr("Critical and high findings"));
            Grid* t = table(int(m_r.keyFindings.size()) + 1, { 9, 12, 55, 12, 12 },
                { Tr::tr("ID"), Tr::tr("Priority"), Tr::tr("Finding"), Tr::tr("Effort"), Tr::tr("Owner") });
            int row = 1;
            for (const Finding& f : m_r.keyFindings) {
                cell(t, row, 0, f.reference(), font(7.5, false, Muted));
                cell(t, row, 1, toLabel(f.priority),
                    font(
                        8.5, true, f.priority == Priority::Critical ? RatingColors::forRatingIndex(3) : Ink));
                cell(t, row, 2, f.title);
                cell(t, row, 3, f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours)) : Tr::tr("–"),
                    Qt::AlignRight);
                cell(t, row, 4, f.owner);
                ++row;
            }
            cell(t, row, 2, Tr::tr("Total"), font(8.5, true));
            cell(t, row, 3, Tr::tr("%1 h").arg(number(m_r.keyFindingsEffort)), font(8.5, true),
                Qt::AlignRight);
            after(t);
        }
    }

    void scopeAndLimitations()
    {
        heading(Tr::tr("Scope and limitations"), true);
        subheading(Tr::tr("Scope"));
        paragraph(m_r.assessment.info.scope.isEmpty() ? Tr::tr("The scope was not recorded.")
                                                      : m_r.assessment.info.scope,
            font(9.5));
        if (!m_r.assessment.info.system.isEmpty())
            paragraph(Tr::tr("System under assessment: %1").arg(m_r.assessment.info.system), font(9.5));
        paragraph(Tr::tr("Checklist: %1 (%n item(s) in %2 domains).", nullptr, m_r.overall.items)
                      .arg(m_r.assessment.info.templateId.isEmpty() ? m_r.assessment.info.title
                                                                    : m_r.assessment.info.templateId)
                      .arg(m_r.domains.size()),
            font(9.5));
        subheading(Tr::tr("Limitations"));
        for (const QString& limit : m_r.limitations())
            paragraph(QStringLiteral("•  ") + limit, font(9.5));
    }

    void method()
    {
        heading(Tr::tr("Method and rating scale"));
        for (const QString& p : m_r.methodParagraphs())
            paragraph(p, font(9.5));
        tableCaption(
            Tr::tr("Rating scale"), Tr::tr("The bands of this checklist, on the shown whole-percent score."));
        const QVector<Report::ScaleRow> scale = m_r.scale();
        Grid* t = table(
            int(scale.size()), { 30, 40, 30 }, { Tr::tr("Scale"), Tr::tr("Band"), Tr::tr("Shown score") });
        int row = 1;
        for (const Report::ScaleRow& r : scale) {
            cell(t, row, 0, r.kind, font(8.5, false, Muted));
            cell(t, row, 1, r.label, font(8.5, true));
            cell(t, row, 2, r.range);
            ++row;
        }
        after(t);
    }

    void scores()
    {
        heading(Tr::tr("Scores by domain"), true);
        const Bands& bands = m_r.assessment.bands;
        Grid* t = table(int(m_r.domains.size()), { 22, 9, 11, 13, 17, 13, 15 },
            { Tr::tr("Domain"), Tr::tr("Weight"), Tr::tr("Earned / possible"), Tr::tr("Score"), Tr::tr("Bar"),
                Tr::tr("Rating"), Tr::tr("Target") });
        int row = 1;
        for (const ReportDomain& d : m_r.domains) {
            const DomainScore& s = d.score;
            cell(t, row, 0, s.title, font(8.5, true));
            cell(t, row, 1,
                s.weightFromTemplate ? QStringLiteral("%1 %").arg(number(s.weight))
                                     : Tr::tr("%1 pts").arg(number(s.weight)),
                Qt::AlignRight);
            cell(t, row, 2, QStringLiteral("%1 / %2").arg(number(s.earned), number(s.possible)),
                Qt::AlignRight);
            QString score = percent(d.label.display);
            if (s.adjusted)
                score += QLatin1Char('\n') + Tr::tr("(computed %1)").arg(percent(d.computedLabel.display));
            cell(t, row, 3, score, Qt::AlignRight);
            if (d.label.score)
                barCell(t, row, 4, { *d.label.score, ratingColor(bands, d.label.rating), s.target });
            if (d.label.rating.isEmpty())
                cell(t, row, 5, s.isNotStarted() ? Tr::tr("not started") : Tr::tr("not scored"));
            else
                statusCell(t, row, 5, d.label.rating, ratingColor(bands, d.label.rating));
            QString target = s.target ? QStringLiteral("≥ %1 %").arg(number(*s.target)) : Tr::tr("none");
            if (d.meetsTarget)
                target += QLatin1Char(' ') + (*d.meetsTarget ? Tr::tr("met") : Tr::tr("missed"));
            cell(t, row, 6, target,
                font(8.5, d.meetsTarget && !*d.meetsTarget,
                    d.meetsTarget && !*d.meetsTarget ? RatingColors::forRatingIndex(3) : Ink));
            ++row;
        }
        after(t);
        chartBlock(QStringLiteral("domainScores"), 0.55);
        chartBlock(QStringLiteral("radar"), 0.5);
        chartBlock(QStringLiteral("statuses"), 0.5);
    }

    void checklists()
    {
        heading(Tr::tr("Checklists"), true);
        QHash<QString, QStringList> evidenceOf;
        for (const Evidence& e : m_r.assessment.evidence) {
            for (const QString& key : e.itemKeys)
                evidenceOf[key] << e.name;
        }
        for (int di = 0; di < m_r.assessment.domains.size(); ++di) {
            const Domain& d = m_r.assessment.domains.at(di);
            const ReportDomain& rd = m_r.domains.at(di);
            QString title = QStringLiteral("%1. %2 — %3").arg(di + 1).arg(d.title, percent(rd.label.display));
            if (!rd.label.rating.isEmpty())
                title += QStringLiteral(" (%1)").arg(rd.label.rating);
            tableCaption(title, d.description);
            m_domainGrids.append(
                { int(m_objects->grids().size()), QStringLiteral("%1. %2").arg(di + 1).arg(d.title) });
            // Six columns on a portrait page: the points go under the status, so that the item and the
            // note keep their width.
            Grid* t = table(int(d.items.size()), { 10, 34, 15, 12, 19, 10 },
                { Tr::tr("Key"), Tr::tr("Item"), Tr::tr("Status and points"), Tr::tr("Owner"), Tr::tr("Note"),
                    Tr::tr("Evidence") });
            t->autoWidths = true;
            int row = 1;
            for (const Item& i : d.items) {
                cell(t, row, 0, i.key, font(7.5, false, Muted));
                cell(t, row, 1, i.text);
                if (i.blocker)
                    append(t, row, 1, QStringLiteral(" ") + Tr::tr("(blocker)"),
                        font(8.5, true, RatingColors::forRatingIndex(3)));
                statusCell(t, row, 2,
                    i.risk().isEmpty() ? toLabel(i.status)
                                       : Tr::tr("%1 · %2").arg(toLabel(i.status), LensRisk::label(i.risk())),
                    RatingColors::forStatus(i.status));
                if (i.status != ItemStatus::NotApplicable)
                    append(t, row, 2,
                        QLatin1Char('\n')
                            + Tr::tr("%1 of %2 points")
                                  .arg(number(Scoring::earnedPoints(i)), number(i.points)),
                        font(7.5, false, Muted));
                cell(t, row, 3, i.owner);
                cell(t, row, 4, i.note, font(8));
                cell(t, row, 5, breakable(evidenceOf.value(i.key).join(QStringLiteral(", "))), font(8));
                ++row;
            }
            after(t);
        }
    }

    void gaps()
    {
        heading(Tr::tr("Gaps and findings"), true);
        if (m_r.gaps.isEmpty()) {
            subheading(Tr::tr("Open gaps"));
            paragraph(Tr::tr("Every applicable item is met."), font(9.5));
        } else {
            tableCaption(Tr::tr("Open gaps"));
            Grid* t = table(int(m_r.gaps.size()), { 9, 20, 14, 57 },
                { Tr::tr("Key"), Tr::tr("Domain"), Tr::tr("Status"), Tr::tr("Item and note") });
            t->autoWidths = true;
            int row = 1;
            for (const ReportGap& g : m_r.gaps) {
                cell(t, row, 0, g.item.key, font(8, false, Muted));
                cell(t, row, 1, g.domainTitle);
                statusCell(t, row, 2, toLabel(g.item.status), RatingColors::forStatus(g.item.status));
                cell(t, row, 3, g.item.text);
                if (g.item.blocker)
                    append(t, row, 3, QStringLiteral(" ") + Tr::tr("(blocker)"),
                        font(8.5, true, RatingColors::forRatingIndex(3)));
                if (!g.item.note.isEmpty())
                    append(t, row, 3, QStringLiteral(" — ") + g.item.note, font(8, false, Muted));
                ++row;
            }
            after(t);
        }
        if (m_r.assessment.findings.isEmpty())
            return;
        chartBlock(QStringLiteral("recommendations"), 0.5);
        for (const ReportPriorityGroup& group : m_r.recommendations) {
            tableCaption(
                Tr::tr("%1 priority · %2 h").arg(toLabel(group.priority), number(group.effortHours)));
            Grid* t = table(int(group.findings.size()), { 9, 33, 9, 14, 12, 10, 13 },
                { Tr::tr("ID"), Tr::tr("Finding"), Tr::tr("Effort"), Tr::tr("Owner"), Tr::tr("Due"),
                    Tr::tr("State"), Tr::tr("Items") });
            t->autoWidths = true;
            int row = 1;
            for (const Finding& f : group.findings) {
                cell(t, row, 0, f.reference(), font(7.5, false, Muted));
                cell(t, row, 1, f.title);
                cell(t, row, 2, f.effortHours ? Tr::tr("%1 h").arg(number(*f.effortHours)) : Tr::tr("–"),
                    Qt::AlignRight);
                cell(t, row, 3, f.owner);
                cell(t, row, 4, ReportText::date(f.dueDate));
                cell(t, row, 5, toLabel(f.state));
                cell(t, row, 6, f.itemKeys.join(QStringLiteral(", ")), font(8));
                ++row;
            }
            after(t);
        }
        paragraph(Tr::tr("Total effort of all findings: %1 h.").arg(number(m_r.recommendationsEffort)),
            font(9.5, true));
    }

    void risks()
    {
        heading(Tr::tr("Risks"), true);
        block(pt(4), pt(6), Qt::AlignHCenter);
        // The matrix is drawn for paper (drawRiskMatrix), nearly square.
        chart(QStringLiteral("risks"), 0.6, 0.86);
        Grid* t = table(int(m_r.assessment.risks.size()), { 24, 11, 7, 7, 8, 25, 10, 8 },
            { Tr::tr("Risk"), Tr::tr("Category"), Tr::tr("P"), Tr::tr("I"), Tr::tr("Severity"),
                Tr::tr("Mitigation"), Tr::tr("Owner"), Tr::tr("State") });
        t->autoWidths = true;
        int row = 1;
        for (const Risk& k : m_r.assessment.risks) {
            cell(t, row, 0, k.title, font(8.5, true));
            cell(t, row, 1, toLabel(k.category));
            cell(t, row, 2, QString::number(k.probability), Qt::AlignRight);
            cell(t, row, 3, QString::number(k.impact), Qt::AlignRight);
            const int severity = k.severity();
            const QColor color = severity >= 15 ? RatingColors::forRatingIndex(3)
                : severity >= 8                 ? RatingColors::forRatingIndex(2)
                                                : RatingColors::forRatingIndex(0);
            statusCell(t, row, 4, QString::number(severity), color);
            cell(t, row, 5, k.mitigation, font(8));
            cell(t, row, 6, k.owner);
            cell(t, row, 7, toLabel(k.state));
            ++row;
        }
        after(t);
    }

    void kpis()
    {
        heading(Tr::tr("Key performance indicators"), true);
        chartBlock(QStringLiteral("kpis"), 0.5);
        Grid* t = table(int(m_r.assessment.kpis.size()), { 46, 18, 18, 18 },
            { Tr::tr("KPI"), Tr::tr("Target"), Tr::tr("Actual"), Tr::tr("Result") });
        int row = 1;
        for (const Kpi& k : m_r.assessment.kpis) {
            const std::optional<bool> passes = k.passes();
            const QString unit = k.unit.isEmpty() ? QString() : QStringLiteral(" ") + k.unit;
            cell(t, row, 0, k.name);
            cell(t, row, 1,
                ReportText::comparator(k.comparator) + QStringLiteral(" ") + number(k.target) + unit,
                Qt::AlignRight);
            cell(t, row, 2, k.actual ? number(*k.actual) + unit : Tr::tr("not measured"), Qt::AlignRight);
            if (passes)
                statusCell(t, row, 3, *passes ? Tr::tr("pass") : Tr::tr("fail"),
                    *passes ? RatingColors::forRatingIndex(0) : RatingColors::forRatingIndex(3));
            else
                cell(t, row, 3, Tr::tr("–"));
            ++row;
        }
        after(t);
    }

    void milestone()
    {
        const MilestoneComparison& c = m_r.milestone->comparison;
        heading(Tr::tr("Since the last milestone"), true);
        paragraph(Tr::tr("Compared with milestone “%1” of %2.")
                      .arg(m_r.milestone->name, ReportText::date(m_r.milestone->takenAt.date())),
            font(9.5));
        Grid* t = table(int(c.domains.size()) + 1, { 52, 16, 16, 16 },
            { Tr::tr("Domain"), Tr::tr("Then"), Tr::tr("Now"), Tr::tr("Change") });
        cell(t, 1, 0, Tr::tr("Overall"), font(8.5, true));
        cell(t, 1, 1, ReportText::score(c.overallFrom), Qt::AlignRight);
        cell(t, 1, 2, ReportText::score(c.overallTo), Qt::AlignRight);
        cell(t, 1, 3, ReportText::change(c.overallFrom, c.overallTo), font(8.5, true), Qt::AlignRight);
        int row = 2;
        for (const DomainDelta& d : c.domains) {
            cell(t, row, 0, d.title);
            cell(t, row, 1, ReportText::score(d.from), Qt::AlignRight);
            cell(t, row, 2, ReportText::score(d.to), Qt::AlignRight);
            cell(t, row, 3, ReportText::change(d.from, d.to), Qt::AlignRight);
            ++row;
        }
        after(t);
        if (!c.changedItems.isEmpty()) {
            tableCaption(Tr::tr("%n item(s) changed status", nullptr, int(c.changedItems.size())));
            Grid* s = table(int(c.changedItems.size()), { 10, 50, 20, 20 },
                { Tr::tr("Key"), Tr::tr("Item"), Tr::tr("Then"), Tr::tr("Now") });
            int r = 1;
            for (const StatusChange& ch : c.changedItems) {
                cell(s, r, 0, ch.itemKey, font(8, false, Muted));
                cell(s, r, 1, ch.itemText);
                statusCell(s, r, 2, toLabel(ch.from), RatingColors::forStatus(ch.from));
                statusCell(s, r, 3, toLabel(ch.to), RatingColors::forStatus(ch.to));
                ++r;
            }
            after(s);
        }
    }

    void signOffs()
    {
        heading(Tr::tr("Sign-offs"), !m_r.options.has(ReportSection::Milestones) || !m_r.milestone);
        if (m_r.assessment.signOffs.isEmpty()) {
            paragraph(Tr::tr("No approver has signed off yet."), font(9.5));
            return;
        }
        Grid* t = table(int(m_r.assessment.signOffs.size()), { 20, 18, 20, 27, 15 },
            { Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Decision"), Tr::tr("Conditions"), Tr::tr("Date") });
        t->autoWidths = true;
        int row = 1;
        for (const SignOff& s : m_r.assessment.signOffs) {
            cell(t, row, 0, s.name, font(8.5, true));
            cell(t, row, 1, s.role);
            statusCell(t, row, 2, toLabel(s.decision), decisionColor(s.decision));
            cell(t, row, 3, s.conditions);
            cell(t, row, 4, ReportText::date(s.signedAt.toUTC().date()));
            ++row;
        }
        after(t);
    }

    void evidence()
    {
        heading(Tr::tr("Evidence manifest"), true);
        paragraph(Tr::tr("Every file below is stored in the project; its SHA-256 identifies the exact bytes "
                         "the assessment rests on."),
            font(9, false, Muted));
        if (m_r.assessment.evidence.isEmpty()) {
            paragraph(Tr::tr("No evidence is attached."), font(9.5));
            return;
        }
        Grid* t = table(int(m_r.assessment.evidence.size()), { 24, 9, 52, 15 },
            { Tr::tr("Name"), Tr::tr("Size"), Tr::tr("SHA-256"), Tr::tr("Supports") });
        QTextCharFormat mono = font(7);
        mono.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
        int row = 1;
        for (const Evidence& e : m_r.assessment.evidence) {
            cell(t, row, 0, breakable(e.name));
            cell(
                t, row, 1, e.isLink() ? Tr::tr("link") : QLocale().formattedDataSize(e.size), Qt::AlignRight);
            cell(t, row, 2, e.isLink() ? e.url : e.sha256, e.isLink() ? font(8) : mono);
            cell(t, row, 3, e.itemKeys.join(QStringLiteral(", ")), font(8));
            ++row;
        }
        after(t);
    }

    void closing()
    {
        subheading(Tr::tr("Project state"));
        QTextCharFormat mono = font(7.5);
        mono.setFontFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace") });
        paragraph(Tr::tr("This report describes %1 as of audit log entry %2, whose hash is:")
                      .arg(m_r.projectFileName)
                      .arg(m_r.auditRows),
            font(9));
        paragraph(m_r.auditHead, mono);
        paragraph(Tr::tr("Generated by %1 on %2.").arg(m_r.generator, m_r.generatedAt.toString(Qt::ISODate)),
            font(9, false, Muted));
        if (m_r.signer)
            paragraph(Tr::tr("Signed by %1; certificate SHA-256 fingerprint %2. The signature is embedded in "
                             "this PDF: check it with any PDF "
                             "reader, with pdfsig, or with readiness-cli verify.")
                          .arg(m_r.signer->name, m_r.signer->fingerprint),
                font(9, false, Muted));
    }

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

// The classification marking, in the middle of the header and the footer of every page.
void drawClassification(QPainter& p, const QRectF& headerRect, const QRectF& footerRect, const Report& r)
{
    const QString marking = r.options.classification.trimmed().toUpper();
    if (marking.isEmpty())
        return;
    p.save();
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(8);
    f.setBold(true);
    p.setFont(f);
    p.setPen(RatingColors::forRatingIndex(3));
    p.drawText(headerRect, Qt::AlignHCenter | Qt::AlignVCenter, marking);
    p.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter, marking);
    p.restore();
}

// Who the report is by: as the export names them, else the signer, else the team.
QString reportAuthor(const Report& r)
{
    if (!r.options.preparedBy.trimmed().isEmpty())
        return r.options.preparedBy.trimmed();
    if (r.signer)
        return r.signer->name;
    return r.assessment.info.team;
}

// The cover, drawn directly: the title, the facts of the assessment, the result in one coloured band and
// the signer.
void drawCover(QPainter& p, const QRectF& page, const QRectF& body, const Report& r)
{
    const AssessmentInfo& info = r.assessment.info;
    p.save();
    const auto setFont = [&p](double size, bool bold) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(size);
        f.setBold(bold);
        p.setFont(f);
    };
    // A band across the top.
    p.fillRect(QRectF(0, 0, page.width(), mm(14)), Accent);
    setFont(9, true);
    p.setPen(Qt::white);
    p.drawText(QRectF(body.left(), 0, body.width(), mm(14)), Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("Readiness assessment report").toUpper());
    p.drawText(QRectF(body.left(), 0, body.width(), mm(14)), Qt::AlignRight | Qt::AlignVCenter,
        ReportText::date(r.generatedAt.date()));

    double y = mm(34);
    const auto wrapped = [&](const QString& text, double size, bool bold, const QColor& color, double left,
                             double width, double after) {
        setFont(size, bold);
        p.setPen(color);
        const QRectF box = p.boundingRect(QRectF(left, y, width, page.height()), Qt::TextWordWrap, text);
        p.drawText(QRectF(left, y, width, box.height()), Qt::TextWordWrap, text);
        return box.height() + after;
    };
    y += wrapped(info.title, 26, true, Accent, body.left(), body.width(), mm(4));
    if (!info.system.isEmpty())
        y += wrapped(info.system, 13, false, Ink, body.left(), body.width(), mm(10));

    // The result.
    const ScoreLabel& l = r.overallLabel;
    const QRectF band(body.left(), y, body.width(), mm(34));
    const QRectF badge(band.left(), band.top(), mm(42), band.height());
    p.fillRect(band, ZebraFill);
    p.fillRect(badge, statusColor(r.assessment.bands, l.status));
    setFont(34, true);
    p.setPen(Qt::white);
    p.drawText(badge.adjusted(0, 0, 0, -mm(8)), Qt::AlignCenter,
        l.display ? QString::number(*l.display) : QStringLiteral("–"));
    setFont(9, false);
    p.drawText(
        badge.adjusted(0, badge.height() - mm(11), 0, 0), Qt::AlignHCenter | Qt::AlignTop, Tr::tr("of 100"));
    const double textLeft = badge.right() + mm(6);
    const double textWidth = band.right() - textLeft - mm(4);
    double ty = band.top() + mm(5);
    const auto line = [&](const QString& text, double size, bool bold, const QColor& color) {
        setFont(size, bold);
        p.setPen(color);
        const double h = p.fontMetrics().height();
        p.drawText(QRectF(textLeft, ty, textWidth, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        ty += h + mm(1);
    };
    line(
        l.display ? Tr::tr("Grade %1 · %2").arg(l.grade, l.status) : Tr::tr("Not scored yet"), 16, true, Ink);
    line(Tr::tr("%1 of %2 items assessed").arg(r.overall.assessed).arg(r.overall.items), 9.5, false, Muted);
    if (r.overall.adjusted)
        line(Tr::tr("Adjusted; computed score %1").arg(percent(r.computedLabel.display)), 9.5, false, Muted);
    if (!r.unmetBlockers.isEmpty())
        line(Tr::tr("%n unmet blocker(s)", nullptr, int(r.unmetBlockers.size())), 9.5, true,
            RatingColors::forRatingIndex(3));
    y = band.bottom() + mm(10);

    // The facts, as label and value.
    struct Row
    {
        QString label, value;
        QColor color = Ink;
        bool bold = false;
    };
    QVector<Row> rows;
    if (!r.options.preparedFor.trimmed().isEmpty())
        rows.append({ Tr::tr("Prepared for"), r.options.preparedFor.trimmed() });
    if (!reportAuthor(r).isEmpty())
        rows.append({ Tr::tr("Prepared by"), reportAuthor(r) });
    rows.append(
        { Tr::tr("Document"), Tr::tr("Version %1 · %2").arg(r.options.documentVersion, r.documentStatus()),
            r.options.final ? Ink : Muted, !r.options.final });
    rows.append({ Tr::tr("Decision"), toLabel(info.decision), decisionColor(info.decision), true });
    if (!info.conditions.isEmpty())
        rows.append({ Tr::tr("Conditions"), info.conditions });
    rows.append(
        { Tr::tr("Assessment date"), info.date.isValid() ? ReportText::date(info.date) : Tr::tr("not set") });
    rows.append({ Tr::tr("Team"), info.team.isEmpty() ? Tr::tr("not set") : info.team });
    rows.append({ Tr::tr("Scope"), info.scope.isEmpty() ? Tr::tr("not set") : info.scope });
    rows.append({ Tr::tr("Next review"),
        info.nextReview.isValid() ? ReportText::date(info.nextReview) : Tr::tr("not set") });
    rows.append({ Tr::tr("Checklist"),
        QStringLiteral("%1 %2").arg(info.templateId, info.templateVersion).trimmed() });
    if (r.signer) {
        rows.append({ Tr::tr("Signed by"), r.signer->name });
        rows.append({ Tr::tr("Certificate"), Tr::tr("SHA-256 %1").arg(r.signer->fingerprint) });
    }
    const double labelWidth = mm(38);
    for (const Row& row : rows) {
        if (y > body.bottom() - mm(10))
            break;
        p.setPen(QPen(Rule, pt(0.5)));
        p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
        y += mm(2.5);
        // A label may wrap (German "Nächste Überprüfung"): the row is as tall as the taller of the two.
        const double labelHeight
            = wrapped(row.label, 9.5, true, Muted, body.left(), labelWidth - mm(3), mm(2.5));
        const double valueHeight = wrapped(row.value, row.label == Tr::tr("Certificate") ? 7.5 : 9.5,
            row.bold, row.color, body.left() + labelWidth, body.width() - labelWidth, mm(2.5));
        y += std::max(labelHeight, valueHeight);
    }
    p.setPen(QPen(Rule, pt(0.5)));
    p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));

    setFont(7.5, false);
    p.setPen(Muted);
    p.drawText(QRectF(body.left(), body.bottom(), body.width(), mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("Generated by %1 from %2 · audit head %3")
            .arg(r.generator, r.projectFileName, r.auditHead.left(16)));
    drawClassification(p, QRectF(body.left(), mm(15), body.width(), mm(7)),
        QRectF(body.left(), body.bottom() + mm(7), body.width(), mm(6)), r);
    p.restore();
}

void drawHeaderFooter(
    QPainter& p, const QRectF& page, const QRectF& body, const Report& r, int pageNumber, int pageCount)
{
    p.save();
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(7.5);
    p.setFont(f);
    p.setPen(Muted);
    const double top = body.top() - mm(10);
    const QRectF headerRect(body.left(), top, body.width(), mm(6));
    p.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, r.assessment.info.title);
    p.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter,
        Tr::tr("Readiness report · %1").arg(ReportText::date(r.generatedAt.date())));
    p.setPen(QPen(Rule, pt(0.6)));
    p.drawLine(QPointF(body.left(), top + mm(6.5)), QPointF(body.right(), top + mm(6.5)));
    const double bottom = body.bottom() + mm(5);
    p.drawLine(QPointF(body.left(), bottom), QPointF(body.right(), bottom));
    p.setPen(Muted);
    const QRectF footerRect(body.left(), bottom + mm(1), body.width(), mm(6));
    p.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("Audit head %1 · %2")
            .arg(r.auditHead.left(16),
                r.signer ? Tr::tr("signed by %1").arg(r.signer->name) : Tr::tr("not signed")));
    p.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
        Tr::tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    drawClassification(p, headerRect, footerRect, r);
    Q_UNUSED(page)
    p.restore();
}

} // namespace

QByteArray write(const Report& report, Document* document, QString* error, const Progress& progress)
{
    const auto step = [&](int n) { return !progress || progress(n, 4); };
    if (!step(0)) {
        *error = Tr::tr("Cancelled.");
        return {};
    }

    // The dashboard that draws the charts, laid out off screen at a size whose type reads well in print.
    DashboardPage dashboard(nullptr, false, true);
    dashboard.setAttribute(Qt::WA_DontShowOnScreen);
    dashboard.resize(820, 4000);
    dashboard.setDocument(document);
    dashboard.plan()->hide(); // the path to ready is not part of the report
    dashboard.show(); // draws the charts for the document (once: it refreshes when shown)
    // Only the layouts the charts need (the widgets are never painted on a screen).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!step(1)) {
        *error = Tr::tr("Cancelled.");
        return {};
    }

    // Room for a long report up front: the PDF engine writes in many small pieces.
    QByteArray bytes;
    bytes.reserve(qsizetype(4) << 20);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Dpi);
    writer.setPageSize(report.options.paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0
            ? QPageSize(QPageSize::Letter)
            : QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(report.assessment.info.title);
    writer.setCreator(report.generator);
    writer.setDocumentXmpMetadata(rw::ReportSigning::xmpPacket(report.assessment.info.title,
        report.signer ? report.signer->name : report.assessment.info.team, report.generator,
        report.generatedAt, report.state()));

    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(Dpi).size());
    const QRectF body(mm(20), mm(24), page.width() - mm(40), page.height() - mm(24) - mm(20));

    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleStrategy(QFont::PreferNoShaping);
    base.setPointSizeF(9.5);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    auto* objects = new ObjectPainter(&dashboard);
    objects->setParent(&doc);
    // A row may take up to 40 % of a page; a taller one is cut into parts that each fit.
    Builder builder(doc, &dashboard, objects, report, body.width(), body.height() * 0.4, &writer);
    builder.build();
    builder.finishContents();
    // Only now the layout: touching it earlier would lay the document out again at every insertion.
    doc.documentLayout()->registerHandler(ChartObject, objects);
    doc.documentLayout()->registerHandler(BarObject, objects);
    doc.documentLayout()->registerHandler(RowObject, objects);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body.size());
    doc.pageCount();
    // Rows that begin a page carry the table's header: lay out again until no more rows move.
    for (int pass = 0, from = builder.markRepeatedHeaders(body.height()); pass < 6 && from >= 0;
         ++pass, from = builder.markRepeatedHeaders(body.height())) {
        doc.markContentsDirty(from, doc.characterCount() - from);
        doc.pageCount();
    }
    const auto contents = builder.contentsEntries(body.height());
    const auto navigation = builder.navigation();
    if (!step(2)) {
        *error = Tr::tr("Cancelled.");
        return {};
    }

    const int pages = doc.pageCount() + 1; // and the cover
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Tr::tr("The PDF cannot be drawn.");
        return {};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    drawCover(painter, page, body, report);
    for (int i = 0; i + 1 < pages; ++i) {
        writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        // The layout draws every block its clip touches; a block that begins the next page touches this
        // one's bottom edge, and its text would be written (though never seen) here too.
        context.clip.setBottom(context.clip.bottom() - 2);
        context.palette.setColor(QPalette::Text, Ink);
        doc.documentLayout()->draw(&painter, context);
        for (const auto& entry : contents) {
            if (context.clip.intersects(entry.numberRect)) {
                QFont f(QStringLiteral("DejaVu Sans"));
                f.setPointSizeF(10.5);
                painter.setFont(f);
                painter.setPen(Ink);
                painter.drawText(
                    entry.numberRect, Qt::AlignRight | Qt::AlignTop, QString::number(entry.page));
            }
        }
        painter.restore();
        drawHeaderFooter(painter, page, body, report, i + 2, pages);
    }
    painter.end();
    buffer.close();

    // The outline, the contents' links and the document information: a document coordinate becomes a
    // page (after the cover) and a height on it in points.
    const double toPoints = 72.0 / Dpi;
    const auto place = [&](double y) {
        // A block that begins a page lies a hair below the page's top edge.
        const int index = std::max(0, int((y + 1) / body.height()));
        return rw::PdfNavigation::Place { index + 1, (body.top() + y - index * body.height()) * toPoints };
    };
    QVector<rw::PdfNavigation::OutlineEntry> outline { { Tr::tr("Cover"), { 0, 0 }, 0 } };
    for (const auto& entry : navigation.outline)
        outline.append({ entry.title, place(entry.y), entry.level });
    QVector<rw::PdfNavigation::Link> links;
    for (const auto& [rect, target] : navigation.links) {
        const rw::PdfNavigation::Place at = place(rect.top());
        links.append({ at.page,
            QRectF((body.left() + rect.left()) * toPoints, at.top, rect.width() * toPoints,
                rect.height() * toPoints),
            place(target) });
    }
    const AssessmentInfo& info = report.assessment.info;
    QStringList keywords { Tr::tr("readiness assessment") };
    if (!info.templateId.isEmpty())
        keywords << info.templateId;
    keywords << report.documentStatus();
    if (!report.options.classification.isEmpty())
        keywords << report.options.classification;
    const rw::PdfNavigation::Info pdfInfo { info.title, reportAuthor(report),
        info.system.isEmpty() ? Tr::tr("Readiness assessment report")
                              : Tr::tr("Readiness assessment report: %1").arg(info.system),
        keywords.join(QStringLiteral(", ")) };
    QByteArray navigable = rw::PdfNavigation::add(bytes, outline, links, pdfInfo, error);
    step(4);
    return navigable;
}

} // namespace PdfReport

#include "PdfReport.moc"
