// `steppe` with no subcommand: the interactive explorer window. Without a
// display it says so and points to the headless `steppe render`.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "core/error.hpp"

#if defined(STEPPE_HAVE_UI)
#include "io/builtin_atlas.hpp"
#include "io/prepared_atlas.hpp"
#include "app/window_startup.hpp"
#include "ui/explorer.hpp"
#include "ui/gl_window.hpp"
#endif

namespace steppe::app {

#if defined(STEPPE_HAVE_UI)

int run_window(int, char**) {
  try {
    // Checked before loading anything, so the answer is immediate.
    if (ui::display_missing_from_environment()) {
      throw ui::NoDisplayError("neither DISPLAY nor WAYLAND_DISPLAY is set");
    }
    ui::run_explorer(startup_from_environment(), [] {
      // Prepared once and cached (io/prepared_atlas): later starts only load it.
      PrepareOutcome outcome;
      PreparedAtlas prepared = prepare_atlas(PrepareRequest{}, Projection{}, &outcome);
      for (const std::string& w : prepared.read_warnings) std::cerr << "steppe: warning: " << w << "\n";
      if (!outcome.note.empty()) std::cerr << "steppe: " << outcome.note << "\n";
      for (const std::string& w : prepared.geometry.warnings) std::cerr << "steppe: warning: " << w << "\n";
      return prepared;
    });
    return kOk;
  } catch (const ui::NoDisplayError& e) {
    std::cerr << "steppe: cannot open the explorer window: no display (" << e.what() << ").\n"
              << "steppe: to draw the map without a display, run:  steppe render --out map.png\n"
              << "steppe: (see `steppe --help` for the other headless commands)\n";
    return kNoDisplay;
  } catch (const Error& e) {
    std::cerr << "steppe: " << e.what() << "\n";
    return kFailure;
  }
}

#else

int run_window(int, char**) {
  std::cerr << "steppe: this build has no explorer window; draw the map headless with:  "
               "steppe render --out map.png\n";
  return kNoDisplay;
}

#endif

} // namespace steppe::app
