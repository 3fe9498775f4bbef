#include "EvidenceIntake.h"

#include "Document.h"
#include "EvidenceImport.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/RecordDialogs.h"
#include "widgets/ItemPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>

using namespace rw;

EvidenceIntake::EvidenceIntake(QWidget* window, ItemPanel* panel)
    : QObject(window)
    , m_window(window)
    , m_panel(panel)
{
    m_box = new QWidget(window);
    auto* layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_box);
    m_progress = new QProgressBar(m_box);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), m_box);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_box->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_queue.clear();
        if (m_import)
            m_import->cancel();
    });
}

EvidenceIntake::~EvidenceIntake()
{
    if (m_import)
        m_import->cancel();
    delete m_import.data();
}

void EvidenceIntake::setDocument(Document* document)
{
    cancel();
    m_document = document;
}

bool EvidenceIntake::isImporting() const
{
    return !m_queue.isEmpty() || m_import;
}

void EvidenceIntake::cancel()
{
    m_queue.clear();
    if (m_import) {
        m_import->cancel();
        delete m_import.data();
    }
    m_box->hide();
}

void EvidenceIntake::showError(const QString& message)
{
    QMessageBox::warning(m_window, tr("Readiness Workbench"), message);
}

void EvidenceIntake::chooseFiles(const QString& itemKey)
{
    if (itemKey.isEmpty())
        return;
    const QStringList files = FileDialogs::openFiles(
        m_window, FileDialogs::Purpose::Evidence, tr("Add Evidence to %1").arg(itemKey));
    attachFiles(itemKey, files);
}

void EvidenceIntake::attachFiles(const QString& itemKey, const QStringList& paths)
{
    if (!m_document || m_document->isReadOnly() || itemKey.isEmpty())
        return;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isFile()) {
            showError(tr("%1 is not a file; it was not attached.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        m_queue.append({ itemKey, path, QFileInfo(path).fileName(), 0 });
    }
    startNext();
}

void EvidenceIntake::pasteImage(const QString& itemKey)
{
    if (!m_document || itemKey.isEmpty())
        return;
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        emit message(tr("The clipboard holds no image."), 5000);
        return;
    }
    const QString name
        = tr("Pasted image %1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")));
    const QString path
        = m_scratch.filePath(QStringLiteral("paste-%1.png").arg(QDateTime::currentMSecsSinceEpoch()));
    if (!image.save(path, "PNG")) {
        showError(tr("The pasted image could not be saved for import."));
        return;
    }
    m_queue.append({ itemKey, path, name, 0 });
    startNext();
}

void EvidenceIntake::startNext()
{
    if (m_import || m_queue.isEmpty() || !m_document) {
        if (!m_import)
            m_box->hide();
        return;
    }
    m_importing = m_queue.takeFirst();
    m_import = new EvidenceImport(m_document->project()->path(), m_importing.path, this);
    m_label->setText(tr("Attaching %1 to %2").arg(m_importing.name, m_importing.itemKey));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_box->show();
    connect(m_import, &EvidenceImport::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_import, &EvidenceImport::finished, this, &EvidenceIntake::finished);
    m_import->start();
}

void EvidenceIntake::finished(const std::optional<EvidenceStore::Stored>& stored, const ProjectError& error)
{
    m_import->deleteLater();
    m_import = nullptr;
    if (!stored) {
        // Cancelling is not an error: the status bar says so, no dialog.
        if (error.kind != ProjectError::Kind::Cancelled)
            showError(error.message);
        else
            emit message(error.message, 5000);
    } else if (m_document) {
        const Pending job = m_importing;
        const QString mime = QMimeDatabase().mimeTypeForFile(job.path).name();
        qint64 recorded = 0;
        if (job.reviseId) {
            if (m_document->reviseEvidence(job.reviseId, *stored, job.name, mime, {})
                && m_panel->itemKey() == job.itemKey)
                m_panel->selectEvidence(job.reviseId);
        } else if (m_document->attachEvidence(*stored, job.name, mime, job.itemKey, &recorded)
            && m_panel->itemKey() == job.itemKey) {
            m_panel->selectEvidence(recorded);
        }
    }
    startNext();
}

void EvidenceIntake::newVersion(qint64 id)
{
    const Evidence* e = m_document ? m_document->project()->evidence(id) : nullptr;
    if (!e || e->isLink() || m_document->isReadOnly())
        return;
    const QStringList files = FileDialogs::openFiles(
        m_window, FileDialogs::Purpose::Evidence, tr("New Version of %1").arg(e->name));
    if (files.isEmpty())
        return;
    if (!QFileInfo(files.first()).isFile()) {
        showError(tr("%1 is not a file; it was not attached.").arg(QDir::toNativeSeparators(files.first())));
        return;
    }
    m_queue.append({ m_panel->itemKey(), files.first(), QFileInfo(files.first()).fileName(), id });
    startNext();
}

void EvidenceIntake::addLink(const QString& itemKey)
{
    if (!m_document || itemKey.isEmpty())
        return;
    Evidence link;
    link.itemKeys = { itemKey };
    if (RecordDialogs::editLink(m_window, &link))
        m_document->linkEvidence(link);
}

void EvidenceIntake::openEvidence(qint64 id)
{
    const Evidence* e = m_document ? m_document->project()->evidence(id) : nullptr;
    if (!e)
        return;
    if (e->isLink()) {
        QDesktopServices::openUrl(QUrl(e->url));
        return;
    }
    // A read-only copy in a folder of its own, so the application that opens it cannot change the evidence.
    const QString folder = m_scratch.filePath(e->sha256.left(16));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(e->name).fileName());
    if (!QFileInfo::exists(path)) {
        if (const ProjectError err = m_document->project()->extractEvidence(e->sha256, path)) {
            showError(err.message);
            return;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit message(
            tr("No application opens %1; it was saved as %2.").arg(e->name, QDir::toNativeSeparators(path)),
            8000);
}

void EvidenceIntake::saveCopy(qint64 id)
{
    const Evidence* e = m_document ? m_document->project()->evidence(id) : nullptr;
    if (!e || e->isLink())
        return;
    const QString path = FileDialogs::saveFile(
        m_window, FileDialogs::Purpose::Evidence, tr("Save a Copy of the Evidence"), e->name, QString());
    if (path.isEmpty())
        return;
    if (const ProjectError err = m_document->project()->extractEvidence(e->sha256, path))
        showError(err.message);
    else
        emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
}
