#include "PdfReport.h"

#include "Document.h"
#include "report/PdfNavigation.h"
#include "report/ReportText.h"
#include "signing/ReportSigning.h"
#include "widgets/DashboardPage.h"
#include "widgets/PathToReadyPanel.h"
#include "widgets/RatingColors.h"
#include "widgets/RiskHeatMap.h"

#include "PdfParts.h"
#include "domain/SafeText.h"
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

using namespace detail;

namespace {

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
    p.drawText(headerRect, Qt::AlignHCenter | Qt::AlignVCenter, typed(marking));
    p.drawText(footerRect, Qt::AlignHCenter | Qt::AlignVCenter, typed(marking));
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
    const auto wrapped = [&](const QString& given, double size, bool bold, const QColor& color, double left,
                             double width, double after) {
        const QString text = typed(given);
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
    const auto line = [&](const QString& given, double size, bool bold, const QColor& color) {
        const QString text = typed(given);
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
    // The title on one line, left of the date, shortened with an ellipsis when it is long (only its
    // start is measured: a title of any length costs the same on every page).
    const QString title = SafeText::forDocument(r.assessment.info.title.left(400));
    p.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(title, Qt::ElideRight, int(headerRect.width() * 0.6)));
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
