#include "export/map_decorations.hpp"

#include <cmath>
#include <cstdio>

#include "core/palette.hpp"
#include "export/cairo_text.hpp"
#include "export/locator_draw.hpp"

namespace steppe {

namespace {

constexpr Rgba8 kInk{25, 25, 25, 255};
constexpr Rgba8 kSecondaryInk{85, 85, 85, 255};
constexpr Rgba8 kRule{190, 190, 186, 255};
constexpr Rgba8 kPanel{255, 255, 255, 235};
constexpr Rgba8 kPanelBorder{200, 200, 196, 255};
constexpr Rgba8 kHalo{255, 255, 255, 220};

Rgba8 rgba(Rgb c) { return {c.r, c.g, c.b, 255}; }

void rounded_rect(cairo_t* cr, const Box& b, double r) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, b.right() - r, b.y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, b.right() - r, b.bottom() - r, r, 0, M_PI / 2);
  cairo_arc(cr, b.x + r, b.bottom() - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, b.x + r, b.y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

void panel(cairo_t* cr, const Box& b) {
  rounded_rect(cr, b, 4);
  cairo::set_source(cr, kPanel);
  cairo_fill_preserve(cr);
  cairo::set_source(cr, kPanelBorder);
  cairo_set_line_width(cr, 0.75);
  cairo_stroke(cr);
}

void text(cairo_t* cr, const std::string& utf8, const TextSpec& spec, const Box& box, Rgba8 colour,
          bool ellipsize = false, PangoAlignment align = PANGO_ALIGN_LEFT) {
  const cairo::Layout layout = cairo::make_layout(cr, utf8, spec, box.w, ellipsize);
  pango_layout_set_alignment(layout.get(), align);
  cairo::draw_layout(cr, layout.get(), box.x, box.y, colour);
}

// Diagonal hatch like the map's no-data pattern, clipped to `box`.
void hatch(cairo_t* cr, const Box& box, Rgb colour, double spacing, double width) {
  cairo_save(cr);
  cairo_rectangle(cr, box.x, box.y, box.w, box.h);
  cairo_clip(cr);
  for (double d = -box.h; d < box.w + box.h; d += spacing) {
    cairo_move_to(cr, box.x + d, box.bottom());
    cairo_line_to(cr, box.x + d + box.h, box.y);
  }
  cairo::set_source(cr, rgba(colour));
  cairo_set_line_width(cr, width);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void draw_legend(cairo_t* cr, const ExportLayout& layout, const Legend& legend, const MapStyle& style) {
  panel(cr, *layout.legend);
  for (const LegendRow& row : layout.legend_rows) {
    switch (row.kind) {
    case LegendRowKind::Title:
    case LegendRowKind::SymbolsTitle: text(cr, row.text, row.spec, row.text_box, kInk); break;
    case LegendRowKind::Subtitle:
    case LegendRowKind::Note: text(cr, row.text, row.spec, row.text_box, kSecondaryInk); break;
    case LegendRowKind::Warning: text(cr, row.text, row.spec, row.text_box, {150, 60, 20, 255}); break;
    case LegendRowKind::Entry: {
      const LegendEntry& e = legend.entries[row.index];
      cairo_rectangle(cr, row.swatch.x, row.swatch.y, row.swatch.w, row.swatch.h);
      cairo::set_source(cr, rgba(e.colour));
      cairo_fill(cr);
      if (e.hatched) hatch(cr, row.swatch, legend.hatch_colour, style.hatch_spacing, style.hatch_width);
      cairo_rectangle(cr, row.swatch.x, row.swatch.y, row.swatch.w, row.swatch.h);
      cairo::set_source(cr, {120, 120, 116, 255});
      cairo_set_line_width(cr, 0.6);
      cairo_stroke(cr);
      text(cr, row.text, row.spec, row.text_box, kInk);
      break;
    }
    case LegendRowKind::Symbol: {
      const LegendSymbol& s = legend.symbols[row.index];
      const Vec2 c = row.swatch.centre();
      cairo_new_path(cr);
      cairo_arc(cr, c.x, c.y, row.swatch.w / 2, 0, 2 * M_PI);
      if (s.approximate) { // a banner-located group: the map's filled disc with a dashed ring
        cairo::set_source(cr, {s.fill.r, s.fill.g, s.fill.b, 215});
        cairo_fill_preserve(cr);
        const double dash[] = {2.0, 2.0};
        cairo_set_dash(cr, dash, 2, 0);
      } else {
        cairo::set_source(cr, rgba(s.fill));
        cairo_fill_preserve(cr);
      }
      cairo::set_source(cr, rgba(s.outline));
      cairo_set_line_width(cr, 1.0);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
      text(cr, row.text, row.spec, row.text_box, kInk);
      break;
    }
    }
  }
}

std::string number_label(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void draw_scale_bar(cairo_t* cr, const Box& box, const ScaleBar& bar, double ratio) {
  panel(cr, box);
  const double len = bar.length_px / ratio;
  const double x0 = box.x + 10, y0 = box.y + 25, h = 5;
  const bool metres = bar.length_km < 1;
  const double half = metres ? bar.length_km * 500 : bar.length_km / 2;
  for (int i = 0; i < 2; ++i) {
    cairo_rectangle(cr, x0 + i * len / 2, y0, len / 2, h);
    cairo::set_source(cr, i == 0 ? kInk : Rgba8{255, 255, 255, 255});
    cairo_fill(cr);
  }
  cairo_rectangle(cr, x0, y0, len, h);
  cairo::set_source(cr, kInk);
  cairo_set_line_width(cr, 0.8);
  cairo_stroke(cr);
  const TextSpec spec{10, false, false};
  const std::string labels[3] = {"0", number_label(half), bar.label};
  const double xs[3] = {x0, x0 + len / 2, x0 + len};
  for (int i = 0; i < 3; ++i) {
    const cairo::Layout l = cairo::make_layout(cr, labels[i], spec, 0);
    const Vec2 s = cairo::layout_size(l.get());
    const double x = i == 2 ? std::min(xs[i] - s.x / 2, box.right() - 4 - s.x) : xs[i] - s.x / 2;
    cairo::draw_layout(cr, l.get(), std::max(box.x + 3, x), y0 - 3 - s.y, kInk);
  }
}

void draw_north_arrow(cairo_t* cr, const Box& box, double angle) {
  const Vec2 c{box.centre().x, box.y + box.h * 0.62};
  const double len = box.h * 0.36, w = box.w * 0.3;
  cairo_save(cr);
  cairo_translate(cr, c.x, c.y);
  cairo_rotate(cr, angle);
  // A split arrowhead: dark left half, light right half, both outlined.
  for (int side = 0; side < 2; ++side) {
    const double s = side == 0 ? -1 : 1;
    cairo_move_to(cr, 0, -len);
    cairo_line_to(cr, s * w, len * 0.75);
    cairo_line_to(cr, 0, len * 0.4);
    cairo_close_path(cr);
    cairo::set_source(cr, side == 0 ? kInk : Rgba8{255, 255, 255, 255});
    cairo_fill_preserve(cr);
    cairo::set_source(cr, kInk);
    cairo_set_line_width(cr, 0.9);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
  }
  const cairo::Layout n = cairo::make_layout(cr, "N", {13, true, false}, 0);
  const Vec2 s = cairo::layout_size(n.get());
  cairo::draw_layout(cr, n.get(), -s.x / 2, -len - 2 - s.y, kInk, kHalo, 3);
  cairo_restore(cr);
}

} // namespace

void draw_decorations(cairo_t* cr, const ExportLayout& layout, const DecorationContent& content,
                      const DecorationGeometry& geometry, const MapStyle& style) {
  cairo_save(cr);
  cairo_scale(cr, geometry.pixel_ratio, geometry.pixel_ratio);
  for (const std::optional<Box>& band : {layout.header, layout.footer}) {
    if (!band) continue;
    cairo_rectangle(cr, band->x, band->y, band->w, band->h);
    cairo::set_source(cr, style.background);
    cairo_fill(cr);
  }
  // Hairlines where the map meets the title block and the footer.
  cairo_set_line_width(cr, 0.75);
  cairo::set_source(cr, kRule);
  if (layout.header) {
    cairo_move_to(cr, kMarginPx, layout.header->bottom());
    cairo_line_to(cr, layout.width - kMarginPx, layout.header->bottom());
  }
  if (layout.footer) {
    cairo_move_to(cr, kMarginPx, layout.footer->y);
    cairo_line_to(cr, layout.width - kMarginPx, layout.footer->y);
  }
  cairo_stroke(cr);

  if (layout.title) text(cr, content.title, {content.title_size, true, false}, *layout.title, kInk);
  if (layout.subtitle) text(cr, content.subtitle, {kSubtitleSize, false, false}, *layout.subtitle, kSecondaryInk);
  if (layout.source) text(cr, content.source, {kFooterSize, false, false}, *layout.source, kSecondaryInk, true);
  if (layout.credits) {
    text(cr, content.credits, {kFooterSize, false, false}, *layout.credits, kSecondaryInk, true, PANGO_ALIGN_RIGHT);
  }
  if (layout.legend && content.legend != nullptr) draw_legend(cr, layout, *content.legend, style);
  if (layout.scale_bar && geometry.scale_bar.length_px > 0) {
    draw_scale_bar(cr, *layout.scale_bar, geometry.scale_bar, geometry.pixel_ratio);
  }
  if (layout.north_arrow) draw_north_arrow(cr, *layout.north_arrow, geometry.north_angle);
  if (layout.locator && content.locator != nullptr) draw_locator(cr, *layout.locator, *content.locator, style);
  cairo_restore(cr);
}

} // namespace steppe
