#pragma once

// What the workbench window's tests share: a folder of their own with the demo project made once,
// writable copies of it for each test, a window opened on a project the way a person opens it, and
// answers to the modal dialogs an action opens.

#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <functional>

class WindowFixture
{
public:
    // In initTestCase(): this test's own settings, and the demo project.
    bool setUp(const QString& testName)
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench Tests"));
        QCoreApplication::setApplicationName(testName);
        m_demo = m_dir.filePath(QStringLiteral("demo.readiness"));
        return m_dir.isValid() && TestSupport::makeDemo(m_demo);
    }

    // In init(): nothing left in the settings by the test before, and an assessor who is known.
    static void reset()
    {
        QSettings().clear();
        TestSupport::knownAssessor();
    }

    const QString& demo() const { return m_demo; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A writable copy of the demo project, new each time.
    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.readiness").arg(++m_copies));
        QFile::copy(m_demo, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Shows w (at size, when given) as the active window, so that keys reach it, and opens path.
    static bool open(MainWindow& w, const QString& path, const QSize& size = QSize())
    {
        if (size.isValid())
            w.resize(size);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w) && w.openProject(path);
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

// Answers the next modal dialog: fill() sets its fields, then it is accepted (a question: Yes).
inline void answerNextDialog(const std::function<void(QDialog*)>& fill)
{
    QTimer::singleShot(0, [fill] {
        QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        fill(dialog);
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->click() : box->accept();
            return;
        }
        dialog->accept();
    });
}
