#include "ItemPanel.h"
#include "domain/SafeText.h"

#include "exchange/Template.h"
#include "scoring/Answers.h"
#include "scoring/PathToReady.h"

#include "Document.h"
#include "EvidencePreview.h"
#include "RatingColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileIconProvider>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

using namespace rw;

namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

namespace {

QString number(double v)
{
    return QLocale().toString(std::round(v * 100) / 100, 'g', 6);
}

// What a question is made of, to know when its editors must be built anew.
QString compactQuestion(const Question& q)
{
    return QString::fromUtf8(QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact));
}

// Escaped text with http(s) addresses as links: nothing in the text itself becomes markup.
QString linkified(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"']+"));
    QString html;
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString address = m.captured();
        while (!address.isEmpty() && QStringLiteral(".,;:)").contains(address.back()))
            address.chop(1);
        html += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(address.toHtmlEscaped());
        last = m.capturedStart() + address.size();
    }
    html += text.mid(last).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ItemPanel::ItemPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("itemPanel"));
    setAcceptDrops(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 8);

    createText(content, layout);
    createAnswer(content, layout);
    createNote(content, layout);
    createReview(content, layout);
    createEvidence(content, layout);
    createFindings(content, layout);

    setItem(QString());
    // Never narrower than its buttons and fields need in the interface's language (German ones are
    // longer), so that nothing is cut off at the right.
    setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
}

// The item: its key and domain, its text and the guidance.
void ItemPanel::createText(QWidget* content, QVBoxLayout* layout)
{
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("itemHeading"));
    m_heading->setWordWrap(true);
    // Texts from templates and imported checklists are shown as written, never as HTML.
    m_heading->setTextFormat(Qt::PlainText);
    m_text = new QLabel(content);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    textFont.setBold(true);
    m_text->setFont(textFont);
    m_guidance = new QLabel(content);
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    m_guidance->setWordWrap(true);
    // Plain text with its web addresses as links (lenses give improvement plans and resources so).
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_guidance->setOpenExternalLinks(true);
    m_guidance->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_guidance);
}

// The answer: status buttons, then owner, points and blocker, and a lens question's choices.
void ItemPanel::createAnswer(QWidget* content, QVBoxLayout* layout)
{
    m_statusRow = new QWidget(content);
    auto* statusLayout = new QGridLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 4, 0, 4);
    m_statusButtons = new QButtonGroup(this);
    m_statusButtons->setExclusive(true);
    const QVector<QPair<ItemStatus, QString>> statuses { { ItemStatus::Met, tr("1") },
        { ItemStatus::Partial, tr("2") }, { ItemStatus::Unmet, tr("3") },
        { ItemStatus::NotApplicable, tr("0") }, { ItemStatus::Open, tr("Backspace") } };
    int column = 0;
    for (const auto& [status, key] : statuses) {
        auto* button = new QPushButton(toLabel(status), m_statusRow);
        button->setCheckable(true);
        button->setToolTip(tr("Shortcut in the checklist: %1").arg(key));
        button->setAccessibleName(tr("Status %1").arg(toLabel(status)));
        m_statusButtons->addButton(button, int(status));
        statusLayout->addWidget(button, column / 3, column % 3);
        ++column;
    }
    connect(m_statusButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_updating && m_document) {
            commitNote();
            m_document->setItemStatus(m_key, ItemStatus(id));
        }
    });
    layout->addWidget(m_statusRow);

    auto* form = new QFormLayout;
    m_owner = new QLineEdit(content);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPlaceholderText(tr("Who owns this item"));
    connect(m_owner, &QLineEdit::editingFinished, this, &ItemPanel::commitOwner);
    m_points = new QDoubleSpinBox(content);
    m_points->setAccessibleName(tr("Points"));
    m_points->setRange(0.01, 1000000);
    m_points->setDecimals(2);
    m_points->setKeyboardTracking(false);
    connect(m_points, &QDoubleSpinBox::valueChanged, this, &ItemPanel::commitPoints);
    // The estimate the path to ready plans with; its lowest value means "none yet".
    m_effort = new QDoubleSpinBox(content);
    m_effort->setObjectName(QStringLiteral("effortEdit"));
    m_effort->setAccessibleName(tr("Effort estimate in hours"));
    m_effort->setRange(-1, 100000);
    m_effort->setDecimals(1);
    m_effort->setSuffix(tr(" h"));
    m_effort->setSpecialValueText(tr("not estimated"));
    m_effort->setKeyboardTracking(false);
    m_effort->setToolTip(tr("Hours of work to meet this item, for the path to ready. Without an estimate "
                            "the item's recommendations give one, or it counts %1 h.")
                             .arg(PathToReady::DefaultEffortHours));
    connect(m_effort, &QDoubleSpinBox::valueChanged, this, &ItemPanel::commitEffort);
    m_blocker = new QCheckBox(tr("Blocker: not ready while this item is not met"), content);
    m_blocker->setAccessibleName(tr("Blocker"));
    connect(m_blocker, &QCheckBox::toggled, this, &ItemPanel::commitBlocker);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("P&oints:"), m_points);
    form->addRow(tr("E&ffort:"), m_effort);
    form->addRow(QString(), m_blocker);
    layout->addLayout(form);

    // The choices of a question from a Well-Architected lens: ticking those that apply is the answer
    // its risk rules read.
    m_choicesBox = new QWidget(content);
    m_choicesBox->setObjectName(QStringLiteral("choices"));
    auto* choicesLayout = new QVBoxLayout(m_choicesBox);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(sectionLabel(tr("Choices that apply"), m_choicesBox));
    m_risk = new QLabel(m_choicesBox);
    m_risk->setObjectName(QStringLiteral("lensRisk"));
    choicesLayout->addWidget(m_risk);
    m_choicesBox->hide();
    // Right below the status buttons: the other half of the answer.
    layout->insertWidget(layout->indexOf(m_statusRow) + 1, m_choicesBox);

    // An answer other than a status, above the status buttons (which keep "not applicable" and "not
    // assessed" for it).
    m_answerBox = new QWidget(content);
    m_answerBox->setObjectName(QStringLiteral("answerBox"));
    auto* answerLayout = new QVBoxLayout(m_answerBox);
    answerLayout->setContentsMargins(0, 4, 0, 0);
    answerLayout->setSpacing(4);
    answerLayout->addWidget(sectionLabel(tr("Answer"), m_answerBox));
    m_answerKind = new QLabel(m_answerBox);
    m_answerKind->setObjectName(QStringLiteral("answerKind"));
    m_answerKind->setWordWrap(true);
    answerLayout->addWidget(m_answerKind);
    m_answerEditors = new QWidget(m_answerBox);
    auto* editorsLayout = new QVBoxLayout(m_answerEditors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    editorsLayout->setSpacing(2);
    answerLayout->addWidget(m_answerEditors);
    m_answerDetail = new QLabel(m_answerBox);
    m_answerDetail->setObjectName(QStringLiteral("answerDetail"));
    m_answerDetail->setWordWrap(true);
    m_answerDetail->setForegroundRole(QPalette::PlaceholderText);
    answerLayout->addWidget(m_answerDetail);
    m_answerBox->hide();
    layout->insertWidget(layout->indexOf(m_statusRow), m_answerBox);
}

