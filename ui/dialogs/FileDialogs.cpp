#include "FileDialogs.h"

#include "Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace FileDialogs {

namespace {

QString key(Purpose purpose)
{
    static const char* const names[]
        = { "projects", "checklists", "evidence", "reports", "exports", "identities", "charts" };
    return QLatin1String(names[int(purpose)]);
}

} // namespace

QString folder(Purpose purpose)
{
    const QString last = Settings::lastFolder(key(purpose));
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

void remember(Purpose purpose, const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    Settings::setLastFolder(key(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString openFile(QWidget* parent, Purpose purpose, const QString& caption, const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder(purpose), filter);
    remember(purpose, path);
    return path;
}

QStringList openFiles(QWidget* parent, Purpose purpose, const QString& caption, const QString& filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, folder(purpose), filter);
    if (!paths.isEmpty())
        remember(purpose, paths.constFirst());
    return paths;
}

QString saveFile(
    QWidget* parent, Purpose purpose, const QString& caption, const QString& suggested, const QString& filter)
{
    const QString start
        = QFileInfo(suggested).isAbsolute() ? suggested : QDir(folder(purpose)).filePath(suggested);
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter);
    remember(purpose, path);
    return path;
}

QString fileNameFor(const QString& title, const QString& fallback)
{
    QString name;
    for (const QChar c : title.simplified()) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            name += QLatin1Char('-');
        else
            name += c;
    }
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('-'))
        || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    name = name.left(120).trimmed();
    return name.isEmpty() ? fallback : name;
}

} // namespace FileDialogs
