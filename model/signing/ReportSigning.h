#pragma once

// Verifying a report file as a whole: its signature (embedded in a PDF, or the .p7s beside a Markdown or
// JSON report), who signed it and when, and, given the project, whether the project is still in the
// state the report describes (the same audit head and the same evidence files).

#include "Cms.h"

#include <QJsonObject>
#include <QStringList>

namespace rw {

class Project;
class TrustStore;

struct ReportVerification
{
    enum class Format { Pdf, Markdown, Json };
    Format format = Format::Markdown;
    QString signaturePath; // the .p7s for Markdown and JSON; the report itself for a PDF
    SignatureCheck signature;
    std::optional<QJsonObject> state; // the project state the report states

    bool projectChecked = false;
    QStringList projectDifferences; // empty when the project matches

    QString inputError; // set when the report cannot be read at all

    bool intact() const { return inputError.isEmpty() && signature.intact(); }
    // Intact, and from a signer the reader trusts (pinned or certified by a trust anchor).
    bool trusted() const { return intact() && signature.trusted(); }
    // All a stakeholder needs: intact, trusted and, when checked, the project as the report describes it.
    bool matches() const { return trusted() && (!projectChecked || projectDifferences.isEmpty()); }
    // One line for a reader, one of three verdicts: intact and signed by a trusted signer; intact but the
    // signer is not known (or a lookalike of a trusted one); not intact.
    QString verdictText() const;
};

namespace ReportSigning {

// The path of a Markdown or JSON report's detached signature.
QString signaturePathFor(const QString& reportPath);
// The project state a PDF report states (from its XMP metadata), if any.
std::optional<QJsonObject> pdfState(const QByteArray& pdf);
// The XMP packet that carries it.
QByteArray xmpPacket(const QString& title, const QString& author, const QString& producer,
    const QDateTime& created, const QJsonObject& state);

// Reads the report, checks its signature, and settles whom it is from against trust.
ReportVerification verify(const QString& reportPath, const TrustStore& trust, const QString& crlFile = {});
// The same without deciding whom it is from (signature.trust stays Unknown).
ReportVerification readAndCheck(const QString& reportPath);
// Compares the figures a report states (decision, scores, grades, statuses, item statuses) with now's.
void compareFigures(ReportVerification& verification, const QJsonObject& stated, const QJsonObject& now);
// Compares the state the report states with the project as it is now.
void compareWithProject(ReportVerification& verification, const Project& project);

} // namespace ReportSigning

} // namespace rw
