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

inline constexpr Rgba8 kThematicShade{0, 0, 0, 255};
inline constexpr double kThematicSelectedShade = 0.3;
inline constexpr double kThematicHoverShade = 0.15;

// `base` holds one colour per region (e.g. all MapStyle::region_fill, or a choropleth).
// With `base_patterns` (a thematic map: one per region) the class colours stay:
// hover and selection are outlines only. A hatched (no-data) region keeps its
// hatch and is shaded darker instead, as the renderer has one pattern per region.
RegionTables highlight_regions(const RegionDirectory& directory, std::span<const Rgba8> base,
                               std::optional<std::size_t> hovered,
                               std::optional<std::size_t> selected,
                               std::span<const std::uint8_t> base_patterns = {});

// The same for a multi-selection (comparison): every region in `selected` is
// emphasised as the single selected one is above.
RegionTables highlight_regions(const RegionDirectory& directory, std::span<const Rgba8> base,
                               std::optional<std::size_t> hovered,
                               std::span<const std::size_t> selected,
                               std::span<const std::uint8_t> base_patterns = {});

// a*(1-w) + b*w per channel, alpha from a.
Rgba8 mix(Rgba8 a, Rgba8 b, double w);

} // namespace steppe::ui
