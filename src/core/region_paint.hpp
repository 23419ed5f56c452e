#pragma once
// Paint is a value: what each region of a map looks like for one draw — its
// fill colour and pattern — built in core from a choropleth, a selection, a
// hover or a drill-down and handed to the renderer with every draw. The
// renderer keeps geometry and GPU buffers, never paint; two panes, a slide
// and an export each pass their own. One definition of the pattern codes.
#include <cstdint>
#include <vector>

#include "core/colour.hpp"

namespace steppe {

inline constexpr std::uint8_t kPatternSolid = 0;
inline constexpr std::uint8_t kPatternHatch = 1;    // "no data": hatch lines over the region's colour
inline constexpr std::uint8_t kPatternSelected = 2; // solid, with a heavy outline on top
inline constexpr std::uint8_t kPatternHover = 3;    // solid, with a lighter outline on top

struct RegionPaint {
  // Per Atlas::regions index. Empty colours: the style's region fill; empty
  // patterns: solid. Otherwise one entry per region.
  std::vector<Rgba8> colours;
  std::vector<std::uint8_t> patterns;
  friend bool operator==(const RegionPaint&, const RegionPaint&) = default;
};

} // namespace steppe
