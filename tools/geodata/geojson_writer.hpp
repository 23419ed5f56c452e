#pragma once
// Deterministic RFC 7946 GeoJSON output: one feature per line, properties in the
// given order, rings closed, outer rings counter-clockwise, holes clockwise, and
// coordinates in shortest round-trip form (grid values such as 119.7255859375
// are written exactly).
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.hpp"

namespace steppe::geodata {

struct OutFeature {
  std::vector<std::pair<std::string, std::string>> properties; // all string-valued
  MultiPolygon shape;
};

// Throws steppe::Error when the file cannot be written.
void write_geojson(const std::string& path, const std::vector<OutFeature>& features);

} // namespace steppe::geodata
