#include "ExportDialog.h"
#include "DialogSize.h"
#include "FileDialogs.h"

#include "Document.h"
#include "IdentityDialogs.h"
#include "PreferencesDialog.h"
#include "report/ReportLanguage.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

ExportDialog::ExportDialog(Document* document, rw::IdentityStore* store, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_store(store)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("exportDialog"));
    DialogSize::fit(this, QSize(1100, 760));
    auto* outer = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    outer->addWidget(splitter);

    // The options scroll when the screen is small; the preview and the buttons stay in view.
    auto* optionsScroll = new QScrollArea(splitter);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    optionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* options = new QWidget(optionsScroll);
    optionsScroll->setWidget(options);
    auto* left = new QVBoxLayout(options);
    auto* form = new QFormLayout;
    m_format = new QComboBox(options);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF document"), int(ReportExport::Format::Pdf));
    m_format->addItem(tr("Markdown"), int(ReportExport::Format::Markdown));
    m_format->addItem(tr("JSON (for tools)"), int(ReportExport::Format::Json));
    form->addRow(tr("&Format:"), m_format);
    m_language = new QComboBox(options);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString& code : rw::ReportLanguage::available())
        m_language->addItem(rw::ReportLanguage::nativeName(code), code);
    form->addRow(tr("&Language:"), m_language);
    m_paper = new QComboBox(options);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("Letter"));
    form->addRow(tr("&Paper:"), m_paper);
    left->addLayout(form);

    left->addWidget(createDocumentBox(options));
    left->addWidget(createSections(options));
    left->addWidget(createSigning(options));
    left->addStretch(1);
    createPreview(splitter);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 320, 780 });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox* box : { m_format, m_language, m_paper })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_paper->setEnabled(
            ReportExport::Format(m_format->currentData().toInt()) == ReportExport::Format::Pdf);
    });
    unlock = [this](const rw::StoredIdentity& identity) {
        return IdentityDialogs::unlock(this, *m_store, identity);
    };
    refreshIdentities();
    // The defaults from Preferences.
    if (const auto format = ReportExport::formatFromKey(Settings::reportFormat()))
        setFormat(*format);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(Settings::reportPaper())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::reportLanguage())));
    m_sign->setChecked(Settings::signReports());
    if (const int index = m_identity->findData(Settings::signingIdentity()); index >= 0)
        m_identity->setCurrentIndex(index);
    m_timer->start(0);
}

