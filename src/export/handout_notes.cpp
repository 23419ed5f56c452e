#include "export/handout_notes.hpp"

#include <algorithm>

#include "export/cairo_text.hpp"

namespace steppe {

NotesDrawn draw_notes_box(cairo_t* cr, std::string_view notes, const Box& box, const NotesStyle& style) {
  NotesDrawn drawn;
  cairo_save(cr);
  cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  cairo_clip(cr);
  const double pad = style.size * 0.6;
  if (style.rule.a > 0) {
    cairo::set_source(cr, style.rule);
    cairo_set_line_width(cr, std::max(0.5, style.size / 12));
    cairo_move_to(cr, box.x, box.y + 0.5);
    cairo_line_to(cr, box.right(), box.y + 0.5);
    cairo_stroke(cr);
  }
  const double width = std::max(1.0, box.w - 2 * pad);
  const cairo::Layout heading =
      cairo::make_layout(cr, style.heading_text, TextSpec{style.size * 0.75, true, false}, width, true);
  const Vec2 heading_size = cairo::layout_size(heading.get());
  cairo::draw_layout(cr, heading.get(), box.x + pad, box.y + pad, style.heading);

  const double top = box.y + pad + heading_size.y + pad * 0.5;
  const double room = std::max(1.0, box.bottom() - pad - top);
  const std::string_view text = notes.empty() ? std::string_view("—") : notes;
  // The largest size (100% down to 60%) at which the whole text fits.
  for (double scale = 1.0;; scale -= 0.1) {
    drawn.size = style.size * scale;
    cairo::Layout body = cairo::make_layout(cr, text, TextSpec{drawn.size, false, false}, width);
    pango_layout_set_spacing(body.get(), static_cast<int>(drawn.size * 0.25 * PANGO_SCALE));
    const bool fits = cairo::layout_size(body.get()).y <= room;
    if (fits || scale < 0.65) {
      if (!fits) {
        // Still too long: the lines that fit, then "…".
        pango_layout_set_height(body.get(), static_cast<int>(room * PANGO_SCALE));
        pango_layout_set_ellipsize(body.get(), PANGO_ELLIPSIZE_END);
        drawn.cut = true;
      }
      cairo::draw_layout(cr, body.get(), box.x + pad, top, style.text);
      break;
    }
  }
  cairo_restore(cr);
  cairo::check(cr, "drawing the presenter notes");
  return drawn;
}

} // namespace steppe