void ItemPanel::focusAnswer()
{
    if (m_answerLine)
        m_answerLine->setFocus();
    else if (m_answerDate)
        m_answerDate->setFocus();
    else if (m_answerButtons && m_answerButtons->checkedButton())
        m_answerButtons->checkedButton()->setFocus();
    else if (m_answerButtons && !m_answerButtons->buttons().isEmpty())
        m_answerButtons->buttons().constFirst()->setFocus();
    else if (!m_answerChecks.isEmpty())
        m_answerChecks.constFirst()->setFocus();
}

void ItemPanel::buildAnswer(const Item& item)
{
    QLayout* layout = m_answerEditors->layout();
    while (QLayoutItem* child = layout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    delete m_answerButtons;
    m_answerButtons = nullptr;
    m_answerChecks.clear();
    m_answerLine = nullptr;
    m_answerDate = nullptr;
    const Question& q = item.question;
    const auto digitHint = [&](int index, const AnswerOption& o) {
        // The digit that picks the option in the checklist (see Answers::answerForDigit).
        bool isDigit = false;
        const int id = o.id.toInt(&isDigit);
        if (isDigit && id >= 0 && id <= 9)
            return id;
        return index + 1 <= 9 && !q.option(QString::number(index + 1)) ? index + 1 : -1;
    };
    switch (q.type) {
    case QuestionType::Status:
        return;
    case QuestionType::YesNo:
    case QuestionType::Level:
    case QuestionType::SingleChoice: {
        m_answerButtons = new QButtonGroup(this);
        m_answerButtons->setExclusive(true);
        QVector<QPair<QString, QString>> options; // id, text
        if (q.type == QuestionType::YesNo) {
            options = { { QStringLiteral("yes"), tr("Yes  (1)") }, { QStringLiteral("no"), tr("No  (3)") } };
        } else {
            for (int i = 0; i < q.options.size(); ++i) {
                const AnswerOption& o = q.options.at(i);
                const int digit = digitHint(i, o);
                const QString text = Answers::shown(q, QJsonValue(o.id));
                options.append({ o.id, digit >= 0 ? tr("%1  (%2)").arg(text).arg(digit) : text });
            }
        }
        for (int i = 0; i < options.size(); ++i) {
            auto* button = new QRadioButton(options.at(i).second, m_answerEditors);
            button->setProperty("answerId", options.at(i).first);
            if (q.type != QuestionType::YesNo && !q.options.at(i).description.isEmpty())
                button->setToolTip(q.options.at(i).description);
            m_answerButtons->addButton(button, i);
            layout->addWidget(button);
        }
        connect(m_answerButtons, &QButtonGroup::idClicked, this, &ItemPanel::commitAnswer);
        break;
    }
    case QuestionType::MultipleChoice:
        for (int i = 0; i < q.options.size(); ++i) {
            const AnswerOption& o = q.options.at(i);
            const int digit = digitHint(i, o);
            auto* box = new QCheckBox(
                digit >= 0 ? tr("%1  (%2)").arg(o.title).arg(digit) : o.title, m_answerEditors);
            box->setProperty("answerId", o.id);
            if (!o.description.isEmpty())
                box->setToolTip(o.description);
            connect(box, &QCheckBox::toggled, this, &ItemPanel::commitAnswer);
            m_answerChecks << box;
            layout->addWidget(box);
        }
        break;
    case QuestionType::Number:
    case QuestionType::Text:
        m_answerLine = new QLineEdit(m_answerEditors);
        m_answerLine->setObjectName(QStringLiteral("answerEdit"));
        m_answerLine->setAccessibleName(tr("Answer"));
        m_answerLine->setPlaceholderText(q.type == QuestionType::Number
                ? (q.unit.isEmpty() ? tr("A number") : tr("A number in %1").arg(q.unit))
                : tr("The answer (saved when you leave the field)"));
        connect(m_answerLine, &QLineEdit::editingFinished, this, &ItemPanel::commitAnswer);
        layout->addWidget(m_answerLine);
        break;
    case QuestionType::Date:
        m_answerDate = new QLineEdit(m_answerEditors);
        m_answerDate->setObjectName(QStringLiteral("answerEdit"));
        m_answerDate->setAccessibleName(tr("Answer date"));
        m_answerDate->setPlaceholderText(tr("YYYY-MM-DD"));
        m_answerDate->setInputMask(QStringLiteral("0000-00-00;_"));
        connect(m_answerDate, &QLineEdit::editingFinished, this, &ItemPanel::commitAnswer);
        layout->addWidget(m_answerDate);
        break;
    }
}

void ItemPanel::refreshAnswer(const Item* item, bool editable)
{
    const bool typed = item && item->question.type != QuestionType::Status;
    const bool hasReason = item && !item->doesNotApply.isEmpty();
    m_answerBox->setVisible(typed || hasReason);
    // Met, partially met and not met follow from an answer; not applicable and not assessed stay.
    for (ItemStatus s : { ItemStatus::Met, ItemStatus::Partial, ItemStatus::Unmet }) {
        if (QAbstractButton* b = m_statusButtons->button(int(s)))
            b->setVisible(!typed);
    }
    if (!item)
        return;
    const Question& q = item->question;
    const QString signature = item->key + QLatin1Char('\n') + compactQuestion(q);
    if (signature != m_answerFor) {
        buildAnswer(*item);
        m_answerFor = signature;
    }
    QString kind = typed ? Answers::describe(q) : QString();
    if (typed && q.isScored() && Answers::isAnswered(item->answer) && Scoring::isApplicable(*item))
        kind += QStringLiteral(" \u00b7 ")
            + tr("earns %1 of %2 points").arg(number(Scoring::earnedPoints(*item)), number(item->points));
    if (const std::optional<int> gap = Answers::gap(q, item->answer); gap && *gap > 0 && !hasReason)
        kind += QStringLiteral(" \u00b7 ") + tr("%n level(s) below the target", nullptr, *gap);
    m_answerKind->setText(kind);
    m_answerKind->setVisible(!kind.isEmpty());
    QString detail = item->doesNotApply;
    if (detail.isEmpty() && (q.type == QuestionType::Level || q.type == QuestionType::SingleChoice)) {
        if (const AnswerOption* o = q.option(item->answer.toString()))
            detail = o->description;
    }
    m_answerDetail->setText(detail);
    m_answerDetail->setVisible(!detail.isEmpty());
    if (m_answerButtons) {
        const QString chosen = item->answer.toString();
        m_answerButtons->setExclusive(false);
        for (QAbstractButton* b : m_answerButtons->buttons()) {
            b->setChecked(b->property("answerId").toString() == chosen);
            b->setEnabled(editable);
        }
        m_answerButtons->setExclusive(true);
    }
    for (QCheckBox* box : std::as_const(m_answerChecks)) {
        box->setChecked(Answers::matchesAny(item->answer, { box->property("answerId").toString() }));
        box->setEnabled(editable);
    }
    if (m_answerLine && !m_answerLine->hasFocus()) {
        m_answerLine->setText(q.type == QuestionType::Number && item->answer.isDouble()
                ? QLocale().toString(item->answer.toDouble(), 'g', 15)
                : Answers::valueText(q, item->answer));
    }
    if (m_answerLine)
        m_answerLine->setReadOnly(!editable);
    if (m_answerDate && !m_answerDate->hasFocus())
        m_answerDate->setText(item->answer.toString());
    if (m_answerDate)
        m_answerDate->setReadOnly(!editable);
}

void ItemPanel::commitAnswer()
{
    const Item* item = m_document && !m_updating ? m_document->project()->item(m_key) : nullptr;
    if (!item || m_document->isReadOnly())
        return;
    QJsonValue answer;
    if (m_answerButtons) {
        if (QAbstractButton* b = m_answerButtons->checkedButton())
            answer = b->property("answerId").toString();
    } else if (!m_answerChecks.isEmpty()) {
        QJsonArray chosen;
        for (QCheckBox* box : std::as_const(m_answerChecks)) {
            if (box->isChecked())
                chosen.append(box->property("answerId").toString());
        }
        answer = chosen;
    } else if (m_answerLine || m_answerDate) {
        QLineEdit* edit = m_answerLine ? m_answerLine : m_answerDate;
        QString text = edit->text();
        if (m_answerDate && text.remove(QLatin1Char('-')).trimmed().isEmpty())
            text.clear();
        else if (m_answerDate)
            text = edit->text();
        QString error;
        const std::optional<QJsonValue> parsed = Answers::parse(item->question, text, &error);
        if (!parsed) {
            m_answerDetail->setText(error);
            m_answerDetail->setVisible(true);
            return;
        }
        answer = *parsed;
    }
    m_document->setItemAnswer(m_key, answer);
}

// The note, saved as it is typed (after a short pause) and before anything else changes the item.
void ItemPanel::createNote(QWidget* content, QVBoxLayout* layout)
{
    layout->addWidget(sectionLabel(tr("Note"), content));
    m_presenceNotice = new QLabel(content);
    m_presenceNotice->setObjectName(QStringLiteral("presenceNotice"));
    m_presenceNotice->setWordWrap(true);
    m_presenceNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: "
                                                   "1px solid #e0c060; border-radius: 3px; padding: 4px; }"));
    m_presenceNotice->hide();
    layout->addWidget(m_presenceNotice);
    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What the team observed, decided or still needs (saved as you type)"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    m_note->setMaximumHeight(130);
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(400);
    connect(m_noteTimer, &QTimer::timeout, this, &ItemPanel::commitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_noteTimer->start();
            emit noteTyped();
        }
    });
    layout->addWidget(m_note);
}

