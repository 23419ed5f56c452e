#include "export/point_export.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "export/cairo_text.hpp"
#include "export/export_composition.hpp"
#include "export/map_vector.hpp"

namespace steppe {

PointOverlay layout_point_overlay(const PointLayer& layer, const Camera& camera, const PointDrawOptions& o,
                                  const TextRenderer& text) {
  PointOverlay out;
  out.shapes = point_shapes(layer, camera, o.style);
  if (!o.labels || layer.points.empty()) return out;
  out.labels = point_labels(layer, out.shapes, camera, o, text);
  return out;
}

void place_point_overlay(Composition& c, const ExportScene& scene, const LabelLayer& labels) {
  if (scene.points == nullptr) return;
  const TextRenderer text; // measures only
  const double r = c.pixel_ratio;
  const Vec2 d{static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y)};
  const auto on_page = [&](const Bounds& b) { return Bounds{b.min_x + d.x, b.min_y + d.y, b.max_x + d.x, b.max_y + d.y}; };
  // Where the map labels would go without the points: the blocks stay off the
  // seat markers (★, dots) and the panels, and off league names where they can.
  std::vector<Bounds> avoid, soft;
  for (const std::optional<Box>& panel : {c.layout.legend, c.layout.scale_bar, c.layout.north_arrow})
    if (panel) avoid.push_back({panel->x * r, panel->y * r, panel->right() * r, panel->bottom() * r});
  if (c.label_options.language != LabelLanguage::None) {
    for (const PlacedLabel& l : labels.layout(c.label_camera, c.label_options)) {
      if (l.marker_px.valid()) avoid.push_back(on_page(l.marker_px));
      const bool league = scene.atlas != nullptr && l.region_index < scene.atlas->regions.size() &&
                          scene.atlas->regions[l.region_index].level == Level::League;
      if (league) soft.push_back(on_page(l.box_px));
    }
  }
  c.points.shapes = point_shapes(*scene.points, c.camera, scene.point_options.style);
  if (scene.point_options.labels && !scene.points->points.empty())
    c.points.labels = point_labels(*scene.points, c.points.shapes, c.camera, scene.point_options, text, avoid, soft);
  // The map labels keep clear of the symbols and their blocks (label camera px).
  const auto keep = [&](const Bounds& b) {
    c.label_options.keep_clear_px.push_back({b.min_x - d.x, b.min_y - d.y, b.max_x - d.x, b.max_y - d.y});
  };
  for (const ScreenShape& s : c.points.shapes)
    keep({s.centre_px.x - s.half_size_px.x, s.centre_px.y - s.half_size_px.y, s.centre_px.x + s.half_size_px.x,
          s.centre_px.y + s.half_size_px.y});
  for (const TextItem& item : c.points.labels) keep(point_label_box(item, text));
}

PointOverlay export_point_overlay(const ExportOptions& options, const ExportScene& scene) {
  ExportOptions o = options;
  o.language = LabelLanguage::None; // only the points are wanted
  const LabelLayer labels(*scene.atlas, *scene.projection);
  const cairo::PangoMeasure measure;
  return compose_export(o, scene, labels, measure).points;
}

void draw_point_shapes_vector(cairo_t* cr, const std::vector<ScreenShape>& shapes) {
  cairo_save(cr);
  for (const ScreenShape& s : shapes) {
    const double r = std::min(s.half_size_px.x, s.half_size_px.y);
    cairo_new_path(cr);
    cairo_arc(cr, s.centre_px.x, s.centre_px.y, r, 0, 2 * M_PI);
    cairo::set_source(cr, s.fill);
    cairo_fill(cr);
    if (s.outline_px <= 0 || s.outline.a == 0) continue;
    const double rim = std::max(0.5, r - s.outline_px / 2);
    // The shader starts its dashes at the left of the circle (angle π), measured along radius r.
    cairo_new_path(cr);
    cairo_arc(cr, s.centre_px.x, s.centre_px.y, rim, M_PI, 3 * M_PI);
    if (s.dashed) {
      const double dash = std::max(1.0, s.dash_px) * rim / std::max(r, 1.0);
      const double pattern[] = {dash, dash};
      cairo_set_dash(cr, pattern, 2, 0);
    }
    cairo::set_source(cr, s.outline);
    cairo_set_line_width(cr, s.outline_px);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
  cairo_restore(cr);
}

} // namespace steppe
