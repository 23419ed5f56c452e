#pragma once
// The explorer's comparison window (docked under the map): the region search box, the period slider of the shown indicator's
// series, and the comparison panel ranking the selection (or the whole level)
// by the shown indicator. The explorer applies what it returns.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/region_search.hpp"
#include "ui/comparison_controller.hpp"
#include "ui/comparison_panel.hpp"
#include "ui/dock_layout.hpp"
#include "ui/drill_state.hpp"
#include "ui/region_directory.hpp"
#include "ui/search_box.hpp"
#include "ui/thematic_state.hpp"

namespace steppe::ui {

struct ComparisonWindowActions {
  std::optional<std::size_t> fly_to;    // a search hit or a ranked row picked: fly there and select it
  std::optional<std::size_t> hovered;   // the chart row under the pointer
  std::optional<std::size_t> indicator; // the period slider moved: show this shipped indicator
  bool drilled = false;                 // the drill-down moved: frame DrillState::target (none: home)
  bool changed = false;                 // anything that needs another frame
};

class ComparisonWindow {
public:
  // Keeps a reference: `directory` must outlive the window.
  explicit ComparisonWindow(const RegionDirectory& directory);

  // Docked in `dock` (ui/dock_layout: under the map); the user may collapse it
  // to its title bar (collapsed() then, and the map grows). `selected` every
  // selected region (the primary last); `hovered` the shared hover. The
  // breadcrumb and the "drill down" button change `drill`.
  ComparisonWindowActions draw(const ThematicState& thematic, DrillState& drill, std::span<const std::size_t> selected,
                               std::optional<std::size_t> hovered, const DockRect& dock);
  bool collapsed() const { return collapsed_; }

private:
  void draw_drill(DrillState& drill, std::span<const std::size_t> selected, ComparisonWindowActions& actions);

  const RegionDirectory& directory_;
  RegionSearch search_;
  SearchBox search_box_;
  ComparisonPanel panel_;
  ComparisonController controller_;
  bool collapsed_ = false;
  std::size_t shown_selection_ = 0; // selected regions last frame: a new selection reopens the window
};

// Every fixed string the window and the comparison pieces show, for the UI font.
std::string comparison_window_glyphs();

} // namespace steppe::ui