// The evidence: its list, what can be done with it, and a preview of the selected one.
void ItemPanel::createEvidence(QWidget* content, QVBoxLayout* layout)
{
    layout->addWidget(sectionLabel(tr("Evidence (drop files here)"), content));
    m_evidence = new QListWidget(content);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setMaximumHeight(96);
    connect(m_evidence, &QListWidget::currentRowChanged, this, [this] {
        const qint64 id = selectedEvidence();
        refreshEvidenceDetails();
        m_preview->showEvidence(m_document ? m_document->project() : nullptr,
            m_document ? m_document->project()->evidence(id) : nullptr);
        m_open->setEnabled(id > 0);
        m_saveCopy->setEnabled(id > 0 && m_document && !m_document->project()->evidence(id)->isLink());
        m_remove->setEnabled(id > 0 && m_document && !m_document->isReadOnly());
    });
    connect(m_evidence, &QListWidget::itemActivated, this,
        [this] { emit openEvidenceRequested(selectedEvidence()); });
    layout->addWidget(m_evidence);

    auto* buttons = new QGridLayout;
    int buttonCount = 0;
    const auto addButton = [&](const QString& text, const QString& name, auto signal) {
        auto* b = new QPushButton(text, content);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b, buttonCount / 3, buttonCount % 3);
        ++buttonCount;
        return b;
    };
    m_evidenceButtons
        << addButton(tr("Add &File..."), QStringLiteral("addFileButton"), &ItemPanel::addFilesRequested)
        << addButton(tr("Add &Link..."), QStringLiteral("addLinkButton"), &ItemPanel::addLinkRequested)
        << addButton(tr("&Paste Image"), QStringLiteral("pasteImageButton"), &ItemPanel::pasteImageRequested);
    m_open = new QPushButton(tr("Open"), content);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openEvidenceRequested(selectedEvidence()); });
    m_saveCopy = new QPushButton(tr("Save Copy..."), content);
    connect(
        m_saveCopy, &QPushButton::clicked, this, [this] { emit saveEvidenceRequested(selectedEvidence()); });
    m_remove = new QPushButton(tr("Remove"), content);
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    connect(
        m_remove, &QPushButton::clicked, this, [this] { emit removeEvidenceRequested(selectedEvidence()); });
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_saveCopy, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    const auto reviewButton = [&](const QString& text, const QString& name, int row, int column) {
        auto* b = new QPushButton(text, content);
        b->setObjectName(name);
        buttons->addWidget(b, row, column);
        m_reviewEvidenceButtons << b;
        return b;
    };
    connect(reviewButton(tr("Accep&t"), QStringLiteral("acceptEvidenceButton"), 2, 0), &QPushButton::clicked,
        this, &ItemPanel::acceptEvidence);
    connect(reviewButton(tr("Re&ject..."), QStringLiteral("rejectEvidenceButton"), 2, 1),
        &QPushButton::clicked, this, &ItemPanel::rejectEvidence);
    connect(reviewButton(tr("Dates && Caption..."), QStringLiteral("evidenceDatesButton"), 2, 2),
        &QPushButton::clicked, this, &ItemPanel::editEvidenceDetails);
    connect(reviewButton(tr("New &Version..."), QStringLiteral("newVersionButton"), 3, 0),
        &QPushButton::clicked, this, [this] { emit newVersionRequested(selectedEvidence()); });
    layout->addLayout(buttons);
    // What the selected piece is: hash, size, type, who attached it, its dates, review and versions.
    m_evidenceDetails = new QLabel(content);
    m_evidenceDetails->setObjectName(QStringLiteral("evidenceDetails"));
    m_evidenceDetails->setWordWrap(true);
    m_evidenceDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A hash is one long word: it may break anywhere rather than widen the panel.
    m_evidenceDetails->setMinimumWidth(1);
    m_evidenceDetails->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_evidenceDetails);

    m_preview = new EvidencePreview(content);
    m_preview->setMinimumHeight(180);
    layout->addWidget(m_preview, 1);
}

