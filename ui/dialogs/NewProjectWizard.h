#pragma once

// A short wizard for a new assessment: choose a checklist (a built-in template, or a file in any format
// the importers read: template, OSCAL, Well-Architected lens, framework YAML, questionnaire, CSV) with a
// preview of its domains and item counts, then the title and where to save the project file. A file is
// read in the background, with a progress dialog that can cancel it.

#include "exchange/Template.h"

#include <QWizard>
#include <memory>

namespace rw {
class Project;
}

class QLineEdit;
class QListWidget;
class QLabel;
class QTreeWidget;

class NewProjectWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewProjectWizard(const QString& folder, QWidget* parent = nullptr);
    ~NewProjectWizard() override;

    std::optional<rw::Template> chosenTemplate() const { return m_template; }
    QString title() const;
    QString path() const;

    // Reads a checklist file and selects it. For a framework library with implementation groups, the
    // user chooses the groups unless `groups` gives them. On failure says why (error()) and changes nothing.
    bool addTemplateFile(const QString& path, const QStringList* groups = nullptr);
    QString error() const { return m_error; }

    bool validateCurrentPage() override;
    // The project created when the wizard finished (the wizard creates it, so that an error keeps the
    // wizard open with its choices); null before.
    std::unique_ptr<rw::Project> takeProject();
    QString createError() const;

private:
    void chooseTemplateFile();
    void templateChosen();
    void showCreateError(const QString& message);
    std::optional<QStringList> askGroups(const QStringList& groups, const QString& source);

    std::optional<rw::Template> m_template;
    QVector<rw::Template> m_loaded; // templates read from files, by the index their list item holds
    QString m_error;
    QListWidget* m_templates;
    QLabel* m_description;
    QTreeWidget* m_preview;
    QLineEdit* m_title;
    QLineEdit* m_path;
    QLabel* m_createError;
    QString m_folder;
    bool m_pathChosen = false;
    std::unique_ptr<rw::Project> m_created;
};
