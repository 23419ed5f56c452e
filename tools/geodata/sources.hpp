#pragma once
// Reads the npm source files through OGR into GEOS geometries.
#include <string>
#include <vector>

#include "geos_util.hpp"

namespace steppe::geodata {

struct SourceFeature {
  std::string id;   // the `id` attribute ("" when the layer has none)
  std::string name; // the `name` attribute
  Geom geom;
};

// All features of `layer` (empty: the first layer) in file order.
// Throws steppe::Error naming the file when it cannot be read.
std::vector<SourceFeature> read_features(const Geos& geos, const std::string& path,
                                         const std::string& layer = "");

} // namespace steppe::geodata
