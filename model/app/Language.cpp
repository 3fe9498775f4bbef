#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>
#include <vector>

namespace rw::Language {

namespace {

const QString prefix = QStringLiteral("readiness_");

struct Installed
{
    QString code = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> interface; // installed while no Override is alive
    std::vector<std::unique_ptr<QTranslator>> overriding;
    int overrides = 0;
};

Installed& installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> load(const QString& code)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/%1%2.qm").arg(prefix, code)))
        return nullptr;
    return translator;
}

QString codeOf(const QTranslator& translator)
{
    // The .ts file's language ("de_DE"): the part before the territory.
    return translator.language().section(QLatin1Char('_'), 0, 0);
}

} // namespace

QStringList available()
{
    QStringList codes { QStringLiteral("en") };
    const QStringList files = QDir(QStringLiteral(":/i18n"))
                                  .entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
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

QString installInterface(const QString& code)
{
    Installed& state = installed();
    for (const auto& t : state.interface)
        QCoreApplication::removeTranslator(t.get());
    state.interface.clear();

    std::unique_ptr<QTranslator> ours;
    if (code.isEmpty()) {
        ours = std::make_unique<QTranslator>();
        if (!ours->load(
                QLocale(), QStringLiteral("readiness"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            ours.reset();
    } else {
        ours = load(code);
    }
    state.code = ours ? codeOf(*ours) : QStringLiteral("en");
    if (state.code.isEmpty())
        state.code = QStringLiteral("en");
    // No translation for the system's language: English, with its plural forms ("1 page", "2 pages").
    if (!ours)
        ours = load(QStringLiteral("en"));
    if (ours)
        state.interface.push_back(std::move(ours));

    // Qt's own texts (standard buttons, file dialogs), when the system has them (qt6-translations-l10n).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(state.code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        state.interface.push_back(std::move(qt));

    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
    if (state.overrides == 0) {
        for (const auto& t : state.interface)
            QCoreApplication::installTranslator(t.get());
    }
    return state.code;
}

QString interfaceLanguage()
{
    return installed().code;
}

Override::Override(const QString& code)
    : m_previousLocale(QLocale())
{
    Installed& state = installed();
    const QString wanted = code.isEmpty() ? QStringLiteral("en") : code;
    QLocale::setDefault(QLocale(wanted));
    if (state.overrides > 0 || wanted == state.code)
        return; // nested, or the interface already speaks it
    m_active = true;
    ++state.overrides;
    for (const auto& t : state.interface)
        QCoreApplication::removeTranslator(t.get());
    if (auto t = load(wanted)) {
        QCoreApplication::installTranslator(t.get());
        state.overriding.push_back(std::move(t));
    }
}

Override::~Override()
{
    QLocale::setDefault(m_previousLocale);
    if (!m_active)
        return;
    Installed& state = installed();
    for (const auto& t : state.overriding)
        QCoreApplication::removeTranslator(t.get());
    state.overriding.clear();
    for (const auto& t : state.interface)
        QCoreApplication::installTranslator(t.get());
    --state.overrides;
}

} // namespace rw::Language
