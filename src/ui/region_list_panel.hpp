#pragma once
// The side panel: label language, hover level, a Home button and the tree of
// leagues with their banners. Clicking a name asks the map to fly there and
// select it; a region selected on the map is revealed in the tree.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include <imgui.h>

#include "ui/app_state.hpp"
#include "ui/region_directory.hpp"

namespace steppe::ui {

struct PanelActions {
  std::optional<std::size_t> fly_to; // a region clicked in the list
  bool home = false;
  bool options_changed = false;      // labels or hover level
};

class RegionListPanel {
public:
  // Keeps a reference: `directory` must outlive the panel.
  explicit RegionListPanel(const RegionDirectory& directory) : directory_(directory) {}

  // Draws the panel at the window's left edge, `width` x `height` in ImGui units.
  PanelActions draw(AppState& state, std::optional<std::size_t> selected, float width,
                    float height, ImFont* heading);

  // Every selected region (a comparison's multi-selection), highlighted in the
  // tree besides the primary `selected` that draw() reveals.
  void set_all_selected(std::span<const std::size_t> regions) { all_selected_.assign(regions.begin(), regions.end()); }

private:
  bool highlighted(std::size_t index, std::optional<std::size_t> selected) const;
  void draw_options(AppState& state, PanelActions& actions);
  void draw_tree(std::optional<std::size_t> selected, PanelActions& actions);

  const RegionDirectory& directory_;
  std::optional<std::size_t> revealed_;      // the selection last scrolled into view
  std::optional<std::size_t> clicked_here_;  // the selection this panel made
  std::vector<std::size_t> all_selected_;
};

} // namespace steppe::ui
