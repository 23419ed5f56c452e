#pragma once
// Where the explorer's panels sit: docked at the edges, never over the map.
// The region list fills the left edge, the thematic panel the right edge and
// the comparison panel the bottom between them; the map gets the rectangle
// that is left, so fits, fly-tos, the legend and exports always frame the part
// of the map the user can see. Tab hides every dock (the map fills the
// window for an audience). Logical pixels, origin top-left. No ImGui here.
namespace steppe::ui {

struct DockRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool empty() const { return w <= 0 || h <= 0; }
};

struct DockLayoutInput {
  float display_w = 0, display_h = 0; // logical pixels
  float ui_scale = 1;                 // HiDPI factor of the panels' widths
  bool panels_visible = true;         // false: Tab pressed, map only
  bool comparison_open = true;        // false: collapsed to its title bar
  float collapsed_h = 0;              // a collapsed panel's title bar height
};

struct DockLayout {
  DockRect left;   // regions, search, labels
  DockRect right;  // thematic panel (indicator, classes, split view)
  DockRect bottom; // comparison (ranking table and chart)
  DockRect map;    // what remains
};

inline constexpr float kLeftDockLogicalPx = 330;
inline constexpr float kRightDockLogicalPx = 390;
inline constexpr float kLeftDockMaxShare = 0.25f;   // of the display width
inline constexpr float kRightDockMaxShare = 0.30f;
inline constexpr float kBottomDockShare = 0.32f;    // of the display height, when open
inline constexpr float kMinMapShare = 0.35f;        // docks never squeeze the map below this

DockLayout layout_docks(const DockLayoutInput& in);

} // namespace steppe::ui
