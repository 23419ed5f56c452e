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
