#pragma once

// The project file's schema as forward migration steps: step N takes a file from version N-1 to N.

#include <QStringList>

namespace rw::Schema {

// The SQL statements of one step, run in order inside the migrating transaction.
QStringList step(int toVersion);

} // namespace rw::Schema
