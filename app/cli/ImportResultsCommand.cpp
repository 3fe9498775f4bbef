#include "Commands.h"

#include "exchange/Questionnaire.h"
#include "exchange/ResultsImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ImportResultsCommand::ImportResultsCommand()
    : Command(QStringLiteral("import-results"),
        tr("Take in results from a spreadsheet (the checklist CSV) or a questionnaire's answers file: every "
           "change is shown, and applied unless --dry-run."))
{
}

void ImportResultsCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("RESULTS"),
        tr("A CSV with a key column, or an answers file (JSON) from questionnaire."));
    parser.addOption({ QStringLiteral("dry-run"), tr("Show what would change, and change nothing.") });
    parser.addOption({ QStringLiteral("json"), tr("Print the preview as JSON.") });
    parser.addOption(byOption());
}

int ImportResultsCommand::requiredPositionals() const
{
    return 2;
}

int ImportResultsCommand::execute(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(args.at(1)), file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return fail(tr("%1 is larger than 64 MB; that is no results file.")
                        .arg(QDir::toNativeSeparators(args.at(1))));
    const QByteArray content = file.readAll();
    const auto project = openProject(args.at(0), !dryRun);
    if (!project)
        return InputError;
    project->setUser(parser.value(QStringLiteral("by")));
    QString error;
    const std::optional<rw::ResultsImport::Preview> preview = rw::ResultsImport::read(
        project->assessment(), content, &error, rw::Questionnaire::assessmentId(*project));
    if (!preview)
        return fail(tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(args.at(1)), error));
    if (!preview->answeredBy.isEmpty() && !parser.isSet(QStringLiteral("by")))
        project->setUser(preview->answeredBy);

    if (preview->otherAssessment)
        err() << tr(
            "Note: these answers were given to the questionnaire of another assessment (\"%1\"); only "
            "the keys that match are taken.")
                     .arg(preview->answeredFor)
              << '\n';
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray changes;
        for (const rw::ResultsImport::Change& c : preview->changes) {
            QJsonObject fields;
            for (const QString& f : c.fields)
                fields.insert(f,
                    QJsonObject { { QStringLiteral("from"), rw::ResultsImport::fieldValue(c.before, f) },
                        { QStringLiteral("to"), rw::ResultsImport::fieldValue(c.after, f) } });
            changes.append(
                QJsonObject { { QStringLiteral("key"), c.key }, { QStringLiteral("fields"), fields } });
        }
        QJsonArray skipped;
        for (const rw::ResultsImport::Skipped& s : preview->skipped)
            skipped.append(QJsonObject { { QStringLiteral("line"), s.line }, { QStringLiteral("key"), s.key },
                { QStringLiteral("reason"), s.reason } });
        out() << QJsonDocument(
            QJsonObject { { QStringLiteral("kind"), preview->kind },
                { QStringLiteral("other_assessment"), preview->otherAssessment },
                { QStringLiteral("rows"), preview->rows },
                { QStringLiteral("unchanged"), preview->unchanged }, { QStringLiteral("changes"), changes },
                { QStringLiteral("skipped"), skipped },
                { QStringLiteral("applied"), !dryRun && !preview->changes.isEmpty() } })
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << tr("%1: %n row(s) read", nullptr, preview->rows).arg(QDir::toNativeSeparators(args.at(1)))
              << ", " << tr("%n change(s)", nullptr, int(preview->changes.size())) << ", "
              << tr("%n unchanged", nullptr, preview->unchanged) << ", "
              << tr("%n not taken", nullptr, int(preview->skipped.size())) << ".\n";
        for (const rw::ResultsImport::Change& c : preview->changes) {
            for (int n = 0; n < c.fields.size(); ++n) {
                const QString& f = c.fields.at(n);
                out() << "  " << (n == 0 ? c.key.leftJustified(10) : QString(10, QLatin1Char(' '))) << "  "
                      << tr("%1: \"%2\" -> \"%3\"")
                             .arg(rw::ResultsImport::fieldLabel(f),
                                 rw::ResultsImport::fieldValue(c.before, f).left(60),
                                 rw::ResultsImport::fieldValue(c.after, f).left(60))
                      << '\n';
            }
        }
        if (!preview->skipped.isEmpty()) {
            out() << tr("Not taken:") << '\n';
            for (const rw::ResultsImport::Skipped& s : preview->skipped)
                out() << "  "
                      << (preview->kind == QLatin1String("csv") ? tr("line %1").arg(s.line)
                                                                : tr("answer %1").arg(s.line))
                      << (s.key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.key)) << ": "
                      << s.reason << '\n';
        }
    }
    if (dryRun || preview->changes.isEmpty()) {
        if (!parser.isSet(QStringLiteral("json")))
            out() << (dryRun ? tr("Dry run: nothing was changed.") : tr("Nothing to change.")) << '\n';
        return preview->skipped.isEmpty() ? Ok : CheckFailed;
    }
    if (const rw::ProjectError e = rw::ResultsImport::apply(*project, preview->changes))
        return fail(tr("Nothing was imported: %1").arg(e.message));
    if (!parser.isSet(QStringLiteral("json")))
        out() << tr("Applied %n change(s).", nullptr, int(preview->changes.size())) << '\n';
    // Rows that were not taken make the run fail for a pipeline, after the rest was applied.
    return preview->skipped.isEmpty() ? Ok : CheckFailed;
}
