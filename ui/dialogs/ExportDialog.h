#pragma once

// Export Report: format, sections, language and paper on the left; a live preview on the right (the PDF
// itself through QtPdf, or the Markdown or JSON text); Sign with one of the user's identities, whose
// passphrase is asked at export time and never kept.

#include "report/ReportExport.h"
#include "signing/IdentityStore.h"

#include <QDialog>
#include <QHash>
#include <functional>

class Document;

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QGroupBox;
class QSplitter;
class QLineEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
QT_END_NAMESPACE

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Document* document, rw::IdentityStore* store, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The options as chosen (the identity is added at export time).
    ReportExport::Request request() const;
    void setFormat(ReportExport::Format format);
    void setSectionChecked(rw::ReportSection section, bool on);
    void setSign(bool on);

    // Renders the preview now (it otherwise follows each change after a short pause).
    void updatePreview();
    QPdfDocument* pdfPreview() const { return m_pdf; }
    QPlainTextEdit* textPreview() const { return m_text; }
    QString previewStatus() const;

    // Exports to path, signing when Sign is checked. Returns false (and says why) when nothing was written.
    bool exportTo(const QString& path);
    QString lastMessage() const { return m_message; }
    // How a signing identity is unlocked; the default asks for the passphrase.
    std::function<std::optional<rw::Identity>(const rw::StoredIdentity&)> unlock;

signals:
    void exported(const QString& path, bool signedReport);

private:
    QGroupBox* createDocumentBox(QWidget* options);
    QGroupBox* createSections(QWidget* options);
    QGroupBox* createSigning(QWidget* options);
    void createPreview(QSplitter* splitter);
    void chooseAndExport();
    void optionsChanged();
    void refreshIdentities();

    Document* m_document;
    rw::IdentityStore* m_store;
    QComboBox* m_format;
    QComboBox* m_language;
    QComboBox* m_paper;
    QLineEdit* m_preparedFor;
    QLineEdit* m_preparedBy;
    QLineEdit* m_version;
    QCheckBox* m_final;
    QComboBox* m_classification;
    QLineEdit* m_limitations;
    QHash<rw::ReportSection, QCheckBox*> m_sections;
    QCheckBox* m_sign;
    QComboBox* m_identity;
    QStackedWidget* m_previewStack;
    QPdfDocument* m_pdf;
    QPdfView* m_pdfView;
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QTimer* m_timer;
    QByteArray m_pdfBytes;
    class QBuffer* m_pdfBuffer = nullptr;
    QString m_message;
};
