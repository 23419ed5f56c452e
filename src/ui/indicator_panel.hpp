#pragma once
// The thematic panel, docked at the right edge: the indicator picker (every
// shipped indicator grouped by level and series, with Chinese and English
// titles, unit and period; "none" returns to the plain atlas), the
// classification panel and the user's-table panel. Everything it changes goes
// through ThematicState; the explorer recolours when its revision moves.
#include <array>
#include <functional>
#include <string>

#include <imgui.h>

#include "ui/classification_panel.hpp"
#include "ui/dock_layout.hpp"
#include "ui/table_join_panel.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

class IndicatorPanel {
public:
  // Keeps a reference: `atlas` must outlive the panel.
  explicit IndicatorPanel(const Atlas& atlas) : table_(atlas) {}

  // Draws the window docked in `dock` (the display's right edge, see
  // ui/dock_layout), then `more` (e.g. the split view's controls) inside it.
  // Returns text the UI font may lack (a table just read), else "".
  std::string draw(ThematicState& state, const DockRect& dock, const std::function<void()>& more = {});

private:
  void draw_picker(ThematicState& state);
  void draw_current(const ThematicState& state);

  std::array<char, 128> filter_{}; // the picker's filter text
  ClassificationPanel classification_;
  TableJoinPanel table_;
};

} // namespace steppe::ui
