#include "ui/dock_layout.hpp"

#include <algorithm>

namespace steppe::ui {

DockLayout layout_docks(const DockLayoutInput& in) {
  DockLayout out;
  const float w = std::max(0.0f, in.display_w);
  const float h = std::max(0.0f, in.display_h);
  if (!in.panels_visible) {
    out.map = {0, 0, w, h};
    return out;
  }
  float left = std::min(kLeftDockLogicalPx * in.ui_scale, kLeftDockMaxShare * w);
  float right = std::min(kRightDockLogicalPx * in.ui_scale, kRightDockMaxShare * w);
  // On a narrow window the docks shrink together so the map keeps its share.
  const float max_docks = (1 - kMinMapShare) * w;
  if (left + right > max_docks && left + right > 0) {
    const float k = max_docks / (left + right);
    left *= k;
    right *= k;
  }
  const float map_w = w - left - right;
  float bottom = in.comparison_open ? kBottomDockShare * h : std::min(in.collapsed_h, h);
  bottom = std::min(bottom, (1 - kMinMapShare) * h);
  out.left = {0, 0, left, h};
  out.right = {w - right, 0, right, h};
  out.bottom = {left, h - bottom, map_w, bottom};
  out.map = {left, 0, map_w, h - bottom};
  return out;
}

} // namespace steppe::ui
