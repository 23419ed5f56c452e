#include "export/cairo_text.hpp"

#include <string>

#include "core/error.hpp"

namespace steppe::cairo {

namespace {

// Unhinted metrics and unrounded glyph positions: a text's size in user units
// does not depend on the scale or the surface, so raster and vector agree.
void configure(PangoContext* context) {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context, FALSE);
}

} // namespace

void check(cairo_t* cr, std::string_view what) {
  const cairo_status_t status = cairo_status(cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw Error(std::string(what) + ": " + cairo_status_to_string(status));
  }
}

void check(cairo_surface_t* surface, std::string_view what) {
  const cairo_status_t status = cairo_surface_status(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw Error(std::string(what) + ": " + cairo_status_to_string(status));
  }
}

void set_source(cairo_t* cr, Rgba8 c) {
  cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
}

Layout make_layout(cairo_t* cr, std::string_view utf8, const TextSpec& spec, double max_width,
                   bool ellipsize) {
  Layout layout(pango_cairo_create_layout(cr));
  configure(pango_layout_get_context(layout.get()));
  pango_layout_context_changed(layout.get());
  std::unique_ptr<PangoFontDescription, FontDescDeleter> font(pango_font_description_new());
  pango_font_description_set_family(font.get(), kFontFamily);
  pango_font_description_set_weight(font.get(), spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font.get(), spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_font_description_set_absolute_size(font.get(), spec.size * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), font.get());
  if (max_width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(max_width * PANGO_SCALE));
    if (ellipsize) pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    else pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_text(layout.get(), utf8.data(), static_cast<int>(utf8.size()));
  return layout;
}

PangoMeasure::PangoMeasure()
    : surface_(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)), cr_(cairo_create(surface_.get())) {
  check(cr_.get(), "cannot create a Cairo context for text measurement");
}

Vec2 PangoMeasure::measure(std::string_view utf8, const TextSpec& spec, double max_width) const {
  const Layout layout = make_layout(cr_.get(), utf8, spec, max_width);
  return layout_size(layout.get());
}

Vec2 layout_size(PangoLayout* layout) {
  PangoRectangle logical{};
  pango_layout_get_extents(layout, nullptr, &logical);
  return {static_cast<double>(logical.width) / PANGO_SCALE, static_cast<double>(logical.height) / PANGO_SCALE};
}

double layout_baseline(PangoLayout* layout) {
  return static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
}

void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y, Rgba8 colour, Rgba8 halo,
                 double halo_width) {
  cairo_save(cr);
  if (halo_width > 0 && halo.a > 0) {
    // The halo as outlines; the text itself stays text (selectable, searchable).
    cairo_move_to(cr, x, y);
    pango_cairo_layout_path(cr, layout);
    set_source(cr, halo);
    cairo_set_line_width(cr, halo_width);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
  }
  cairo_move_to(cr, x, y);
  set_source(cr, colour);
  pango_cairo_show_layout(cr, layout);
  cairo_restore(cr);
}

} // namespace steppe::cairo
