#include "Csv.h"
#include "scoring/Answers.h"

#include "Import.h"
#include "domain/Enums.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace rw::Csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

bool formulaLike(const QString& field)
{
    return !field.isEmpty()
        && (field.at(0) == QLatin1Char('=') || field.at(0) == QLatin1Char('+')
            || field.at(0) == QLatin1Char('-') || field.at(0) == QLatin1Char('@'));
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

} // namespace

std::optional<QVector<QStringList>> parse(const QByteArray& content, QString* error)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = firstLine.contains(QLatin1Char(';')) && !firstLine.contains(QLatin1Char(','))
        ? QLatin1Char(';')
        : QLatin1Char(',');
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    int line = 1;
    const auto endField = [&] {
        // write() guards formulas with an apostrophe; it is not part of the text.
        if (field.size() > 1 && field.at(0) == QLatin1Char('\'') && formulaLike(field.mid(1)))
            field.remove(0, 1);
        row << field;
        field.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endField();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            row.clear();
            ++line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = Tr::tr("A quoted field that starts before line %1 is never closed.").arg(line);
        return std::nullopt;
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        endField();
        rows << row;
    }
    return rows;
}

QByteArray write(const QVector<QStringList>& rows)
{
    QString out(QChar(0xFEFF));
    for (const QStringList& row : rows) {
        QStringList fields;
        for (QString f : row) {
            if (formulaLike(f))
                f.prepend(QLatin1Char('\''));
            if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
                || f.contains(QLatin1Char('\r')) || f.contains(QLatin1Char(';')))
                f = QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                    + QLatin1Char('"');
            fields << f;
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QStringList checklistColumns()
{
    return { QStringLiteral("domain"), QStringLiteral("key"), QStringLiteral("text"),
        QStringLiteral("guidance"), QStringLiteral("points"), QStringLiteral("blocker"),
        QStringLiteral("status"), QStringLiteral("earned"), QStringLiteral("owner"), QStringLiteral("note"),
        QStringLiteral("evidence"), QStringLiteral("choices"), QStringLiteral("risk"),
        QStringLiteral("answer"), QStringLiteral("answer_shown"), QStringLiteral("does_not_apply") };
}

QVector<QStringList> checklist(const Assessment& assessment)
{
    QHash<QString, QStringList> evidence;
    for (const Evidence& e : assessment.evidence) {
        for (const QString& key : e.itemKeys)
            evidence[key] << e.name;
    }
    QVector<QStringList> rows { checklistColumns() };
    for (const Domain& d : assessment.domains) {
        for (const Item& i : d.items) {
            const bool scored = i.status != ItemStatus::Open && Scoring::isApplicable(i);
            rows.append({ d.title, i.key, i.text, i.guidance, number(i.points),
                i.blocker ? QStringLiteral("yes") : QString(), toKey(i.status),
                scored ? number(Scoring::earnedPoints(i)) : QString(), i.owner, i.note,
                evidence.value(i.key).join(QStringLiteral("; ")),
                i.selectedChoices.join(QStringLiteral("; ")), LensRisk::key(i.risk()),
                Answers::valueText(i.question, i.answer), Answers::shown(i.question, i.answer),
                i.doesNotApply });
        }
    }
    return rows;
}

QVector<QStringList> findings(const Assessment& assessment)
{
    QVector<QStringList> rows { { QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("priority"), QStringLiteral("effort_hours"),
        QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("state"), QStringLiteral("items"),
        QStringLiteral("grade"), QStringLiteral("criteria"), QStringLiteral("cause"),
        QStringLiteral("effect"), QStringLiteral("recommendation"), QStringLiteral("management_response"),
        QStringLiteral("response_owner"), QStringLiteral("response_date") } };
    for (const Finding& f : assessment.findings) {
        rows.append({ f.reference(), f.title, f.description, toKey(f.priority),
            f.effortHours ? number(*f.effortHours) : QString(), f.owner,
            f.dueDate.isValid() ? f.dueDate.toString(Qt::ISODate) : QString(), toKey(f.state),
            f.itemKeys.join(QStringLiteral("; ")), f.grade, f.criteria, f.cause, f.effect, f.recommendation,
            f.response, f.responseOwner,
            f.responseDate.isValid() ? f.responseDate.toString(Qt::ISODate) : QString() });
    }
    return rows;
}

QVector<QStringList> risks(const Assessment& assessment)
{
    QVector<QStringList> rows { { QStringLiteral("title"), QStringLiteral("category"),
        QStringLiteral("probability"), QStringLiteral("impact"), QStringLiteral("severity"),
        QStringLiteral("mitigation"), QStringLiteral("owner"), QStringLiteral("state") } };
    for (const Risk& r : assessment.risks) {
        rows.append({ r.title, toKey(r.category), QString::number(r.probability), QString::number(r.impact),
            QString::number(r.severity()), r.mitigation, r.owner, toKey(r.state) });
    }
    return rows;
}

QVector<QStringList> kpis(const Assessment& assessment)
{
    QVector<QStringList> rows { { QStringLiteral("name"), QStringLiteral("unit"),
        QStringLiteral("comparator"), QStringLiteral("target"), QStringLiteral("actual"),
        QStringLiteral("result") } };
    for (const Kpi& k : assessment.kpis) {
        const std::optional<bool> passes = k.passes();
        rows.append(
            { k.name, k.unit, toKey(k.comparator), number(k.target), k.actual ? number(*k.actual) : QString(),
                passes ? (*passes ? QStringLiteral("pass") : QStringLiteral("fail")) : QString() });
    }
    return rows;
}

} // namespace rw::Csv

namespace rw::Import {

namespace {
struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

std::optional<Template> csv(const QByteArray& content, const QString& source, QString* error)
{
    QString problem;
    const std::optional<QVector<QStringList>> rows = Csv::parse(content, &problem);
    if (!rows) {
        *error = CsvTr::tr("%1 cannot be read as CSV: %2").arg(source, problem);
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        *error = CsvTr::tr("%1 is empty.").arg(source);
        return std::nullopt;
    }
    QHash<QString, int> column;
    for (int c = 0; c < rows->first().size(); ++c)
        column.insert(rows->first().at(c).trimmed().toLower(), c);
    if (!column.contains(QStringLiteral("domain")) || !column.contains(QStringLiteral("text"))) {
        *error = CsvTr::tr(
            "%1 needs a header row with at least the columns \"domain\" and \"text\" (and optionally key, "
            "guidance, points, blocker); its first row is: %2")
                     .arg(source, rows->first().join(QStringLiteral(", ")).left(200));
        return std::nullopt;
    }
    const auto value = [&](const QStringList& row, const char* name) {
        const int c = column.value(QLatin1String(name), -1);
        return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
    };
    Template t;
    t.title = source.section(QLatin1Char('.'), 0, 0);
    t.id = keyFrom(QStringLiteral("csv-") + t.title.toLower().left(48), nullptr);
    t.version = QStringLiteral("1");
    QHash<QString, int> domainIndex;
    QSet<QString> domainKeys;
    QSet<QString> itemKeys;
    for (int r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        const QString text = bounded(value(row, "text"));
        if (text.isEmpty())
            continue;
        const QString domain
            = bounded(value(row, "domain").isEmpty() ? CsvTr::tr("Checklist") : value(row, "domain"));
        if (!domainIndex.contains(domain)) {
            TemplateDomain d;
            d.title = domain;
            d.key = keyFrom(domain, &domainKeys);
            domainIndex.insert(domain, int(t.domains.size()));
            t.domains.append(d);
        }
        TemplateDomain& d = t.domains[domainIndex.value(domain)];
        TemplateItem item;
        const QString key = value(row, "key");
        item.key = keyFrom(key.isEmpty()
                ? QStringLiteral("%1-%2").arg(d.key).arg(d.items.size() + 1, 2, 10, QLatin1Char('0'))
                : key,
            &itemKeys);
        if (!key.isEmpty() && item.key != key && itemKeys.contains(key)) {
            *error = CsvTr::tr("%1, row %2: the key \"%3\" is used twice.").arg(source).arg(r + 1).arg(key);
            return std::nullopt;
        }
        item.text = text;
        item.guidance = bounded(value(row, "guidance"));
        const QString points = value(row, "points");
        if (!points.isEmpty()) {
            bool ok = false;
            item.points
                = QLocale::c().toDouble(QString(points).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
            if (!ok || item.points <= 0) {
                *error = CsvTr::tr("%1, row %2: \"points\" must be a number above 0, not \"%3\".")
                             .arg(source)
                             .arg(r + 1)
                             .arg(points);
                return std::nullopt;
            }
        }
        const QString blocker = value(row, "blocker").toLower();
        item.blocker = blocker == QLatin1String("yes") || blocker == QLatin1String("true")
            || blocker == QLatin1String("1") || blocker == QLatin1String("x");
        d.items.append(item);
    }
    return checked(t, source, error);
}

} // namespace rw::Import