// The findings linked to the item.
void ItemPanel::createFindings(QWidget* content, QVBoxLayout* layout)
{
    layout->addWidget(sectionLabel(tr("Findings and recommendations"), content));
    m_findings = new QListWidget(content);
    m_findings->setObjectName(QStringLiteral("linkedFindings"));
    m_findings->setAccessibleName(tr("Linked findings"));
    m_findings->setMaximumHeight(90);
    connect(m_findings, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit findingActivated(item->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(m_findings);
    m_linkFinding = new QPushButton(tr("Link to a Finding..."), content);
    connect(m_linkFinding, &QPushButton::clicked, this, &ItemPanel::linkFindingRequested);
    layout->addWidget(m_linkFinding, 0, Qt::AlignLeft);
}

void ItemPanel::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document->project(), nullptr, this, nullptr);
    m_document = document;
    m_key.clear();
    if (document) {
        connect(document->project(), &Project::itemChanged, this, [this](int domain, int index) {
            if (m_document->project()->assessment().domains.at(domain).items.at(index).key == m_key)
                refresh();
        });
        connect(document->project(), &Project::contentChanged, this, [this] {
            refresh();
            refreshEvidence();
        });
    }
    refresh();
    refreshEvidence();
}

void ItemPanel::setItem(const QString& key)
{
    if (key == m_key)
        return;
    commitNote();
    m_key = key;
    refresh();
    refreshEvidence();
}

void ItemPanel::refresh()
{
    const Item* item = m_document ? m_document->project()->item(m_key) : nullptr;
    const bool editable = item && !m_document->isReadOnly();
    m_updating = true;
    if (!item) {
        m_heading->setText(m_document ? tr("Select an item in the checklist.") : QString());
        m_text->clear();
        m_guidance->clear();
        m_note->clear();
        m_owner->clear();
    } else {
        const Project::ItemRef ref = m_document->project()->findItem(m_key);
        m_heading->setText(
            tr("%1 · %2 · changed by %3")
                .arg(item->key,
                    Template::displayText(m_document->project()->assessment().domains.at(ref.domain).title),
                    item->changedBy.isEmpty() ? tr("nobody yet") : item->changedBy));
        m_text->setText(Template::displayText(item->text));
        m_guidance->setText(linkified(Template::displayText(item->guidance)));
        if (m_note->toPlainText() != item->note && !m_noteTimer->isActive()) {
            m_note->setPlainText(item->note);
            m_note->moveCursor(QTextCursor::End);
        }
        if (!m_owner->hasFocus())
            m_owner->setText(item->owner);
        m_points->setValue(item->points);
        m_effort->setValue(item->effortHours.value_or(-1));
        m_blocker->setChecked(item->blocker);
        if (QAbstractButton* b = m_statusButtons->button(int(item->status)))
            b->setChecked(true);
        m_findings->clear();
        for (const Finding* f : m_document->project()->findingsForItem(m_key)) {
            auto* entry = new QListWidgetItem(
                tr("%1 (%2, %3)").arg(f->title, toLabel(f->priority), toLabel(f->state)), m_findings);
            entry->setData(Qt::UserRole, f->id);
        }
    }
    for (QAbstractButton* b : m_statusButtons->buttons())
        b->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_owner->setReadOnly(!editable);
    m_points->setEnabled(editable);
    m_effort->setEnabled(editable);
    m_blocker->setEnabled(editable);
    for (QPushButton* b : m_evidenceButtons)
        b->setEnabled(editable);
    m_linkFinding->setEnabled(editable);
    m_guidance->setVisible(item && !item->guidance.isEmpty());
    refreshChoices(item, editable);
    refreshAnswer(item, editable);
    refreshReview(item, editable);
    m_updating = false;
}

