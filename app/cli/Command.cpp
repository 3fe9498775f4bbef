#include "Command.h"
#include "SafeOutput.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <cmath>

QTextStream& Command::out()
{
    static SafeOutput device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream& Command::err()
{
    static SafeOutput device(stderr);
    static QTextStream stream(&device);
    return stream;
}

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    configure(parser);
    // The first argument is the program and command, so that messages and help name both.
    QStringList args = arguments;
    args[0] = QStringLiteral("readiness-cli %1").arg(m_name);
    if (!parser.parse(args))
        return fail(tr("%1\nRun 'readiness-cli %2 --help' for usage.").arg(parser.errorText(), m_name));
    if (parser.isSet(help)) {
        // helpText() names the executable's path; name the program and command as a user types them.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), args.constFirst());
        out() << text;
        out().flush();
        return Ok;
    }
    if (parser.positionalArguments().size() < requiredPositionals())
        return fail(tr("Missing arguments.\nRun 'readiness-cli %1 --help' for usage.").arg(m_name));
    const int code = execute(parser);
    out().flush();
    err().flush();
    return code;
}

int Command::fail(const QString& message, int code) const
{
    out().flush();
    err() << tr("readiness-cli %1: %2").arg(m_name, message) << Qt::endl;
    return code;
}

std::unique_ptr<rw::Project> Command::openProject(const QString& path, bool forWriting) const
{
    rw::ProjectError error;
    std::unique_ptr<rw::Project> project = rw::Project::open(
        path, forWriting ? rw::ProjectFile::Access::ReadWrite : rw::ProjectFile::Access::ReadOnly, &error);
    if (!project) {
        fail(error.message);
        return nullptr;
    }
    if (forWriting && project->isReadOnly()) {
        fail(tr("%1 cannot be changed: %2")
                 .arg(QDir::toNativeSeparators(path), project->file().readOnlyReason()));
        return nullptr;
    }
    if (project->file().recoveredInterruptedChange())
        err() << tr("readiness-cli %1: the last change to %2 was interrupted; it has been rolled back.")
                     .arg(m_name, QDir::toNativeSeparators(path))
              << Qt::endl;
    return project;
}

std::optional<double> Command::numberOption(const QCommandLineParser& parser, const QString& option) const
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(tr("--%1 needs a number, not \"%2\".").arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

QString Command::writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

QCommandLineOption Command::byOption()
{
    return QCommandLineOption(QStringLiteral("by"),
        tr("The name recorded as having made the change (default: your login name)."), tr("name"));
}

std::optional<QByteArray> Command::passphrase(const QCommandLineParser& parser, const QString& option) const
{
    if (!parser.isSet(option)) {
        fail(tr("--%1 FILE is required: the file holding the passphrase.").arg(option));
        return std::nullopt;
    }
    const QString path = parser.value(option);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The passphrase file %1 cannot be read: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return line;
}

void Command::printTable(const QVector<QStringList>& rows, const QString& align)
{
    QVector<int> widths(align.size(), 0);
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size() && c < widths.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const bool last = c == row.size() - 1;
            if (align.at(c) == QLatin1Char('r'))
                line += row.at(c).rightJustified(widths[c]);
            else
                line += last ? row.at(c) : row.at(c).leftJustified(widths[c]);
        }
        out() << line << '\n';
    }
}
