#pragma once

// Help > About Readiness Workbench: what it is, its version and the versions of Qt, OpenSSL, PoDoFo and
// SQLite it runs on (what a bug report needs).

#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // The text shown, for copying into a bug report.
    QString versionsText() const;
};
