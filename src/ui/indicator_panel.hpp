#pragma once
// The thematic window at the map's top-right: the indicator picker (every
// shipped indicator grouped by level and series, with Chinese and English
// titles, unit and period; "none" returns to the plain atlas), the
// classification panel and the user's-table panel. Everything it changes goes
// through ThematicState; the explorer recolours when its revision moves.
#include <string>

#include <imgui.h>

#include "ui/classification_panel.hpp"
#include "ui/table_join_panel.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

class IndicatorPanel {
public:
  // Keeps a reference: `atlas` must outlive the panel.
  explicit IndicatorPanel(const Atlas& atlas) : table_(atlas) {}

  // Draws the window `width` wide at the top-right of the display, at most
  // `max_height` tall. Returns text the UI font may lack (a table just read), else "".
  std::string draw(ThematicState& state, float width, float max_height);

private:
  void draw_picker(ThematicState& state);
  void draw_current(const ThematicState& state);

  ClassificationPanel classification_;
  TableJoinPanel table_;
};

} // namespace steppe::ui
