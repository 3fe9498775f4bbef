// The workbench and readiness-cli in German and French: the translation files are sound, the interface
// follows the chosen language, built-in templates arrive translated, and a report is written in its own
// language whatever the interface speaks.

#include "MainWindow.h"
#include "TestSupport.h"
#include "app/Language.h"
#include "dialogs/PreferencesDialog.h"
#include "exchange/Template.h"
#include "models/DomainListModel.h"
#include "report/MarkdownWriter.h"
#include "report/Report.h"
#include "report/ReportLanguage.h"
#include "signing/IdentityStore.h"
#include "store/Project.h"
#include "widgets/ItemPanel.h"
#include "widgets/ScoreHeader.h"
#include "widgets/WelcomePage.h"

#include <QLabel>
#include <QListView>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rw;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QVector<Message> readTs(const QString& path)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") || name == QLatin1String("context")) {
            continue; // descend
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText(); // <numerusform>
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        } else {
            xml.skipCurrentElement();
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return text.contains(re);
}

int tagCount(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    return int(text.count(re));
}

QString tsPath(const QString& code)
{
    return QStringLiteral(READINESS_SOURCE_DIR "/translations/readiness_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestSupport::knownAssessor(); }

    void cleanup()
    {
        // Every test leaves the application in English.
        Language::installInterface(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void germanAndFrenchAreCarried()
    {
        const QStringList codes = Language::available();
        QCOMPARE(codes.first(), QStringLiteral("en"));
        QVERIFY(codes.contains(QStringLiteral("de")));
        QVERIFY(codes.contains(QStringLiteral("fr")));
        QCOMPARE(Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void translationsKeepPlaceholdersAcceleratorsAndMarkup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void translationsKeepPlaceholdersAcceleratorsAndMarkup()
    {
        QFETCH(QString, code);
        const QVector<Message> messages = readTs(tsPath(code));
        QVERIFY(messages.size() > (code == QLatin1String("en") ? 10 : 1000));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1: %2 plural forms").arg(where).arg(m.translations.size());
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders differ in \"") + t + QLatin1Char('"');
                if (m.context != QLatin1String("BuiltinTemplate")
                    && hasAccelerator(m.source) != hasAccelerator(t))
                    problems << where + QStringLiteral(": accelerator lost or added in \"") + t
                            + QLatin1Char('"');
                if (tagCount(t) != tagCount(m.source))
                    problems << where + QStringLiteral(": markup differs in \"") + t + QLatin1Char('"');
            }
        }
        if (!problems.isEmpty())
            qWarning().noquote() << problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 0);
    }

    void englishHasItsPluralForms()
    {
        QCOMPARE(Language::installInterface(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(
            QCoreApplication::translate("ChecklistPage", "%n item(s)", nullptr, 1), QStringLiteral("1 item"));
        QCOMPARE(QCoreApplication::translate("ChecklistPage", "%n item(s)", nullptr, 3),
            QStringLiteral("3 items"));
        QCOMPARE(QCoreApplication::translate("InfoCommand", "%n entries, head %1", nullptr, 1),
            QStringLiteral("1 entry, head %1"));
    }

    void interfaceFollowsTheChosenLanguage()
    {
        QCOMPARE(Language::installInterface(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Language::interfaceLanguage(), QStringLiteral("de"));
        MainWindow window;
        window.show();
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Hilfe")),
            qPrintable(menus.join(QLatin1Char(' '))));
        QCOMPARE(window.welcomePage()->findChild<QPushButton*>(QStringLiteral("welcomeDemo"))->text(),
            QStringLiteral("Das &Demoprojekt öffnen"));
        QCOMPARE(window.action(ActionId::About)->text(), QStringLiteral("Ü&ber Readiness Workbench"));
        // Numbers follow the language too.
        QCOMPARE(QLocale().toString(12.5), QStringLiteral("12,5"));
        QCOMPARE(QCoreApplication::translate("ChecklistPage", "%n item(s)", nullptr, 2),
            QStringLiteral("2 Prüfpunkte"));

        cleanup();
        QCOMPARE(Language::installInterface(QStringLiteral("fr")), QStringLiteral("fr"));
        MainWindow french;
        QCOMPARE(french.action(ActionId::About)->text(), QStringLiteral("À propos de Readiness &Workbench"));
    }

    void menuAcceleratorsStayApart_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // In every menu of the menu bar, no two entries share an Alt letter (the keyboard would pick the
    // first only).
    void menuAcceleratorsStayApart()
    {
        QFETCH(QString, code);
        QCOMPARE(Language::installInterface(code), code);
        MainWindow window;
        QStringList clashes;
        for (QAction* top : window.menuBar()->actions()) {
            QMenu* menu = top->menu();
            if (!menu)
                continue;
            QHash<QChar, QString> taken;
            for (QAction* a : menu->actions()) {
                static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
                const QRegularExpressionMatch m = mnemonic.match(a->text());
                if (a->isSeparator() || !m.hasMatch())
                    continue;
                const QChar letter = m.captured(1).at(0).toLower();
                if (taken.contains(letter))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\"")
                                   .arg(menu->title(), taken.value(letter), a->text());
                else
                    taken.insert(letter, a->text());
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void systemLanguageIsUsedWhenNoneIsChosen()
    {
        // The system's languages come from the environment (LANGUAGE first), read when QLocale starts; a
        // language without a translation falls back to English.
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        QCOMPARE(Language::installInterface(), QStringLiteral("fr"));
        QLocale::setDefault(QLocale(QStringLiteral("es_ES")));
        QCOMPARE(Language::installInterface(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("ExportDialog", "Preview: %n line(s), %1.", nullptr, 1),
            QStringLiteral("Preview: 1 line, %1."));
    }

    void preferencesChooseTheLanguageOfTheNextStart()
    {
        // The workbench's own settings file, in a temporary configuration folder.
        QTemporaryDir config;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
        const QString organisation = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Readiness Workbench"));
        QCoreApplication::setApplicationName(QStringLiteral("readiness-workbench"));
        {
            IdentityStore store(config.filePath(QStringLiteral("identities")));
            PreferencesDialog preferences(&store);
            auto* language = preferences.findChild<QComboBox*>(QStringLiteral("interfaceLanguage"));
            QVERIFY(language);
            QCOMPARE(language->currentData().toString(), QString()); // the system's, until chosen
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            preferences.save();
        }
        QCOMPARE(Settings::interfaceLanguage(), QStringLiteral("fr"));
        QCoreApplication::setOrganizationName(organisation);
        QCoreApplication::setApplicationName(application);

        // The next start of the workbench reads it, on a system that speaks English.
        QProcess workbench;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QString());
        workbench.setProcessEnvironment(env);
        workbench.start(QStringLiteral(READINESS_WORKBENCH), { QStringLiteral("--help") });
        QVERIFY(workbench.waitForFinished(60000));
        const QString help = QString::fromUtf8(workbench.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral(
                     "Évaluations de préparation : listes de contrôle, preuves, scores et rapports.")),
            qPrintable(help));
    }

    void builtinTemplatesAreTranslated()
    {
        const std::optional<Template> english = Template::builtin(QStringLiteral("production-readiness"));
        QVERIFY(english);
        Language::installInterface(QStringLiteral("de"));
        const std::optional<Template> german = Template::builtin(QStringLiteral("production-readiness"));
        QVERIFY(german);
        QCOMPARE(german->title, QStringLiteral("Bewertung der Produktionsreife"));
        QCOMPARE(german->domains.size(), english->domains.size());
        QCOMPARE(german->itemCount(), english->itemCount());
        for (int d = 0; d < german->domains.size(); ++d) {
            const TemplateDomain& g = german->domains.at(d);
            const TemplateDomain& e = english->domains.at(d);
            QCOMPARE(g.key, e.key);
            QVERIFY2(g.title != e.title, qPrintable(e.title));
            for (int i = 0; i < g.items.size(); ++i) {
                QCOMPARE(g.items.at(i).key, e.items.at(i).key);
                QCOMPARE(g.items.at(i).points, e.items.at(i).points);
                QVERIFY2(g.items.at(i).text != e.items.at(i).text, qPrintable(e.items.at(i).text));
                QVERIFY2(
                    g.items.at(i).guidance != e.items.at(i).guidance, qPrintable(e.items.at(i).guidance));
            }
        }
        QCOMPARE(german->bands.statuses.first().label, QStringLiteral("Bereit"));

        Language::installInterface(QStringLiteral("fr"));
        const std::optional<Template> french = Template::builtin(QStringLiteral("release-validation"));
        QVERIFY(french);
        QCOMPARE(french->title, QStringLiteral("Validation de version"));
    }

    void builtinTextsShowInTheInterfaceLanguageWhateverTheProjectWasCreatedIn()
    {
        // A project created in German (its texts stored in German), with one item's note and one domain
        // title typed by the assessors.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("german.readiness"));
        QCOMPARE(TestSupport::runCli({ QStringLiteral("new"), path, QStringLiteral("--template"),
                                         QStringLiteral("production-readiness") },
                     {}, { QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") })
                     .exitCode,
            0);
        {
            ProjectError error;
            auto project = Project::open(path, ProjectFile::Access::ReadWrite, &error);
            QVERIFY(project);
            QCOMPARE(
                project->assessment().domains.first().title, QStringLiteral("Infrastruktur & Architektur"));
            Item typed = *project->item(QStringLiteral("SEC-01"));
            typed.text = QStringLiteral("Eigener Text der Bewertenden");
            typed.status = ItemStatus::Unmet;
            QVERIFY(!project->updateItem(QStringLiteral("SEC-01"), typed));
            QVERIFY(!project->setItemStatus(QStringLiteral("INF-01"), ItemStatus::Met));
        }
        const QByteArray bytes = TestSupport::fileBytes(path);

        // The workbench in English shows the built-in texts and band labels in English.
        Language::installInterface(QStringLiteral("en"));
        {
            MainWindow w;
            QVERIFY(w.openProject(path));
            QCOMPARE(w.domainView()->model()->index(0, 0).data().toString(),
                QStringLiteral("Infrastructure & Architecture"));
            QCOMPARE(w.domainView()->model()->index(0, 0).data(DomainListModel::RatingRole).toString(),
                QStringLiteral("Poor")); // stored "Mangelhaft"
            QVERIFY(w.selectItem(QStringLiteral("INF-01")));
            QCOMPARE(w.itemPanel()->findChild<QLabel*>(QStringLiteral("itemText"))->text(),
                QStringLiteral(
                    "Service boundaries and dependencies are documented in a current architecture diagram."));
            // What the assessors typed stays as typed.
            QVERIFY(w.selectItem(QStringLiteral("SEC-01")));
            QCOMPARE(w.itemPanel()->findChild<QLabel*>(QStringLiteral("itemText"))->text(),
                QStringLiteral("Eigener Text der Bewertenden"));
            QCOMPARE(w.scoreHeader()->statusText(), QStringLiteral("Not ready"));
            w.closeProject();
        }
        // A French report of the same project: the built-in texts in French.
        {
            ProjectError error;
            auto project = Project::open(path, ProjectFile::Access::ReadOnly, &error);
            QVERIFY(project);
            const ReportLanguage::Scope scope(QStringLiteral("fr"));
            ReportOptions options;
            options.language = QStringLiteral("fr");
            const QString french = QString::fromUtf8(MarkdownWriter::write(Report::build(*project, options)));
            QVERIFY(french.contains(QStringLiteral("Infrastructure et architecture"))
                || french.contains(QStringLiteral("Infrastructure & architecture")));
            QVERIFY(!french.contains(QStringLiteral("Infrastruktur & Architektur")));
            QVERIFY(french.contains(QStringLiteral("Eigener Text der Bewertenden")));
        }
        // Showing changed nothing in the file.
        QCOMPARE(TestSupport::fileBytes(path), bytes);
    }

    void reportLanguageIsIndependentOfTheInterface()
    {
        QTemporaryDir dir;
        auto project = TestSupport::createProject(dir.filePath(QStringLiteral("p.readiness")));
        QVERIFY(project);
        QVERIFY(!project->setItemStatus(QStringLiteral("SEC-01"), ItemStatus::Partial, 0.5));

        Language::installInterface(QStringLiteral("de"));
        const auto markdown = [&](const QString& code) {
            const ReportLanguage::Scope scope(code);
            ReportOptions options;
            options.language = code;
            return QString::fromUtf8(MarkdownWriter::write(Report::build(*project, options)));
        };
        const QString french = markdown(QStringLiteral("fr"));
        QVERIFY(french.contains(QStringLiteral("## Synthèse")));
        QVERIFY(!french.contains(QStringLiteral("## Zusammenfassung")));
        QVERIFY2(french.contains(QStringLiteral("0,5 / 2")), "French numbers use a decimal comma");
        const QString english = markdown(QStringLiteral("en"));
        QVERIFY(english.contains(QStringLiteral("## Executive summary")));
        QVERIFY(english.contains(QStringLiteral("0.5 / 2")));
        // After the report, the interface speaks German again.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().toString(0.5), QStringLiteral("0,5"));
        QVERIFY(markdown(QStringLiteral("de")).contains(QStringLiteral("## Zusammenfassung")));
    }

    void commandLineSpeaksTheSystemLanguage()
    {
        TestSupport::CliResult r = TestSupport::runCli({ QStringLiteral("--help") }, {},
            { QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Verwendung: readiness-cli BEFEHL")), qPrintable(r.out));
        r = TestSupport::runCli({ QStringLiteral("templates") }, {},
            { QStringLiteral("LC_ALL=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=fr") });
        QVERIFY2(r.out.contains(QStringLiteral("Évaluation de la préparation à la production")),
            qPrintable(r.out));
        r = TestSupport::runCli({ QStringLiteral("info"), QStringLiteral("/nonexistent/x.readiness") }, {},
            { QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unter /nonexistent/x.readiness gibt es keine Datei.")),
            qPrintable(r.err));

        // A report in French from an English command line, and the reverse.
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("demo.readiness"));
        QVERIFY(TestSupport::makeDemo(p));
        const QString md = dir.filePath(QStringLiteral("r.md"));
        r = TestSupport::runCli(
            { QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("md"),
                QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("-o"), md });
        QCOMPARE(r.exitCode, 0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("## Synthèse")));
        QVERIFY(text.contains(QStringLiteral("Partiellement satisfait")));
        r = TestSupport::runCli({ QStringLiteral("report"), p, QStringLiteral("--format"),
                                    QStringLiteral("md"), QStringLiteral("-o"), md },
            {}, { QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("geschrieben")), qPrintable(r.out));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("## Executive summary")));

        // A French PDF: translated headers and status words are whole, not broken inside the word.
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        r = TestSupport::runCli(
            { QStringLiteral("report"), p, QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("-o"), pdf });
        QCOMPARE(r.exitCode, 0);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString words = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(words.contains(QStringLiteral("Synthèse")));
        QVERIFY(words.contains(QStringLiteral("Partiellement")));
        QVERIFY(words.contains(QStringLiteral("Responsable")));
        QVERIFY2(!words.contains(QStringLiteral("Partiellemen\n"))
                && !words.contains(QStringLiteral("Responsabl\n")),
            "a word is broken across lines in a table");
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
