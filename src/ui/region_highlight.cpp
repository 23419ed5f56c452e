#include "ui/region_highlight.hpp"

#include <algorithm>
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
  std::vector<std::size_t> one;
  if (selected) one.push_back(*selected);
  return highlight_regions(directory, base, hovered, std::span<const std::size_t>(one), base_patterns);
}

RegionTables highlight_regions(const RegionDirectory& directory, std::span<const Rgba8> base,
                               std::optional<std::size_t> hovered,
                               std::span<const std::size_t> selected,
                               std::span<const std::uint8_t> base_patterns) {
  const auto is_selected = [&selected](std::size_t i) {
    return std::find(selected.begin(), selected.end(), i) != selected.end();
  };
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
    if (hovered && !is_selected(*hovered)) emphasise(*hovered, kPatternHover, kThematicHoverShade);
    for (std::size_t s : selected) emphasise(s, kPatternSelected, kThematicSelectedShade);
    return t;
  }
  RegionTables t{{base.begin(), base.end()}, std::vector<std::uint8_t>(n, kPatternSolid)};
  auto tint = [&](std::size_t i, double w) {
    if (i < n) t.colors[i] = mix(base[i], kSelectedTint, w);
  };
  if (hovered && *hovered < n && !is_selected(*hovered)) {
    tint(*hovered, kHoverTintWeight);
    t.patterns[*hovered] = kPatternHover;
  }
  for (std::size_t s : selected) {
    if (s >= n) continue;
    tint(s, kSelectedTintWeight);
    t.patterns[s] = kPatternSelected;
    for (const LeagueEntry& league : directory.leagues()) {
      if (league.index != s) continue;
      for (std::size_t b : league.banners) tint(b, kSelectedTintWeight);
    }
  }
  return t;
}

} // namespace steppe::ui
