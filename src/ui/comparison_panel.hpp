#pragma once
// The comparison panel: the chosen regions ranked by the current indicator,
// as a table (rank, region, value with unit, period, source) and as a
// horizontal bar chart drawn with ImDrawList. Hover is linked both ways
// through one shared hovered region: the bar under the pointer is reported
// (the map outlines that region) and the region hovered on the map is drawn
// as a highlighted bar. No-data rows come last, labelled, without a bar.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/ranking.hpp"
#include "ui/region_directory.hpp"

namespace steppe::ui {

// The one hovered region the map and every linked chart share.
struct SharedHover {
  std::optional<std::size_t> region; // Atlas::regions index
  bool set(std::optional<std::size_t> r) {
    if (region == r) return false;
    region = r;
    return true;
  }
};

// A bar of the chart in panel-local units: [x0, x1] around the zero axis.
struct BarGeometry {
  std::size_t row = 0;     // index into Ranking::rows
  float x0 = 0, x1 = 0;    // from the axis to the value (x0 < x1 always)
  bool negative = false;   // drawn left of the axis (growth rates below zero)
};

// Bars scaled so the largest |value| spans the width (negative values get
// their own share left of the axis); no-data rows get no bar.
std::vector<BarGeometry> layout_bars(const Ranking& ranking, float width);

struct ComparisonActions {
  std::optional<std::size_t> hovered;  // the region whose row/bar is under the pointer
  std::optional<std::size_t> fly_to;   // a row clicked
  bool order_changed = false;          // the ascending/descending switch
};

class ComparisonPanel {
public:
  // Keeps a reference: `directory` must outlive the panel.
  explicit ComparisonPanel(const RegionDirectory& directory) : directory_(directory) {}

  // Draws into the current ImGui window (call between Begin/End).
  // `hovered` is the shared hovered region (from the map or another chart).
  ComparisonActions draw(const Ranking& ranking, std::optional<std::size_t> hovered);

  RankOrder order() const { return order_; }

private:
  void draw_table(const Ranking& ranking, std::optional<std::size_t> hovered, ComparisonActions& actions);
  void draw_bars(const Ranking& ranking, std::optional<std::size_t> hovered, ComparisonActions& actions);

  const RegionDirectory& directory_;
  RankOrder order_ = RankOrder::Descending;
};

// Every fixed string of the comparison UI (panel, search, breadcrumb, period
// slider, split view): the font loader must rasterise these glyphs.
std::string comparison_ui_text();

} // namespace steppe::ui
