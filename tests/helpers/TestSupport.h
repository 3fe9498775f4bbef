#pragma once

// Small helpers shared by the tests: temporary projects, file bytes, running the built CLI.

#include "exchange/Template.h"
#include "store/DemoProject.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

// Every test process keeps its settings, application data and documents folder in the test locations
// (~/.qttest), never in the user's: set before main() runs.
inline const bool testLocations = [] {
    QStandardPaths::setTestModeEnabled(true);
    return true;
}();

// The workbench asks who is assessing before the first edit; tests that edit give a name beforehand.
inline void knownAssessor(const QString& name = QStringLiteral("Test Assessor"))
{
    QSettings().setValue(QStringLiteral("assessor/name"), name);
}

// Writes the demo project at path, as `readiness-cli demo` does (through the same model call).
inline bool makeDemo(const QString& path)
{
    rw::ProjectError error;
    const bool made = rw::DemoProject::create(path, &error) != nullptr;
    if (!made)
        qWarning("demo project not written: %s", qPrintable(error.message));
    return made;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

inline std::unique_ptr<rw::Project> createProject(
    const QString& path, const QString& templateId = QStringLiteral("production-readiness"))
{
    QString error;
    const std::optional<rw::Template> t = rw::Template::load(templateId, &error);
    if (!t) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    rw::ProjectError e;
    auto project = rw::Project::create(path, *t, QString(), QStringLiteral("tester"), &e);
    if (!project)
        qWarning("%s", qPrintable(e.message));
    return project;
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs readiness-cli; `environment` adds or replaces variables ("LANGUAGE=de").
#ifdef READINESS_CLI // only in tests built with TOOLS cli: they run the built command-line tool
inline CliResult runCli(
    const QStringList& args, const QString& workDir = QString(), const QStringList& environment = {})
{
    QProcess p;
    // The signers and authorities it trusts live in a configuration folder of this test process, never
    // in the user's.
    static const QTemporaryDir configHome;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
    for (const QString& assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(READINESS_CLI), args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}
#endif

} // namespace TestSupport
