#include "Finding.h"

#include <QCoreApplication>

namespace rw {

QVector<FindingGrade> FindingGrade::defaults()
{
    return { { QStringLiteral("major"), QCoreApplication::translate("FindingGrade", "Major non-conformity") },
        { QStringLiteral("minor"), QCoreApplication::translate("FindingGrade", "Minor non-conformity") },
        { QStringLiteral("observation"), QCoreApplication::translate("FindingGrade", "Observation") },
        { QStringLiteral("ofi"), QCoreApplication::translate("FindingGrade", "Opportunity for improvement") },
        { QStringLiteral("good-practice"), QCoreApplication::translate("FindingGrade", "Good practice") } };
}

QString FindingGrade::titleOf(const QVector<FindingGrade>& grades, const QString& id)
{
    for (const FindingGrade& g : grades) {
        if (g.id == id)
            return g.title;
    }
    return id;
}

} // namespace rw
