#include "ReportText.h"

#include "scoring/Answers.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace rw::ReportText {

namespace {
// lupdate reads Tr::tr() with this context, and so does the running code.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};
} // namespace

QString number(double v)
{
    // In the report's language (ReportLanguage::Scope sets the default locale): 12,5 in German.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // At most two decimals: a level's share of an item's points may have more.
    return locale.toString(std::round(v * 100) / 100, 'g', 6);
}

QString percent(const std::optional<int>& display)
{
    return display ? QStringLiteral("%1 %").arg(*display) : Tr::tr("not scored");
}

QString score(const std::optional<double>& v)
{
    return v ? QStringLiteral("%1 %").arg(std::lround(*v)) : Tr::tr("not scored");
}

QString change(const std::optional<double>& from, const std::optional<double>& to)
{
    if (!from || !to)
        return QStringLiteral("–");
    const long delta = std::lround(*to) - std::lround(*from);
    return delta == 0 ? QStringLiteral("±0")
                      : QStringLiteral("%1%2").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
}

QString comparator(Comparator c)
{
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::Equal:
        break;
    }
    return QStringLiteral("=");
}

QString date(const QDate& d)
{
    // One pattern in every language: day, short month name, year. The default locale is the report's.
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString signOffBindings(const QVector<SignOff>& signOffs, const std::function<QString(const QString&)>& name,
    const QHash<QString, int>& stale)
{
    QStringList bound;
    for (const SignOff& s : signOffs) {
        if (s.auditHead.isEmpty())
            continue;
        QString line = Tr::tr("%1 at entry %2 (head %3)")
                           .arg(name ? name(s.name) : s.name)
                           .arg(s.auditRows)
                           .arg(s.auditHead.left(12));
        if (const int changes = stale.value(s.uuid); changes > 0)
            line += QLatin1Char(' ')
                + Tr::tr("(stale: %n change(s) it did not see, made since or merged from other copies)",
                    nullptr, changes);
        bound << line;
    }
    if (bound.isEmpty())
        return {};
    return Tr::tr("Each decision approves the project as its audit log stood when it was given: %1.")
        .arg(bound.join(QStringLiteral("; ")));
}

QString targetGap(const Item& item)
{
    const AnswerOption* target = item.question.option(item.question.target);
    const int gap = Answers::gap(item.question, item.answer).value_or(0);
    if (!target || gap <= 0)
        return {};
    return Tr::tr("target %1, %n level(s) short", nullptr, gap)
        .arg(Answers::shown(item.question, QJsonValue(target->id)));
}

QString recordedOnly(const Item& item)
{
    const bool recorded
        = !item.question.isScored() && Answers::isAnswered(item.answer) && item.doesNotApply.isEmpty();
    return recorded ? Tr::tr("Recorded (not scored)") : QString();
}

QString collected(const Evidence& e)
{
    if (!e.collectedFrom.isValid())
        return Tr::tr("–");
    if (!e.collectedTo.isValid() || e.collectedTo == e.collectedFrom)
        return date(e.collectedFrom);
    return Tr::tr("%1 – %2").arg(date(e.collectedFrom), date(e.collectedTo));
}

QString evidenceProblems(const Evidence& e, bool expired, bool outsidePeriod, bool rejected)
{
    QStringList parts;
    if (expired)
        parts << Tr::tr("expired on %1").arg(date(e.validUntil));
    if (outsidePeriod)
        parts << Tr::tr("collected outside the assessment period (%1)").arg(collected(e));
    if (rejected)
        parts << Tr::tr("rejected: %1").arg(e.reviewReason);
    return parts.join(QStringLiteral("; "));
}

QVector<std::pair<QString, QString>> findingParts(const Finding& f)
{
    QVector<std::pair<QString, QString>> parts;
    const auto add = [&parts](const QString& heading, const QString& text) {
        if (!text.trimmed().isEmpty())
            parts.append({ heading, text.trimmed() });
    };
    add(Tr::tr("Condition"), f.description);
    QString criteria = f.criteria.trimmed();
    if (!f.itemKeys.isEmpty())
        criteria += (criteria.isEmpty() ? QString() : QStringLiteral(" "))
            + Tr::tr("(items %1)").arg(f.itemKeys.join(QStringLiteral(", ")));
    add(Tr::tr("Criteria"), criteria);
    add(Tr::tr("Cause"), f.cause);
    add(Tr::tr("Effect"), f.effect);
    add(Tr::tr("Recommendation"), f.recommendation);
    QString response = f.response.trimmed();
    QStringList by;
    if (!f.responseOwner.trimmed().isEmpty())
        by << f.responseOwner.trimmed();
    if (f.responseDate.isValid())
        by << date(f.responseDate);
    if (!response.isEmpty() && !by.isEmpty())
        response += QStringLiteral(" (%1)").arg(by.join(QStringLiteral(", ")));
    add(Tr::tr("Management response"), response);
    return parts;
}

QString grade(const Finding& f, const QVector<FindingGrade>& grades)
{
    return f.grade.isEmpty() ? QString() : FindingGrade::titleOf(grades, f.grade);
}

} // namespace rw::ReportText
