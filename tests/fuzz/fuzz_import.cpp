// Every checklist reader on arbitrary bytes: templates, OSCAL catalogs and profiles, Well-Architected
// lenses, questionnaires, framework YAML and CSV; and what comes back: results (a spreadsheet or a
// questionnaire's answers) matched against a checklist, and mapping libraries. The first byte chooses
// the reader (and for checklists the file name's suffix, which the format detection reads with the
// content). A reader may refuse; it must never crash or hang.

#include "FuzzSupport.h"
#include "exchange/Import.h"
#include "exchange/Mapping.h"
#include "exchange/ResultsImport.h"

#include <QDir>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    QString error;
    const QByteArray content = FuzzSupport::bytes(data + 1, size - 1);
    switch (data[0] % 6) {
    case 4: {
        // A checklist with the kinds of item results name: plain, partial points, a lens question's choices.
        static const rw::Assessment assessment = [] {
            rw::Assessment a;
            rw::Domain d;
            d.key = QStringLiteral("SEC");
            for (const char* key : { "SEC-01", "SEC-02", "SEC-03" }) {
                rw::Item i;
                i.key = QLatin1String(key);
                i.text = i.key;
                i.points = 2;
                d.items.append(i);
            }
            d.items[2].choices = { rw::Choice { QStringLiteral("c1"), QStringLiteral("One") } };
            a.domains.append(d);
            return a;
        }();
        rw::ResultsImport::read(assessment, content, &error);
        break;
    }
    case 5:
        rw::Mapping::read(content, QStringLiteral("input.yaml"), &error);
        break;
    default: {
        static const char* suffixes[] = { "json", "yaml", "csv", "template.json" };
        const QString path = QDir(FuzzSupport::folder().path())
                                 .filePath(QStringLiteral("input.") + QLatin1String(suffixes[data[0] % 6]));
        rw::Import::fromContent(path, content, &error);
    }
    }
    return 0;
}
