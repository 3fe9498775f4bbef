#pragma once

// The workbench's settings, each read and written here only, typed: who is assessing, the interface
// language, the defaults of Export Report, the recent projects, the folders the file dialogs remember and
// the window's layout. Kept in QSettings (in tests, in Qt's test locations).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Settings {

QString assessorName(); // empty until the assessor has given it
QString assessorRole();
QString assessorOrganisation();
void setAssessor(const QString& name, const QString& role, const QString& organisation);

QString interfaceLanguage(); // empty: the system's
void setInterfaceLanguage(const QString& code);

QString reportFormat(); // "pdf", "md" or "json"
QString reportPaper(); // "A4" or "Letter"
QString reportLanguage(); // "en", ...
bool signReports();
QString signingIdentity(); // the path of a stored identity, or empty
void setReportDefaults(
    const QString& format, const QString& paper, const QString& language, bool sign, const QString& identity);

// The recent projects, newest first, and the assessments' titles by path where known.
QStringList recentFiles();
QHash<QString, QString> recentTitles();
void setRecentFiles(const QStringList& files, const QHash<QString, QString>& titles);

// The folder a file dialog last used for a purpose ("projects", "reports", ...), or empty.
QString lastFolder(const QString& purpose);
void setLastFolder(const QString& purpose, const QString& folder);

struct WindowLayout
{
    QByteArray geometry;
    QByteArray state;
    QByteArray splitter;
};
WindowLayout windowLayout();
void setWindowLayout(const WindowLayout& layout);

} // namespace Settings
