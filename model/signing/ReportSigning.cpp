#include "ReportSigning.h"

#include "PdfSignature.h"
#include "Trust.h"
#include "report/MarkdownWriter.h"
#include "report/Report.h"
#include "store/AuditLog.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rw {

namespace {

// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportSigning)
};

QString xmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

QString xmlUnescape(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

} // namespace

QString ReportVerification::verdictText() const
{
    if (!inputError.isEmpty())
        return inputError;
    QString text;
    const CertificateInfo& who = signature.signer;
    const QString when
        = signature.signedAt.isValid() ? signature.signedAt.toString(Qt::ISODate) : Tr::tr("an unknown time");
    if (signature.intact()) {
        switch (signature.trust) {
        case SignatureCheck::Trust::Pinned:
            text = Tr::tr(
                "Intact and signed by a trusted signer: %1 (trusted as \"%2\") on %3; nothing changed "
                "since.")
                       .arg(who.displayName(), signature.trustedAs, when);
            break;
        case SignatureCheck::Trust::Anchored:
            text = Tr::tr("Intact and signed by a trusted signer: %1, certified under %2, on %3; nothing "
                          "changed since.")
                       .arg(who.displayName(), signature.trustedAs, when);
            break;
        case SignatureCheck::Trust::Lookalike:
            text = Tr::tr(
                "Intact, but NOT signed by the trusted signer %1: this certificate uses their name or "
                "e-mail with another key (SHA-256 %2). Treat the report as not signed by them.")
                       .arg(signature.lookalikeOf, who.fingerprint);
            break;
        case SignatureCheck::Trust::Revoked:
            text = Tr::tr("Intact, but the signer's certificate (%1, SHA-256 %2) %3: do not rely on this "
                          "signature.")
                       .arg(who.displayName(), who.fingerprint, signature.issuerProblem);
            break;
        case SignatureCheck::Trust::Unknown:
            text
                = Tr::tr("Intact, but the signer is not known: the certificate says %1, which nobody has "
                         "confirmed. Compare its fingerprint SHA-256 %2 with the one the signer gives you in "
                         "person or by phone, then trust the signer.")
                      .arg(who.displayName(), who.fingerprint);
            if (!signature.issuerProblem.isEmpty())
                text += QLatin1Char(' ') + Tr::tr("The certificate %1.").arg(signature.issuerProblem);
            break;
        }
    } else if (signature.verdict == SignatureCheck::Verdict::Unsigned) {
        text = Tr::tr("Not signed: %1").arg(signature.problem);
    } else {
        text = Tr::tr("NOT intact: %1").arg(signature.problem);
    }
    if (projectChecked && signature.verdict != SignatureCheck::Verdict::Unsigned) {
        if (projectDifferences.isEmpty())
            text += QLatin1Char(' ') + Tr::tr("The project still matches the state the report describes.");
        else
            text += QLatin1Char(' ')
                + Tr::tr("The project no longer matches the report: %1")
                      .arg(projectDifferences.join(QStringLiteral("; ")));
    }
    return text;
}

QString ReportSigning::signaturePathFor(const QString& reportPath)
{
    return reportPath + QStringLiteral(".p7s");
}

QByteArray ReportSigning::xmpPacket(const QString& title, const QString& author, const QString& producer,
    const QDateTime& created, const QJsonObject& state)
{
    const QString date = created.toUTC().toString(Qt::ISODate);
    const QString xmp
        = QStringLiteral(
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
            "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
            "xmlns:rw=\"https://readiness-workbench.example/ns/report/1.0/\">\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<xmp:CreateDate>%3</xmp:CreateDate>\n"
            "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "<pdf:Producer>%4</pdf:Producer>\n"
            "<rw:state>%5</rw:state>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
              .arg(xmlEscape(title), xmlEscape(author), date, xmlEscape(producer),
                  xmlEscape(QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact))));
    return xmp.toUtf8();
}