void ItemPanel::refreshChoices(const Item* item, bool editable)
{
    const bool has = item && !item->choices.isEmpty();
    m_choicesBox->setVisible(has);
    if (!has)
        return;
    auto* layout = static_cast<QVBoxLayout*>(m_choicesBox->layout());
    if (m_choicesFor != item->key || m_choiceBoxes.size() != item->choices.size()) {
        qDeleteAll(m_choiceBoxes);
        m_choiceBoxes.clear();
        for (const Choice& c : item->choices) {
            auto* box = new QCheckBox(c.title, m_choicesBox);
            box->setProperty("choiceId", c.id);
            connect(box, &QCheckBox::toggled, this, &ItemPanel::commitChoices);
            layout->insertWidget(layout->count() - 1, box);
            m_choiceBoxes << box;
        }
        m_choicesFor = item->key;
    }
    for (QCheckBox* box : m_choiceBoxes) {
        box->setChecked(item->selectedChoices.contains(box->property("choiceId").toString()));
        box->setEnabled(editable);
    }
    const QString risk = item->risk();
    if (risk.isEmpty()) {
        m_risk->setText(item->riskRules.isEmpty() ? QString() : tr("Risk: tick the choices that apply."));
        m_risk->setStyleSheet(QString());
    } else {
        m_risk->setText(tr("Risk: %1").arg(LensRisk::label(risk)));
        const QColor color = risk == QLatin1String("HIGH_RISK") ? RatingColors::forRatingIndex(4)
            : risk == QLatin1String("MEDIUM_RISK")              ? RatingColors::forRatingIndex(2)
                                                                : RatingColors::forRatingIndex(0);
        m_risk->setStyleSheet(QStringLiteral("font-weight: bold; color: %1").arg(color.name()));
    }
}

void ItemPanel::commitChoices()
{
    const Item* item = m_document && !m_updating ? m_document->project()->item(m_key) : nullptr;
    if (!item)
        return;
    Item updated = *item;
    updated.selectedChoices.clear();
    for (QCheckBox* box : m_choiceBoxes) {
        if (box->isChecked())
            updated.selectedChoices << box->property("choiceId").toString();
    }
    if (updated.selectedChoices != item->selectedChoices)
        m_document->setItem(m_key, updated, tr("Choose what applies to %1").arg(m_key));
}

void ItemPanel::refreshEvidence()
{
    const qint64 selected = selectedEvidence();
    m_evidence->clear();
    if (m_document && !m_key.isEmpty()) {
        QFileIconProvider icons;
        QMimeDatabase mimes;
        for (const Evidence* e : m_document->project()->evidenceForItem(m_key)) {
            const QString label = e->isLink()
                ? tr("%1 (link)").arg(rw::SafeText::fileName(e->name))
                : tr("%1 (%2)").arg(rw::SafeText::fileName(e->name), QLocale().formattedDataSize(e->size));
            QStringList marks;
            if (e->isExpired(QDate::currentDate()))
                marks << tr("expired");
            if (e->review != EvidenceReview::Unreviewed)
                marks << toLabel(e->review).toLower();
            auto* entry = new QListWidgetItem(
                marks.isEmpty() ? label : tr("%1 · %2").arg(label, marks.join(QStringLiteral(", "))),
                m_evidence);
            entry->setData(Qt::UserRole, e->id);
            if (e->review == EvidenceReview::Rejected || e->isExpired(QDate::currentDate()))
                entry->setForeground(QColor(0xa4, 0x26, 0x2c));
            entry->setToolTip(rw::SafeText::fileName(e->caption.isEmpty() ? e->name : e->caption));
            const QMimeType mime = mimes.mimeTypeForName(e->mimeType);
            entry->setIcon(QIcon::fromTheme(e->isLink() ? QStringLiteral("text-html") : mime.iconName(),
                icons.icon(e->isLink() ? QFileIconProvider::Network : QFileIconProvider::File)));
        }
    }
    if (selected)
        selectEvidence(selected);
    refreshEvidenceDetails();
    if (m_evidence->currentRow() < 0) {
        m_preview->clear();
        m_open->setEnabled(false);
        m_saveCopy->setEnabled(false);
        m_remove->setEnabled(false);
    }
}

