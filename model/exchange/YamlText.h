#pragma once

// A scalar of a YAML map as text, for the readers of framework and mapping libraries: empty when the key
// is missing or holds a list or map.

#include <QString>
#include <yaml-cpp/yaml.h>

namespace rw::Import {

inline QString yamlText(const YAML::Node& node, const char* key)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.Scalar());
}

} // namespace rw::Import
