#pragma once

// Verify Report: opens a report (PDF, or Markdown / JSON with its .p7s) and says what readiness-cli
// verify says: whether it is intact, who signed it and when, the certificate's fingerprint and, with the
// open project, whether the project still matches the state the report describes.

#include "signing/ReportSigning.h"
#include "signing/Trust.h"

#include <QDialog>

class Document;

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
QT_END_NAMESPACE

class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    // document may be null (no project open).
    explicit VerifyDialog(Document* document, QWidget* parent = nullptr);

    void verify(const QString& reportPath);
    const rw::ReportVerification& result() const { return m_result; }
    QString verdict() const;

protected:
    // A report dropped on the dialog is verified.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();
    void clearVerdict();
    void display(const rw::ReportVerification& v);
    void trustSigner();

    Document* m_document;
    QLineEdit* m_path;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_compare;
    QLabel* m_verdict;
    QPushButton* m_trustSigner;
    rw::TrustStore m_trust;
    QTextBrowser* m_details;
    rw::ReportVerification m_result;
};
