#pragma once

// A preview of one piece of evidence: images and PDFs rendered, text and logs shown as text; anything
// else shows its icon, size and SHA-256. Content is read from the project only when shown.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace rw {
class Project;
struct Evidence;
}

class EvidencePreview : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePreview(QWidget* parent = nullptr);

    void showEvidence(const rw::Project* project, const rw::Evidence* evidence);
    void clear();
    // What the preview shows: "image", "pdf", "text", "link", "info" or "" (nothing).
    QString kind() const { return m_kind; }

private:
    void showInfo(const rw::Evidence& evidence, const QString& note = {});

    QStackedWidget* m_stack;
    QLabel* m_image;
    QPlainTextEdit* m_text;
    QLabel* m_info;
    QString m_kind;
};
