// Signed reports end to end: the built readiness-cli writes them, and tools nobody here wrote check them:
// pdfsig (poppler), qpdf --check, openssl cms -verify, pdftotext and pdfinfo.

#include "TestSupport.h"

#include "signing/Identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

void flipByte(const QString& path, qint64 at)
{
    QByteArray bytes = TestSupport::fileBytes(path);
    bytes[at] = char(bytes.at(at) ^ 0x20);
    TestSupport::writeFile(path, bytes);
}

} // namespace

class TestSignedReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_identity;
    QString m_pass;
    QString m_cert;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("demo.readiness"));
        QCOMPARE(runCli({ QStringLiteral("demo"), m_project }).exitCode, 0);
        m_pass = path(QStringLiteral("pass.txt"));
        TestSupport::writeFile(m_pass, "tr0ub4dor & 3\n");
        m_identity = path(QStringLiteral("signer.p12"));
        const auto made = runCli({ QStringLiteral("identity"), QStringLiteral("new"), QStringLiteral("-o"),
            m_identity, QStringLiteral("--name"), QStringLiteral("Dana Kowalski"), QStringLiteral("--email"),
            QStringLiteral("dana@example.org"), QStringLiteral("--org"), QStringLiteral("Example Payments"),
            QStringLiteral("--passphrase-file"), m_pass });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(!TestSupport::fileBytes(m_identity).isEmpty());
        // OpenSSL itself reads the identity with the passphrase, and gives us its certificate.
        m_cert = path(QStringLiteral("signer.pem"));
        const Tool pkcs12 = tool(QStringLiteral("openssl"),
            { QStringLiteral("pkcs12"), QStringLiteral("-in"), m_identity, QStringLiteral("-nokeys"),
                QStringLiteral("-passin"), QStringLiteral("file:") + m_pass, QStringLiteral("-out"),
                m_cert });
        QVERIFY2(pkcs12.exitCode == 0, qPrintable(pkcs12.out));
        QVERIFY(TestSupport::fileBytes(m_cert).contains("BEGIN CERTIFICATE"));
        // The reader trusts Dana's certificate, as handed over beforehand (test_trust tries the rest).
        QCOMPARE(runCli({ QStringLiteral("trust"), QStringLiteral("add"), m_cert }).exitCode, 0);
    }

    void signedPdfIsValidForPdfsigAndQpdf()
    {
        const QString pdf = path(QStringLiteral("report.pdf"));
        const auto r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--sign"), m_identity,
            QStringLiteral("--passphrase-file"), m_pass });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Tool sig = tool(QStringLiteral("pdfsig"), { pdf });
        QVERIFY2(sig.out.contains(QStringLiteral("Signature Validation: Signature is Valid.")),
            qPrintable(sig.out));
        QVERIFY2(sig.out.contains(QStringLiteral("Total document signed")), qPrintable(sig.out));
        QVERIFY(sig.out.contains(QStringLiteral("Signer Certificate Common Name: Dana Kowalski")));
        const Tool check = tool(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        // Fonts are embedded; the charts are vectors, not pictures.
        const Tool fonts = tool(QStringLiteral("pdffonts"), { pdf });
        QCOMPARE(fonts.exitCode, 0);
        int listed = 0;
        for (const QString& line : fonts.out.split(QLatin1Char('\n')).mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++listed;
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        }
        // An empty list would prove nothing: the report's text is in DejaVu Sans.
        QVERIFY2(listed > 0 && fonts.out.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts.out));
        QCOMPARE(tool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                     .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                     .size(),
            2);

        const auto verify = runCli({ QStringLiteral("verify"), pdf, QStringLiteral("--project"), m_project,
            QStringLiteral("--json") });
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject v = QJsonDocument::fromJson(verify.out.toUtf8()).object();
        QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("intact"));
        QCOMPARE(v.value(QStringLiteral("project_matches")).toBool(), true);
        QCOMPARE(v.value(QStringLiteral("signer")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Dana Kowalski"));
        // The fingerprint is the certificate's as openssl computes it.
        const Tool fp = tool(QStringLiteral("openssl"),
            { QStringLiteral("x509"), QStringLiteral("-in"), m_cert, QStringLiteral("-noout"),
                QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
        QVERIFY2(fp.out.contains(v.value(QStringLiteral("signer"))
                                     .toObject()
                                     .value(QStringLiteral("fingerprint_sha256"))
                                     .toString()),
            qPrintable(fp.out));
    }

    void pdfShowsTheScoringEnginesNumbers()
    {
        const QString pdf = path(QStringLiteral("numbers.pdf"));
        QCOMPARE(runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("-o"), pdf })
                     .exitCode,
            0);
        const QString text
            = tool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).out;
        const auto score = runCli({ QStringLiteral("score"), m_project, QStringLiteral("--json") });
        const QJsonObject scores = QJsonDocument::fromJson(score.out.toUtf8()).object();
        const QJsonObject overall = scores.value(QStringLiteral("overall")).toObject();
        QVERIFY(text.contains(QStringLiteral("The overall readiness score is %1 of 100: grade %2, %3.")
                                  .arg(overall.value(QStringLiteral("display")).toInt())
                                  .arg(overall.value(QStringLiteral("grade")).toString(),
                                      overall.value(QStringLiteral("status")).toString())));
        const QJsonArray domains = scores.value(QStringLiteral("domains")).toArray();
        QVERIFY(domains.size() >= 5);
        for (const QJsonValue& value : domains) {
            const QJsonObject d = value.toObject();
            // The domain's row in the scores table: its earned / possible points and its score.
            const QRegularExpression row(
                QStringLiteral("%1 ?/ ?%2 +%3 ?%")
                    .arg(QLocale::c().toString(d.value(QStringLiteral("earned")).toDouble(), 'g', 6),
                        QLocale::c().toString(d.value(QStringLiteral("possible")).toDouble(), 'g', 6))
                    .arg(d.value(QStringLiteral("display")).toInt()));
            QVERIFY2(text.contains(row), qPrintable(d.value(QStringLiteral("title")).toString()));
        }
        QVERIFY(text.contains(QStringLiteral("Contents")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 2 of \\d+"))));
        QVERIFY(text.contains(QStringLiteral("not signed")));
        QVERIFY(tool(QStringLiteral("pdfinfo"), { pdf }).out.contains(QStringLiteral("(A4)")));
    }

    void tamperedPdfIsRejectedByEveryone()
    {
        const QString pdf = path(QStringLiteral("tampered.pdf"));
        QVERIFY(QFile::copy(path(QStringLiteral("report.pdf")), pdf));
        // A byte in the middle of the first signed range (page content), well before the signature.
        flipByte(pdf, TestSupport::fileBytes(pdf).indexOf("/ByteRange") / 2);
        const Tool sig = tool(QStringLiteral("pdfsig"), { pdf });
        QVERIFY2(!sig.out.contains(QStringLiteral("Signature is Valid.")), qPrintable(sig.out));
        const auto verify = runCli({ QStringLiteral("verify"), pdf });
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(QStringLiteral("NOT intact")), qPrintable(verify.out));
    }

    void signedMarkdownVerifiesWithOpenssl()
    {
        const QString md = path(QStringLiteral("report.md"));
        const auto r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("-o"), md, QStringLiteral("--sign"), m_identity,
            QStringLiteral("--passphrase-file"), m_pass });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString p7s = md + QStringLiteral(".p7s");
        const QStringList cms { QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
            QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), p7s,
            QStringLiteral("-content"), md, QStringLiteral("-CAfile"), m_cert, QStringLiteral("-purpose"),
            QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null") };
        const Tool ok = tool(QStringLiteral("openssl"), cms);
        QVERIFY2(ok.exitCode == 0 && ok.out.contains(QStringLiteral("Verification successful")),
            qPrintable(ok.out));
        QVERIFY(TestSupport::fileBytes(md).contains(
            "| Signed by | Dana Kowalski \\<dana@example.org\\>, Example Payments, "));
        QCOMPARE(
            runCli({ QStringLiteral("verify"), md, QStringLiteral("--project"), m_project }).exitCode, 0);

        const QString changed = path(QStringLiteral("changed.md"));
        QVERIFY(QFile::copy(md, changed));
        QVERIFY(QFile::copy(p7s, changed + QStringLiteral(".p7s")));
        QByteArray bytes = TestSupport::fileBytes(changed);
        const qsizetype at = bytes.indexOf("**Score ") + 8;
        bytes[at] = bytes.at(at) == '9' ? '8' : '9'; // the score's first digit
        TestSupport::writeFile(changed, bytes);
        QStringList cmsChanged = cms;
        cmsChanged[cmsChanged.indexOf(md)] = changed;
        cmsChanged[cmsChanged.indexOf(p7s)] = changed + QStringLiteral(".p7s");
        QVERIFY(tool(QStringLiteral("openssl"), cmsChanged).exitCode != 0);
        const auto verify = runCli({ QStringLiteral("verify"), changed });
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(QStringLiteral("changed after it was signed")), qPrintable(verify.out));
    }

    void projectChangesAfterTheReportAreSeen()
    {
        const QString project = path(QStringLiteral("moving.readiness"));
        QVERIFY(QFile::copy(m_project, project));
        const QString md = path(QStringLiteral("moving.md"));
        QCOMPARE(
            runCli({ QStringLiteral("report"), project, QStringLiteral("-o"), md, QStringLiteral("--sign"),
                       m_identity, QStringLiteral("--passphrase-file"), m_pass })
                .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("verify"), md, QStringLiteral("--project"), project }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("set"), project, QStringLiteral("SEC-03"),
                            QStringLiteral("--status"), QStringLiteral("met") })
                     .exitCode,
            0);
        const auto verify = runCli({ QStringLiteral("verify"), md, QStringLiteral("--project"), project });
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(QStringLiteral("changed 1 time since the report was made")),
            qPrintable(verify.out));
        // The report itself is still intact: only the project moved on.
        QVERIFY(verify.out.startsWith(QStringLiteral("Intact")));
    }

    void badSigningInputsChangeNothing()
    {
        const QString out = path(QStringLiteral("never.pdf"));
        const QString wrong = path(QStringLiteral("wrong.txt"));
        TestSupport::writeFile(wrong, "not the passphrase\n");
        auto r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("-o"), out, QStringLiteral("--sign"), m_identity,
            QStringLiteral("--passphrase-file"), wrong });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("The passphrase is wrong.")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        const QString corrupt = path(QStringLiteral("corrupt.p12"));
        QByteArray bytes = TestSupport::fileBytes(m_identity);
        TestSupport::writeFile(corrupt, bytes.left(bytes.size() / 3));
        r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), out, QStringLiteral("--sign"),
            corrupt, QStringLiteral("--passphrase-file"), m_pass });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a PKCS#12 identity file")), qPrintable(r.err));

        // An identity whose certificate expired last year.
        rw::IdentityRequest request;
        request.name = QStringLiteral("Former Auditor");
        request.validFrom = QDateTime::currentDateTimeUtc().addDays(-730);
        request.validDays = 365;
        QString error;
        const auto expired = rw::Identity::generate(request, &error);
        QVERIFY(expired);
        const QString expiredPath = path(QStringLiteral("expired.p12"));
        TestSupport::writeFile(expiredPath, expired->toPkcs12("tr0ub4dor & 3", &error));
        r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), out, QStringLiteral("--sign"),
            expiredPath, QStringLiteral("--passphrase-file"), m_pass });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("expired on")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), out, QStringLiteral("--sign"),
            m_identity });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--passphrase-file FILE is required")));
    }

    void unsignedAndForeignFilesAreNamed()
    {
        const QString md = path(QStringLiteral("plain.md"));
        QCOMPARE(runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), md }).exitCode, 0);
        auto r = runCli({ QStringLiteral("verify"), md });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Not signed")), qPrintable(r.out));
        r = runCli({ QStringLiteral("verify"), path(QStringLiteral("numbers.pdf")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("carries no signature")), qPrintable(r.out));
        r = runCli({ QStringLiteral("verify"), m_pass });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a readiness report")), qPrintable(r.err));
        r = runCli({ QStringLiteral("verify"), path(QStringLiteral("missing.pdf")) });
        QCOMPARE(r.exitCode, 2);

        // Re-exporting unsigned over a signed report removes the signature that no longer matches.
        const QString signedMd = path(QStringLiteral("resigned.md"));
        QCOMPARE(
            runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), signedMd,
                       QStringLiteral("--sign"), m_identity, QStringLiteral("--passphrase-file"), m_pass })
                .exitCode,
            0);
        QVERIFY(QFile::exists(signedMd + QStringLiteral(".p7s")));
        QCOMPARE(runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), signedMd }).exitCode, 0);
        QVERIFY(!QFile::exists(signedMd + QStringLiteral(".p7s")));
    }

    void typedMarkupStaysLiteralInEveryFormat()
    {
        const QString project = path(QStringLiteral("inject.readiness"));
        QVERIFY(QFile::copy(m_project, project));
        const QString note
            = QStringLiteral("## Fake heading | <b>bold</b> [link](http://x) **not bold** 你好 مرحبا");
        QCOMPARE(runCli({ QStringLiteral("set"), project, QStringLiteral("SEC-01"), QStringLiteral("--note"),
                            note })
                     .exitCode,
            0);
        const QString pdf = path(QStringLiteral("inject.pdf"));
        const QString md = path(QStringLiteral("inject.md"));
        QCOMPARE(runCli({ QStringLiteral("report"), project, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("-o"), pdf })
                     .exitCode,
            0);
        QCOMPARE(runCli({ QStringLiteral("report"), project, QStringLiteral("-o"), md }).exitCode, 0);
        // The note wraps in its column: compared without the line breaks and spaces.
        QString text = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).out;
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b>")), "HTML typed in a note is printed as typed");
        QVERIFY(text.contains(QStringLiteral("**notbold**")));
        QVERIFY(text.contains(QStringLiteral("你好")));
        const QString markdown = QString::fromUtf8(TestSupport::fileBytes(md));
        QVERIFY(markdown.contains(QStringLiteral(
            "\\#\\# Fake heading \\| \\<b\\>bold\\</b\\> \\[link\\](http://x) \\*\\*not bold\\*\\*")));
        QVERIFY(!markdown.contains(QStringLiteral("<b>")));
    }

    void optionsShapeTheReport()
    {
        const QString md = path(QStringLiteral("short.md"));
        QCOMPARE(runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), md,
                            QStringLiteral("--sections"), QStringLiteral("scores,risks") })
                     .exitCode,
            0);
        const QString text = QString::fromUtf8(TestSupport::fileBytes(md));
        QVERIFY(text.contains(QStringLiteral("## Executive summary")));
        QVERIFY(text.contains(QStringLiteral("## Scores by domain")));
        QVERIFY(text.contains(QStringLiteral("## Risks")));
        QVERIFY(!text.contains(QStringLiteral("## Checklists")));
        QVERIFY(!text.contains(QStringLiteral("## Evidence manifest")));

        const QString letter = path(QStringLiteral("letter.pdf"));
        QCOMPARE(
            runCli({ QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("--paper"), QStringLiteral("Letter"), QStringLiteral("-o"), letter })
                .exitCode,
            0);
        QVERIFY(tool(QStringLiteral("pdfinfo"), { letter })
                    .out.contains(QStringLiteral("612 x 792 pts (letter)")));

        auto r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), md,
            QStringLiteral("--sections"), QStringLiteral("scores,charts") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown section \"charts\"")));
        r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), md,
            QStringLiteral("--language"), QStringLiteral("xx") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no report language \"xx\"")));
        r = runCli({ QStringLiteral("report"), m_project, QStringLiteral("-o"), md, QStringLiteral("--paper"),
            QStringLiteral("A3") });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSignedReports)
#include "TestSignedReports.moc"
