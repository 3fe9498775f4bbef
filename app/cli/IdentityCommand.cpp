#include "Commands.h"

#include "signing/Identity.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

IdentityCommand::IdentityCommand()
    : Command(QStringLiteral("identity"),
        tr("Create or show a signing identity (a PKCS#12 file protected by a passphrase)."))
{
}

void IdentityCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        tr("new: generate a self-signed identity; show: print an identity's certificate."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("For show: the identity file (.p12)."), QStringLiteral("[FILE]"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("new: the identity file to write (.p12)."), tr("path") });
    parser.addOption({ QStringLiteral("name"), tr("new: the signer's name."), tr("name") });
    parser.addOption({ QStringLiteral("email"), tr("new: the signer's e-mail address."), tr("address") });
    parser.addOption({ QStringLiteral("org"), tr("new: the signer's organisation."), tr("organisation") });
    parser.addOption({ QStringLiteral("rsa"), tr("new: an RSA 3072 key instead of ECDSA P-256.") });
    parser.addOption({ QStringLiteral("days"), tr("new: days the certificate is valid (default 1095)."),
        tr("days"), QStringLiteral("1095") });
    parser.addOption({ QStringLiteral("passphrase-file"),
        tr("The file whose first line is the identity's passphrase."), tr("path") });
    parser.addOption({ QStringLiteral("certificate"),
        tr("show: also write the certificate (PEM) to this file."), tr("path") });
}

int IdentityCommand::requiredPositionals() const
{
    return 1;
}

int IdentityCommand::execute(const QCommandLineParser& parser)
{
    const QString action = parser.positionalArguments().at(0);
    const auto pass = passphrase(parser, QStringLiteral("passphrase-file"));
    if (!pass)
        return InputError;
    QString error;
    if (action == QLatin1String("new")) {
        if (!parser.isSet(QStringLiteral("output")) || !parser.isSet(QStringLiteral("name")))
            return fail(tr("identity new needs -o FILE.p12 and --name NAME."));
        bool ok = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1)
            return fail(tr("--days needs a positive whole number."));
        rw::IdentityRequest request;
        request.name = parser.value(QStringLiteral("name"));
        request.email = parser.value(QStringLiteral("email"));
        request.organisation = parser.value(QStringLiteral("org"));
        request.keyType = parser.isSet(QStringLiteral("rsa")) ? rw::KeyType::Rsa3072 : rw::KeyType::EcdsaP256;
        request.validDays = days;
        const auto identity = rw::Identity::generate(request, &error);
        if (!identity)
            return fail(error);
        const QByteArray p12 = identity->toPkcs12(*pass, &error);
        if (p12.isEmpty())
            return fail(error);
        const QString path = parser.value(QStringLiteral("output"));
        // Readable by its owner only from its first byte on.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(p12) != p12.size() || !file.commit())
            return fail(
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const rw::CertificateInfo info = identity->info();
        out() << tr("Wrote %1: %2, %3, SHA-256 fingerprint %4, valid until %5.")
                     .arg(QDir::toNativeSeparators(path), info.displayName(), info.keyType, info.fingerprint,
                         info.notAfter.toString(Qt::ISODate))
              << '\n';
        return Ok;
    }
    if (action == QLatin1String("show")) {
        if (parser.positionalArguments().size() < 2)
            return fail(tr("identity show needs the identity file."));
        const auto identity = rw::Identity::load(parser.positionalArguments().at(1), *pass, &error);
        if (!identity)
            return fail(error);
        const rw::CertificateInfo info = identity->info();
        out() << tr("Subject:     %1").arg(info.subject) << '\n'
              << tr("Issuer:      %1").arg(info.selfSigned ? tr("self-signed") : info.issuer) << '\n'
              << tr("Key:         %1").arg(info.keyType) << '\n'
              << tr("Valid:       %1 to %2")
                     .arg(info.notBefore.toString(Qt::ISODate), info.notAfter.toString(Qt::ISODate))
              << '\n'
              << tr("Fingerprint: SHA-256 %1").arg(info.fingerprint) << '\n';
        if (parser.isSet(QStringLiteral("certificate"))) {
            const QString path = parser.value(QStringLiteral("certificate"));
            QSaveFile file(path);
            const QByteArray pem = identity->certificatePem();
            if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
                return fail(
                    tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        return Ok;
    }
    return fail(tr("Unknown action \"%1\"; use new or show.").arg(action));
}
