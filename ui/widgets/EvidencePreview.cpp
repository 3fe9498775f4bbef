#include "EvidencePreview.h"
#include "domain/SafeText.h"

#include "store/Project.h"

#include <QBuffer>
#include <QFileIconProvider>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// Previews read the whole content into memory; larger evidence shows its details instead.
constexpr qint64 PreviewLimit = 32 * 1024 * 1024;
constexpr qint64 TextPreviewLimit = 256 * 1024;

} // namespace

EvidencePreview::EvidencePreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePreview"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(120);
    m_image->setAccessibleName(tr("Evidence preview"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Evidence text"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_info);
    layout->addWidget(m_stack);
    clear();
}

void EvidencePreview::clear()
{
    m_kind.clear();
    m_info->setText(tr("Select a piece of evidence to preview it."));
    m_stack->setCurrentWidget(m_info);
}

void EvidencePreview::showInfo(const rw::Evidence& e, const QString& note)
{
    const QMimeType mime = QMimeDatabase().mimeTypeForName(e.mimeType);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(rw::SafeText::fileName(e.name).toHtmlEscaped());
    if (e.isLink()) {
        lines << tr("Link: <a href=\"%1\">%2</a>").arg(e.url.toHtmlEscaped(), e.url.toHtmlEscaped());
    } else {
        lines << tr("Type: %1").arg(mime.isValid() ? mime.comment() : e.mimeType);
        lines << tr("Size: %1").arg(QLocale().formattedDataSize(e.size));
        lines << tr("SHA-256: <tt>%1</tt>").arg(e.sha256);
    }
    if (!e.caption.isEmpty())
        lines << tr("Caption: %1").arg(e.caption.toHtmlEscaped());
    lines << tr("Added by %1 on %2")
                 .arg(e.addedBy.toHtmlEscaped(),
                     QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat));
    if (!note.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped());
    m_info->setText(lines.join(QStringLiteral("<br>")));
    m_info->setOpenExternalLinks(true);
    m_stack->setCurrentWidget(m_info);
}

void EvidencePreview::showEvidence(const rw::Project* project, const rw::Evidence* e)
{
    if (!project || !e) {
        clear();
        return;
    }
    if (e->isLink()) {
        m_kind = QStringLiteral("link");
        showInfo(*e);
        return;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForName(e->mimeType);
    const bool image = e->mimeType.startsWith(QLatin1String("image/"));
    const bool pdf = e->mimeType == QLatin1String("application/pdf");
    const bool text = mime.inherits(QStringLiteral("text/plain"));
    if (!(image || pdf || text) || e->size > PreviewLimit) {
        m_kind = QStringLiteral("info");
        showInfo(*e,
            e->size > PreviewLimit && (image || pdf || text) ? tr("Too large to preview; open it to see it.")
                                                             : QString());
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (const rw::ProjectError err
        = rw::EvidenceStore::exportTo(project->file().database(), e->sha256, &buffer)) {
        m_kind = QStringLiteral("info");
        showInfo(*e, err.message);
        return;
    }
    const QSize area = m_stack->size().expandedTo(QSize(320, 200));
    if (image) {
        buffer.seek(0);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QImage img = reader.read();
        if (img.isNull()) {
            m_kind = QStringLiteral("info");
            showInfo(*e, tr("The image cannot be read: %1").arg(reader.errorString()));
            return;
        }
        m_kind = QStringLiteral("image");
        m_image->setPixmap(QPixmap::fromImage(img.size().boundedTo(area) == img.size()
                ? img
                : img.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_stack->setCurrentWidget(m_image);
        return;
    }
    if (pdf) {
        buffer.seek(0);
        QPdfDocument doc;
        doc.load(&buffer);
        if (doc.status() != QPdfDocument::Status::Ready || doc.pageCount() < 1) {
            m_kind = QStringLiteral("info");
            showInfo(*e, tr("The PDF cannot be read."));
            return;
        }
        const QSizeF page = doc.pagePointSize(0);
        const QSize size = page.scaled(area, Qt::KeepAspectRatio).toSize();
        m_kind = QStringLiteral("pdf");
        m_image->setPixmap(QPixmap::fromImage(doc.render(0, size)));
        m_stack->setCurrentWidget(m_image);
        return;
    }
    QByteArray bytes = buffer.data().left(int(TextPreviewLimit));
    m_kind = QStringLiteral("text");
    m_text->setPlainText(QString::fromUtf8(bytes)
        + (e->size > TextPreviewLimit
                ? tr("\n… (the first %1 are shown)").arg(QLocale().formattedDataSize(TextPreviewLimit))
                : QString()));
    m_stack->setCurrentWidget(m_text);
}
