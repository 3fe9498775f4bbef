#pragma once

// What every harness needs: an application object (Qt's SQL and text codecs want one), quiet Qt
// warnings (a fuzzer feeds nonsense on purpose), and a folder of its own for files a reader opens.

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

inline void initialise(int* argc, char*** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

inline const QTemporaryDir& folder()
{
    static const QTemporaryDir dir;
    return dir;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace FuzzSupport
