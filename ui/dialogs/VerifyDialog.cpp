#include "VerifyDialog.h"
#include "DialogSize.h"

#include "Document.h"
#include "FileDialogs.h"

#include <QKeyEvent>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

VerifyDialog::VerifyDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Verify Report"));
    setObjectName(QStringLiteral("verifyDialog"));
    setAcceptDrops(true);
    DialogSize::fit(this, QSize(760, 480));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setPlaceholderText(
        tr("A signed PDF, or a Markdown or JSON report with its .p7s beside it (or drop it here)"));
    auto* browse = new QPushButton(tr("&Open Report..."), this);
    // Enter in the path verifies that path; it never opens the file dialog.
    browse->setAutoDefault(false);
    m_path->installEventFilter(this);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_compare = new QCheckBox(tr("&Compare with the open project"), this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->setEnabled(document);
    m_compare->setChecked(document);
    layout->addWidget(m_compare);
    m_verdict = new QLabel(tr("Open a report to check its signature."), this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(10);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_trustSigner = new QPushButton(tr("&Trust This Signer..."), this);
    m_trustSigner->setObjectName(QStringLiteral("trustSigner"));
    m_trustSigner->setAutoDefault(false);
    m_trustSigner->hide();
    layout->addWidget(m_trustSigner, 0, Qt::AlignLeft);
    connect(m_trustSigner, &QPushButton::clicked, this, &VerifyDialog::trustSigner);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    layout->addWidget(m_details, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton* b : buttons->buttons()) {
        if (auto* pb = qobject_cast<QPushButton*>(b))
            pb->setAutoDefault(false);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(browse, &QPushButton::clicked, this, &VerifyDialog::choose);
    // A verdict belongs to the file it was given for: typing another path clears it.
    connect(m_path, &QLineEdit::textEdited, this, &VerifyDialog::clearVerdict);
    connect(m_compare, &QCheckBox::toggled, this, [this] {
        if (!m_path->text().isEmpty())
            verify(m_path->text());
    });
}

bool VerifyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString path = m_path->text().trimmed();
            if (!path.isEmpty())
                verify(QDir::fromNativeSeparators(path));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void VerifyDialog::clearVerdict()
{
    m_result = rw::ReportVerification();
    m_verdict->setStyleSheet(QString());
    m_verdict->setText(m_path->text().trimmed().isEmpty() ? tr("Open a report to check its signature.")
                                                          : tr("Press Enter to verify this file."));
    m_details->clear();
    m_trustSigner->hide();
}

// Trusting is the reader's decision, made on the fingerprint the signer gave them another way.
void VerifyDialog::trustSigner()
{
    const rw::CertificateInfo& signer = m_result.signature.signer;
    if (QMessageBox::question(this, tr("Trust This Signer"),
            tr("Trust %1 as the signer of reports?\n\nDo this only when the fingerprint below is the one %2 "
               "gave you in person, by phone or in a message you trust:\n\nSHA-256 %3")
                .arg(signer.displayName(), signer.commonName, signer.fingerprint))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_trust.trust(signer, &error)) {
        QMessageBox::warning(this, tr("Trust This Signer"), error);
        return;
    }
    verify(QDir::fromNativeSeparators(m_path->text()));
}

void VerifyDialog::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void VerifyDialog::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        verify(urls.constFirst().toLocalFile());
    }
}

void VerifyDialog::choose()
{
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Reports, tr("Verify Report"),
        tr("Reports (*.pdf *.md *.json);;All files (*)"));
    if (!path.isEmpty())
        verify(path);
}

void VerifyDialog::verify(const QString& reportPath)
{
    m_path->setText(QDir::toNativeSeparators(reportPath));
    m_result = rw::ReportSigning::verify(reportPath, m_trust);
    if (m_result.inputError.isEmpty() && m_document && m_compare->isChecked())
        rw::ReportSigning::compareWithProject(m_result, *m_document->project());
    display(m_result);
}

QString VerifyDialog::verdict() const
{
    return m_verdict->text();
}

void VerifyDialog::display(const rw::ReportVerification& v)
{
    const bool good = v.matches();
    const bool intactOnly = v.intact() && !good;
    const QString colour = good ? QStringLiteral("#2e7d32")
        : intactOnly            ? QStringLiteral("#d87000")
                                : QStringLiteral("#c62828");
    m_verdict->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; }").arg(colour));
    m_verdict->setText((good ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + v.verdictText());
    const rw::SignatureCheck& s = v.signature;
    QString html;
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral(
            "<tr><th align=left valign=top style='padding-right:12px'>%1</th><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    if (!v.inputError.isEmpty()) {
        row(tr("Problem"), v.inputError);
    } else {
        row(tr("Report"), m_path->text());
        if (s.verdict == rw::SignatureCheck::Verdict::Unsigned)
            row(tr("Signature"), tr("none"));
        else
            row(tr("Signature"),
                v.format == rw::ReportVerification::Format::Pdf ? tr("embedded in the PDF")
                                                                : QDir::toNativeSeparators(v.signaturePath));
        if (!s.signer.fingerprint.isEmpty()) {
            row(tr("Signed by"), s.signer.displayName());
            row(tr("Subject"), s.signer.subject);
            row(tr("Issuer"),
                s.trust == rw::SignatureCheck::Trust::Anchored
                    ? tr("%1 (certified under %2)").arg(s.signer.issuer, s.trustedAs)
                    : s.signer.selfSigned
                    ? tr("self-signed: compare the fingerprint with the one the signer gave you")
                    : tr("claims to be %1, which cannot be confirmed").arg(s.signer.issuer));
            row(tr("Trust"),
                s.trust == rw::SignatureCheck::Trust::Pinned ? tr("trusted by you as \"%1\"").arg(s.trustedAs)
                    : s.trust == rw::SignatureCheck::Trust::Anchored ? tr("certified by a trust anchor")
                    : s.trust == rw::SignatureCheck::Trust::Lookalike
                    ? tr("a LOOKALIKE of %1: same name or e-mail, another key").arg(s.lookalikeOf)
                    : s.trust == rw::SignatureCheck::Trust::Revoked ? tr("REVOKED: %1").arg(s.issuerProblem)
                                                                    : tr("not known"));
            row(tr("Certificate SHA-256"), s.signer.fingerprint);
            row(tr("Certificate valid"),
                tr("%1 to %2")
                    .arg(QLocale().toString(s.signer.notBefore, QLocale::ShortFormat),
                        QLocale().toString(s.signer.notAfter, QLocale::ShortFormat)));
        }
        if (s.signedAt.isValid())
            row(tr("Signed at"), QLocale().toString(s.signedAt.toLocalTime(), QLocale::LongFormat));
        if (!s.problem.isEmpty())
            row(tr("Problem"), s.problem);
        if (v.state)
            row(tr("Audit head in the report"), v.state->value(QStringLiteral("audit_head")).toString());
        if (v.projectChecked)
            row(tr("Open project"),
                v.projectDifferences.isEmpty() ? tr("matches the report")
                                               : v.projectDifferences.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_trustSigner->setVisible(v.intact() && s.trust == rw::SignatureCheck::Trust::Unknown);
}
