#pragma once
// The window's split view: a toggle, the indicator of the right-hand pane,
// and the two pane cameras. Both panes show the one camera the map view
// controller moves (core/view_sync: one model, same centre and scale), each
// at half the canvas width, so a pan or zoom in either pane moves both.
#include <cstddef>
#include <string>
#include <vector>

#include "core/camera.hpp"

namespace steppe::ui {

struct SplitViewState {
  bool enabled = false;
  std::size_t right_indicator = 0; // index into the list shown by the toggle
};

struct SplitPanes {
  Camera left, right; // pane-local cameras (half width each)
  int right_x = 0;    // framebuffer x where the right pane starts
};

// Splits a full-canvas camera into two synchronised half-width panes.
SplitPanes split_panes(const Camera& canvas);

// Draws the toggle and the right pane's indicator picker into the current
// ImGui window; true when anything changed.
bool draw_split_view_toggle(SplitViewState& state, const std::vector<std::string>& indicator_titles);

} // namespace steppe::ui
