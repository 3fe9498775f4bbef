#pragma once

// The selected item in full: its text and guidance, status, the assessor's note and owner, its points
// and blocker mark, its evidence with a preview, and the findings linked to it. Files dropped on the
// panel are attached to the item.

#include <QWidget>

class Document;
class EvidencePreview;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;
namespace rw {
struct Item;
}
class QButtonGroup;
class QComboBox;

class ItemPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ItemPanel(QWidget* parent = nullptr);

    void setDocument(Document* document);
    void setItem(const QString& key);
    QString itemKey() const { return m_key; }
    qint64 selectedEvidence() const;
    void selectEvidence(qint64 id);
    // Writes a note still being typed (called before anything else changes the item).
    void commitNote();

    QPlainTextEdit* noteEdit() const { return m_note; }
    EvidencePreview* preview() const { return m_preview; }
    QListWidget* evidenceList() const { return m_evidence; }

    // In a live workshop: a notice above the note (somebody else types it too); empty hides it.
    void setPresenceNotice(const QString& text);
    QLabel* presenceNotice() const { return m_presenceNotice; }
    QWidget* answerBox() const { return m_answerBox; }
    // Puts the keyboard in the answer's editor (a number, date or text is typed there).
    void focusAnswer();
    // The review, keyboard first: flag with a reason (asked), accept, send back with a comment (asked),
    // and the comment field.
    void flagItem();
    void acceptItem();
    void sendBack();
    void focusComment();
    // The selected evidence: accept, reject with a reason (asked), its dates and caption (a dialog).
    void acceptEvidence();
    void rejectEvidence();
    void editEvidenceDetails();
    QListWidget* commentList() const { return m_comments; }
    QLabel* evidenceDetails() const { return m_evidenceDetails; }

signals:
    // The note is being typed (every keystroke): a live workshop tells the others.
    void noteTyped();
    void addFilesRequested();
    void addLinkRequested();
    void pasteImageRequested();
    void filesDropped(const QStringList& paths);
    void openEvidenceRequested(qint64 id);
    void saveEvidenceRequested(qint64 id);
    void removeEvidenceRequested(qint64 id);
    void linkFindingRequested();
    // A new version of the selected evidence, chosen from a file (attached in the background).
    void newVersionRequested(qint64 id);
    void findingActivated(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createText(QWidget* content, QVBoxLayout* layout);
    void createAnswer(QWidget* content, QVBoxLayout* layout);
    void createNote(QWidget* content, QVBoxLayout* layout);
    void createEvidence(QWidget* content, QVBoxLayout* layout);
    void createFindings(QWidget* content, QVBoxLayout* layout);
    void createReview(QWidget* content, QVBoxLayout* layout);
    void refreshReview(const rw::Item* item, bool editable);
    void refreshEvidenceDetails();
    void addComment();
    void toggleResolved();
    void refresh();
    void refreshEvidence();
    void commitOwner();
    void commitEffort();
    void commitPoints();
    void commitBlocker(bool on);
    void refreshChoices(const rw::Item* item, bool editable);
    void commitChoices();
    // The answer of an item asked other than with a status: levels, choices, yes/no, a number, a date
    // or a text, with what it earns and why an item does not apply.
    void refreshAnswer(const rw::Item* item, bool editable);
    void buildAnswer(const rw::Item& item);
    void commitAnswer();

    Document* m_document = nullptr;
    QString m_key;
    bool m_updating = false;
    QLabel* m_heading;
    QLabel* m_text;
    QLabel* m_guidance;
    QButtonGroup* m_statusButtons;
    QWidget* m_statusRow;
    QPlainTextEdit* m_note;
    QLabel* m_presenceNotice = nullptr;
    QTimer* m_noteTimer;
    QLineEdit* m_owner;
    QDoubleSpinBox* m_points;
    QDoubleSpinBox* m_effort;
    QCheckBox* m_blocker;
    QWidget* m_choicesBox; // a Well-Architected question's choices, with the risk they give
    QVector<QCheckBox*> m_choiceBoxes;
    QString m_choicesFor; // the item whose choices the boxes show
    QLabel* m_risk;
    QWidget* m_answerBox;
    QLabel* m_answerKind; // what is asked, the target and the gap
    QLabel* m_answerDetail; // the chosen level's description, or why the item does not apply
    QWidget* m_answerEditors; // rebuilt for each item
    QButtonGroup* m_answerButtons = nullptr; // levels, one choice, yes/no
    QVector<QCheckBox*> m_answerChecks; // several choices
    QLineEdit* m_answerLine = nullptr; // number or text
    QLineEdit* m_answerDate = nullptr;
    QString m_answerFor; // the item (and question) the editors were built for
    QListWidget* m_evidence;
    EvidencePreview* m_preview;
    QList<QPushButton*> m_evidenceButtons;
    QPushButton* m_open;
    QPushButton* m_saveCopy;
    QPushButton* m_remove;
    QListWidget* m_findings;
    QPushButton* m_linkFinding;
    QLabel* m_evidenceDetails;
    QList<QPushButton*> m_reviewEvidenceButtons; // accept, reject, details, new version
    QComboBox* m_workState;
    QLabel* m_flag;
    QPushButton* m_flagButton;
    QPushButton* m_acceptButton;
    QPushButton* m_sendBackButton;
    QListWidget* m_comments;
    QLineEdit* m_commentEdit;
    QPushButton* m_replyButton;
    QPushButton* m_resolveButton;
    QLabel* m_previous; // the last cycle's answer
};
