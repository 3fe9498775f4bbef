#include "ReportLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace rw::ReportLanguage {

namespace {
const QString prefix = QStringLiteral("readiness_");
}

QStringList available()
{
    QStringList codes { QStringLiteral("en") };
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const QString code = f.mid(prefix.size()).chopped(3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

bool isAvailable(const QString& code)
{
    return code.isEmpty() || available().contains(code);
}

Scope::Scope(const QString& code)
{
    if (code.isEmpty() || code == QLatin1String("en"))
        return;
    // Installed last, so it is asked first: the report's language wins over the interface's.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/%1%2.qm").arg(prefix, code))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
}

Scope::~Scope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace rw::ReportLanguage
