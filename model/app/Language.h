#pragma once

// The application's languages: English and every translation it carries (":/i18n/readiness_<code>.qm",
// compiled from translations/*.ts). The interface's language is installed once at start; a report can be
// written in another one: a ReportLanguage::Scope swaps the translators and the number and date formats
// for as long as the report is being written.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rw::Language {

// Language codes, "en" first.
QStringList available();
// The language's own name ("Deutsch").
QString nativeName(const QString& code);
bool isAvailable(const QString& code);

// Installs the interface's translators (the application's and Qt's own) for `code`, or for the system's
// languages when `code` is empty, and makes its locale the default for numbers and dates. Returns the
// code in effect ("en" when no translation matched).
QString installInterface(const QString& code = {});
// The code installInterface() put in effect ("en" before it ran).
QString interfaceLanguage();

// While alive, tr() answers in `code` and QLocale() formats for it; the interface's language returns after.
class Override
{
public:
    explicit Override(const QString& code);
    ~Override();
    Override(const Override&) = delete;
    Override& operator=(const Override&) = delete;

private:
    QLocale m_previousLocale;
    bool m_active = false;
};

} // namespace rw::Language
