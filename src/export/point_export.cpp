#include "export/point_export.hpp"

#include <algorithm>
#include <cmath>
#include <map>
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
  // One label block per place, right of the stack's extent (as PointRenderer).
  struct Place {
    Bounds extent;
    std::vector<std::string> lines;
  };
  std::map<std::pair<double, double>, Place> places;
  for (std::size_t i = 0; i < layer.points.size(); ++i) {
    const PointSymbol& p = layer.points[i];
    Place& place = places[{p.lonlat.x, p.lonlat.y}];
    const ScreenShape& s = out.shapes[i];
    place.extent.expand(Vec2{s.centre_px.x - s.half_size_px.x, s.centre_px.y - s.half_size_px.y});
    place.extent.expand(Vec2{s.centre_px.x + s.half_size_px.x, s.centre_px.y + s.half_size_px.y});
    place.lines.push_back(p.label);
  }
  const double size = o.label_size_px * camera.pixel_ratio;
  const double line_h = text.measure("0", size, FontWeight::Regular).y;
  for (auto& [key, place] : places) {
    std::vector<std::string> lines = place.lines;
    if (o.max_label_lines > 1 && lines.size() > o.max_label_lines) {
      const std::size_t more = lines.size() - (o.max_label_lines - 1);
      lines.resize(o.max_label_lines - 1);
      lines.push_back("… +" + std::to_string(more));
    }
    double y = place.extent.centre().y - line_h * static_cast<double>(lines.size()) / 2 + line_h / 2;
    for (const std::string& line : lines) {
      const Vec2 m = text.measure(line, size, FontWeight::Regular);
      TextItem t;
      t.utf8 = line;
      t.position_px = {place.extent.max_x + 4 * camera.pixel_ratio + m.x / 2, y};
      t.size_px = size;
      t.colour = {40, 20, 70, 255};
      out.labels.push_back(t);
      y += line_h;
    }
  }
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