QGroupBox* ExportDialog::createDocumentBox(QWidget* options)
{
    // The front matter: who the report is for and by, its version and status, and a marking.
    auto* documentBox = new QGroupBox(tr("Document"), options);
    auto* documentForm = new QFormLayout(documentBox);
    m_preparedFor = new QLineEdit(documentBox);
    m_preparedFor->setObjectName(QStringLiteral("preparedFor"));
    m_preparedFor->setPlaceholderText(tr("for example the steering board"));
    documentForm->addRow(tr("Prepared &for:"), m_preparedFor);
    m_preparedBy = new QLineEdit(documentBox);
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    QStringList author { Settings::assessorName() };
    if (!Settings::assessorRole().isEmpty())
        author.last() += QStringLiteral(" (%1)").arg(Settings::assessorRole());
    if (!Settings::assessorOrganisation().isEmpty())
        author << Settings::assessorOrganisation();
    author.removeAll(QString());
    m_preparedBy->setText(author.join(QStringLiteral(", ")));
    documentForm->addRow(tr("Prepared &by:"), m_preparedBy);
    m_version = new QLineEdit(QStringLiteral("1.0"), documentBox);
    m_version->setObjectName(QStringLiteral("documentVersion"));
    documentForm->addRow(tr("&Version:"), m_version);
    m_final = new QCheckBox(tr("F&inal (not a draft)"), documentBox);
    m_final->setObjectName(QStringLiteral("final"));
    documentForm->addRow(m_final);
    m_classification = new QComboBox(documentBox);
    m_classification->setObjectName(QStringLiteral("classification"));
    m_classification->setEditable(true);
    m_classification->addItems(
        { QString(), tr("Internal"), tr("Confidential"), tr("Strictly confidential") });
    m_classification->setToolTip(tr("Printed in the header and the footer of every page."));
    documentForm->addRow(tr("&Classification:"), m_classification);
    m_limitations = new QLineEdit(documentBox);
    m_limitations->setObjectName(QStringLiteral("limitations"));
    m_limitations->setPlaceholderText(tr("added to those the report states itself"));
    documentForm->addRow(tr("Li&mitations:"), m_limitations);
    for (QLineEdit* e : { m_preparedFor, m_preparedBy, m_version, m_limitations })
        connect(e, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
    connect(m_final, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_classification, &QComboBox::currentTextChanged, this, &ExportDialog::optionsChanged);
    return documentBox;
}

QGroupBox* ExportDialog::createSections(QWidget* options)
{
    auto* sections = new QGroupBox(tr("Sections"), options);
    auto* sectionLayout = new QVBoxLayout(sections);
    auto* always = new QLabel(
        tr("The cover, the executive summary and the project state are always included."), sections);
    always->setWordWrap(true);
    sectionLayout->addWidget(always);
    for (rw::ReportSection s : { rw::ReportSection::Scores, rw::ReportSection::Checklists,
             rw::ReportSection::Gaps, rw::ReportSection::Risks, rw::ReportSection::Kpis,
             rw::ReportSection::Milestones, rw::ReportSection::SignOffs, rw::ReportSection::Evidence }) {
        auto* box = new QCheckBox(rw::ReportOptions::label(s), sections);
        box->setObjectName(rw::ReportOptions::key(s));
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.insert(s, box);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    }
    return sections;
}

QGroupBox* ExportDialog::createSigning(QWidget* options)
{
    auto* signing = new QGroupBox(tr("Signature"), options);
    auto* signLayout = new QVBoxLayout(signing);
    m_sign = new QCheckBox(tr("&Sign the report"), signing);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_identity = new QComboBox(signing);
    m_identity->setObjectName(QStringLiteral("identity"));
    auto* manage = new QPushButton(tr("&Manage Identities..."), signing);
    signLayout->addWidget(m_sign);
    signLayout->addWidget(m_identity);
    signLayout->addWidget(manage);
    auto* signNote
        = new QLabel(tr("A PDF carries its signature inside; Markdown and JSON get a .p7s file beside them. "
                        "Anyone can check them with pdfsig or openssl."),
            signing);
    signNote->setWordWrap(true);
    signLayout->addWidget(signNote);
    connect(manage, &QPushButton::clicked, this, [this] {
        IdentityManager manager(m_store, this);
        manager.exec();
        refreshIdentities();
    });
    connect(m_sign, &QCheckBox::toggled, this,
        [this](bool on) { m_identity->setEnabled(on && m_identity->count() > 0); });
    return signing;
}

// The preview of the report as it will be, and the buttons.
void ExportDialog::createPreview(QSplitter* splitter)
{
    auto* previewPane = new QWidget(splitter);
    auto* right = new QVBoxLayout(previewPane);
    m_status = new QLabel(previewPane);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    right->addWidget(m_status);
    m_previewStack = new QStackedWidget(previewPane);
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(m_previewStack);
    m_pdfView->setObjectName(QStringLiteral("pdfPreview"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_text = new QPlainTextEdit(m_previewStack);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewStack->addWidget(m_pdfView);
    m_previewStack->addWidget(m_text);
    right->addWidget(m_previewStack, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, previewPane);
    auto* exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    right->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
}

ExportDialog::~ExportDialog()
{
    m_pdf->close();
}

void ExportDialog::refreshIdentities()
{
    const QString current = m_identity->currentData().toString();
    m_identity->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const rw::StoredIdentity& s : m_store->list()) {
        QString label = s.info.displayName();
        if (!s.info.isValidAt(now))
            label = tr("%1 (expired)").arg(label);
        m_identity->addItem(label, s.path);
    }
    const int index = m_identity->findData(current);
    if (index >= 0)
        m_identity->setCurrentIndex(index);
    if (m_identity->count() == 0)
        m_identity->addItem(tr("No identity yet: use Manage Identities"));
    m_identity->setEnabled(m_sign->isChecked() && !m_store->list().isEmpty());
}

ReportExport::Request ExportDialog::request() const
{
    ReportExport::Request r;
    r.format = ReportExport::Format(m_format->currentData().toInt());
    r.options.sections.clear();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            r.options.sections.insert(it.key());
    }
    r.options.language = m_language->currentData().toString();
    r.options.paper = m_paper->currentData().toString();
    r.options.preparedFor = m_preparedFor->text().trimmed();
    r.options.preparedBy = m_preparedBy->text().trimmed();
    r.options.documentVersion
        = m_version->text().trimmed().isEmpty() ? QStringLiteral("1.0") : m_version->text().trimmed();
    r.options.final = m_final->isChecked();
    r.options.classification = m_classification->currentText().trimmed();
    r.options.limitations = m_limitations->text().trimmed();
    return r;
}

void ExportDialog::setFormat(ReportExport::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setSectionChecked(rw::ReportSection section, bool on)
{
    m_sections.value(section)->setChecked(on);
}

void ExportDialog::setSign(bool on)
{
    m_sign->setChecked(on);
}

void ExportDialog::optionsChanged()
{
    m_status->setText(tr("Updating the preview..."));
    m_timer->start();
}

QString ExportDialog::previewStatus() const
{
    return m_status->text();
}

void ExportDialog::updatePreview()
{
    m_timer->stop();
    QElapsedTimer clock;
    clock.start();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const auto result = ReportExport::produce(m_document, request(), &error);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_status->setText(tr("The preview cannot be made: %1").arg(error));
        return;
    }
    if (request().format == ReportExport::Format::Pdf) {
        m_pdf->close();
        delete m_pdfBuffer;
        m_pdfBytes = result->bytes;
        m_pdfBuffer = new QBuffer(&m_pdfBytes, this);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBuffer);
        m_previewStack->setCurrentWidget(m_pdfView);
        m_status->setText(tr("Preview: %n page(s), %1, made in %2 ms.", nullptr, m_pdf->pageCount())
                              .arg(QLocale().formattedDataSize(result->bytes.size()))
                              .arg(clock.elapsed()));
    } else {
        m_text->setPlainText(QString::fromUtf8(result->bytes));
        m_previewStack->setCurrentWidget(m_text);
        m_status->setText(tr("Preview: %n line(s), %1.", nullptr, m_text->blockCount())
                              .arg(QLocale().formattedDataSize(result->bytes.size())));
    }
}

