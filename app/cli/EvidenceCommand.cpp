#include "Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)
};

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<QDate> isoDay(const QString& text, const QString& option, QString* problem)
{
    const QDate d = text.trimmed().size() == 10 ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
    if (!d.isValid())
        *problem = Tr::tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option, text);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace

const rw::Evidence* findEvidence(const rw::Project& project, const QString& reference, QString* problem)
{
    const QString ref = reference.trimmed();
    QVector<const rw::Evidence*> matches;
    const bool hex
        = ref.size() >= 8 && QRegularExpression(QStringLiteral("^[0-9a-fA-F]+$")).match(ref).hasMatch();
    for (const rw::Evidence& e : project.assessment().evidence) {
        if ((hex && !e.sha256.isEmpty() && e.sha256.startsWith(ref.toLower())) || e.name == ref)
            matches.append(&e);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    *problem = matches.isEmpty()
        ? Tr::tr(
            "The project holds no evidence \"%1\" (give its SHA-256, 8 or more of its first digits, or its "
            "name; see 'evidence').")
              .arg(ref)
        : Tr::tr("\"%1\" names %2 pieces of evidence; give more of the SHA-256.")
              .arg(ref)
              .arg(matches.size());
    return nullptr;
}

void addEvidenceDateOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("collected"), Tr::tr("The day the proof was collected (YYYY-MM-DD)."),
        Tr::tr("date") });
    parser.addOption({ QStringLiteral("period"),
        Tr::tr("The period the proof covers, FROM..TO (YYYY-MM-DD..YYYY-MM-DD)."), Tr::tr("period") });
    parser.addOption({ QStringLiteral("valid-until"), Tr::tr("The last day the proof is valid (YYYY-MM-DD)."),
        Tr::tr("date") });
}

bool evidenceDates(const QCommandLineParser& parser, rw::EvidenceDates* dates, bool* given, QString* problem)
{
    const bool collected = parser.isSet(QStringLiteral("collected"));
    const bool period = parser.isSet(QStringLiteral("period"));
    *given = collected || period || parser.isSet(QStringLiteral("valid-until"));
    if (collected && period) {
        *problem = Tr::tr("Give --collected or --period, not both.");
        return false;
    }
    if (collected) {
        const auto d
            = isoDay(parser.value(QStringLiteral("collected")), QStringLiteral("collected"), problem);
        if (!d)
            return false;
        dates->collectedFrom = *d;
    }
    if (period) {
        const QStringList parts = parser.value(QStringLiteral("period")).split(QStringLiteral(".."));
        if (parts.size() != 2) {
            *problem = Tr::tr("--period needs FROM..TO, for example 2026-01-01..2026-03-31.");
            return false;
        }
        const auto from = isoDay(parts.at(0), QStringLiteral("period"), problem);
        const auto to = from ? isoDay(parts.at(1), QStringLiteral("period"), problem) : std::nullopt;
        if (!from || !to)
            return false;
        dates->collectedFrom = *from;
        dates->collectedTo = *to;
    }
    if (parser.isSet(QStringLiteral("valid-until"))) {
        const auto d
            = isoDay(parser.value(QStringLiteral("valid-until")), QStringLiteral("valid-until"), problem);
        if (!d)
            return false;
        dates->validUntil = *d;
    }
    return true;
}

QJsonObject evidenceJson(const rw::Evidence& e)
{
    QJsonArray revisions;
    for (const rw::EvidenceRevision& r : e.revisions) {
        revisions.append(QJsonObject { { QStringLiteral("sha256"), r.sha256 },
            { QStringLiteral("name"), r.name }, { QStringLiteral("size"), r.size },
            { QStringLiteral("mime"), r.mimeType },
            { QStringLiteral("collected_from"), day(r.collectedFrom) },
            { QStringLiteral("collected_to"), day(r.collectedTo) },
            { QStringLiteral("valid_until"), day(r.validUntil) }, { QStringLiteral("added_by"), r.addedBy },
            { QStringLiteral("added_at"), r.addedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("replaced_by"), r.replacedBy },
            { QStringLiteral("replaced_at"), r.replacedAt.toUTC().toString(Qt::ISODateWithMs) } });
    }
    const QDate today = QDate::currentDate();
    return { { QStringLiteral("uuid"), e.uuid }, { QStringLiteral("name"), e.name },
        { QStringLiteral("sha256"), e.sha256 }, { QStringLiteral("url"), e.url },
        { QStringLiteral("size"), e.size }, { QStringLiteral("mime"), e.mimeType },
        { QStringLiteral("caption"), e.caption }, { QStringLiteral("added_by"), e.addedBy },
        { QStringLiteral("added_at"), e.addedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("items"), QJsonArray::fromStringList(e.itemKeys) },
        { QStringLiteral("collected_from"), day(e.collectedFrom) },
        { QStringLiteral("collected_to"), day(e.collectedTo.isValid() ? e.collectedTo : e.collectedFrom) },
        { QStringLiteral("valid_until"), day(e.validUntil) },
        { QStringLiteral("expired"), e.isExpired(today) }, { QStringLiteral("review"), rw::toKey(e.review) },
        { QStringLiteral("review_reason"), e.reviewReason }, { QStringLiteral("reviewed_by"), e.reviewedBy },
        { QStringLiteral("revisions"), revisions } };
}

