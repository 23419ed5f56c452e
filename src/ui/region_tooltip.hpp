#pragma once
// The tooltip beside the pointer over a region: Chinese name (large), English
// name, code, league and area with thousands separators.
#include <cstddef>

#include <imgui.h>

#include "ui/region_directory.hpp"

namespace steppe::ui {

// Call between ImGui::NewFrame and ImGui::Render; `heading` may be null.
void draw_region_tooltip(const RegionDirectory& directory, std::size_t region_index,
                         ImFont* heading);

} // namespace steppe::ui
