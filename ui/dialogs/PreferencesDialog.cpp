#include "PreferencesDialog.h"
#include "signing/DeviceIdentity.h"

#include "report/ReportLanguage.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(rw::IdentityStore* store, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* you = new QGroupBox(tr("You"), this);
    auto* youForm = new QFormLayout(you);
    m_name = new QLineEdit(Settings::assessorName(), you);
    m_name->setObjectName(QStringLiteral("assessorName"));
    m_name->setPlaceholderText(rw::Project::defaultUser());
    youForm->addRow(tr("&Assessor name:"), m_name);
    m_role = new QLineEdit(Settings::assessorRole(), you);
    m_role->setObjectName(QStringLiteral("assessorRole"));
    youForm->addRow(tr("&Role:"), m_role);
    m_organisation = new QLineEdit(Settings::assessorOrganisation(), you);
    m_organisation->setObjectName(QStringLiteral("assessorOrganisation"));
    youForm->addRow(tr("&Organisation:"), m_organisation);
    auto* nameNote
        = new QLabel(tr("Recorded with every change in the audit log and proposed for new sign-offs."), you);
    nameNote->setWordWrap(true);
    youForm->addRow(nameNote);
    // The computer's key signs every entry written here: people see its fingerprint beside the name.
    const rw::DeviceIdentity* device = rw::DeviceIdentity::current();
    auto* deviceLabel = new QLabel(device ? rw::DeviceIdentity::fingerprint(device->publicKey())
                                          : tr("none (the key could not be made)"),
        you);
    deviceLabel->setObjectName(QStringLiteral("deviceFingerprint"));
    deviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    deviceLabel->setToolTip(tr("This computer's key, which signs every change it records in the audit log."));
    youForm->addRow(tr("This computer:"), deviceLabel);
    m_uiLanguage = new QComboBox(you);
    m_uiLanguage->setObjectName(QStringLiteral("interfaceLanguage"));
    m_uiLanguage->addItem(tr("The system's language"), QString());
    for (const QString& code : rw::ReportLanguage::available())
        m_uiLanguage->addItem(rw::ReportLanguage::nativeName(code), code);
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(Settings::interfaceLanguage())));
    youForm->addRow(tr("&Interface language:"), m_uiLanguage);
    youForm->addRow(
        new QLabel(tr("A new interface language takes effect the next time the workbench starts."), you));
    layout->addWidget(you);

    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* reportForm = new QFormLayout(reports);
    m_format = new QComboBox(reports);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_format->addItem(tr("JSON (for tools)"), QStringLiteral("json"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(Settings::reportFormat())));
    reportForm->addRow(tr("&Format:"), m_format);
    m_paper = new QComboBox(reports);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(Settings::reportPaper())));
    reportForm->addRow(tr("&Paper:"), m_paper);
    m_reportLanguage = new QComboBox(reports);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString& code : rw::ReportLanguage::available())
        m_reportLanguage->addItem(rw::ReportLanguage::nativeName(code), code);
    m_reportLanguage->setCurrentIndex(std::max(0, m_reportLanguage->findData(Settings::reportLanguage())));
    reportForm->addRow(tr("Report &language:"), m_reportLanguage);
    m_sign = new QCheckBox(tr("&Sign reports"), reports);
    m_sign->setObjectName(QStringLiteral("signReports"));
    m_sign->setChecked(Settings::signReports());
    reportForm->addRow(m_sign);
    m_identity = new QComboBox(reports);
    m_identity->setObjectName(QStringLiteral("signingIdentity"));
    m_identity->addItem(tr("Ask each time"), QString());
    for (const rw::StoredIdentity& s : store->list())
        m_identity->addItem(s.info.displayName(), s.path);
    m_identity->setCurrentIndex(std::max(0, m_identity->findData(Settings::signingIdentity())));
    reportForm->addRow(tr("Signing &identity:"), m_identity);
    layout->addWidget(reports);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::save()
{
    Settings::setAssessor(m_name->text(), m_role->text(), m_organisation->text());
    Settings::setInterfaceLanguage(m_uiLanguage->currentData().toString());
    Settings::setReportDefaults(m_format->currentData().toString(), m_paper->currentData().toString(),
        m_reportLanguage->currentData().toString(), m_sign->isChecked(),
        m_identity->currentData().toString());
}
