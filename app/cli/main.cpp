// readiness-cli: everything that needs no screen, on the same model library as the workbench.

#include "Command.h"
#include "app/Language.h"
#include "app/Versions.h"

#include <QApplication>
#include <cstdio>
#include <memory>

namespace {

void printUsage(const std::vector<std::unique_ptr<Command>>& commands)
{
    QTextStream& out = Command::out();
    out << QCoreApplication::translate("main", "Usage: readiness-cli COMMAND [OPTIONS] [ARGUMENTS]") << "\n\n"
        << QCoreApplication::translate("main",
               "Readiness assessments from the command line: create projects from "
               "templates, record answers, score, attach evidence and export reports.")
        << "\n\n"
        << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto& c : commands)
        out << "  " << c->name().leftJustified(11) << ' ' << c->description() << '\n';
    out << '\n'
        << QCoreApplication::translate("main", "Run 'readiness-cli COMMAND --help' for a command's options.")
        << '\n'
        << QCoreApplication::translate("main", "Exit codes: 0 ok, 1 a check failed, 2 usage or input error.")
        << '\n';
    out.flush();
}

// The offscreen platform's notes about windows nobody sees are noise to a command-line user.
QtMessageHandler previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    // A PDF report draws the dashboard's charts, which are widgets: that one command gets a QApplication,
    // on the offscreen platform unless the caller chose one, so it runs without a display.
    const bool widgets = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (widgets) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietOffscreen);
    }
    std::unique_ptr<QCoreApplication> application = widgets ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("readiness-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(READINESS_VERSION));
    // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when it has a translation.
    rw::Language::installInterface();

    const auto commands = allCommands();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(commands);
        return Command::InputError;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (args.size() > 2 && first == QLatin1String("help")) {
            for (const auto& c : commands) {
                if (c->name() == args.at(2))
                    return c->run({ args.at(0), QStringLiteral("--help") });
            }
        }
        printUsage(commands);
        return Command::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Command::out() << "readiness-cli " << QCoreApplication::applicationVersion() << '\n';
        for (const auto& [name, version] : rw::Versions::libraries())
            Command::out() << name << ' ' << version << '\n';
        Command::out().flush();
        return Command::Ok;
    }
    for (const auto& c : commands) {
        if (c->name() == first)
            return c->run(args.mid(1).isEmpty() ? args : QStringList { args.at(0) } + args.mid(2));
    }
    Command::err() << QCoreApplication::translate(
        "main", "readiness-cli: unknown command \"%1\". Run 'readiness-cli --help' for the list.")
                          .arg(first)
                   << Qt::endl;
    return Command::InputError;
}
