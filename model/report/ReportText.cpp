#include "ReportText.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace rw::ReportText {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportText", text);
}
} // namespace

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

QString percent(const std::optional<int>& display)
{
    return display ? QStringLiteral("%1 %").arg(*display) : tr("not scored");
}

QString score(const std::optional<double>& v)
{
    return v ? QStringLiteral("%1 %").arg(std::lround(*v)) : tr("not scored");
}

QString change(const std::optional<double>& from, const std::optional<double>& to)
{
    if (!from || !to)
        return QStringLiteral("–");
    const long delta = std::lround(*to) - std::lround(*from);
    return delta == 0 ? QStringLiteral("±0") : QStringLiteral("%1%2").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
}

} // namespace rw::ReportText
