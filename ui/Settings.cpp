#include "Settings.h"

#include "app/Language.h"

#include <QLocale>
#include <QSettings>
#include <QVariantMap>

namespace Settings {

namespace {

QString text(const char* key, const QString& fallback = QString())
{
    return QSettings().value(QLatin1String(key), fallback).toString();
}

} // namespace

QString assessorName()
{
    return text("assessor/name");
}
QString assessorRole()
{
    return text("assessor/role");
}
QString assessorOrganisation()
{
    return text("assessor/organisation");
}

void setAssessor(const QString& name, const QString& role, const QString& organisation)
{
    QSettings settings;
    settings.setValue(QStringLiteral("assessor/name"), name.trimmed());
    settings.setValue(QStringLiteral("assessor/role"), role.trimmed());
    settings.setValue(QStringLiteral("assessor/organisation"), organisation.trimmed());
}

QString interfaceLanguage()
{
    return text("interface/language");
}
void setInterfaceLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("interface/language"), code);
}

QString reportFormat()
{
    return text("report/format", QStringLiteral("pdf"));
}
QString reportPaper()
{
    return text("report/paper",
        QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QStringLiteral("Letter")
                                                                   : QStringLiteral("A4"));
}
// Until chosen otherwise, reports are written in the interface's language.
QString reportLanguage()
{
    return text("report/language", rw::Language::interfaceLanguage());
}
bool signReports()
{
    return QSettings().value(QStringLiteral("report/sign"), false).toBool();
}
QString signingIdentity()
{
    return text("report/identity");
}

void setReportDefaults(
    const QString& format, const QString& paper, const QString& language, bool sign, const QString& identity)
{
    QSettings settings;
    settings.setValue(QStringLiteral("report/format"), format);
    settings.setValue(QStringLiteral("report/paper"), paper);
    settings.setValue(QStringLiteral("report/language"), language);
    settings.setValue(QStringLiteral("report/sign"), sign);
    settings.setValue(QStringLiteral("report/identity"), identity);
}

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

QHash<QString, QString> recentTitles()
{
    QHash<QString, QString> titles;
    const QVariantMap stored = QSettings().value(QStringLiteral("recentTitles")).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        titles.insert(it.key(), it.value().toString());
    return titles;
}

void setRecentFiles(const QStringList& files, const QHash<QString, QString>& titles)
{
    QVariantMap stored;
    for (const QString& f : files) {
        if (!titles.value(f).isEmpty())
            stored.insert(f, titles.value(f));
    }
    QSettings settings;
    settings.setValue(QStringLiteral("recentFiles"), files);
    settings.setValue(QStringLiteral("recentTitles"), stored);
}

QString lastFolder(const QString& purpose)
{
    return QSettings().value(QStringLiteral("folders/") + purpose).toString();
}
void setLastFolder(const QString& purpose, const QString& folder)
{
    QSettings().setValue(QStringLiteral("folders/") + purpose, folder);
}

WindowLayout windowLayout()
{
    QSettings settings;
    return { settings.value(QStringLiteral("window/geometry")).toByteArray(),
        settings.value(QStringLiteral("window/state")).toByteArray(),
        settings.value(QStringLiteral("window/splitter")).toByteArray() };
}

void setWindowLayout(const WindowLayout& layout)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), layout.geometry);
    settings.setValue(QStringLiteral("window/state"), layout.state);
    settings.setValue(QStringLiteral("window/splitter"), layout.splitter);
}

} // namespace Settings
