#pragma once

// The versions of the application and of the libraries it runs on, as About and --version show them.

#include <QPair>
#include <QString>
#include <QVector>

namespace rw::Versions {

QString application();
// ("Qt", "6.4.2"), ("OpenSSL", "OpenSSL 3.0.x ..."), ("PoDoFo", "0.9.8"), ("SQLite", "3.40.1")
QVector<QPair<QString, QString>> libraries();

} // namespace rw::Versions
