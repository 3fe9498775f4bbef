#pragma once

// The languages a report can be written in: English and every translation the application carries
// (":/i18n/readiness_<code>.qm"). A report may be written in another language than the user interface:
// a Scope installs the report's translator for as long as the report is being written.

#include <QStringList>
#include <memory>

class QTranslator;

namespace rw::ReportLanguage {

// Language codes, "en" first.
QStringList available();
// The language's own name ("Deutsch").
QString nativeName(const QString& code);
bool isAvailable(const QString& code);

class Scope
{
public:
    explicit Scope(const QString& code);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace rw::ReportLanguage
