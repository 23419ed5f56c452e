#include "ui/region_highlight.hpp"

#include <cmath>

#include "core/error.hpp"
#include "render/map_renderer.hpp"

namespace steppe::ui {
namespace {

std::uint8_t channel(std::uint8_t a, std::uint8_t b, double w) {
  return static_cast<std::uint8_t>(std::lround(a * (1 - w) + b * w));
}

} // namespace

Rgba8 mix(Rgba8 a, Rgba8 b, double w) {
  return {channel(a.r, b.r, w), channel(a.g, b.g, w), channel(a.b, b.b, w), a.a};
}

RegionTables highlight_regions(const RegionDirectory& directory, std::span<const Rgba8> base,
                               std::optional<std::size_t> hovered,
                               std::optional<std::size_t> selected,
                               std::span<const std::uint8_t> base_patterns) {
  const std::size_t n = directory.atlas().regions.size();
  if (base.size() != n || (!base_patterns.empty() && base_patterns.size() != n)) {
    throw Error("highlight_regions: " + std::to_string(base.size()) + " base colours for " +
                std::to_string(n) + " regions (" + std::to_string(base_patterns.size()) + " patterns)");
  }
  if (!base_patterns.empty()) {
    RegionTables t{{base.begin(), base.end()}, {base_patterns.begin(), base_patterns.end()}};
    auto emphasise = [&](std::size_t i, std::uint8_t outline, double shade) {
      if (i >= n) return;
      if (t.patterns[i] == kPatternHatch) t.colors[i] = mix(base[i], kThematicShade, shade);
      else t.patterns[i] = outline;
    };
    if (hovered && hovered != selected) emphasise(*hovered, kPatternHover, kThematicHoverShade);
    if (selected) emphasise(*selected, kPatternSelected, kThematicSelectedShade);
    return t;
  }
  RegionTables t{{base.begin(), base.end()}, std::vector<std::uint8_t>(n, kPatternSolid)};
  auto tint = [&](std::size_t i, double w) {
    if (i < n) t.colors[i] = mix(base[i], kSelectedTint, w);
  };
  if (hovered && *hovered < n && hovered != selected) {
    tint(*hovered, kHoverTintWeight);
    t.patterns[*hovered] = kPatternHover;
  }
  if (selected && *selected < n) {
    tint(*selected, kSelectedTintWeight);
    t.patterns[*selected] = kPatternSelected;
    for (const LeagueEntry& league : directory.leagues()) {
      if (league.index != *selected) continue;
      for (std::size_t b : league.banners) tint(b, kSelectedTintWeight);
    }
  }
  return t;
}

} // namespace steppe::ui
