#include "Commands.h"

#include "signing/ReportSigning.h"
#include "signing/Trust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

VerifyCommand::VerifyCommand()
    : Command(QStringLiteral("verify"),
        tr("Check a report's signature, whom it is from and, with --project, that the project still matches "
           "it. Exit 0 only when it is intact and signed by a trusted signer (see 'trust'); 1 when it is not "
           "intact, not signed, or the signer is not trusted."))
{
}

void VerifyCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("REPORT"),
        tr("The report: a PDF, or a Markdown or JSON report with its .p7s beside it."));
    parser.addOption({ QStringLiteral("project"), tr("The project the report was made from."), tr("file") });
    parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
    parser.addOption({ QStringLiteral("crl"),
        tr("A certificate revocation list (PEM or DER) to check certificate chains against."), tr("file") });
}

int VerifyCommand::requiredPositionals() const
{
    return 1;
}

int VerifyCommand::execute(const QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().at(0);
    const rw::TrustStore trust;
    rw::ReportVerification v = rw::ReportSigning::verify(path, trust, parser.value(QStringLiteral("crl")));
    if (!v.inputError.isEmpty())
        return fail(v.inputError);
    if (parser.isSet(QStringLiteral("project"))) {
        const auto project = openProject(parser.value(QStringLiteral("project")), false);
        if (!project)
            return InputError;
        rw::ReportSigning::compareWithProject(v, *project);
    }
    const rw::SignatureCheck& s = v.signature;
    const auto verdictKey = [&s] {
        switch (s.verdict) {
        case rw::SignatureCheck::Verdict::Intact:
            return s.intact() ? QStringLiteral("intact") : QStringLiteral("invalid");
        case rw::SignatureCheck::Verdict::Changed:
            return QStringLiteral("changed");
        case rw::SignatureCheck::Verdict::Invalid:
            return QStringLiteral("invalid");
        case rw::SignatureCheck::Verdict::Unsigned:
            break;
        }
        return QStringLiteral("unsigned");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("report"), path }, { QStringLiteral("intact"), v.intact() },
            { QStringLiteral("verdict"), verdictKey() }, { QStringLiteral("problem"), s.problem },
            { QStringLiteral("trusted"), v.trusted() }, { QStringLiteral("summary"), v.verdictText() } };
        if (v.intact()) {
            const char* trustKeys[] = { "unknown", "pinned", "anchored", "lookalike", "revoked" };
            o.insert(QStringLiteral("trust"), QLatin1String(trustKeys[int(s.trust)]));
            if (!s.trustedAs.isEmpty())
                o.insert(QStringLiteral("trusted_as"), s.trustedAs);
            if (!s.lookalikeOf.isEmpty())
                o.insert(QStringLiteral("lookalike_of"), s.lookalikeOf);
        }
        if (s.verdict != rw::SignatureCheck::Verdict::Unsigned && !s.signer.fingerprint.isEmpty())
            o.insert(QStringLiteral("signer"),
                QJsonObject { { QStringLiteral("name"), s.signer.commonName },
                    { QStringLiteral("email"), s.signer.email },
                    { QStringLiteral("organisation"), s.signer.organisation },
                    { QStringLiteral("subject"), s.signer.subject },
                    { QStringLiteral("fingerprint_sha256"), s.signer.fingerprint },
                    { QStringLiteral("self_signed"), s.signer.selfSigned },
                    { QStringLiteral("valid_from"), s.signer.notBefore.toString(Qt::ISODate) },
                    { QStringLiteral("valid_until"), s.signer.notAfter.toString(Qt::ISODate) } });
        if (s.signedAt.isValid())
            o.insert(QStringLiteral("signed_at"), s.signedAt.toString(Qt::ISODate));
        if (v.projectChecked) {
            o.insert(QStringLiteral("project_matches"), v.projectDifferences.isEmpty());
            o.insert(QStringLiteral("project_differences"), QJsonArray::fromStringList(v.projectDifferences));
        }
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << v.verdictText() << '\n';
        if (!s.signer.fingerprint.isEmpty()) {
            out() << tr("Signer:      %1").arg(s.signer.subject) << '\n'
                  << tr("Certificate: SHA-256 %1 (%2, valid %3 to %4)")
                         .arg(s.signer.fingerprint,
                             s.trust == rw::SignatureCheck::Trust::Anchored
                                 ? tr("issued by %1").arg(s.signer.issuer)
                                 : s.signer.selfSigned
                                 ? tr("self-signed")
                                 : tr("claims to be issued by %1, not confirmed").arg(s.signer.issuer),
                             s.signer.notBefore.date().toString(Qt::ISODate),
                             s.signer.notAfter.date().toString(Qt::ISODate))
                  << '\n';
            if (s.signedAt.isValid())
                out() << tr("Signed at:   %1").arg(s.signedAt.toString(Qt::ISODate)) << '\n';
        }
    }
    return v.matches() ? Ok : CheckFailed;
}
