// Checklists from elsewhere: real OSCAL catalogs and a profile, a Well-Architected lens, a readiness
// questionnaire and CSV, read as templates; results written back as CSV; and bad input of every kind.

#include "TestSupport.h"
#include "domain/LensRisk.h"
#include "exchange/Csv.h"
#include "exchange/Import.h"
#include "exchange/Template.h"
#include "store/Project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(READINESS_FIXTURES_DIR "/") + name;
}

QStringList allTexts(const Template& t)
{
    QStringList texts { t.title, t.description };
    for (const TemplateDomain& d : t.domains) {
        texts << d.title << d.description;
        for (const TemplateItem& i : d.items)
            texts << i.text << i.guidance;
    }
    return texts;
}

const TemplateItem* findItem(const Template& t, const QString& key)
{
    for (const TemplateDomain& d : t.domains) {
        for (const TemplateItem& i : d.items) {
            if (i.key == key)
                return &i;
        }
    }
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void smallOscalCatalog()
    {
        QString error;
        const auto t = Template::load(fixture(QStringLiteral("oscal/basic-catalog.json")), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(Import::detect(QStringLiteral("x.json"), QByteArray("{\"catalog\": {}}")),
            Import::Format::OscalCatalog);
        QCOMPARE(t->title, QStringLiteral("Sample Security Catalog *for Demonstration* and Testing"));
        // Nested groups: the inner groups hold the controls and become the domains.
        QCOMPARE(t->domains.size(), 2);
        QCOMPARE(t->domains.at(0).key, QStringLiteral("s1.1"));
        QVERIFY(
            t->domains.at(0).description.contains(QStringLiteral("Organization of Information Security")));
        QCOMPARE(t->itemCount(), 4);
        const TemplateItem* roles = findItem(*t, QStringLiteral("s1.1.1"));
        QVERIFY(roles);
        QVERIFY(roles->text.startsWith(
            QStringLiteral("1.1.1 Information security roles and responsibilities\n")));
        // A selection whose choice holds another parameter, both readable.
        QVERIFY2(roles->text.contains(QStringLiteral(
                     "[Selection (one or more): initiating a device lock after [Assignment: a duration] "
                     "of inactivity; requiring the user")),
            qPrintable(roles->text));
        QVERIFY(roles->guidance.startsWith(
            QStringLiteral("Allocation of information security responsibilities")));
        for (const QString& text : allTexts(*t))
            QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text));
    }

    void nistLowBaseline()
    {
        QString error;
        const auto t = Template::load(
            fixture(QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json")),
            &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->domains.size(), 18);
        QCOMPARE(t->itemCount(), 149);
        QCOMPARE(t->domains.first().title, QStringLiteral("Access Control"));
        const TemplateItem* accounts = findItem(*t, QStringLiteral("ac-2"));
        QVERIFY(accounts);
        QVERIFY2(accounts->text.startsWith(QStringLiteral("AC-2 Account Management\na. Define and document")),
            qPrintable(accounts->text.left(80)));
        QVERIFY(accounts->text.contains(QStringLiteral(
            "c. Require [Assignment: prerequisites and criteria] for group and role membership;")));
        QVERIFY(accounts->text.contains(QStringLiteral("\n  1. Authorized users of the system;")));
        QVERIFY(accounts->guidance.startsWith(QStringLiteral("Examples of system account types")));
        // Enhancements are items of their own, after their control.
        QVERIFY(findItem(*t, QStringLiteral("ia-2.1")));
        for (const QString& text : allTexts(*t))
            QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(text.left(200)));
    }

    void profileResolvedAgainstTheCatalogBesideIt()
    {
        const QString profile = m_dir.filePath(QStringLiteral("profile/low-profile.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("profile"))));
        QVERIFY(QFile::copy(
            fixture(QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline_profile.json")), profile));
        QString error;
        QVERIFY(!Template::load(profile, &error));
        QVERIFY2(error.contains(QStringLiteral("NIST_SP-800-53_rev5_catalog.json"))
                && error.contains(QStringLiteral("same folder")),
            qPrintable(error));

        // The catalog the profile names, beside it (here: the LOW controls, already resolved).
        QVERIFY(QFile::copy(
            fixture(QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json")),
            m_dir.filePath(QStringLiteral("profile/NIST_SP-800-53_rev5_catalog.json"))));
        const auto t = Template::load(profile, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->itemCount(), 149);
        QCOMPARE(t->domains.size(), 18);
        QVERIFY(t->title.contains(QStringLiteral("LOW")));
    }

    void wellArchitectedLens()
    {
        QString error;
        const auto t
            = Template::load(fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->title, QStringLiteral("AWS Passport Custom Lens"));
        QCOMPARE(t->domains.size(), 1);
        QCOMPARE(t->itemCount(), 11);
        const TemplateItem* review = findItem(*t, QStringLiteral("overview01"));
        QVERIFY(review);
        QVERIFY(review->text.startsWith(
            QStringLiteral("Have you completed a Well Architected Framework Review")));
        QVERIFY(review->guidance.contains(QStringLiteral("Choices:\n☐ Yes.")));
        QVERIFY(review->guidance.contains(
            QStringLiteral("Improvement plan: A Well Architected Framework Review should be conducted")));
        QVERIFY(review->guidance.contains(QStringLiteral("https://aws.amazon.com/architecture/")));
        QVERIFY2(review->guidance.contains(
                     QStringLiteral("Risk: “Yes.”: no risk; “No.”: high risk; otherwise: medium risk.")),
            qPrintable(review->guidance));
    }

    void lensRiskRules_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("holds");
        QTest::newRow("one") << QStringLiteral("choice1") << QStringList { QStringLiteral("choice1") } << true
                             << true;
        QTest::newRow("not chosen") << QStringLiteral("choice1") << QStringList { QStringLiteral("choice2") }
                                    << true << false;
        QTest::newRow("and") << QStringLiteral("choice1 && choice2")
                             << QStringList { QStringLiteral("choice1") } << true << false;
        QTest::newRow("or") << QStringLiteral("choice1 || choice2")
                            << QStringList { QStringLiteral("choice2") } << true << true;
        QTest::newRow("not") << QStringLiteral("!choice3") << QStringList { QStringLiteral("choice1") }
                             << true << true;
        QTest::newRow("grouped") << QStringLiteral("(choice1 || choice2) && !choice3")
                                 << QStringList { QStringLiteral("choice2"), QStringLiteral("choice3") }
                                 << true << false;
        QTest::newRow("precedence") << QStringLiteral("choice1 || choice2 && choice3")
                                    << QStringList { QStringLiteral("choice1") } << true << true;
        QTest::newRow("dangling") << QStringLiteral("choice1 &&") << QStringList { QStringLiteral("choice1") }
                                  << false << false;
        QTest::newRow("unclosed") << QStringLiteral("(choice1") << QStringList { QStringLiteral("choice1") }
                                  << false << false;
        QTest::newRow("deep") << (QString(500, QLatin1Char('(')) + QStringLiteral("choice1")
            + QString(500, QLatin1Char(')')))
                              << QStringList { QStringLiteral("choice1") } << false << false;
    }

    void lensRiskRules()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, selected);
        QFETCH(bool, valid);
        QFETCH(bool, holds);
        QCOMPARE(LensRisk::isValidCondition(condition), valid);
        const QVector<RiskRule> rules { { condition, QStringLiteral("HIGH_RISK") },
            { QStringLiteral("default"), QStringLiteral("NO_RISK") } };
        QCOMPARE(LensRisk::evaluate(rules, selected),
            QString(holds ? QStringLiteral("HIGH_RISK") : QStringLiteral("NO_RISK")));
        QCOMPARE(LensRisk::evaluate(rules, {}), QString()); // nothing chosen: no risk shown
    }

    void lensAnswersShowTheirRisk()
    {
        QString error;
        const auto lens
            = Template::load(fixture(QStringLiteral("aws-wa-lens/Passport-Custom-Lens.json")), &error);
        QVERIFY(lens);
        const TemplateItem* review = findItem(*lens, QStringLiteral("overview01"));
        QCOMPARE(review->choices.size(), 2);
        QCOMPARE(review->choices.at(1).id, QStringLiteral("choice2"));
        QCOMPARE(review->riskRules.size(), 3);
        // Through a template file and back.
        const QString written = m_dir.filePath(QStringLiteral("lens.template.json"));
        QVERIFY(writeFile(written, lens->toJson()));
        const auto again = Template::load(written, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(findItem(*again, QStringLiteral("overview01"))->riskRules, review->riskRules);

        // In a project: the choices that apply give the risk, kept in the file, refused when unknown.
        const QString path = m_dir.filePath(QStringLiteral("lens.readiness"));
        ProjectError projectError;
        {
            auto project = Project::create(path, *lens, QString(), QStringLiteral("tester"), &projectError);
            QVERIFY(project);
            Item answered = *project->item(QStringLiteral("overview01"));
            QCOMPARE(answered.risk(), QString());
            answered.selectedChoices = { QStringLiteral("choice2") };
            QVERIFY(!project->updateItem(QStringLiteral("overview01"), answered));
            QCOMPARE(project->item(QStringLiteral("overview01"))->risk(), QStringLiteral("HIGH_RISK"));
            answered.selectedChoices = { QStringLiteral("choice9") };
            const ProjectError refused = project->updateItem(QStringLiteral("overview01"), answered);
            QVERIFY(refused);
            QVERIFY(refused.message.contains(QStringLiteral("no choice \"choice9\"")));
            const QVector<QStringList> rows = Csv::checklist(project->assessment());
            const int risk = int(rows.first().indexOf(QStringLiteral("risk")));
            QVERIFY(risk > 0);
            QCOMPARE(rows.at(1).at(risk), QStringLiteral("high"));
            QCOMPARE(rows.at(1).at(risk - 1), QStringLiteral("choice2"));
        }
        auto reopened = Project::open(path, ProjectFile::Access::ReadOnly, &projectError);
        QVERIFY2(reopened, qPrintable(projectError.message));
        QCOMPARE(reopened->item(QStringLiteral("overview01"))->selectedChoices,
            QStringList { QStringLiteral("choice2") });
        QCOMPARE(reopened->item(QStringLiteral("overview01"))->choices.size(), 2);
        QCOMPARE(reopened->item(QStringLiteral("overview01"))->risk(), QStringLiteral("HIGH_RISK"));

        // A rule the template format cannot read is refused with the reason.
        QByteArray bad = lens->toJson().replace("\"HIGH_RISK\"", "\"SEVERE\"");
        const QString badPath = m_dir.filePath(QStringLiteral("bad-rule.json"));
        QVERIFY(writeFile(badPath, bad));
        QVERIFY(!Template::load(badPath, &error));
        QVERIFY2(error.contains(QStringLiteral("is not understood")), qPrintable(error));
    }

    void readinessQuestionnaire()
    {
        QString error;
        const auto t = Template::load(fixture(QStringLiteral("prr-questionnaire/questions.json")), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->domains.size(), 7); // the introduction has no questions
        QCOMPARE(t->itemCount(), 71);
        QCOMPARE(t->domains.first().title, QStringLiteral("Service Levels"));
        const TemplateItem* sla = findItem(*t, QStringLiteral("SL-01"));
        QVERIFY(sla);
        QCOMPARE(sla->points, 0.5); // the best answer's score
        QCOMPARE(findItem(*t, QStringLiteral("SL-02"))->points, 0.25);
        // HTML in the questions is read as text.
        QVERIFY(
            findItem(*t, QStringLiteral("SL-02"))->guidance.contains(QStringLiteral("\n• Request Latency")));
        static const QRegularExpression tag(QStringLiteral("<[a-zA-Z/][^>]*>"));
        for (const QString& text : allTexts(*t))
            QVERIFY2(!text.contains(tag), qPrintable(text.left(200)));

        // The advice file beside it is not a checklist: said so.
        QVERIFY(!Template::load(fixture(QStringLiteral("prr-questionnaire/advice.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("is not a checklist this version reads")), qPrintable(error));
    }

    // The shapes of the public framework-library collection that were once refused (measured on the
    // whole collection, docs/import-export.md): nameless nodes, questions, long reference ids.
    // A library's scores, questions, implementation groups and translations imported as such.
    void frameworkLibraryAnswersAndLanguages()
    {
        const QString file
            = QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/translated-scored.yaml");
        QString error;
        const auto english = Template::load(file, &error);
        QVERIFY2(english, qPrintable(error));
        QCOMPARE(english->title, QStringLiteral("Small security framework"));
        // scores_definition: every requirement answered with those levels, their texts kept.
        const TemplateItem* policy = findItem(*english, QStringLiteral("GOV-1"));
        QVERIFY(policy);
        QCOMPARE(policy->question.type, QuestionType::Level);
        QCOMPARE(policy->question.options.size(), 4);
        QCOMPARE(policy->question.options.first().description, QStringLiteral("Nothing is written down."));
        QCOMPARE(policy->question.groups, (QStringList { QStringLiteral("IG1"), QStringLiteral("IG2") }));
        // Two questions: an item each; the second asked only after "Yes" to the first.
        const TemplateItem* first = findItem(*english, QStringLiteral("SUP-1-Q1"));
        const TemplateItem* second = findItem(*english, QStringLiteral("SUP-1-Q2"));
        QVERIFY(first && second);
        QCOMPARE(first->text, QStringLiteral("Do suppliers handle our data?"));
        QCOMPARE(second->question.type, QuestionType::SingleChoice);
        QCOMPARE(second->question.dependsOn, QStringLiteral("SUP-1-Q1"));
        QCOMPARE(second->question.dependsOnAnswers, QStringList { QStringLiteral("1") });
        QCOMPARE(second->question.options.at(1).result, std::optional<ItemStatus>(ItemStatus::Partial));
        QCOMPARE(second->question.options.at(0).score, 10.0);
        // In French, as the library translates it; a language it lacks is refused, naming those it has.
        ImportOptions french;
        french.language = QStringLiteral("fr");
        const auto fr = Template::load(file, &error, french);
        QVERIFY2(fr, qPrintable(error));
        QCOMPARE(fr->title, QStringLiteral("Petit référentiel de sécurité"));
        QCOMPARE(fr->domains.first().title, QStringLiteral("GOV Gouvernance"));
        QVERIFY(
            findItem(*fr, QStringLiteral("GOV-1"))->text.startsWith(QStringLiteral("Politique de sécurité")));
        QCOMPARE(findItem(*fr, QStringLiteral("GOV-1"))->question.options.first().description,
            QStringLiteral("Rien n'est écrit."));
        QVERIFY(findItem(*fr, QStringLiteral("GOV-2"))
                    ->text.startsWith(QStringLiteral("Risk register"))); // untranslated
        ImportOptions german;
        german.language = QStringLiteral("de");
        QVERIFY(!Template::load(file, &error, german));
        QVERIFY2(error.contains(QStringLiteral("en, fr")), qPrintable(error));
        german.language.clear();
        german.preferLanguage = QStringLiteral("de"); // the workbench's language, when the library lacks it
        QVERIFY(Template::load(file, &error, german));
    }

    void frameworkLibraryShapesFromTheCollection()
    {
        QString error;
        const auto nameless = Template::load(
            QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/nameless-questions.yaml"), &error);
        QVERIFY2(nameless, qPrintable(error));
        QCOMPARE(nameless->domains.size(), 2);
        // A parent without a name or reference id: the start of its description, keyed by its urn.
        QCOMPARE(nameless->domains.at(0).title,
            QStringLiteral("Context of the organisation. What it does and how large it is."));
        QCOMPARE(nameless->domains.at(0).key, QStringLiteral("context"));
        // A requirement that is only a question: the question is its text and how it is answered (its
        // choices carry no score, so the answer is recorded, not scored); the annotation is its guidance.
        const TemplateItem* kind = findItem(*nameless, QStringLiteral("context-kind"));
        QVERIFY(kind);
        QCOMPARE(kind->text, QStringLiteral("What kind of organisation is it?"));
        QVERIFY(kind->guidance.contains(QStringLiteral("Public bodies have other services to turn to.")));
        QCOMPARE(kind->question.type, QuestionType::SingleChoice);
        QCOMPARE(kind->question.options.size(), 2);
        QCOMPARE(kind->question.options.at(1).title, QStringLiteral("Company"));
        QCOMPARE(kind->question.options.at(1).result, std::optional<ItemStatus>(ItemStatus::NotApplicable));
        // Only a description: that is its text.
        QVERIFY(findItem(*nameless, QStringLiteral("context-size"))
                    ->text.startsWith(QStringLiteral("The number of workstations")));
        // A parent with only a reference id is titled by it.
        QCOMPARE(nameless->domains.at(1).title, QStringLiteral("BK"));

        const auto longKeys = Template::load(
            QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/long-keys.yaml"), &error);
        QVERIFY2(longKeys, qPrintable(error));
        QCOMPARE(longKeys->domains.size(), 2);
        QSet<QString> keys;
        for (const TemplateDomain& d : longKeys->domains) {
            QVERIFY(d.key.size() <= 64);
            keys.insert(d.key);
        }
        QCOMPARE(keys.size(), 2); // the same first 64 characters, still two keys
        QVERIFY(findItem(*longKeys, QStringLiteral("R1")));
        QVERIFY(findItem(*longKeys, QStringLiteral("R1-2")));
    }

    void librariesThatAreNoFrameworkSaySo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("mapping") << QStringLiteral("mapping-library.yaml")
                                 << QStringLiteral("is a mapping library");
        QTest::newRow("risk matrix") << QStringLiteral("risk-matrix.yaml")
                                     << QStringLiteral("is a risk matrix library");
        QTest::newRow("preset") << QStringLiteral("preset.yaml") << QStringLiteral("is a preset");
    }

    void librariesThatAreNoFrameworkSaySo()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QString error;
        QVERIFY(
            !Template::load(QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/") + file, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("nothing in it to assess")));
    }

    void frameworkLibraryInYaml()
    {
        const QString library
            = QStringLiteral(READINESS_SOURCE_DIR "/tests/data/frameworks/small-framework.yaml");
        QString error;
        const auto all = Template::load(library, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->title, QStringLiteral("Small Readiness Framework"));
        // Parents become domains (with their own parent named), assessable nodes items.
        QCOMPARE(all->domains.size(), 3);
        QCOMPARE(all->itemCount(), 8);
        QCOMPARE(all->domains.at(0).title, QStringLiteral("GV.PO Policy"));
        QCOMPARE(all->domains.at(0).description, QStringLiteral("Part of GV Govern."));
        QCOMPARE(all->domains.at(0).items.at(0).text,
            QStringLiteral("A security policy is approved & published."));
        QCOMPARE(all->domains.at(0).items.at(1).text,
            QStringLiteral("Policy review\nThe policy is reviewed every year."));
        // A sub-requirement follows its requirement in the same domain.
        QCOMPARE(all->domains.at(1).items.at(1).key, QStringLiteral("GV.RR-01.a"));
        QCOMPARE(all->domains.at(0).items.at(0).guidance, QStringLiteral("Implementation groups: IG1, IG2"));

        ImportOptions essential;
        essential.implementationGroups = { QStringLiteral("IG1") };
        const auto ig1 = Template::load(library, &error, essential);
        QVERIFY2(ig1, qPrintable(error));
        QCOMPARE(ig1->itemCount(), 5); // four in IG1, one in no group
        QVERIFY(ig1->title.endsWith(QStringLiteral("(IG1)")));
        QVERIFY(!findItem(*ig1, QStringLiteral("PR.AA-03")));
        QVERIFY(findItem(*ig1, QStringLiteral("PR.AA-04")));

        ImportOptions unknown;
        unknown.implementationGroups = { QStringLiteral("IG9") };
        QVERIFY(!Template::load(library, &error, unknown));
        QVERIFY2(error.contains(QStringLiteral("no implementation group \"IG9\"; it has: IG1, IG2")),
            qPrintable(error));

        QFile file(library);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Import::frameworkGroups(file.readAll()),
            (QStringList { QStringLiteral("IG1"), QStringLiteral("IG2") }));
    }

    void badYamlIsRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken") << QByteArray("objects:\n  framework: [unclosed\n")
                                << QStringLiteral("cannot be read as YAML");
        QTest::newRow("deep") << (QByteArray(2000, '[') + QByteArray(2000, ']'))
                              << QStringLiteral("cannot be read as YAML");
        QTest::newRow("not a framework") << QByteArray("name: shopping list\nitems: [milk]\n")
                                         << QStringLiteral("not a framework library");
        QTest::newRow("nodes not a list") << QByteArray("objects:\n  framework:\n    requirement_nodes: 3\n")
                                          << QStringLiteral("not a framework library");
        QTest::newRow("nothing assessable") << QByteArray(
            "objects:\n  framework:\n    requirement_nodes:\n    - urn: a\n      assessable: false\n")
                                            << QStringLiteral("holds no checklist items");
        // Aliases that would multiply if expanded: read without expanding, refused for what it is.
        QTest::newRow("aliases") << QByteArray(
            "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c "
            "[*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            "objects:\n  framework:\n    requirement_nodes:\n    - {urn: u, assessable: true, description: "
            "*c}\n") << QStringLiteral("holds no checklist items");
    }

    void badYamlIsRefusedClearly()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.yaml"));
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!Template::load(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void csvRoundTrip()
    {
        // A project from the NIST baseline, assessed, written as CSV, read back as a template.
        QString error;
        const auto low = Template::load(
            fixture(QStringLiteral("oscal/NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json")),
            &error);
        QVERIFY(low);
        ProjectError projectError;
        auto project = Project::create(m_dir.filePath(QStringLiteral("low.readiness")), *low, QString(),
            QStringLiteral("tester"), &projectError);
        QVERIFY2(project, qPrintable(projectError.message));
        QVERIFY(!project->setItemStatus(QStringLiteral("ac-2"), ItemStatus::Partial, 0.25));
        QVERIFY(!project->setItemNote(QStringLiteral("ac-2"),
            QStringLiteral("=HYPERLINK(\"http://x\")\nsecond line, with \"quotes\"; and a semicolon")));
        QVERIFY(!project->setItemStatus(QStringLiteral("ac-3"), ItemStatus::Met));
        const QVector<QStringList> rows = Csv::checklist(project->assessment());
        QCOMPARE(rows.size(), 150);
        QCOMPARE(rows.first(), Csv::checklistColumns());
        const QByteArray csv = Csv::write(rows);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")"), "a formula is written as text");

        const auto parsed = Csv::parse(csv, &error);
        QVERIFY(parsed);
        QCOMPARE(*parsed, rows); // every field back as it was, the formula guard removed
        const QString path = m_dir.filePath(QStringLiteral("low.csv"));
        QVERIFY(writeFile(path, csv));
        const auto back = Template::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->domains.size(), low->domains.size());
        QCOMPARE(back->itemCount(), low->itemCount());
        for (int d = 0; d < low->domains.size(); ++d) {
            QCOMPARE(back->domains.at(d).title, low->domains.at(d).title);
            for (int i = 0; i < low->domains.at(d).items.size(); ++i) {
                QCOMPARE(back->domains.at(d).items.at(i).key, low->domains.at(d).items.at(i).key);
                QCOMPARE(back->domains.at(d).items.at(i).text, low->domains.at(d).items.at(i).text);
                QCOMPARE(back->domains.at(d).items.at(i).guidance, low->domains.at(d).items.at(i).guidance);
                QCOMPARE(back->domains.at(d).items.at(i).points, low->domains.at(d).items.at(i).points);
            }
        }
        const QStringList ac2 = rows.at(2);
        QCOMPARE(ac2.at(1), QStringLiteral("ac-2"));
        QCOMPARE(ac2.at(6), QStringLiteral("partial"));
        QCOMPARE(ac2.at(7), QStringLiteral("0.25"));
    }

    void csvFromASpreadsheet()
    {
        // Semicolons (a German or French spreadsheet), no keys, decimal commas, a blocker, extra columns.
        const QByteArray sheet = "Domain;Text;Points;Blocker;Comment\r\n"
                                 "Backups;Backups are tested;1,5;yes;ignored\r\n"
                                 "Backups;\"Restore drill\nwith two lines\";;;\r\n"
                                 "Monitoring;Alerts page someone;2;;\r\n";
        const QString path = m_dir.filePath(QStringLiteral("sheet.csv"));
        QVERIFY(writeFile(path, sheet));
        QString error;
        const auto t = Template::load(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->domains.size(), 2);
        QCOMPARE(t->domains.at(0).items.size(), 2);
        QCOMPARE(t->domains.at(0).items.at(0).points, 1.5);
        QVERIFY(t->domains.at(0).items.at(0).blocker);
        QCOMPARE(t->domains.at(0).items.at(1).text, QStringLiteral("Restore drill\nwith two lines"));
        QCOMPARE(t->domains.at(0).items.at(1).points, 1.0);
        QCOMPARE(t->domains.at(0).items.at(0).key, QStringLiteral("Backups-01"));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated catalog")
            << QStringLiteral("cut.json") << QByteArray("{\"catalog\": {\"groups\": [ {\"id\": \"x\"")
            << QStringLiteral("not valid JSON");
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "[";
        QTest::newRow("deep nesting")
            << QStringLiteral("deep.json") << deep << QStringLiteral("not valid JSON");
        QTest::newRow("empty catalog")
            << QStringLiteral("empty.json") << QByteArray("{\"catalog\": {\"metadata\": {\"title\": \"x\"}}}")
            << QStringLiteral("holds no checklist items");
        QTest::newRow("csv without header")
            << QStringLiteral("x.csv") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral("header row");
        QTest::newRow("csv open quote")
            << QStringLiteral("q.csv") << QByteArray("domain,text\nA,\"never closed\n")
            << QStringLiteral("never closed");
        QTest::newRow("csv duplicate keys")
            << QStringLiteral("d.csv") << QByteArray("domain,key,text\nA,K1,one\nA,K1,two\n")
            << QStringLiteral("is used twice");
        QTest::newRow("csv bad points")
            << QStringLiteral("p.csv") << QByteArray("domain,text,points\nA,one,lots\n")
            << QStringLiteral("\"points\"");
        QTest::newRow("other json") << QStringLiteral("o.json") << QByteArray("{\"hello\": 1}")
                                    << QStringLiteral("is not a checklist");
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name);
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!Template::load(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void hostileTextIsTamed()
    {
        // A huge title and HTML with a script: cut to size, read as text; unknown fields ignored.
        QJsonObject control { { QStringLiteral("id"), QStringLiteral("x-1") },
            { QStringLiteral("title"), QString(100000, QLatin1Char('A')) },
            { QStringLiteral("unknown-field"), QStringLiteral("ignored") } };
        QJsonObject group { { QStringLiteral("id"), QStringLiteral("g") },
            { QStringLiteral("title"), QStringLiteral("<script>alert(1)</script>Group") },
            { QStringLiteral("controls"), QJsonArray { control, control } } };
        const QJsonObject root { { QStringLiteral("catalog"),
            QJsonObject { { QStringLiteral("metadata"),
                              QJsonObject { { QStringLiteral("title"), QStringLiteral("Hostile") } } },
                { QStringLiteral("groups"), QJsonArray { group } } } } };
        const QString path = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
        QString error;
        const auto t = Template::load(path, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->itemCount(), 2);
        QCOMPARE(t->domains.first().items.first().text.size(), Import::MaxTextLength);
        // The same id twice: both kept, the second with its own key.
        QCOMPARE(t->domains.first().items.at(1).key, QStringLiteral("x-1-2"));
        QCOMPARE(Import::plainText(QStringLiteral("<b>Tom &amp; Jerry</b><br>&lt;ok&gt; &#233;")),
            QStringLiteral("Tom & Jerry\n<ok> é"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
