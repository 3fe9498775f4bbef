#pragma once

// The languages a report can be written in: English and every translation the application carries.
// A report may be written in another language than the user interface: a Scope puts the report's
// language (its texts, numbers and dates) in effect for as long as the report is being written.

#include "app/Language.h"

namespace rw::ReportLanguage {

// Language codes, "en" first.
inline QStringList available()
{
    return Language::available();
}
// The language's own name ("Deutsch").
inline QString nativeName(const QString& code)
{
    return Language::nativeName(code);
}
inline bool isAvailable(const QString& code)
{
    return Language::isAvailable(code);
}

using Scope = Language::Override;

} // namespace rw::ReportLanguage
