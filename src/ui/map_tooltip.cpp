#include "ui/map_tooltip.hpp"

#include "ui/indicator_tooltip.hpp"
#include "ui/region_tooltip.hpp"

namespace steppe::ui {

void draw_map_tooltip(const ThematicState& thematic, const RegionDirectory& directory, const Camera& camera,
                      std::optional<Vec2> pointer, std::optional<std::size_t> hovered, ImFont* heading) {
  const Indicator* indicator = thematic.current();
  const float wrap = kTooltipWrapEm * ImGui::GetFontSize();
  if (indicator != nullptr && thematic.points() != nullptr && pointer) {
    if (const auto p = point_at(*thematic.points(), camera, *pointer)) {
      draw_indicator_tooltip(point_indicator_tooltip(directory.atlas(), *indicator, *thematic.points(), *p), heading,
                             wrap);
      return;
    }
  }
  if (!hovered) return;
  if (indicator != nullptr && thematic.choropleth() != nullptr) {
    draw_indicator_tooltip(region_indicator_tooltip(directory.atlas(), *indicator, *thematic.choropleth(), *hovered),
                           heading, wrap);
  } else {
    draw_region_tooltip(directory, *hovered, heading);
  }
}

} // namespace steppe::ui
