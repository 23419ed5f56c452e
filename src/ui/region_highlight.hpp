#pragma once
// Hover and selection as the renderer shows them: a tint in the per-region
// colour table plus an outline pattern, never a re-tessellation. A selected
// league also tints its banners, because only the banner level is filled.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "render/color.hpp"
#include "ui/region_directory.hpp"

namespace steppe::ui {

struct RegionTables {
  std::vector<Rgba8> colors;           // one per Atlas::regions index
  std::vector<std::uint8_t> patterns;  // RegionPattern values
};

inline constexpr Rgba8 kSelectedTint{226, 126, 48, 255};
inline constexpr double kSelectedTintWeight = 0.55;
inline constexpr double kHoverTintWeight = 0.25;

// `base` holds one colour per region (e.g. all MapStyle::region_fill, or a choropleth).
RegionTables highlight_regions(const RegionDirectory& directory, std::span<const Rgba8> base,
                               std::optional<std::size_t> hovered,
                               std::optional<std::size_t> selected);

// a*(1-w) + b*w per channel, alpha from a.
Rgba8 mix(Rgba8 a, Rgba8 b, double w);

} // namespace steppe::ui
