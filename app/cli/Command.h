#pragma once

// The base of every readiness-cli command, as in KeePassXC's CLI: one small class per command, with
// argument parsing, --help, error reporting and exit codes shared here.
//
// Exit codes: 0 ok, 1 a check failed (--fail-under, verify), 2 usage or input error.

#include "store/Project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    enum ExitCode { Ok = 0, CheckFailed = 1, InputError = 2 };

    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    int run(const QStringList& arguments);

    static QTextStream& out();
    static QTextStream& err();
    // Prints rows (the first is the header) in columns as wide as their widest cell, two spaces apart;
    // `align` has an 'l' or 'r' per column. Widths follow the text, so translated headers fit.
    static void printTable(const QVector<QStringList>& rows, const QString& align);

protected:
    Command(const QString& name, const QString& description)
        : m_name(name)
        , m_description(description)
    {
    }

    // Adds the command's options and positional arguments to the parser.
    virtual void configure(QCommandLineParser& parser) = 0;
    // Runs with arguments already parsed (and --help handled).
    virtual int execute(const QCommandLineParser& parser) = 0;
    // The positional arguments that must be present (the rest are optional or repeated).
    virtual int requiredPositionals() const { return 0; }

    int fail(const QString& message, int code = InputError) const;
    std::unique_ptr<rw::Project> openProject(const QString& path, bool forWriting) const;
    // Reads a number option; on bad input prints why and returns nullopt.
    std::optional<double> numberOption(const QCommandLineParser& parser, const QString& option) const;
    static QCommandLineOption byOption();
    // Writes all of `bytes` or nothing (the file is replaced only when complete); the error, or empty.
    static QString writeWhole(const QString& path, const QByteArray& bytes);
    // Reads a passphrase from the file the option names (its first line); prints why on failure.
    std::optional<QByteArray> passphrase(const QCommandLineParser& parser, const QString& option) const;

private:
    QString m_name;
    QString m_description;
};

// Every command, in the order `readiness-cli --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();
