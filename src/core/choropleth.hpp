#pragma once
// An indicator turned into a choropleth over an atlas: a value, a fill and a
// pattern per region, plus the legend. Honesty rules:
//  * a region of the indicator's level inside the source's coverage without
//    a value is "no data": grey and hatched, never a class, never zero;
//  * coverage = the parents the source reports on (for a banner indicator the
//    leagues with at least one value, or the [total]'s region); regions outside
//    it are "not covered": a pale plain fill, listed as such in the legend;
//  * the renderer fills only the lowest level (banners), so a league-level
//    value colours every banner of that league (banner borders stay thin);
//  * classification counts each region of the indicator's level once.
// Pure core: no GL. render/choropleth_paint applies it to a MapRenderer.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "core/classification.hpp"
#include "core/indicator.hpp"
#include "core/legend.hpp"
#include "core/palette.hpp"
#include "core/region_paint.hpp"

namespace steppe {

// Values of the per-region pattern table (same codes as render/MapRenderer's RegionPattern).
inline constexpr std::uint8_t kChoroplethSolid = kPatternSolid;
inline constexpr std::uint8_t kChoroplethNoDataHatch = kPatternHatch;

// Fill of regions outside the source's coverage (not part of any palette, not the no-data grey).
Rgb not_covered_colour();

// Empty/unset fields take the indicator's own [classification].
struct ChoroplethSpec {
  std::optional<ClassMethod> method;
  int classes = 0;                  // 0: the indicator's; else 2..9 (ignored for Manual)
  std::string palette;              // "": the indicator's
  bool reversed = false;
  std::vector<double> manual_breaks; // inner thresholds, for ClassMethod::Manual
  // Panes that show the same quantity are classified together: when set, the
  // classes (breaks, legend labels and counts) come from these values, the
  // union of every such pane's values (core/pane_scale), not from this map's alone.
  std::vector<double> pooled_values;
  std::size_t pooled_panes = 0; // how many panes pooled_values comes from
};

enum class RegionDataState : std::uint8_t {
  Value,      // has a value (possibly inherited from its league, see value_region)
  NoData,     // inside coverage, no value: hatched
  NotCovered, // outside the source's coverage
  OtherLevel, // above the indicator's level (e.g. the league polygons of a banner indicator)
};

struct Choropleth {
  std::string indicator_id;
  IndicatorLevel level = IndicatorLevel::Banner;
  Classification classes;
  Palette palette;
  // Per Atlas::regions index. value_by_region holds values only at the indicator's level.
  std::vector<std::optional<double>> value_by_region;
  // The region whose value a region shows: itself at the indicator's level, its
  // ancestor at that level below it (banners of a league indicator), none otherwise.
  std::vector<std::optional<std::size_t>> value_region;
  std::vector<int> class_by_region;            // -1 without a value
  std::vector<RegionDataState> state_by_region;
  std::vector<Rgb> fill_by_region;
  std::vector<std::uint8_t> pattern_by_region; // kChoroplethSolid / kChoroplethNoDataHatch
  // The source row (index into Indicator::values) per region at the indicator's level.
  std::vector<std::optional<std::size_t>> row_by_region;
  Legend legend;

  // The value a region shows (its own or its league's), nullopt for no data.
  std::optional<double> shown_value(std::size_t region) const;
};

// Throws steppe::Error for point indicators (use core/point_layer), unknown
// palettes, invalid class counts or breaks; the message says what to use instead.
Choropleth build_choropleth(const Atlas& atlas, const Indicator& indicator,
                            const ChoroplethSpec& spec = {});

// The Atlas level an indicator level maps to (nullopt for points).
std::optional<Level> atlas_level(IndicatorLevel level);

} // namespace steppe
