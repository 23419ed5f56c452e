#pragma once
// The grey context layer: neighbouring Chinese provinces and countries, clipped
// to a frame around Inner Mongolia and simplified to keep the file small.
#include <string>
#include <vector>

#include "geojson_writer.hpp"
#include "geos_util.hpp"

namespace steppe::geodata {

struct Frame {
  // Wide enough that a 16:9 or split-view frame of the region never shows the
  // clip edge (the conic projection turns the lon/lat box into a fan).
  double min_lon = 70, min_lat = 25, max_lon = 150, max_lat = 62;
};

// `provinces_path`: new-china.geojson; `world_path`: world-atlas countries-50m.json.
// Every province except Inner Mongolia and every listed country that touches
// the frame, in a fixed order (provinces by name table, then countries).
std::vector<OutFeature> build_context(const Geos& geos, const std::string& provinces_path,
                                      const std::string& world_path, const Frame& frame,
                                      std::string& log);

} // namespace steppe::geodata