qint64 ItemPanel::selectedEvidence() const
{
    const QListWidgetItem* item = m_evidence->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ItemPanel::selectEvidence(qint64 id)
{
    for (int i = 0; i < m_evidence->count(); ++i) {
        if (m_evidence->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_evidence->setCurrentRow(i);
            return;
        }
    }
}

void ItemPanel::commitNote()
{
    m_noteTimer->stop();
    if (!m_document || m_key.isEmpty() || m_document->isReadOnly())
        return;
    const Item* item = m_document->project()->item(m_key);
    if (!item || item->note == m_note->toPlainText())
        return;
    Item updated = *item;
    updated.note = m_note->toPlainText();
    m_document->setItem(m_key, updated, tr("Edit the note of %1").arg(m_key), true);
}

void ItemPanel::commitOwner()
{
    if (m_updating || !m_document || m_key.isEmpty() || m_document->isReadOnly())
        return;
    const Item* item = m_document->project()->item(m_key);
    if (!item || item->owner == m_owner->text().trimmed())
        return;
    Item updated = *item;
    updated.owner = m_owner->text().trimmed();
    m_document->setItem(m_key, updated, tr("Set the owner of %1").arg(m_key));
}

void ItemPanel::commitPoints()
{
    if (m_updating || !m_document || m_key.isEmpty())
        return;
    const Item* item = m_document->project()->item(m_key);
    if (!item || qFuzzyCompare(item->points, m_points->value()))
        return;
    Item updated = *item;
    updated.points = m_points->value();
    if (updated.partialPoints && *updated.partialPoints > updated.points)
        updated.partialPoints = updated.points;
    m_document->setItem(m_key, updated, tr("Set the points of %1").arg(m_key));
}

void ItemPanel::commitEffort()
{
    if (m_updating || !m_document || m_key.isEmpty())
        return;
    const Item* item = m_document->project()->item(m_key);
    if (!item)
        return;
    const std::optional<double> effort
        = m_effort->value() < 0 ? std::nullopt : std::optional<double>(m_effort->value());
    if (effort == item->effortHours)
        return;
    Item updated = *item;
    updated.effortHours = effort;
    m_document->setItem(m_key, updated,
        effort ? tr("Estimate %1 at %2 h").arg(m_key).arg(*effort)
               : tr("Clear the estimate of %1").arg(m_key));
}

void ItemPanel::commitBlocker(bool on)
{
    if (m_updating || !m_document || m_key.isEmpty())
        return;
    const Item* item = m_document->project()->item(m_key);
    if (!item || item->blocker == on)
        return;
    Item updated = *item;
    updated.blocker = on;
    m_document->setItem(
        m_key, updated, on ? tr("Mark %1 as a blocker").arg(m_key) : tr("Unmark %1 as a blocker").arg(m_key));
}

void ItemPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_document && !m_document->isReadOnly() && !m_key.isEmpty()
        && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ItemPanel::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || !m_document || m_document->isReadOnly() || m_key.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(files);
}

void ItemPanel::setPresenceNotice(const QString& text)
{
    m_presenceNotice->setText(text);
    m_presenceNotice->setVisible(!text.isEmpty());
}

// The review: where the work stands, a flag with its reason, the comment threads and the last cycle's
// answer for reference.
void ItemPanel::createReview(QWidget* content, QVBoxLayout* layout)
{
    layout->addWidget(sectionLabel(tr("Review"), content));
    auto* row = new QHBoxLayout;
    m_workState = new QComboBox(content);
    m_workState->setObjectName(QStringLiteral("workState"));
    m_workState->setAccessibleName(tr("Work state"));
    for (const WorkState s : { WorkState::ToDo, WorkState::InReview, WorkState::Done })
        m_workState->addItem(toLabel(s), int(s));
    connect(m_workState, QOverload<int>::of(&QComboBox::activated), this, [this] {
        if (m_document && !m_key.isEmpty())
            m_document->setWorkState(m_key, WorkState(m_workState->currentData().toInt()));
    });
    m_flagButton = new QPushButton(tr("Fla&g..."), content);
    m_flagButton->setObjectName(QStringLiteral("flagButton"));
    connect(m_flagButton, &QPushButton::clicked, this, &ItemPanel::flagItem);
    m_acceptButton = new QPushButton(tr("Accept Item"), content);
    m_acceptButton->setObjectName(QStringLiteral("acceptItemButton"));
    m_acceptButton->setToolTip(tr("Done, flag cleared (Ctrl+Alt+A)"));
    connect(m_acceptButton, &QPushButton::clicked, this, &ItemPanel::acceptItem);
    m_sendBackButton = new QPushButton(tr("Send Back..."), content);
    m_sendBackButton->setObjectName(QStringLiteral("sendBackButton"));
    m_sendBackButton->setToolTip(tr("Back to the assessor with a comment (Ctrl+Alt+B)"));
    connect(m_sendBackButton, &QPushButton::clicked, this, &ItemPanel::sendBack);
    // Two rows, so that the panel stays as narrow as its other sections need.
    row->addWidget(m_workState);
    row->addWidget(m_flagButton);
    row->addStretch(1);
    layout->addLayout(row);
    auto* reviewerRow = new QHBoxLayout;
    reviewerRow->addWidget(m_acceptButton);
    reviewerRow->addWidget(m_sendBackButton);
    reviewerRow->addStretch(1);
    layout->addLayout(reviewerRow);
    m_flag = new QLabel(content);
    m_flag->setObjectName(QStringLiteral("flagNotice"));
    m_flag->setWordWrap(true);
    m_flag->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; border: 1px solid "
                                         "#e8a0a8; border-radius: 3px; padding: 4px; }"));
    layout->addWidget(m_flag);
    m_comments = new QListWidget(content);
    m_comments->setObjectName(QStringLiteral("commentList"));
    m_comments->setAccessibleName(tr("Comments"));
    m_comments->setWordWrap(true);
    m_comments->setMaximumHeight(110);
    connect(m_comments, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* current = m_comments->currentItem();
        const Comment* c = current && m_document
            ? m_document->project()->comment(current->data(Qt::UserRole).toLongLong())
            : nullptr;
        const bool editable = c && !m_document->isReadOnly();
        m_replyButton->setEnabled(editable);
        m_resolveButton->setEnabled(editable);
        const Comment* first = c ? m_document->project()->threadOf(*c) : nullptr;
        m_resolveButton->setText(first && first->resolved ? tr("R&eopen") : tr("Re&solve"));
    });
    layout->addWidget(m_comments);
    auto* commentRow = new QHBoxLayout;
    m_commentEdit = new QLineEdit(content);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setAccessibleName(tr("New comment"));
    m_commentEdit->setPlaceholderText(tr("Comment, then Enter (Ctrl+Alt+M)"));
    connect(m_commentEdit, &QLineEdit::returnPressed, this, &ItemPanel::addComment);
    m_replyButton = new QPushButton(tr("&Reply"), content);
    m_replyButton->setObjectName(QStringLiteral("replyButton"));
    m_replyButton->setToolTip(tr("Answer the selected thread with the text typed"));
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* current = m_comments->currentItem();
        const QString text = m_commentEdit->text().trimmed();
        if (!current || !m_document || text.isEmpty()) {
            m_commentEdit->setFocus();
            return;
        }
        const Comment* c = m_document->project()->comment(current->data(Qt::UserRole).toLongLong());
        if (!c)
            return;
        Comment reply;
        reply.itemUuid = c->itemUuid;
        reply.parentUuid = c->startsThread() ? c->uuid : c->parentUuid;
        reply.text = text;
        if (m_document->saveComment(reply))
            m_commentEdit->clear();
    });
    m_resolveButton = new QPushButton(tr("Re&solve"), content);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    connect(m_resolveButton, &QPushButton::clicked, this, &ItemPanel::toggleResolved);
    layout->addWidget(m_commentEdit);
    commentRow->addWidget(m_replyButton);
    commentRow->addWidget(m_resolveButton);
    commentRow->addStretch(1);
    layout->addLayout(commentRow);
    m_previous = new QLabel(content);
    m_previous->setObjectName(QStringLiteral("previousCycle"));
    m_previous->setWordWrap(true);
    m_previous->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    layout->addWidget(m_previous);
}