EvidenceCommand::EvidenceCommand()
    : Command(QStringLiteral("evidence"),
        tr("List the evidence in a project, or review, date or caption one piece of it."))
{
}

void EvidenceCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("EVIDENCE"),
        tr("The evidence to change: its SHA-256 (8 or more digits) or name."), QStringLiteral("[EVIDENCE]"));
    parser.addOption({ QStringLiteral("json"),
        tr("Print JSON: each piece's dates, review state, caption, who attached it and its revisions.") });
    parser.addOption({ QStringLiteral("accept"), tr("Accept the evidence as proof.") });
    parser.addOption(
        { QStringLiteral("reject"), tr("Reject the evidence, giving the reason."), tr("reason") });
    parser.addOption({ QStringLiteral("unreviewed"), tr("Take the review back.") });
    parser.addOption({ QStringLiteral("caption"), tr("A new caption."), tr("text") });
    addEvidenceDateOptions(parser);
    parser.addOption(byOption());
}

int EvidenceCommand::requiredPositionals() const
{
    return 1;
}

int EvidenceCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return change(parser);
    const auto project = openProject(args.at(0), false);
    if (!project)
        return InputError;
    const QVector<rw::Evidence>& evidence = project->assessment().evidence;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const rw::Evidence& e : evidence)
            all.append(evidenceJson(e));
        out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (evidence.isEmpty()) {
        out() << tr("No evidence attached.") << '\n';
        return Ok;
    }
    const QDate today = QDate::currentDate();
    const rw::AssessmentInfo& info = project->assessment().info;
    QVector<QStringList> rows { { tr("Name"), tr("Size"), tr("SHA-256"), tr("Items"), tr("Collected"),
        tr("Valid until"), tr("Review"), tr("Versions") } };
    for (const rw::Evidence& e : evidence) {
        QString collected = day(e.collectedFrom);
        if (e.collectedTo.isValid())
            collected += QStringLiteral("..") + day(e.collectedTo);
        QString valid = day(e.validUntil);
        if (e.isExpired(today))
            valid += QLatin1Char(' ') + tr("(expired)");
        if (e.isOutside(info.periodFrom, info.periodTo))
            collected += QLatin1Char(' ') + tr("(outside the period)");
        QString review = rw::toLabel(e.review);
        if (!e.reviewReason.isEmpty())
            review += QStringLiteral(": ") + e.reviewReason;
        rows.append({ e.name, e.isLink() ? tr("link") : QString::number(e.size),
            e.isLink() ? e.url : e.sha256, e.itemKeys.join(QStringLiteral(", ")), collected, valid, review,
            QString::number(e.revisions.size() + 1) });
    }
    printTable(rows, QStringLiteral("lrlllllr"));
    return Ok;
}

int EvidenceCommand::change(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const int verdicts = int(parser.isSet(QStringLiteral("accept")))
        + int(parser.isSet(QStringLiteral("reject"))) + int(parser.isSet(QStringLiteral("unreviewed")));
    if (verdicts > 1)
        return fail(tr("Give one of --accept, --reject and --unreviewed."));
    rw::EvidenceDates dates;
    bool datesGiven = false;
    QString problem;
    if (!evidenceDates(parser, &dates, &datesGiven, &problem))
        return fail(problem);
    if (!verdicts && !datesGiven && !parser.isSet(QStringLiteral("caption")))
        return fail(
            tr("Nothing to change: give --accept, --reject REASON, --unreviewed, --caption or dates."));
    const auto project = openProject(args.at(0), true);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    const rw::Evidence* found = findEvidence(*project, args.at(1), &problem);
    if (!found)
        return fail(problem);
    rw::Evidence e = *found;
    if (parser.isSet(QStringLiteral("accept"))) {
        e.review = rw::EvidenceReview::Accepted;
        e.reviewReason.clear();
    } else if (parser.isSet(QStringLiteral("reject"))) {
        e.review = rw::EvidenceReview::Rejected;
        e.reviewReason = parser.value(QStringLiteral("reject"));
    } else if (parser.isSet(QStringLiteral("unreviewed"))) {
        e.review = rw::EvidenceReview::Unreviewed;
    }
    if (parser.isSet(QStringLiteral("caption")))
        e.caption = parser.value(QStringLiteral("caption"));
    if (parser.isSet(QStringLiteral("collected")) || parser.isSet(QStringLiteral("period"))) {
        e.collectedFrom = dates.collectedFrom;
        e.collectedTo = dates.collectedTo;
    }
    if (parser.isSet(QStringLiteral("valid-until")))
        e.validUntil = dates.validUntil;
    if (const rw::ProjectError err = project->saveEvidence(e))
        return fail(err.message);
    const rw::Evidence* saved = project->evidence(e.id);
    out() << tr("%1: %2.").arg(saved->name, rw::toLabel(saved->review)) << '\n';
    return Ok;
}
