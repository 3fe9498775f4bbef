#pragma once

// File > Project onto Another Framework: the mapping library, the framework library this assessment was
// made from and the one to project onto, and the draft to create (Mapping::createDraft). The draft
// opens in the window once it is made.

#include <QDialog>

namespace rw {
class Project;
}
class QLineEdit;
class QLabel;
class QPushButton;

class ProjectOntoDialog : public QDialog
{
    Q_OBJECT

public:
    // source: the open assessment; by: who the carried answers are recorded under.
    ProjectOntoDialog(const rw::Project* source, const QString& by, QWidget* parent = nullptr);
    // The draft created, once accepted.
    QString draftPath() const { return m_draft; }
    QString summary() const { return m_summary; }

    void accept() override;

private:
    QLineEdit* fileRow(const QString& label, const QString& name, bool save);
    void updateButton();

    const rw::Project* m_source;
    QString m_by;
    QString m_draft;
    QString m_summary;
    QLineEdit* m_mapping = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_output = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_create = nullptr;
    class QFormLayout* m_form = nullptr;
};
