#pragma once

// Asks for an adjusted score and the reason for it (required), for the overall score or one domain; the
// computed score is shown beside it. "Remove Adjustment" brings back the computed score alone.

#include <QDialog>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rw {
class Project;
}

class AdjustDialog : public QDialog
{
    Q_OBJECT

public:
    AdjustDialog(const rw::Project* project, const QString& domainKey, QWidget* parent = nullptr);

    QString domainKey() const;
    double score() const;
    QString reason() const;
    bool clearRequested() const { return m_clear; }

private:
    void updateFor(int index);
    void validate();

    const rw::Project* m_project;
    QComboBox* m_target;
    QLabel* m_computed;
    QDoubleSpinBox* m_score;
    QPlainTextEdit* m_reason;
    QPushButton* m_ok;
    QPushButton* m_clearButton;
    bool m_clear = false;
};
