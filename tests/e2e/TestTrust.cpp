// Trust, tried as an attacker would: a signature is only believed to come from somebody the reader
// trusts. Each case runs the built readiness-cli on reports it signed and then changed, re-signed or
// forged with OpenSSL's own tools, and checks the verdict and the exit code a pipeline would see.

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

int openssl(const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_pass;
    QString m_dana;
    // Each case starts from a configuration folder of its own: nobody is trusted yet.
    QStringList m_env;
    int m_n = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    TestSupport::CliResult cli(const QStringList& args) { return runCli(args, QString(), m_env); }

    QString identity(const QString& file, const QString& name, const QString& email)
    {
        const QString p12 = path(file);
        const auto made = cli({ QStringLiteral("identity"), QStringLiteral("new"), QStringLiteral("-o"), p12,
            QStringLiteral("--name"), name, QStringLiteral("--email"), email, QStringLiteral("--org"),
            QStringLiteral("Example Payments"), QStringLiteral("--passphrase-file"), m_pass });
        return made.exitCode == 0 ? p12 : QString();
    }

    QString signedReport(const QString& name, const QString& p12, const QString& project = QString())
    {
        const QString md = path(name);
        const auto r = cli({ QStringLiteral("report"), project.isEmpty() ? m_project : project,
            QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), md,
            QStringLiteral("--sign"), p12, QStringLiteral("--passphrase-file"), m_pass });
        return r.exitCode == 0 ? md : QString();
    }

    QJsonObject verifyJson(const QString& report, int* exitCode)
    {
        const auto r = cli({ QStringLiteral("verify"), report, QStringLiteral("--json") });
        *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("demo.readiness"));
        QVERIFY(TestSupport::makeDemo(m_project));
        m_pass = path(QStringLiteral("pass.txt"));
        TestSupport::writeFile(m_pass, "correct horse battery\n");
    }

    void init()
    {
        const QString config = path(QStringLiteral("config-%1").arg(++m_n));
        QVERIFY(QDir().mkpath(config));
        m_env = QStringList { QStringLiteral("XDG_CONFIG_HOME=") + config };
        if (m_dana.isEmpty())
            m_dana = identity(QStringLiteral("dana.p12"), QStringLiteral("Dana Kowalski"),
                QStringLiteral("dana@example.org"));
        QVERIFY(!m_dana.isEmpty());
    }

    // Intact is not enough: until the reader trusts the signer, the verdict says the signer is not known,
    // shows the fingerprint to compare, and the exit code is 1.
    void anUnknownSignerIsNotBelieved()
    {
        const QString md = signedReport(QStringLiteral("unknown.md"), m_dana);
        QVERIFY(!md.isEmpty());
        int code = -1;
        QJsonObject v = verifyJson(md, &code);
        QCOMPARE(code, 1);
        QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("intact"));
        QCOMPARE(v.value(QStringLiteral("trusted")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("trust")).toString(), QStringLiteral("unknown"));
        const QString fingerprint = v.value(QStringLiteral("signer"))
                                        .toObject()
                                        .value(QStringLiteral("fingerprint_sha256"))
                                        .toString();
        const auto text = cli({ QStringLiteral("verify"), md });
        QVERIFY2(
            text.out.startsWith(QStringLiteral("Intact, but the signer is not known")), qPrintable(text.out));
        QVERIFY(text.out.contains(fingerprint));

        // Trusting the signer of a report that verifies intact, then it is believed.
        const auto trusted = cli({ QStringLiteral("trust"), QStringLiteral("add"), md });
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        v = verifyJson(md, &code);
        QCOMPARE(code, 0);
        QCOMPARE(v.value(QStringLiteral("trust")).toString(), QStringLiteral("pinned"));
        QVERIFY(cli({ QStringLiteral("verify"), md })
                    .out.startsWith(QStringLiteral("Intact and signed by a trusted signer: Dana Kowalski")));
        QVERIFY(cli({ QStringLiteral("trust"), QStringLiteral("list") }).out.contains(fingerprint));
        // And no longer, once removed.
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("remove"), fingerprint }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("verify"), md }).exitCode, 1);
    }

    // Somebody changes "Approved with conditions" to "Approved" and signs again with a new identity that
    // carries Dana's name, e-mail and organisation: intact, but a lookalike, exit 1.
    void aLookalikeOfATrustedSignerIsCalledOut()
    {
        const QString md = signedReport(QStringLiteral("genuine.md"), m_dana);
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add"), md }).exitCode, 0);
        const QString mallory = identity(QStringLiteral("mallory.p12"), QStringLiteral("Dana Kowalski"),
            QStringLiteral("dana@example.org"));
        QVERIFY(!mallory.isEmpty());
        const QString forged = path(QStringLiteral("forged.readiness"));
        QVERIFY(QFile::copy(m_project, forged));
        QFile::setPermissions(forged, QFile::ReadOwner | QFile::WriteOwner);
        const QString md2 = signedReport(QStringLiteral("resigned.md"), mallory, forged);
        QVERIFY(!md2.isEmpty());
        int code = -1;
        const QJsonObject v = verifyJson(md2, &code);
        QCOMPARE(code, 1);
        QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("intact"));
        QCOMPARE(v.value(QStringLiteral("trust")).toString(), QStringLiteral("lookalike"));
        QVERIFY(v.value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("NOT signed by the trusted signer")));
        // With --project as well: a lookalike never "matches".
        QCOMPARE(cli({ QStringLiteral("verify"), md2, QStringLiteral("--project"), forged }).exitCode, 1);
    }

    // One byte of the certificate inside the signature changed (its e-mail): the signature over the
    // report still checks with the key, but the certificate no longer carries its own valid signature.
    void aChangedCertificateIsNotIntact()
    {
        const QString md = signedReport(QStringLiteral("cert-edit.md"), m_dana);
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add"), md }).exitCode, 0);
        const QString p7s = md + QStringLiteral(".p7s");
        const QByteArray original = TestSupport::fileBytes(p7s);
        const auto edited = [&](qsizetype at, char value) {
            QByteArray der = original;
            der[at] = value;
            TestSupport::writeFile(p7s, der);
            int code = -1;
            const QJsonObject v = verifyJson(md, &code);
            TestSupport::writeFile(p7s, original);
            return std::make_pair(code, v);
        };
        // Its key usage (digital signature and non-repudiation) cut to digital signature: the names are
        // the same, but the certificate no longer carries a valid signature of its own key.
        const qsizetype usage = original.indexOf(QByteArray::fromHex("030206c0"));
        QVERIFY(usage > 0);
        auto [code, v] = edited(usage + 3, char(0x80));
        QCOMPARE(code, 1);
        QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        QVERIFY2(
            v.value(QStringLiteral("problem")).toString().contains(QStringLiteral("certificate was changed")),
            qPrintable(v.value(QStringLiteral("problem")).toString()));
        // Its e-mail, as issuer or as subject: never believed to be Dana's.
        const qsizetype issuer = original.indexOf("dana@example.org");
        const qsizetype subject = original.indexOf("dana@example.org", issuer + 1);
        QVERIFY(issuer > 0 && subject > issuer);
        for (const qsizetype at : { issuer, subject }) {
            std::tie(code, v) = edited(at, 'm'); // mana@example.org
            QCOMPARE(code, 1);
            QCOMPARE(v.value(QStringLiteral("trusted")).toBool(), false);
            QVERIFY2(v.value(QStringLiteral("verdict")).toString() == QLatin1String("invalid")
                    || v.value(QStringLiteral("trust")).toString() == QLatin1String("lookalike"),
                qPrintable(v.value(QStringLiteral("summary")).toString()));
        }
        QCOMPARE(cli({ QStringLiteral("verify"), md }).exitCode, 0);
    }

    // A certificate that names an issuer but was signed with its own key is not "issued by" that issuer;
    // once the reader adds the real certificate authority, a chain to it is believed.
    void aClaimedIssuerMustBeProven()
    {
        const QString dir = path(QStringLiteral("pki"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(openssl({ QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                             QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                             QStringLiteral("key.pem") },
                     dir),
            0);
        QCOMPARE(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                             QStringLiteral("-key"), QStringLiteral("key.pem"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Example Root CA"), QStringLiteral("-days"),
                             QStringLiteral("30"), QStringLiteral("-out"), QStringLiteral("ca.pem") },
                     dir),
            0);
        QCOMPARE(openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                             QStringLiteral("key.pem"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Dana Kowalski/emailAddress=dana@example.org"),
                             QStringLiteral("-out"), QStringLiteral("leaf.csr") },
                     dir),
            0);
        QCOMPARE(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                             QStringLiteral("leaf.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                             QStringLiteral("-CAkey"), QStringLiteral("key.pem"),
                             QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"),
                             QStringLiteral("30"), QStringLiteral("-out"), QStringLiteral("leaf.pem") },
                     dir),
            0);
        QCOMPARE(openssl({ QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                             QStringLiteral("key.pem"), QStringLiteral("-in"), QStringLiteral("leaf.pem"),
                             QStringLiteral("-out"), QStringLiteral("leaf.p12"), QStringLiteral("-passout"),
                             QStringLiteral("file:") + m_pass },
                     dir),
            0);
        const QString md = signedReport(
            QStringLiteral("claimed-issuer.md"), QDir(dir).filePath(QStringLiteral("leaf.p12")));
        QVERIFY(!md.isEmpty());
        auto text = cli({ QStringLiteral("verify"), md });
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(
            text.out.contains(QStringLiteral("claims to be issued by CN = Example Root CA, not confirmed")),
            qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("(issued by")));
        QVERIFY2(
            text.out.contains(QStringLiteral("but it was signed with its own key")), qPrintable(text.out));

        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add-ca"),
                         QDir(dir).filePath(QStringLiteral("ca.pem")) })
                     .exitCode,
            0);
        text = cli({ QStringLiteral("verify"), md });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.out.contains(QStringLiteral("certified under CN = Example Root CA")), qPrintable(text.out));
        // A leaf is not an authority.
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add-ca"),
                         QDir(dir).filePath(QStringLiteral("leaf.pem")) })
                     .exitCode,
            2);
    }

    // An organisation CA revokes a signer: with its revocation list (PEM or DER) the signature is still
    // intact but not to be relied on; a list from another issuer cannot settle it; a file that is no
    // list is an input error.
    void aRevokedSignerIsNotTrusted()
    {
        const QString dir = path(QStringLiteral("revoking-ca"));
        QVERIFY(QDir().mkpath(dir));
        const auto run
            = [&](const QString& command) { return openssl(command.split(QLatin1Char(' ')), dir); };
        QCOMPARE(run(QStringLiteral("ecparam -name prime256v1 -genkey -noout -out ca-key.pem")), 0);
        QCOMPARE(run(QStringLiteral("req -x509 -new -key ca-key.pem -subj /CN=Example-Issuing-CA -days 30 "
                                    "-out ca.pem")),
            0);
        QCOMPARE(run(QStringLiteral("ecparam -name prime256v1 -genkey -noout -out key.pem")), 0);
        QCOMPARE(run(QStringLiteral("req -new -key key.pem -subj /CN=Erin-Okafor -out leaf.csr")), 0);
        QCOMPARE(run(QStringLiteral("x509 -req -in leaf.csr -CA ca.pem -CAkey ca-key.pem -set_serial 7 "
                                    "-days 30 -out leaf.pem")),
            0);
        QCOMPARE(run(QStringLiteral("pkcs12 -export -inkey key.pem -in leaf.pem -out leaf.p12 -passout file:")
                     + m_pass),
            0);
        // A minimal CA database: first a list that revokes nothing, then one that revokes the signer.
        TestSupport::writeFile(QDir(dir).filePath(QStringLiteral("ca.cnf")),
            "[ ca ]\ndefault_ca = own\n[ own ]\ndatabase = index.txt\ncrlnumber = crlnumber\n"
            "default_md = sha256\ndefault_crl_days = 30\n");
        TestSupport::writeFile(QDir(dir).filePath(QStringLiteral("index.txt")), "");
        TestSupport::writeFile(QDir(dir).filePath(QStringLiteral("crlnumber")), "01\n");
        const QString signing = QStringLiteral("ca -config ca.cnf -keyfile ca-key.pem -cert ca.pem ");
        QCOMPARE(run(signing + QStringLiteral("-gencrl -out clean.crl")), 0);
        QCOMPARE(run(signing + QStringLiteral("-revoke leaf.pem")), 0);
        QCOMPARE(run(signing + QStringLiteral("-gencrl -out revoked.crl")), 0);
        QCOMPARE(run(QStringLiteral("crl -in revoked.crl -outform DER -out revoked.der")), 0);

        const QString md
            = signedReport(QStringLiteral("revoked.md"), QDir(dir).filePath(QStringLiteral("leaf.p12")));
        QVERIFY(!md.isEmpty());
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add-ca"),
                         QDir(dir).filePath(QStringLiteral("ca.pem")) })
                     .exitCode,
            0);
        const auto verify = [&](const QString& crl) {
            return cli({ QStringLiteral("verify"), md, QStringLiteral("--crl"), QDir(dir).filePath(crl) });
        };
        auto r = verify(QStringLiteral("clean.crl"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Intact and signed by a trusted signer")), qPrintable(r.out));
        for (const QString& crl : { QStringLiteral("revoked.crl"), QStringLiteral("revoked.der") }) {
            r = verify(crl);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains(QStringLiteral("was revoked by its issuer CN = Example-Issuing-CA")),
                qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("do not rely on this signature")), qPrintable(r.out));
        }
        const auto json = cli({ QStringLiteral("verify"), md, QStringLiteral("--json"),
            QStringLiteral("--crl"), QDir(dir).filePath(QStringLiteral("revoked.crl")) });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("trust")).toString(), QStringLiteral("revoked"));
        QCOMPARE(o.value(QStringLiteral("trusted")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);

        // Another authority's list says nothing about this signer: not settled, not trusted.
        QCOMPARE(run(QStringLiteral("ecparam -name prime256v1 -genkey -noout -out other-key.pem")), 0);
        QCOMPARE(run(QStringLiteral(
                     "req -x509 -new -key other-key.pem -subj /CN=Other-CA -days 30 -out other.pem")),
            0);
        QCOMPARE(run(QStringLiteral(
                     "ca -config ca.cnf -keyfile other-key.pem -cert other.pem -gencrl -out other.crl")),
            0);
        r = verify(QStringLiteral("other.crl"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("the revocation list given is not its issuer's")),
            qPrintable(r.out));

        TestSupport::writeFile(path(QStringLiteral("not-a-crl.pem")), "-----BEGIN X509 CRL-----\nAAAA\n");
        r = cli(
            { QStringLiteral("verify"), md, QStringLiteral("--crl"), path(QStringLiteral("not-a-crl.pem")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a certificate revocation list")), qPrintable(r.err));
        r = cli(
            { QStringLiteral("verify"), md, QStringLiteral("--crl"), path(QStringLiteral("missing.crl")) });
        QCOMPARE(r.exitCode, 2);
    }

    // The project is changed in the file itself, without an audit entry: statuses set to met (the score
    // goes up, the status to Ready). The log no longer accounts for the tables, and verify --project says
    // which figures differ from what the signed report states.
    void aSilentEditIsSeen()
    {
        const QString project = path(QStringLiteral("silent.readiness"));
        QVERIFY(TestSupport::makeDemo(project));
        const QString md = signedReport(QStringLiteral("silent.md"), m_dana, project);
        QCOMPARE(cli({ QStringLiteral("trust"), QStringLiteral("add"), md }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("verify"), md, QStringLiteral("--project"), project }).exitCode, 0);
        const int before = QJsonDocument::fromJson(
            cli({ QStringLiteral("score"), project, QStringLiteral("--json") }).out.toUtf8())
                               .object()
                               .value(QStringLiteral("overall"))
                               .toObject()
                               .value(QStringLiteral("display"))
                               .toInt();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
            { project,
                QStringLiteral("UPDATE item SET status = 'met' WHERE status IN ('unmet', 'partial')") });
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);

        const auto log = cli({ QStringLiteral("log"), project, QStringLiteral("--verify") });
        QCOMPARE(log.exitCode, 1);
        QVERIFY2(log.err.contains(QStringLiteral("changes its log does not record")), qPrintable(log.err));
        const auto v = cli({ QStringLiteral("verify"), md, QStringLiteral("--project"), project });
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains(QStringLiteral("the overall score is %1 in the report").arg(before)),
            qPrintable(v.out));
        QVERIFY(v.out.contains(QStringLiteral("DATA-06 (partial in the report, met in the project)")));
        QVERIFY(v.out.contains(QStringLiteral("audit log is not intact")));
    }

    // Cut short, a signed report is a changed report (exit 1), not an input error.
    void aTruncatedSignedReportIsNotIntact()
    {
        const QString md = signedReport(QStringLiteral("truncated.md"), m_dana);
        const QByteArray bytes = TestSupport::fileBytes(md);
        TestSupport::writeFile(md, bytes.left(bytes.size() / 2));
        const auto r = cli({ QStringLiteral("verify"), md });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("NOT intact")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "TestTrust.moc"
