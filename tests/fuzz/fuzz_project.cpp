// The project opener on arbitrary files: not a project, truncated, damaged or newer ones are refused
// with a message; a file that opens is read whole. Opened read-only, as `readiness-cli info` does.

#include "FuzzSupport.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = QDir(FuzzSupport::folder().path()).filePath(QStringLiteral("input.readiness"));
    QFile::remove(path + QStringLiteral("-journal"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(FuzzSupport::bytes(data, size));
    file.close();
    rw::ProjectError error;
    if (auto project = rw::Project::open(path, rw::ProjectFile::Access::ReadOnly, &error))
        project->verifyAudit();
    return 0;
}
