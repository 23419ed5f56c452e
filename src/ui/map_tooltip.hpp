#pragma once
// The tooltip over the map: a point symbol's under the pointer first, else the
// hovered region's — with the shown indicator's value, rank, share, period and
// quote, or the atlas facts (name, code, league, area) on the plain map.
#include <cstddef>
#include <optional>

#include <imgui.h>

#include "core/camera.hpp"
#include "ui/region_directory.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

inline constexpr float kTooltipWrapEm = 26.0f; // tooltip width, in font heights

// `pointer`: camera pixels (nullopt when the pointer is not over the map).
void draw_map_tooltip(const ThematicState& thematic, const RegionDirectory& directory, const Camera& camera,
                      std::optional<Vec2> pointer, std::optional<std::size_t> hovered, ImFont* heading);

} // namespace steppe::ui
