#pragma once

// File > Merge a Copy: the preview before anything changes (what each person changed, by person and by
// domain, how every domain's score and the overall would move, the conflicts the merge brings), then the
// merge as one undo step. File > Conflicts: the conflict inbox, one conflict at a time with the value
// before both, this copy's and the other's, who and when; keep mine, take theirs, or edit (notes start
// from a three-way merge of both).

#include "store/Merge.h"

#include <QDialog>
#include <memory>
#include <vector>

class Document;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // paths: project files or packs to take in.
    MergeDialog(Document* document, const QStringList& paths, QWidget* parent = nullptr);
    ~MergeDialog() override;
    // Whether the merge left conflicts to decide.
    bool leftConflicts() const { return m_leftConflicts; }

private:
    void merge();

    Document* m_document;
    std::vector<std::unique_ptr<rw::MergeSource>> m_sources;
    std::unique_ptr<rw::MergeSource> m_combined;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_changes = nullptr;
    QTableWidget* m_scores = nullptr;
    QTreeWidget* m_conflicts = nullptr;
    QPushButton* m_merge = nullptr;
    bool m_leftConflicts = false;
};

class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Document* document, QWidget* parent = nullptr);
    int openCount() const { return int(m_open.size()); }

private:
    void reload();
    void showConflict(int row);
    void decide(const QJsonValue& value);
    void settle(bool putBack);

    Document* m_document;
    QVector<rw::MergeConflict> m_open;
    QListWidget* m_list = nullptr;
    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_ancestor = nullptr;
    QPlainTextEdit* m_mine = nullptr;
    QPlainTextEdit* m_theirs = nullptr;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_mineLabel = nullptr;
    QLabel* m_theirsLabel = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QPushButton* m_useEdit = nullptr;
    QPushButton* m_putBack = nullptr;
    QPushButton* m_keepRemoved = nullptr;
};
