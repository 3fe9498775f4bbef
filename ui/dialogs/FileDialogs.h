#pragma once

// The workbench's file dialogs, each remembering the last folder used for its purpose (projects,
// checklists, evidence, reports, exports, identities), so that the next one opens where the user was.
// Folders are kept in QSettings under "folders/<purpose>"; a folder that has gone is not proposed.

#include <QString>
#include <QStringList>

class QWidget;

namespace FileDialogs {

enum class Purpose { Projects, Checklists, Evidence, Reports, Exports, Identities, Charts };

// The folder to start in: the last one used for the purpose while it exists, else the user's documents
// folder (created when missing, as a fresh account may lack it), else the home folder.
QString folder(Purpose purpose);
void remember(Purpose purpose, const QString& path);

QString openFile(QWidget* parent, Purpose purpose, const QString& caption, const QString& filter);
QStringList openFiles(
    QWidget* parent, Purpose purpose, const QString& caption, const QString& filter = QString());
// suggested: a file name (put in the remembered folder) or a whole path.
QString saveFile(QWidget* parent, Purpose purpose, const QString& caption, const QString& suggested,
    const QString& filter);

// A file name (without folder or extension) made from a title: the characters no file system takes,
// and leading dots, replaced; fallback when nothing is left.
QString fileNameFor(const QString& title, const QString& fallback);

} // namespace FileDialogs
