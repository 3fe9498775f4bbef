#include "Commands.h"

#include "signing/ReportSigning.h"
#include "signing/Trust.h"

#include <QDir>
#include <QFile>

TrustCommand::TrustCommand()
    : Command(QStringLiteral("trust"),
        tr("Keep the signers and certificate authorities whose signatures verify calls trusted."))
{
}

void TrustCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("add FILE: trust a signer, from its certificate (PEM or DER) or from a signed report that "
           "verifies intact; add-ca FILE: trust a certificate authority; list; remove FINGERPRINT."));
    parser.addPositionalArgument(
        QStringLiteral("ARGUMENT"), tr("The file or fingerprint."), QStringLiteral("[ARGUMENT]"));
}

int TrustCommand::requiredPositionals() const
{
    return 1;
}

int TrustCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    rw::TrustStore store;
    QString error;
    if (action == QLatin1String("list")) {
        QVector<QStringList> rows { { tr("Trusted signer"), tr("E-mail"), tr("Since"),
            tr("SHA-256 fingerprint") } };
        for (const rw::TrustedSigner& s : store.signers())
            rows.append({ s.name, s.email, s.trustedAt.date().toString(Qt::ISODate), s.fingerprint });
        printTable(rows, QStringLiteral("llll"));
        const QVector<rw::CertificateInfo> authorities = store.authorities();
        if (!authorities.isEmpty()) {
            out() << '\n';
            QVector<QStringList> ca { { tr("Certificate authority"), tr("Valid until"),
                tr("SHA-256 fingerprint") } };
            for (const rw::CertificateInfo& c : authorities)
                ca.append({ c.subject, c.notAfter.date().toString(Qt::ISODate), c.fingerprint });
            printTable(ca, QStringLiteral("lll"));
        }
        out() << tr("Kept in %1.").arg(QDir::toNativeSeparators(store.folder())) << '\n';
        return Ok;
    }
    if (args.size() < 2)
        return fail(tr("trust %1 needs a file or a fingerprint.").arg(action));
    const QString argument = args.at(1);
    if (action == QLatin1String("remove")) {
        if (store.remove(argument, &error) || store.removeAuthority(argument, &error)) {
            out() << tr("No longer trusted: %1.").arg(argument) << '\n';
            return Ok;
        }
        return fail(error);
    }
    if (action != QLatin1String("add") && action != QLatin1String("add-ca"))
        return fail(tr("Unknown action %1: use add, add-ca, list or remove.").arg(action));
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(argument), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (action == QLatin1String("add-ca")) {
        const auto ca = store.addAuthority(bytes, &error);
        if (!ca)
            return fail(error);
        out() << tr("Trusted certificate authority: %1 (SHA-256 %2).").arg(ca->subject, ca->fingerprint)
              << '\n';
        return Ok;
    }
    std::optional<rw::TrustedSigner> trusted;
    if (rw::Trust::isCertificate(bytes)) {
        trusted = store.trust(bytes, &error);
    } else {
        // A signed report: its signer is trusted only when the report and the certificate are intact.
        const rw::ReportVerification v = rw::ReportSigning::verify(argument, store);
        if (!v.inputError.isEmpty())
            return fail(v.inputError);
        if (!v.intact())
            return fail(tr("The report is not intact, so its signer is not trusted: %1").arg(v.verdictText()),
                CheckFailed);
        trusted = store.trust(v.signature.signer, &error);
    }
    if (!trusted)
        return fail(error);
    out() << tr("Trusted signer: %1, SHA-256 %2.").arg(trusted->name, trusted->fingerprint) << '\n';
    return Ok;
}
