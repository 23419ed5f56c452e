#pragma once
// A point indicator (parks, data centres, projects) as map symbols. Sizes are
// area-proportional circles when the rows carry comparable values (one unit,
// not a percentage, none negative); otherwise every point gets the same size
// and the value, if any, goes into its label. Many sources give only the banner:
// such points are "approximate" (a representative point inside the banner),
// drawn as a hollow dashed ring and named so in the legend. Several points at
// the very same place are spread on a small circle on screen (fixed sizes) or
// drawn concentric, largest first (proportional sizes), so none hides another.
// Pure core: positions are projected through a callback (geo/Projection).
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/indicator.hpp"
#include "core/legend.hpp"
#include "core/palette.hpp"

namespace steppe {

struct PointLayerStyle {
  double min_diameter_px = 7;     // logical px; the smallest value never vanishes
  double max_diameter_px = 40;    // logical px for the largest value
  double fixed_diameter_px = 11;  // when sizes do not encode values
  Rgb fill{0x6a, 0x3d, 0x9a};     // exact points
  Rgb outline{0xff, 0xff, 0xff};
  Rgb approximate_ring{0x54, 0x27, 0x88}; // dashed ring of approximate points
};

struct PointSymbol {
  std::size_t row = 0;            // index into Indicator::values
  std::string name;               // point_name, else the row's name
  std::string category;
  std::string code;               // banner it lies in
  Vec2 lonlat;
  Vec2 world;                     // projected (CRS units)
  std::optional<double> value;
  std::string label;              // "包头新材料产业园区 420.08 亿元"
  double diameter_px = 0;         // logical px
  bool approximate = false;
  std::size_t stack_index = 0;    // position among points at the same place
  std::size_t stack_size = 1;

  // Screen offset (framebuffer px) that spreads a stack of fixed-size symbols
  // on a small circle; zero for single points and proportional stacks.
  Vec2 stack_offset_px(double pixel_ratio, bool proportional) const;
};

struct PointLayer {
  std::string indicator_id;
  bool proportional = false;       // diameters encode values
  std::vector<PointSymbol> points; // in drawing order: largest first
  std::size_t approximate_count = 0;
  std::vector<std::string> skipped; // rows without lon/lat, with the reason
  Legend legend;                   // title, period, source, symbols, notes
};

// Throws steppe::Error if the indicator is not a point layer.
PointLayer build_point_layer(const Indicator& indicator,
                             const std::function<Vec2(Vec2)>& project_lonlat,
                             const PointLayerStyle& style = {});

// Diameter (logical px) of an area-proportional circle: sqrt(value / max) × max_d,
// never below min_d. Non-positive max or value give min_d.
double proportional_diameter(double value, double max_value, const PointLayerStyle& style);

} // namespace steppe
