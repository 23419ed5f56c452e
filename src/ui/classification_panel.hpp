#pragma once
// How the current choropleth is classified: method (equal interval, quantile,
// natural breaks, standard deviation, manual with editable breaks), number of
// classes (2-9), ColorBrewer palette (sequential and diverging, with their
// colour-blind-safe and print-safe ratings) and reverse. Every change
// reclassifies through ThematicState at once; invalid manual breaks are named
// and not applied.
#include <cstdint>
#include <vector>

#include "ui/thematic_state.hpp"

namespace steppe::ui {

class ClassificationPanel {
public:
  // Draws inside the current ImGui window; nothing without a choropleth.
  void draw(ThematicState& state);

private:
  void draw_method(ThematicState& state);
  void draw_manual_breaks(ThematicState& state);
  void draw_palette(ThematicState& state);

  std::vector<double> breaks_;     // the manual breaks being edited
  std::uint64_t synced_revision_ = ~std::uint64_t{0};
  std::string breaks_problem_;
};

} // namespace steppe::ui
