#include "export/locator_draw.hpp"

#include <algorithm>

#include "export/cairo_text.hpp"

namespace steppe {

namespace {

constexpr double kPadding = 4;   // logical px between the frame and China
constexpr double kFrameWidth = 0.75;

void shape_path(cairo_t* cr, const MultiPolygon& xy, const Bounds& from, double scale, Vec2 origin) {
  const auto to_box = [&](Vec2 p) { return Vec2{origin.x + (p.x - from.min_x) * scale, origin.y + (from.max_y - p.y) * scale}; };
  const auto ring_path = [&](const Ring& ring) {
    if (ring.size() < 3) return;
    const Vec2 first = to_box(ring.front());
    cairo_move_to(cr, first.x, first.y);
    for (std::size_t i = 1; i < ring.size(); ++i) {
      const Vec2 p = to_box(ring[i]);
      cairo_line_to(cr, p.x, p.y);
    }
    cairo_close_path(cr);
  };
  for (const Polygon& poly : xy) {
    ring_path(poly.outer);
    for (const Ring& hole : poly.holes) ring_path(hole);
  }
}

} // namespace

void draw_locator(cairo_t* cr, const Box& box, const LocatorMap& map, const MapStyle& style) {
  if (map.empty()) return;
  cairo_save(cr);
  // Paper under the inset, so it reads as a map of its own over the big one.
  cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  cairo::set_source(cr, style.background);
  cairo_fill(cr);

  const Bounds& b = map.bounds;
  const double scale = std::min((box.w - 2 * kPadding) / b.width(), (box.h - 2 * kPadding) / b.height());
  const Vec2 origin{box.x + (box.w - b.width() * scale) / 2, box.y + (box.h - b.height() * scale) / 2};
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  // Grey provinces first, then the atlas's region over its neighbours' borders.
  for (const LocatorKind kind : {LocatorKind::Province, LocatorKind::Focus}) {
    for (const LocatorShape& s : map.shapes) {
      if (s.kind != kind) continue;
      cairo_new_path(cr);
      shape_path(cr, s.xy, b, scale, origin);
      cairo::set_source(cr, kind == LocatorKind::Focus ? style.locator_accent : style.locator_fill);
      cairo_fill_preserve(cr);
      cairo::set_source(cr, style.locator_border);
      cairo_set_line_width(cr, 0.35);
      cairo_stroke(cr);
    }
  }
  // 南海诸岛: its frame and dashes are thin polygons, filled in ink.
  for (const LocatorShape& s : map.shapes) {
    if (s.kind != LocatorKind::Schematic) continue;
    cairo_new_path(cr);
    shape_path(cr, s.xy, b, scale, origin);
    cairo::set_source(cr, style.locator_ink);
    cairo_fill(cr);
  }
  cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  cairo::set_source(cr, style.locator_ink);
  cairo_set_line_width(cr, kFrameWidth);
  cairo_stroke(cr);
  cairo_restore(cr);
}

} // namespace steppe
