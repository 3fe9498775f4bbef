#pragma once

// A short wizard for a new assessment: choose a template (built-in or a file), then the title and where to
// save the project file.

#include "exchange/Template.h"

#include <QWizard>

class QLineEdit;
class QListWidget;
class QLabel;

class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewProjectWizard(const QString& folder, QWidget* parent = nullptr);

    std::optional<rw::Template> chosenTemplate() const { return m_template; }
    QString title() const;
    QString path() const;

    bool validateCurrentPage() override;

private:
    void chooseTemplateFile();
    void templateChosen();

    std::optional<rw::Template> m_template;
    QListWidget* m_templates;
    QLabel* m_description;
    QLineEdit* m_title;
    QLineEdit* m_path;
};