std::optional<QJsonObject> ReportSigning::pdfState(const QByteArray& pdf)
{
    const QByteArray open = "<rw:state>";
    const qsizetype at = pdf.lastIndexOf(open);
    if (at < 0)
        return std::nullopt;
    const qsizetype end = pdf.indexOf("</rw:state>", at);
    if (end < 0)
        return std::nullopt;
    const QString json = xmlUnescape(QString::fromUtf8(pdf.mid(at + open.size(), end - at - open.size())));
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

ReportVerification ReportSigning::verify(
    const QString& reportPath, const TrustStore& trust, const QString& crlFile)
{
    ReportVerification v = readAndCheck(reportPath);
    if (v.inputError.isEmpty() && !crlFile.isEmpty())
        v.inputError = Trust::crlProblem(crlFile);
    if (v.inputError.isEmpty())
        Trust::assess(v.signature, trust, crlFile);
    return v;
}

ReportVerification ReportSigning::readAndCheck(const QString& reportPath)
{
    ReportVerification v;
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        v.inputError
            = Tr::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(reportPath), file.errorString());
        return v;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("%PDF-")) {
        v.format = ReportVerification::Format::Pdf;
        v.signaturePath = reportPath;
        v.signature = PdfSignature::verify(bytes);
        v.state = pdfState(bytes);
        return v;
    }
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (json.isObject()
        && json.object().value(QStringLiteral("format")).toString()
            == QLatin1String("readiness-workbench-report")) {
        v.format = ReportVerification::Format::Json;
        v.state = json.object().value(QStringLiteral("state")).toObject();
    } else {
        v.format = ReportVerification::Format::Markdown;
        v.state = MarkdownWriter::readState(bytes);
        // A report with a signature beside it is checked against it even when it no longer reads as a
        // report (cut short, say): that is a changed report, not a wrong input.
        if (!v.state && !QFileInfo::exists(signaturePathFor(reportPath))) {
            v.inputError = Tr::tr(
                "%1 is not a readiness report (PDF, Markdown or JSON written by Readiness Workbench).")
                               .arg(QDir::toNativeSeparators(reportPath));
            return v;
        }
    }
    v.signaturePath = signaturePathFor(reportPath);
    QFile signature(v.signaturePath);
    if (!signature.exists()) {
        v.signature.verdict = SignatureCheck::Verdict::Unsigned;
        v.signature.problem = Tr::tr("there is no signature file %1 beside the report.")
                                  .arg(QFileInfo(v.signaturePath).fileName());
        return v;
    }
    if (!signature.open(QIODevice::ReadOnly)) {
        v.inputError = Tr::tr("%1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(v.signaturePath), signature.errorString());
        return v;
    }
    v.signature = Cms::verifyDetached(signature.readAll(), { bytes });
    return v;
}

namespace {

QString shown(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return Tr::tr("none");
    return value.toString();
}

} // namespace

