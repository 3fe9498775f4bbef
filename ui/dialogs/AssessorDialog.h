#pragma once

// Who is assessing: asked once, before the first change is recorded, so that the audit log and new
// sign-offs name a person. The name is required; role and organisation are optional. Kept in QSettings
// (the same values Edit > Preferences shows).

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

class AssessorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AssessorDialog(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    void accept() override;

    // Asks unless the assessor's name is known already; false when the user declined to give it.
    static bool ensureKnown(QWidget* parent);

private:
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_organisation;
    QDialogButtonBox* m_buttons;
};
