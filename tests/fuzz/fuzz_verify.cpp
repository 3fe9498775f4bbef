// The report verifier on arbitrary reports and signatures: the first two bytes say where the input is
// split into a report and the .p7s beside it (none when the rest is empty). PDF, Markdown and JSON
// reports, CMS signatures, certificates and the trust decision all see the bytes.

#include "FuzzSupport.h"
#include "signing/ReportSigning.h"
#include "signing/Trust.h"

#include <QDir>
#include <QFile>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data + 2, size - 2);
    const qsizetype split = input.isEmpty() ? 0 : (data[0] | (data[1] << 8)) % (input.size() + 1);
    const QDir dir(FuzzSupport::folder().path());
    const QString report = dir.filePath(QStringLiteral("report.md"));
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
    };
    write(report, input.left(split));
    const QByteArray signature = input.mid(split);
    if (signature.isEmpty())
        QFile::remove(report + QStringLiteral(".p7s"));
    else
        write(report + QStringLiteral(".p7s"), signature);
    static const rw::TrustStore trust(dir.filePath(QStringLiteral("trust")));
    const rw::ReportVerification v = rw::ReportSigning::verify(report, trust);
    (void)v.verdictText();
    // The same bytes as a PDF report.
    write(report, input);
    (void)rw::ReportSigning::verify(report, trust).verdictText();
    return 0;
}
