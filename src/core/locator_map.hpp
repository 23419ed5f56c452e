#pragma once
// The locator inset (Inner Mongolia within China) as plain data: China's
// provinces, the one the atlas shows singled out, and ECharts' 南海诸岛
// sub-box, projected (metres) in a whole-China Albers. io/locator_reader fills
// it from geodata/locator.geojson; the page composition places it
// (export/export_composition) and export/locator_draw draws it with Cairo.
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

enum class LocatorKind {
  Province,  // grey
  Focus,     // the atlas's own region, in the accent colour
  Schematic, // the 南海诸岛 sub-box: a frame and dashes, drawn as lines' colour
};

struct LocatorShape {
  LocatorKind kind = LocatorKind::Province;
  std::string name_zh;
  MultiPolygon xy; // projected metres, y up
};

struct LocatorMap {
  std::vector<LocatorShape> shapes; // provinces first, then the schematic
  Bounds bounds;                    // of every shape

  bool empty() const { return shapes.empty() || !bounds.valid(); }
  // Width over height of `bounds` (1 when empty).
  double aspect() const { return empty() || bounds.height() <= 0 ? 1.0 : bounds.width() / bounds.height(); }
};

} // namespace steppe
