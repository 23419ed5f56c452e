#pragma once
// How the explorer window starts: everything a briefing script or a test may
// set up before the first frame (an indicator shown, regions selected, the
// split view, a deck to present, where to save a snapshot). Parsed once, in
// app/ (from STEPPE_EXPLORER_* variables), and handed to run_explorer: no ui
// code reads the environment. Set-up only — the actions a test checks are
// still done with real input.
#include <cstddef>
#include <string>
#include <vector>

namespace steppe::ui {

struct ExplorerStartup {
  std::string indicator;            // shown at start (an indicator id)
  std::vector<std::string> select;  // region codes selected for comparison
  std::string split;                // split view with this indicator on the right
  bool periods = false;             // small multiples of every period of the indicator
  bool hide_panels = false;         // as Tab: the map alone
  std::string snapshot;             // save the window (and "<file>.map") after the layout settles, then close
  std::string export_path;          // with snapshot: export the view there through the export panel
  std::string export_title;         // opens the export panel with this title
  std::string deck;                 // opens this deck in the deck panel
  std::size_t present_from = 0;     // 1-based slide to present the deck from at once (0: don't)
  std::string widgets;              // write the controls' rectangles there each frame (ui/widget_probe)
  int frame_delay_ms = 0;           // sleep this long in every frame (tests of slow machines)
};

} // namespace steppe::ui
