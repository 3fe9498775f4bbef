#include "Versions.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <podofo/base/PdfDefines.h>
#include <sqlite3.h>

namespace rw::Versions {

QString application()
{
    return QStringLiteral(READINESS_VERSION);
}

QVector<QPair<QString, QString>> libraries()
{
    return { { QStringLiteral("Qt"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)) },
        { QStringLiteral("PoDoFo"),
            QStringLiteral("%1.%2.%3")
                .arg(PODOFO_VERSION_MAJOR)
                .arg(PODOFO_VERSION_MINOR)
                .arg(PODOFO_VERSION_PATCH) },
        { QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()) } };
}

} // namespace rw::Versions
