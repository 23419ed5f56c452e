#pragma once
// The window's drill-down: 内蒙古 -> a league -> a banner (core/drill_down).
// Holds where the presenter drilled to and the break scope, and paints the
// map for it: the focus at full colour, the surroundings dimmed, classes
// region-wide or local. No ImGui: the breadcrumb bar draws it, the explorer
// recolours when revision() moves.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/atlas.hpp"
#include "core/choropleth.hpp"
#include "core/drill_down.hpp"
#include "core/indicator.hpp"
#include "core/legend.hpp"
#include "render/color.hpp"

namespace steppe::ui {

struct DrillPaint {
  std::vector<Rgba8> colors;          // per Atlas::regions index
  std::vector<std::uint8_t> patterns; // empty for the plain atlas
  std::optional<Legend> legend;       // the drilled choropleth's (local breaks say so)
};

class DrillState {
public:
  // Keeps a reference: `atlas` must outlive the state. Throws steppe::Error
  // when the atlas has no top-level (Level::Region) region.
  explicit DrillState(const Atlas& atlas);

  // The region drilled into (nullopt: the whole region) and the one shown in full.
  std::optional<std::size_t> target() const { return target_; }
  std::optional<std::size_t> focus() const;
  BreakScope scope() const { return scope_; }
  // The breadcrumb: top region first, down to the target.
  std::vector<std::size_t> path() const;
  std::uint64_t revision() const { return revision_; }

  // Each returns true when something changed. Drilling into the top region goes back up.
  bool drill_into(std::size_t region);
  bool drill_up();
  bool set_scope(BreakScope scope);

  // The map while drilled: nullopt at the top (the usual thematic colours apply).
  // `shown` is the choropleth's indicator (nullptr: plain atlas or a point layer).
  std::optional<DrillPaint> paint(const Indicator* shown, const ChoroplethSpec& spec, Rgba8 plain) const;

private:
  const Atlas& atlas_;
  std::size_t top_ = 0;
  std::optional<std::size_t> target_;
  BreakScope scope_ = BreakScope::RegionWide;
  std::uint64_t revision_ = 0;
};

} // namespace steppe::ui