bool ExportDialog::exportTo(const QString& path)
{
    ReportExport::Request r = request();
    m_message.clear();
    if (m_sign->isChecked()) {
        const QString identityPath = m_identity->currentData().toString();
        const QVector<rw::StoredIdentity> identities = m_store->list();
        const auto it = std::find_if(identities.cbegin(), identities.cend(),
            [&](const rw::StoredIdentity& s) { return s.path == identityPath; });
        if (it == identities.cend()) {
            m_message = tr("Choose an identity to sign with, or generate one under Manage Identities.");
            return false;
        }
        r.identity = unlock(*it);
        if (!r.identity) {
            m_message = tr("Not exported: signing was cancelled.");
            return false;
        }
    }
    QProgressDialog progress(tr("Exporting the report..."), tr("Cancel"), 0, 4, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const auto result = ReportExport::produce(m_document, r, &error, [&progress](int step, int steps) {
        progress.setMaximum(steps);
        progress.setValue(step);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result || !ReportExport::save(path, *result, &error)) {
        m_message = tr("The report was not exported: %1").arg(error);
        return false;
    }
    m_message = r.identity
        ? tr("Exported and signed %1 by %2.").arg(QDir::toNativeSeparators(path), result->report.signer->name)
        : tr("Exported %1.").arg(QDir::toNativeSeparators(path));
    emit exported(path, bool(r.identity));
    return true;
}

void ExportDialog::chooseAndExport()
{
    const ReportExport::Format format = request().format;
    const QString suffix = ReportExport::suffix(format);
    const QString title = m_document->project()->assessment().info.title;
    const QString base = FileDialogs::fileNameFor(title, tr("readiness-report"));
    const QString filter = format == ReportExport::Format::Pdf ? tr("PDF documents (*.pdf)")
        : format == ReportExport::Format::Markdown             ? tr("Markdown (*.md)")
                                                               : tr("JSON (*.json)");
    QString path = FileDialogs::saveFile(
        this, FileDialogs::Purpose::Reports, tr("Export Report"), base + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (exportTo(path)) {
        accept();
    } else {
        QMessageBox::warning(this, tr("Export Report"), m_message);
    }
}
