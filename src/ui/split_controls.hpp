#pragma once
// The thematic panel's "Compare maps" controls: one map, split or periods, and
// the split view's right-pane picker. Changes the document's SplitPanes.
#include "ui/split_panes.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

// In the current ImGui window; true when the panes changed.
bool draw_split_controls(SplitPanes& panes, const ThematicState& main);

} // namespace steppe::ui
