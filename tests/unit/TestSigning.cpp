// Identities, detached CMS signatures and PDF signatures, checked by our own verifier here; the e2e tests
// check the same files with pdfsig, qpdf and openssl.

#include "TestSupport.h"

#include "signing/Cms.h"
#include "signing/Identity.h"
#include "signing/IdentityStore.h"
#include "signing/PdfSignature.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

Identity makeIdentity(KeyType type = KeyType::EcdsaP256, const QDateTime& from = {}, int days = 365)
{
    IdentityRequest request;
    request.name = QStringLiteral("Zoë Auditor");
    request.email = QStringLiteral("zoe@example.org");
    request.organisation = QStringLiteral("Assurance GmbH");
    request.keyType = type;
    request.validFrom = from;
    request.validDays = days;
    QString error;
    const auto identity = Identity::generate(request, &error);
    if (!identity)
        qFatal("%s", qPrintable(error));
    return *identity;
}

QByteArray smallPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 200), QStringLiteral("Readiness 88 / 100"));
        writer.newPage();
        painter.drawText(QPointF(200, 200), QStringLiteral("Second page"));
    }
    return buffer.data();
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void generatedIdentityRoundTripsThroughPkcs12_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("ecdsa") << int(KeyType::EcdsaP256) << QStringLiteral("ECDSA P-256");
        QTest::newRow("rsa") << int(KeyType::Rsa3072) << QStringLiteral("RSA 3072");
    }

    void generatedIdentityRoundTripsThroughPkcs12()
    {
        QFETCH(int, type);
        QFETCH(QString, keyType);
        const Identity identity = makeIdentity(KeyType(type));
        const CertificateInfo info = identity.info();
        QCOMPARE(info.commonName, QStringLiteral("Zoë Auditor"));
        QCOMPARE(info.email, QStringLiteral("zoe@example.org"));
        QCOMPARE(info.organisation, QStringLiteral("Assurance GmbH"));
        QCOMPARE(info.keyType, keyType);
        QVERIFY(info.selfSigned);
        QCOMPARE(info.fingerprint.count(QLatin1Char(':')), 31);
        QString error;
        const QByteArray p12 = identity.toPkcs12("correct horse", &error);
        QVERIFY2(!p12.isEmpty(), qPrintable(error));
        const auto back = Identity::fromPkcs12(p12, "correct horse", &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->info().fingerprint, info.fingerprint);
    }

    void wrongPassphraseAndDamagedFilesAreNamed()
    {
        QString error;
        const QByteArray p12 = makeIdentity().toPkcs12("right horse", &error);
        QVERIFY(!Identity::fromPkcs12(p12, "wrong horse", &error));
        QCOMPARE(error, QStringLiteral("The passphrase is wrong."));
        QVERIFY(!Identity::fromPkcs12(p12.left(p12.size() / 2), "right horse", &error));
        QVERIFY2(error.contains(QStringLiteral("not a PKCS#12")), qPrintable(error));
        QVERIFY(!Identity::fromPkcs12("%PDF-1.4 not an identity", "right horse", &error));
        QVERIFY2(error.contains(QStringLiteral("not a PKCS#12")), qPrintable(error));
        QVERIFY(!Identity::load(m_dir.filePath(QStringLiteral("missing.p12")), "right horse", &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    }

    void legacyPkcs12FromOpensslIsRead()
    {
        // RC2/3DES, as older tools and many organisations still issue them.
        const QString key = m_dir.filePath(QStringLiteral("legacy-key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("legacy-cert.pem"));
        const QString p12 = m_dir.filePath(QStringLiteral("legacy.p12"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                     { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                         QStringLiteral("-out"), cert, QStringLiteral("-subj"),
                         QStringLiteral("/CN=Legacy Signer/O=Old Corp"), QStringLiteral("-days"),
                         QStringLiteral("30") }),
            0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                     { QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                         QStringLiteral("-in"), cert, QStringLiteral("-inkey"), key, QStringLiteral("-out"),
                         p12, QStringLiteral("-passout"), QStringLiteral("pass:old secret") }),
            0);
        QString error;
        const auto identity = Identity::load(p12, "old secret", &error);
        QVERIFY2(identity, qPrintable(error));
        QCOMPARE(identity->info().commonName, QStringLiteral("Legacy Signer"));
        QCOMPARE(identity->info().organisation, QStringLiteral("Old Corp"));
        QVERIFY(!Identity::load(p12, "not it", &error));
        QCOMPARE(error, QStringLiteral("The passphrase is wrong."));
    }

    void expiredCertificateDoesNotSign()
    {
        const Identity expired
            = makeIdentity(KeyType::EcdsaP256, QDateTime::currentDateTimeUtc().addDays(-400), 365);
        QString error;
        QVERIFY(Cms::signDetached(expired, "report", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("expired on")), qPrintable(error));
        QVERIFY(PdfSignature::sign(smallPdf(), expired, {}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("expired on")), qPrintable(error));
    }

    void detachedSignatureFindsEveryChange()
    {
        const Identity identity = makeIdentity();
        const QByteArray content = "# Report\r\nScore 88 / 100\n";
        QString error;
        const QByteArray signature = Cms::signDetached(identity, content, &error);
        QVERIFY2(!signature.isEmpty(), qPrintable(error));
        SignatureCheck check = Cms::verifyDetached(signature, { content });
        QVERIFY2(check.intact(), qPrintable(check.problem));
        QCOMPARE(check.signer.fingerprint, identity.info().fingerprint);
        QVERIFY(qAbs(check.signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QByteArray changed = content;
        changed[18] = '9'; // 88 -> 98
        check = Cms::verifyDetached(signature, { changed });
        QCOMPARE(check.verdict, SignatureCheck::Verdict::Changed);
        QVERIFY(!check.intact());

        QByteArray damaged = signature;
        damaged[damaged.size() - 10] = char(damaged.at(damaged.size() - 10) ^ 0x55);
        check = Cms::verifyDetached(damaged, { content });
        QVERIFY(!check.intact());
        QVERIFY(check.verdict != SignatureCheck::Verdict::Intact);

        check = Cms::verifyDetached("not a signature", { content });
        QCOMPARE(check.verdict, SignatureCheck::Verdict::Invalid);
    }

    void pdfSignatureCoversTheWholeFile()
    {
        const Identity identity = makeIdentity(KeyType::Rsa3072);
        const QByteArray pdf = smallPdf();
        bool notPdf = true;
        QCOMPARE(PdfSignature::verify(pdf, &notPdf).verdict, SignatureCheck::Verdict::Unsigned);
        QVERIFY(!notPdf);
        QString error;
        const QByteArray signedPdf = PdfSignature::sign(
            pdf, identity, { QStringLiteral("Approval"), QString(), QStringLiteral("Zoë") }, &error);
        QVERIFY2(!signedPdf.isEmpty(), qPrintable(error));
        QVERIFY(signedPdf.startsWith(pdf)); // an incremental update: the original bytes stay as they were
        SignatureCheck check = PdfSignature::verify(signedPdf);
        QVERIFY2(check.intact(), qPrintable(check.problem));
        QCOMPARE(check.signer.commonName, QStringLiteral("Zoë Auditor"));

        QByteArray flipped = signedPdf;
        const qsizetype at
            = signedPdf.indexOf("Second page") >= 0 ? signedPdf.indexOf("Second page") : pdf.size() / 2;
        flipped[at] = char(flipped.at(at) ^ 0x01);
        QVERIFY(!PdfSignature::verify(flipped).intact());

        const QByteArray extended = signedPdf + "\n% appended after signing\n";
        check = PdfSignature::verify(extended);
        QCOMPARE(check.verdict, SignatureCheck::Verdict::Changed);
        QVERIFY(!check.wholeDocument);

        PdfSignature::verify("PK\x03\x04 a zip file", &notPdf);
        QVERIFY(notPdf);
    }

    void identityStoreKeepsIdentitiesEncrypted()
    {
        IdentityStore store(m_dir.filePath(QStringLiteral("identities")));
        QVERIFY(store.list().isEmpty());
        const Identity identity = makeIdentity();
        QString error;
        QVERIFY(!store.add(identity, QByteArray(), &error));
        QVERIFY(error.contains(QStringLiteral("passphrase")));
        const auto stored = store.add(identity, "keep it safe", &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(QFileInfo(stored->path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        // Listed without the passphrase; the private key only with it.
        const QVector<StoredIdentity> listed = store.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).info.fingerprint, identity.info().fingerprint);
        QVERIFY(!store.unlock(listed.at(0), "guess", &error));
        QVERIFY(store.unlock(listed.at(0), "keep it safe", &error));
        QVERIFY(!TestSupport::fileBytes(stored->path).contains("PRIVATE KEY"));
        QVERIFY(!store.add(identity, "again", &error)); // the same identity twice
        QVERIFY(store.remove(listed.at(0), &error));
        QVERIFY(store.list().isEmpty());
    }
};

QTEST_MAIN(TestSigning)
#include "TestSigning.moc"
