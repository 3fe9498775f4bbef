#pragma once

// The questionnaire for people without the workbench: one self-contained HTML file (its script and style
// inline, nothing fetched, a Content-Security-Policy that forbids any connection) that any browser
// opens. It shows the items to answer, domain by domain, with their guidance and the answers each takes
// (the statuses; a Well-Architected question's choices), keeps what is typed in the browser's storage
// until it is saved, and saves an answers file (JSON, "readiness-workbench-answers", version 1) that
// ResultsImport reads with the same preview as a spreadsheet. Every text from the project is put into
// the page as text, never as markup.

#include <QByteArray>
#include <QStringList>

namespace rw {
class Project;
}

namespace rw::Questionnaire {

struct Options
{
    bool openOnly = false; // only the items not assessed yet
    QStringList domains; // only these domains (keys); empty: all
};

QByteArray write(const Project& project, const Options& options = {});

// What names the assessment in the page and its answers file: the hash of the first audit entry, the same
// in every copy of the project.
QString assessmentId(const Project& project);

} // namespace rw::Questionnaire
