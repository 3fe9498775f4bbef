#include "PdfParts.h"
#include "domain/SafeText.h"

#include "widgets/DashboardPage.h"
#include "widgets/RatingColors.h"
#include "widgets/RiskHeatMap.h"

#include <QAbstractTextDocumentLayout>
#include <QChartView>
#include <QGraphicsScene>
#include <QPainter>
#include <QVarLengthArray>
#include <cmath>

namespace PdfReport::detail {

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

QString typed(const QString& text)
{
    constexpr int LongestRun = 30;
    const QString safe = SafeText::forDocument(text);
    QString out;
    int run = 0;
    for (const QChar c : safe) {
        if (c.isSpace() || c == QChar(0x200B) || c == QLatin1Char('-')) {
            run = 0;
        } else if (++run > LongestRun && !c.isLowSurrogate() && !c.isMark()) {
            out += QChar(0x200B);
            run = 1;
        }
        out += c;
    }
    return out;
}

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

QSizeF ObjectPainter::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
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

void ObjectPainter::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
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

void ObjectPainter::splitTallRows(Grid& g, double maxHeight, QPaintDevice* device)
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

void ObjectPainter::drawRiskMatrix(QPainter* painter, const QRectF& rect, const RiskHeatMap& map)
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

QVector<Run> ObjectPainter::sliceRuns(const QVector<Run>& runs, int start, int end)
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

void ObjectPainter::drawBar(QPainter* painter, const QRectF& rect, const Bar& bar)
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

std::shared_ptr<QTextLayout> ObjectPainter::layoutCell(
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

void ObjectPainter::fitWords(Grid& g, const QVector<QVector<Cell>>& all, QPaintDevice* device)
{
    const int n = int(g.widths.size());
    QVector<double> width(n);
    QVector<double> need(n, 0.0);
    for (int c = 0; c < n; ++c)
        width[c] = g.width * g.widths.at(c) / 100.0;
    for (const QVector<Cell>& row : all) {
        for (int c = 0; c < row.size() && c < n; ++c) {
            double prefix = 0; // a run ending in a no-break space (a status marker) stays with the next word
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
                    std::min(prefix + measure(longest.toString()) + 2 * CellPadding + pt(1), g.width / 5));
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

void ObjectPainter::fitContent(Grid& g, QPaintDevice* device)
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

void ObjectPainter::ensureLaidOut(Grid& g, QPaintDevice* device)
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
                QString key = QString::number(inner) + (header ? QStringLiteral("H") : QStringLiteral("B"))
                    + QString::number(int(cell.align));
                for (const Run& run : cell.runs)
                    key += QChar(0x1f) + run.text + QChar(0x1e) + QString::number(run.format.fontPointSize())
                        + QString::number(run.format.fontWeight()) + run.format.foreground().color().name()
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

void ObjectPainter::drawRow(
    QPainter* painter, const Grid& g, int row, double left, double top, bool header) const
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

} // namespace PdfReport::detail
