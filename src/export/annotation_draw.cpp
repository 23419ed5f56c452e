#include "export/annotation_draw.hpp"

#include <cmath>

#include "export/cairo_text.hpp"
#include "export/callout_draw.hpp"

namespace steppe {

namespace {

constexpr Rgba8 kInk{25, 25, 25, 255};
constexpr Rgba8 kMark{150, 20, 30, 255}; // the presenter's marks: a dark red, apart from the data's colours
constexpr Rgba8 kHalo{255, 255, 255, 230};

// A line from `a` to `b` with a white halo under it.
void haloed_line(cairo_t* cr, Vec2 a, Vec2 b, double width, double r) {
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (const auto& [colour, w] : {std::pair{kHalo, width + 2.5 * r}, std::pair{kMark, width}}) {
    cairo_move_to(cr, a.x, a.y);
    cairo_line_to(cr, b.x, b.y);
    cairo::set_source(cr, colour);
    cairo_set_line_width(cr, w);
    cairo_stroke(cr);
  }
}

void arrow(cairo_t* cr, Vec2 tail, Vec2 head, double r) {
  const double dx = head.x - tail.x, dy = head.y - tail.y;
  const double len = std::hypot(dx, dy);
  if (len < 1e-6) return;
  const Vec2 u{dx / len, dy / len};
  const double head_len = std::min(14 * r, len * 0.6), head_half = 6 * r;
  const Vec2 base{head.x - u.x * head_len, head.y - u.y * head_len};
  haloed_line(cr, tail, base, 2.5 * r, r);
  cairo_new_path(cr);
  cairo_move_to(cr, head.x, head.y);
  cairo_line_to(cr, base.x - u.y * head_half, base.y + u.x * head_half);
  cairo_line_to(cr, base.x + u.y * head_half, base.y - u.x * head_half);
  cairo_close_path(cr);
  cairo::set_source(cr, kMark);
  cairo_fill_preserve(cr);
  cairo::set_source(cr, kHalo);
  cairo_set_line_width(cr, 1.2 * r);
  cairo_stroke(cr);
}

} // namespace

void draw_annotations(cairo_t* cr, const std::vector<AnnotationPlacement>& annotations) {
  for (const AnnotationPlacement& a : annotations) {
    if (!a.shown) continue;
    const double r = a.pixel_ratio;
    cairo_save(cr);
    if (a.annotation.kind == AnnotationKind::Arrow && a.head_px) arrow(cr, a.anchor_px, *a.head_px, r);
    if (a.annotation.kind == AnnotationKind::Callout) {
      // Leader and a dot on the point, as the automatic callouts draw them.
      haloed_line(cr, a.leader_start_px, a.anchor_px, 1.5 * r, r);
      cairo_new_path(cr);
      cairo_arc(cr, a.anchor_px.x, a.anchor_px.y, 3.5 * r, 0, 2 * M_PI);
      cairo::set_source(cr, kMark);
      cairo_fill_preserve(cr);
      cairo::set_source(cr, kHalo);
      cairo_set_line_width(cr, 1.2 * r);
      cairo_stroke(cr);
    }
    if (a.box_px.valid()) {
      rounded_box_path(cr, a.box_px, 4 * r);
      cairo::set_source(cr, {255, 255, 255, 250});
      cairo_fill_preserve(cr);
      cairo::set_source(cr, kMark);
      cairo_set_line_width(cr, 1.5 * r);
      cairo_stroke(cr);
      for (const CalloutLine& l : a.lines) {
        if (l.utf8.empty()) continue;
        const cairo::Layout layout = cairo::make_layout(cr, l.utf8, l.spec, 0);
        cairo::draw_layout(cr, layout.get(), l.box_px.min_x, l.box_px.min_y, kInk);
      }
    }
    cairo_restore(cr);
  }
}

} // namespace steppe