void ItemPanel::refreshReview(const Item* item, bool editable)
{
    m_workState->setEnabled(editable);
    m_flagButton->setEnabled(editable);
    m_acceptButton->setEnabled(editable);
    m_sendBackButton->setEnabled(editable);
    m_commentEdit->setEnabled(editable);
    m_flag->setVisible(item && !item->flag.isEmpty());
    const qint64 selected
        = m_comments->currentItem() ? m_comments->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_comments->clear();
    m_previous->clear();
    m_previous->setVisible(false);
    if (!item) {
        m_replyButton->setEnabled(false);
        m_resolveButton->setEnabled(false);
        return;
    }
    m_workState->setCurrentIndex(m_workState->findData(int(item->workState)));
    m_flagButton->setText(item->flag.isEmpty() ? tr("Fla&g...") : tr("Clear Fla&g"));
    m_flag->setText(tr("Flagged for review: %1").arg(item->flag));
    const QVector<const Comment*> comments = m_document->project()->commentsForItem(item->key);
    for (const Comment* c : comments) {
        if (!c->startsThread())
            continue;
        const auto add = [&](const Comment* shown, bool reply) {
            QString text
                = tr("%1, %2: %3")
                      .arg(shown->by, QLocale().toString(shown->at.toLocalTime(), QLocale::ShortFormat),
                          shown->text);
            if (reply)
                text = QStringLiteral("    ↳ ") + text;
            else if (shown->resolved)
                text = tr("[resolved by %1] %2").arg(shown->resolvedBy, text);
            auto* entry = new QListWidgetItem(text, m_comments);
            entry->setData(Qt::UserRole, shown->id);
            if (c->resolved)
                entry->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (shown->id == selected)
                m_comments->setCurrentItem(entry);
        };
        add(c, false);
        for (const Comment* r : comments) {
            if (r->parentUuid == c->uuid)
                add(r, true);
        }
    }
    m_comments->setVisible(m_comments->count() > 0);
    if (m_comments->currentRow() < 0) {
        m_replyButton->setEnabled(false);
        m_resolveButton->setEnabled(false);
    }
    if (!item->previous.isEmpty()) {
        const QJsonObject p = item->previous;
        QString answer = p.value(QStringLiteral("answer_shown")).toString();
        if (answer.isEmpty())
            answer = toLabel(
                fromKey<ItemStatus>(p.value(QStringLiteral("status")).toString()).value_or(ItemStatus::Open));
        QString text = tr("Last cycle (%1): %2").arg(p.value(QStringLiteral("cycle")).toString(), answer);
        if (const QString note = p.value(QStringLiteral("note")).toString(); !note.isEmpty())
            text += QStringLiteral(" — ") + note;
        m_previous->setText(text);
        m_previous->setVisible(true);
    }
}

void ItemPanel::addComment()
{
    const QString text = m_commentEdit->text().trimmed();
    const Item* item = m_document ? m_document->project()->item(m_key) : nullptr;
    if (!item || text.isEmpty())
        return;
    Comment c;
    c.itemUuid = item->uuid;
    c.text = text;
    if (m_document->saveComment(c))
        m_commentEdit->clear();
}

void ItemPanel::toggleResolved()
{
    const QListWidgetItem* current = m_comments->currentItem();
    if (!current || !m_document)
        return;
    const Comment* reply = m_document->project()->comment(current->data(Qt::UserRole).toLongLong());
    const Comment* c = reply ? m_document->project()->threadOf(*reply) : nullptr;
    if (!c)
        return;
    Comment updated = *c;
    updated.resolved = !c->resolved;
    m_document->saveComment(updated);
}

