// readiness-workbench: the desktop application. It only wires things together; the window lives in ui/.

#include "MainWindow.h"
#include "Settings.h"
#include "app/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("readiness-workbench"));
    QApplication::setOrganizationName(QStringLiteral("Readiness Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(READINESS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/readiness-workbench.svg")));
    // Ties the windows to the installed .desktop file (its icon and name in task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral("readiness-workbench"));

    // The interface's language: the one chosen in Preferences, else the system's.
    rw::Language::installInterface(Settings::interfaceLanguage());
    QApplication::setApplicationDisplayName(QObject::tr("Readiness Workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Readiness assessments: checklists, evidence, scores and reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("A project file (.readiness) to open."));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
