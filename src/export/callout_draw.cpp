#include "export/callout_draw.hpp"

#include <cmath>

#include "export/cairo_text.hpp"

namespace steppe {

namespace {

constexpr Rgba8 kInk{25, 25, 25, 255};
constexpr Rgba8 kValueInk{63, 0, 125, 255};  // the value: the dark end of the purple the place is filled with
constexpr Rgba8 kSecondary{85, 85, 85, 255};
constexpr Rgba8 kLeader{40, 40, 40, 255};
constexpr Rgba8 kHalo{255, 255, 255, 230};

} // namespace

void rounded_box_path(cairo_t* cr, const Bounds& b, double r) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, b.max_x - r, b.min_y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, b.max_x - r, b.max_y - r, r, 0, M_PI / 2);
  cairo_arc(cr, b.min_x + r, b.max_y - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, b.min_x + r, b.min_y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

void draw_callouts(cairo_t* cr, const std::vector<CalloutPlacement>& callouts) {
  for (const CalloutPlacement& c : callouts) {
    const double r = c.pixel_ratio;
    cairo_save(cr);
    // Leader: a white halo under a dark line, ending in a dot inside the place.
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    for (const auto& [colour, width] : {std::pair{kHalo, 4.0 * r}, std::pair{kLeader, 1.5 * r}}) {
      cairo_move_to(cr, c.leader_start_px.x, c.leader_start_px.y);
      cairo_line_to(cr, c.anchor_px.x, c.anchor_px.y);
      cairo::set_source(cr, colour);
      cairo_set_line_width(cr, width);
      cairo_stroke(cr);
    }
    cairo_new_path(cr);
    cairo_arc(cr, c.anchor_px.x, c.anchor_px.y, 3.5 * r, 0, 2 * M_PI);
    cairo::set_source(cr, kLeader);
    cairo_fill_preserve(cr);
    cairo::set_source(cr, kHalo);
    cairo_set_line_width(cr, 1.2 * r);
    cairo_stroke(cr);
    // The box: opaque, so nothing of the map shows through the text.
    rounded_box_path(cr, c.box_px, 4 * r);
    cairo::set_source(cr, {255, 255, 255, 250});
    cairo_fill_preserve(cr);
    cairo::set_source(cr, kLeader);
    cairo_set_line_width(cr, 1.0 * r);
    cairo_stroke(cr);
    for (std::size_t k = 0; k < c.lines.size(); ++k) {
      const CalloutLine& l = c.lines[k];
      const cairo::Layout layout = cairo::make_layout(cr, l.utf8, l.spec, 0);
      const Rgba8 colour = k == 0 ? kInk : (k == 1 ? kValueInk : kSecondary);
      cairo::draw_layout(cr, layout.get(), l.box_px.min_x, l.box_px.min_y, colour);
    }
    cairo_restore(cr);
  }
}

} // namespace steppe
