// Every checklist reader on arbitrary bytes: templates, OSCAL catalogs and profiles, Well-Architected
// lenses, questionnaires, framework YAML and CSV. The first byte chooses the file name's suffix, which
// the format detection reads with the content. A reader may refuse; it must never crash or hang.

#include "FuzzSupport.h"
#include "exchange/Import.h"

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
    static const char* suffixes[] = { "json", "yaml", "csv", "template.json" };
    const QString path = QDir(FuzzSupport::folder().path())
                             .filePath(QStringLiteral("input.") + QLatin1String(suffixes[data[0] % 4]));
    QString error;
    rw::Import::fromContent(path, FuzzSupport::bytes(data + 1, size - 1), &error);
    return 0;
}
