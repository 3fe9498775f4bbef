#pragma once

// Edit > Preferences: the assessor's name (recorded with every change and sign-off), the interface
// language, and the defaults of Export Report (format, paper, report language, signing and identity).
// Kept through Settings (Settings.h), which is how the rest of the window reads them.

#include "Settings.h"
#include "signing/IdentityStore.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(rw::IdentityStore* store, QWidget* parent = nullptr);

    QLineEdit* assessorEdit() const { return m_name; }
    // Saves what is shown (also what OK does).
    void save();

private:
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_organisation;
    QComboBox* m_uiLanguage;
    QComboBox* m_format;
    QComboBox* m_paper;
    QComboBox* m_reportLanguage;
    QCheckBox* m_sign;
    QComboBox* m_identity;
};
