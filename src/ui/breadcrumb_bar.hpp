#pragma once
// The drill-down breadcrumb: 内蒙古自治区 › 通辽市 › 霍林郭勒市, each step a
// button that drills back up to it, plus the visible switch between
// region-wide and local class breaks (core/drill_down).
#include <cstddef>
#include <optional>
#include <vector>

#include "core/atlas.hpp"
#include "core/drill_down.hpp"

namespace steppe::ui {

struct BreadcrumbActions {
  std::optional<std::size_t> drill_to; // a step clicked (Atlas::regions index)
  std::optional<BreakScope> scope;     // the break switch changed to this
};

// `path` from core/drill_path (top region first). Draws into the current ImGui window.
BreadcrumbActions draw_breadcrumb_bar(const Atlas& atlas, const std::vector<std::size_t>& path, BreakScope scope);

} // namespace steppe::ui