// What the reader sees, figure by figure: decision and conditions, the overall and every domain's score,
// grade and status, and every item's status (reports written before these were stated have none).
void ReportSigning::compareFigures(ReportVerification& v, const QJsonObject& stated, const QJsonObject& now)
{
    if (stated.isEmpty())
        return;
    const auto compare = [&v](const QString& what, const QJsonValue& then, const QJsonValue& current) {
        if (then != current)
            v.projectDifferences << Tr::tr("%1 is %2 in the report and %3 in the project")
                                        .arg(what, shown(then), shown(current));
    };
    compare(Tr::tr("the decision"), stated.value(QStringLiteral("decision")),
        now.value(QStringLiteral("decision")));
    compare(Tr::tr("the conditions"), stated.value(QStringLiteral("conditions")),
        now.value(QStringLiteral("conditions")));
    const auto word = [](const char* key) {
        return qstrcmp(key, "score") == 0 ? Tr::tr("score")
            : qstrcmp(key, "grade") == 0  ? Tr::tr("grade")
                                          : Tr::tr("status");
    };
    for (const char* key : { "score", "grade", "status" })
        compare(Tr::tr("the overall %1").arg(word(key)), stated.value(QLatin1String(key)),
            now.value(QLatin1String(key)));
    const QJsonObject thenDomains = stated.value(QStringLiteral("domains")).toObject();
    const QJsonObject nowDomains = now.value(QStringLiteral("domains")).toObject();
    for (auto it = thenDomains.begin(); it != thenDomains.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        const QJsonObject b = nowDomains.value(it.key()).toObject();
        for (const char* key : { "score", "status" })
            compare(Tr::tr("domain %1's %2").arg(it.key(), word(key)), a.value(QLatin1String(key)),
                b.value(QLatin1String(key)));
    }
    const QJsonObject thenItems = stated.value(QStringLiteral("items")).toObject();
    const QJsonObject nowItems = now.value(QStringLiteral("items")).toObject();
    QStringList items;
    for (auto it = thenItems.begin(); it != thenItems.end(); ++it) {
        if (it.value() != nowItems.value(it.key()))
            items << Tr::tr("%1 (%2 in the report, %3 in the project)")
                         .arg(it.key(), shown(it.value()), shown(nowItems.value(it.key())));
    }
    for (auto it = nowItems.begin(); it != nowItems.end(); ++it) {
        if (!thenItems.contains(it.key()))
            items << Tr::tr("%1 (not in the report)").arg(it.key());
    }
    if (!items.isEmpty()) {
        const int shownItems = int(std::min<qsizetype>(items.size(), 5));
        v.projectDifferences << Tr::tr("%n item(s) differ: %1", nullptr, int(items.size()))
                                    .arg(items.mid(0, shownItems).join(QStringLiteral(", "))
                                        + (items.size() > shownItems ? QStringLiteral(", …") : QString()));
    }
}

void ReportSigning::compareWithProject(ReportVerification& v, const Project& project)
{
    v.projectChecked = true;
    v.projectDifferences.clear();
    if (!v.state) {
        v.projectDifferences << Tr::tr("the report does not state which project state it describes");
        return;
    }
    const QJsonObject now = Report::build(project).state();
    const QString head = v.state->value(QStringLiteral("audit_head")).toString();
    if (head != now.value(QStringLiteral("audit_head")).toString()) {
        const qint64 then = v.state->value(QStringLiteral("audit_rows")).toInteger();
        const qint64 rows = now.value(QStringLiteral("audit_rows")).toInteger();
        if (rows > then)
            v.projectDifferences << Tr::tr(
                "the project was changed %n time(s) since the report was made", nullptr, int(rows - then));
        else
            v.projectDifferences << Tr::tr(
                "the project's audit log differs from the one the report was made from");
    }
    const auto hashes = [](const QJsonObject& state) {
        QSet<QString> out;
        for (const QJsonValue& e : state.value(QStringLiteral("evidence")).toArray())
            out.insert(e.toObject().value(QStringLiteral("sha256")).toString());
        return out;
    };
    const QSet<QString> stated = hashes(*v.state);
    const QSet<QString> current = hashes(now);
    const int missing = int((stated - current).size());
    const int added = int((current - stated).size());
    if (missing)
        v.projectDifferences << Tr::tr(
            "%n evidence file(s) the report lists are no longer in the project", nullptr, missing);
    if (added)
        v.projectDifferences << Tr::tr("%n evidence file(s) were added since", nullptr, added);
    compareFigures(v, v.state->value(QStringLiteral("figures")).toObject(),
        now.value(QStringLiteral("figures")).toObject());
    // The project's own log must account for what it holds, or the figures could have been set in the
    // file without a trace.
    const AuditVerdict audit = project.verifyAudit();
    if (!audit.intact)
        v.projectDifferences << Tr::tr("the project's audit log is not intact: %1").arg(audit.reason);
}

} // namespace rw
