#include "export/page_theme_style.hpp"

#include <algorithm>

namespace steppe {

MapStyle themed_style(MapStyle s, PageTheme theme) {
  if (theme != PageTheme::Projector) return s;
  s.context_fill = {222, 222, 217, 255};
  s.context_outline = {{130, 130, 125, 255}, 1.0f};
  s.banner_border = {{85, 85, 80, 255}, 1.1f};
  s.league_border = {{20, 20, 20, 255}, 2.6f};
  s.region_outline = {{0, 0, 0, 255}, 3.4f};
  s.selected_outline = {{0, 0, 0, 255}, 4.5f};
  s.hatch_color = {85, 85, 85, 255};
  s.hatch_width = 1.4f;
  s.locator_fill = {200, 200, 194, 255};
  s.locator_accent = {190, 30, 20, 255};
  s.locator_ink = {30, 30, 30, 255};
  return s;
}

LabelOptions themed_labels(LabelOptions l, PageTheme theme) {
  if (theme != PageTheme::Projector) return l;
  l.league_size_px = 18;
  l.banner_size_px = 14;
  l.min_size_px = std::max(l.min_size_px, 12.0);
  l.league_colour = {0, 0, 0, 255};
  l.banner_colour = {10, 10, 10, 255};
  l.halo_colour = {255, 255, 255, 255};
  l.seat_colour = {0, 0, 0, 255};
  l.context_size_px = 15;
  l.context_colour = {78, 78, 74, 255};
  return l;
}

void apply_page_theme(ExportScene& scene, PageTheme theme) {
  scene.style = themed_style(scene.style, theme);
  scene.labels = themed_labels(scene.labels, theme);
  if (theme == PageTheme::Projector) scene.point_options.label_size_px = std::max(scene.point_options.label_size_px, 14.0);
}

} // namespace steppe