void ItemPanel::flagItem()
{
    const Item* item = m_document ? m_document->project()->item(m_key) : nullptr;
    if (!item || m_document->isReadOnly())
        return;
    if (!item->flag.isEmpty()) {
        m_document->flagItem(m_key, QString());
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Flag for Review"),
        tr("Why does %1 need a reviewer's look?").arg(m_key), QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        m_document->flagItem(m_key, reason);
}

void ItemPanel::acceptItem()
{
    if (m_document && !m_key.isEmpty() && !m_document->isReadOnly())
        m_document->acceptItem(m_key);
}

void ItemPanel::sendBack()
{
    if (!m_document || m_key.isEmpty() || m_document->isReadOnly())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Send Back"),
        tr("What should the assessor do about %1?").arg(m_key), QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        m_document->sendBack(m_key, reason);
}

void ItemPanel::focusComment()
{
    m_commentEdit->setFocus();
}

void ItemPanel::refreshEvidenceDetails()
{
    const Evidence* e = m_document ? m_document->project()->evidence(selectedEvidence()) : nullptr;
    const bool editable = e && !m_document->isReadOnly();
    for (QPushButton* b : m_reviewEvidenceButtons)
        b->setEnabled(editable);
    if (!m_reviewEvidenceButtons.isEmpty())
        m_reviewEvidenceButtons.last()->setEnabled(editable && !e->isLink());
    if (!e) {
        m_evidenceDetails->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    if (e->isLink())
        lines << tr("Link: %1").arg(SafeText::fileName(e->url));
    else {
        // The hash may break between groups of 16 digits (zero-width spaces), never widening the panel.
        QString hash = e->sha256;
        for (int at = 48; at > 0; at -= 16)
            hash.insert(at, QChar(0x200B));
        lines << tr("SHA-256 %1 · %2 · %3").arg(hash, locale.formattedDataSize(e->size), e->mimeType);
    }
    lines << tr("Added by %1 on %2")
                 .arg(e->addedBy.isEmpty() ? tr("unknown") : e->addedBy,
                     locale.toString(e->addedAt.toLocalTime(), QLocale::ShortFormat));
    QStringList dates;
    if (e->collectedFrom.isValid())
        dates << (e->collectedTo.isValid()
                ? tr("covers %1 to %2")
                      .arg(locale.toString(e->collectedFrom, QLocale::ShortFormat),
                          locale.toString(e->collectedTo, QLocale::ShortFormat))
                : tr("collected %1").arg(locale.toString(e->collectedFrom, QLocale::ShortFormat)));
    if (e->validUntil.isValid())
        dates << (e->isExpired(QDate::currentDate())
                ? tr("<b>expired</b> on %1").arg(locale.toString(e->validUntil, QLocale::ShortFormat))
                : tr("valid until %1").arg(locale.toString(e->validUntil, QLocale::ShortFormat)));
    const AssessmentInfo& info = m_document->project()->assessment().info;
    if (e->isOutside(info.periodFrom, info.periodTo))
        dates << tr("<b>outside the assessment period</b>");
    if (!dates.isEmpty())
        lines << dates.join(QStringLiteral(" · "));
    QString review = toLabel(e->review);
    if (!e->reviewedBy.isEmpty())
        review = tr("%1 by %2").arg(review, e->reviewedBy);
    if (!e->reviewReason.isEmpty())
        review += QStringLiteral(": ") + e->reviewReason;
    lines << tr("Review: %1").arg(review);
    if (!e->revisions.isEmpty())
        lines << tr("%n earlier version(s), the last replaced on %1", nullptr, int(e->revisions.size()))
                     .arg(locale.toString(
                         e->revisions.constLast().replacedAt.toLocalTime(), QLocale::ShortFormat));
    // Everything shown is escaped but the emphasis the lines above add.
    for (QString& line : lines) {
        line = line.toHtmlEscaped()
                   .replace(QStringLiteral("&lt;b&gt;"), QStringLiteral("<b>"))
                   .replace(QStringLiteral("&lt;/b&gt;"), QStringLiteral("</b>"));
    }
    m_evidenceDetails->setText(lines.join(QStringLiteral("<br>")));
}

void ItemPanel::acceptEvidence()
{
    const Evidence* e = m_document ? m_document->project()->evidence(selectedEvidence()) : nullptr;
    if (!e)
        return;
    Evidence updated = *e;
    updated.review = EvidenceReview::Accepted;
    updated.reviewReason.clear();
    m_document->saveEvidence(updated, tr("Accept evidence %1").arg(e->name));
}

void ItemPanel::rejectEvidence()
{
    const Evidence* e = m_document ? m_document->project()->evidence(selectedEvidence()) : nullptr;
    if (!e)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject Evidence"),
        tr("Why is %1 not proof enough?").arg(SafeText::fileName(e->name)), QLineEdit::Normal, QString(),
        &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    Evidence updated = *e;
    updated.review = EvidenceReview::Rejected;
    updated.reviewReason = reason;
    m_document->saveEvidence(updated, tr("Reject evidence %1").arg(e->name));
}

void ItemPanel::editEvidenceDetails()
{
    const Evidence* e = m_document ? m_document->project()->evidence(selectedEvidence()) : nullptr;
    if (!e)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("evidenceDetailsDialog"));
    dialog.setWindowTitle(tr("Evidence Dates and Caption"));
    auto* form = new QFormLayout(&dialog);
    auto* caption = new QLineEdit(e->caption, &dialog);
    caption->setObjectName(QStringLiteral("captionEdit"));
    form->addRow(tr("&Caption:"), caption);
    // Each date is optional: its box says whether it is known.
    const auto dateRow = [&](const QString& label, const QString& name, const QDate& value) {
        auto* box = new QCheckBox(label, &dialog);
        box->setObjectName(name + QStringLiteral("Known"));
        auto* edit = new QDateEdit(value.isValid() ? value : QDate::currentDate(), &dialog);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        box->setChecked(value.isValid());
        edit->setEnabled(value.isValid());
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        form->addRow(box, edit);
        return std::pair(box, edit);
    };
    const auto [fromBox, from]
        = dateRow(tr("Collected (&from)"), QStringLiteral("collectedFrom"), e->collectedFrom);
    const auto [toBox, to] = dateRow(tr("Period &to"), QStringLiteral("collectedTo"), e->collectedTo);
    const auto [validBox, valid] = dateRow(tr("&Valid until"), QStringLiteral("validUntil"), e->validUntil);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Evidence updated = *m_document->project()->evidence(e->id);
    updated.caption = caption->text().trimmed();
    updated.collectedFrom = fromBox->isChecked() ? from->date() : QDate();
    updated.collectedTo = toBox->isChecked() ? to->date() : QDate();
    updated.validUntil = validBox->isChecked() ? valid->date() : QDate();
    m_document->saveEvidence(updated, tr("Dates and caption of %1").arg(updated.name));
}
