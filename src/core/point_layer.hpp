#pragma once
// A point indicator (parks, data centres, projects) as map symbols. Exact
// points (a document or table gives the site) are circles, area-proportional
// when the rows carry comparable amounts (one unit, not a percentage, none
// negative, no rank or voltage); otherwise every point gets the same size and
// the value, if any, goes into its label. Ranks (排名第1), voltages (500千伏)
// and names are attributes: shown in labels, never as symbol sizes.
// Many sources give only the banner (or only the city): all items located to
// the same banner become ONE grouped symbol at a representative point of the
// banner — a dashed ring with the count inside, labelled with the banner, the
// count, "located to the banner only" and the list of items — so no item hides
// under another. Several exact points at the very same place are spread on a
// small circle on screen (fixed sizes) or drawn concentric, largest first
// (proportional sizes). Pure core: positions are projected through a callback.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
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
  Rgb approximate_ring{0x54, 0x27, 0x88}; // dashed ring of banner-located groups
  double group_diameter_px = 20;  // a grouped symbol (room for its count)
};

// A value that is an attribute, never a size: a rank ("排名第1", unit 位) or a
// voltage (千伏, kV, 伏).
bool is_attribute_value(const IndicatorValue& row);

struct PointSymbol {
  std::size_t row = 0;            // index into Indicator::values
  std::string name;               // point_name, else the row's name
  std::string category;
  std::string code;               // banner it lies in
  Vec2 lonlat;
  Vec2 world;                     // projected (CRS units)
  std::optional<double> value;
  std::string label;              // "包头新材料产业园区 420.08 亿元"; a group: "九原区 · 2 处"
  double diameter_px = 0;         // logical px
  bool approximate = false;       // a banner-located group (always grouped)
  // A group: every item the document locates only to this banner (or city),
  // in row order, and their label lines ("食品园区 2 亿元"). One entry for an
  // exact point.
  std::vector<std::size_t> member_rows;
  std::vector<std::string> member_labels;
  std::size_t count() const { return member_rows.size(); }
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
  std::size_t approximate_count = 0; // items located to their banner/city only (rows)
  std::size_t group_count = 0;       // grouped symbols drawn for them
  std::vector<std::string> skipped; // rows without lon/lat, with the reason
  Legend legend;                   // title, period, source, symbols, notes
};

// The name a group shows for a banner or city code ("和林格尔县"); empty or
// absent: the document's name of the group's first row.
using PlaceNameLookup = std::function<std::string(const std::string& code)>;

// The atlas's Chinese names (the lookup keeps a reference to `atlas`).
PlaceNameLookup atlas_place_names(const Atlas& atlas);

// "located to the banner only" / "located to the city only" (a 15xx00 code).
std::string located_only_text(const std::string& code);

// Throws steppe::Error if the indicator is not a point layer.
PointLayer build_point_layer(const Indicator& indicator,
                             const std::function<Vec2(Vec2)>& project_lonlat,
                             const PointLayerStyle& style = {}, const PlaceNameLookup& place_name = {});

// Diameter (logical px) of an area-proportional circle: sqrt(value / max) × max_d,
// never below min_d. Non-positive max or value give min_d.
double proportional_diameter(double value, double max_value, const PointLayerStyle& style);

} // namespace steppe
