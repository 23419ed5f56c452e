#pragma once
// The grey context layer: neighbouring Chinese provinces and countries, clipped
// to a frame around Inner Mongolia and simplified to keep the file small.
#include <string>
#include <vector>

#include "geojson_writer.hpp"
#include "geos_util.hpp"

namespace steppe::geodata {

struct Frame {
  double min_lon = 90, min_lat = 33, max_lon = 135, max_lat = 57;
};

// `provinces_path`: new-china.geojson; `world_path`: world-atlas countries-50m.json.
// Every province except Inner Mongolia and every listed country that touches
// the frame, in a fixed order (provinces by name table, then countries).
std::vector<OutFeature> build_context(const Geos& geos, const std::string& provinces_path,
                                      const std::string& world_path, const Frame& frame,
                                      std::string& log);

} // namespace steppe::geodata
