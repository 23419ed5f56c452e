#pragma once
// The locator inset's data (geodata/locator.geojson): China's 34 province-level
// units from new-china.geojson, generalised hard for a map a few hundred pixels
// wide, plus ECharts' 南海诸岛 sub-box (nanhai.hpp).
#include <string>
#include <vector>

#include "geojson_writer.hpp"
#include "geos_util.hpp"

namespace steppe::geodata {

// `provinces_path`: new-china.geojson; `nanhai_path`: echarts' nanhai.js.
// Features: the provinces in the name table's order (kind "province"; Inner
// Mongolia too), then 南海诸岛 (kind "schematic"). Logs what was kept.
std::vector<OutFeature> build_locator(const Geos& geos, const std::string& provinces_path,
                                      const std::string& nanhai_path, std::string& log);

} // namespace steppe::geodata
