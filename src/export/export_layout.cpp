#include "export/export_layout.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.hpp"

namespace steppe {

namespace {

constexpr double kLegendPadding = 10;
constexpr double kLegendRowGap = 4;
constexpr double kLegendMaxWidth = 300;
constexpr double kSwatchW = 22, kSwatchH = 14, kSwatchGap = 8;
constexpr double kScaleBarPanelH = 40;
constexpr double kNorthArrowW = 32, kNorthArrowH = 52;

std::string join_non_empty(const std::string& a, const std::string& b, std::string_view sep) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + std::string(sep) + b;
}

// Rows of the legend panel, stacked from y = 0 inside a panel of inner width `inner`.
std::vector<LegendRow> legend_rows(const Legend& legend, double inner, const TextMeasure& measure,
                                   double& used_width) {
  std::vector<LegendRow> rows;
  double y = 0;
  used_width = 0;
  auto text_row = [&](LegendRowKind kind, std::string text, TextSpec spec) {
    if (text.empty()) return;
    const Vec2 size = measure.measure(text, spec, inner);
    LegendRow row;
    row.kind = kind;
    row.text = std::move(text);
    row.spec = spec;
    row.box = {0, y, inner, size.y};
    row.text_box = row.box;
    used_width = std::max(used_width, size.x);
    rows.push_back(std::move(row));
    y += size.y + kLegendRowGap;
  };
  text_row(LegendRowKind::Title, legend.title, {13, true, false});
  text_row(LegendRowKind::Subtitle, join_non_empty(legend.unit.empty() ? "" : "单位 / Unit: " + legend.unit,
                                                   legend.period_label, " · "),
           {11, false, false});
  if (!rows.empty()) y += 2;
  for (std::size_t i = 0; i < legend.entries.size(); ++i) {
    const LegendEntry& e = legend.entries[i];
    LegendRow row;
    row.kind = LegendRowKind::Entry;
    row.index = i;
    row.text = e.label + "  (" + std::to_string(e.count) + ")";
    row.spec = {12, false, false};
    const double text_w = inner - kSwatchW - kSwatchGap;
    const Vec2 size = measure.measure(row.text, row.spec, text_w);
    const double h = std::max(kSwatchH + 2, size.y);
    row.box = {0, y, inner, h};
    row.swatch = {0, y + (h - kSwatchH) / 2, kSwatchW, kSwatchH};
    row.text_box = {kSwatchW + kSwatchGap, y + (h - size.y) / 2, text_w, size.y};
    used_width = std::max(used_width, kSwatchW + kSwatchGap + size.x);
    rows.push_back(std::move(row));
    y += h + kLegendRowGap;
  }
  if (!legend.symbols.empty()) {
    y += 4;
    text_row(LegendRowKind::SymbolsTitle, legend.symbols_title, {12, true, false});
    for (std::size_t i = 0; i < legend.symbols.size(); ++i) {
      const LegendSymbol& s = legend.symbols[i];
      LegendRow row;
      row.kind = LegendRowKind::Symbol;
      row.index = i;
      row.text = s.label;
      row.spec = {12, false, false};
      const double d = std::max(4.0, s.diameter_px);
      const double col = std::max(kSwatchW, d);
      const double text_w = inner - col - kSwatchGap;
      const Vec2 size = measure.measure(row.text, row.spec, text_w);
      const double h = std::max(d + 2, size.y);
      row.box = {0, y, inner, h};
      row.swatch = {(col - d) / 2, y + (h - d) / 2, d, d};
      row.text_box = {col + kSwatchGap, y + (h - size.y) / 2, text_w, size.y};
      used_width = std::max(used_width, col + kSwatchGap + size.x);
      rows.push_back(std::move(row));
      y += h + kLegendRowGap;
    }
  }
  const TextSpec note{10, false, true};
  y += 2;
  text_row(LegendRowKind::Note, legend.classification_note, note);
  text_row(LegendRowKind::Note, legend.coverage_note, note);
  text_row(LegendRowKind::Note, legend.consistency_note, note);
  for (const std::string& w : legend.warnings) text_row(LegendRowKind::Warning, "⚠ " + w, note);
  return rows;
}

} // namespace

ExportLayout layout_export(double width, double height, const DecorationContent& content,
                           const TextMeasure& measure) {
  ExportLayout l;
  l.width = width;
  l.height = height;
  const double m = kMarginPx;
  const double text_w = std::max(1.0, width - 2 * m);

  // Title block: a paper band across the top.
  double top = 0;
  if (!content.title.empty() || !content.subtitle.empty()) {
    double y = m;
    if (!content.title.empty()) {
      const Vec2 s = measure.measure(content.title, {content.title_size, true, false}, text_w);
      l.title = Box{m, y, text_w, s.y};
      y += s.y;
    }
    if (!content.subtitle.empty()) {
      if (l.title) y += 4;
      const Vec2 s = measure.measure(content.subtitle, {kSubtitleSize, false, false}, text_w);
      l.subtitle = Box{m, y, text_w, s.y};
      y += s.y;
    }
    top = y + m * 0.75;
    l.header = Box{0, 0, width, top};
  }

  // Footer: source on the left, credits on the right, one line each.
  double bottom = height;
  if (!content.source.empty() || !content.credits.empty()) {
    const TextSpec spec{kFooterSize, false, false};
    const Vec2 credits = content.credits.empty() ? Vec2{0, 0} : measure.measure(content.credits, spec, 0);
    const Vec2 source = content.source.empty() ? Vec2{0, 0} : measure.measure(content.source, spec, 0);
    const double line_h = std::max(credits.y, source.y);
    const double band = line_h + 2 * 8;
    bottom = height - band;
    l.footer = Box{0, bottom, width, band};
    const double credits_w = std::min(credits.x, text_w * 0.5);
    if (!content.credits.empty()) l.credits = Box{width - m - credits_w, bottom + 8, credits_w, line_h};
    if (!content.source.empty()) {
      const double gap = content.credits.empty() ? 0 : credits_w + 24;
      l.source = Box{m, bottom + 8, std::max(1.0, text_w - gap), line_h};
    }
  }
  l.map = Box{0, top, width, std::max(1.0, bottom - top)};

  if (content.legend != nullptr) {
    const double inner = std::min(kLegendMaxWidth, std::max(120.0, width * 0.38)) - 2 * kLegendPadding;
    double used = 0;
    std::vector<LegendRow> rows = legend_rows(*content.legend, inner, measure, used);
    if (!rows.empty()) {
      const double inner_h = rows.back().box.bottom();
      const double pw = std::min(inner, used) + 2 * kLegendPadding;
      const double ph = inner_h + 2 * kLegendPadding;
      for (LegendRow& r : rows) {
        for (Box* b : {&r.box, &r.text_box, &r.swatch}) {
          b->x += kLegendPadding;
          b->y += kLegendPadding;
        }
        r.box.w = std::min(r.box.w, pw - 2 * kLegendPadding);
        r.text_box.w = std::min(r.text_box.w, pw - 2 * kLegendPadding - (r.text_box.x - kLegendPadding));
      }
      l.legend = Box{0, 0, pw, ph};
      l.legend_rows = std::move(rows);
      move_legend(l, legend_candidates(l).front());
    }
  }
  if (content.scale_bar) l.scale_bar = Box{0, 0, kScaleBarMaxPx + 2 * 10, kScaleBarPanelH};
  if (content.north_arrow) l.north_arrow = Box{0, 0, kNorthArrowW, kNorthArrowH};
  place_map_panels(l);
  return l;
}

void place_map_panels(ExportLayout& l) {
  const double m = kMarginPx;
  if (l.scale_bar) {
    l.scale_bar->x = l.map.x + m;
    l.scale_bar->y = l.map.bottom() - m - l.scale_bar->h;
  }
  if (l.north_arrow) {
    l.north_arrow->x = l.map.right() - m - l.north_arrow->w;
    l.north_arrow->y = l.map.y + m;
  }
}

void move_legend(ExportLayout& l, Vec2 top_left) {
  if (!l.legend) return;
  const double dx = top_left.x - l.legend->x, dy = top_left.y - l.legend->y;
  l.legend->x += dx;
  l.legend->y += dy;
  for (LegendRow& r : l.legend_rows) {
    for (Box* b : {&r.box, &r.text_box, &r.swatch}) {
      b->x += dx;
      b->y += dy;
    }
  }
}

std::vector<Vec2> legend_candidates(const ExportLayout& l) {
  if (!l.legend) return {};
  const double m = kMarginPx, pw = l.legend->w, ph = l.legend->h;
  const Box& map = l.map;
  // The scale bar keeps the bottom-left corner and the north arrow the top-right:
  // a legend there sits beside them.
  const double below_arrow = l.north_arrow ? kNorthArrowH + m / 2 : 0;
  const double above_bar = l.scale_bar ? kScaleBarPanelH + m / 2 : 0;
  return {{map.right() - m - pw, map.bottom() - m - ph},
          {map.right() - m - pw, map.y + m + below_arrow},
          {map.x + m, map.bottom() - m - ph - above_bar},
          {map.x + m, map.y + m}};
}

std::vector<Box> map_panels(const ExportLayout& l) {
  std::vector<Box> out;
  for (const std::optional<Box>& panel : {l.legend, l.scale_bar, l.north_arrow, l.locator})
    if (panel) out.push_back(*panel);
  return out;
}

std::vector<Box> boxes_over_map(const ExportLayout& l) {
  std::vector<Box> out = map_panels(l);
  for (const std::optional<Box>& band : {l.header, l.footer})
    if (band) out.push_back(*band);
  return out;
}

Vec2 locator_size(const Box& map, double aspect) {
  const double a = aspect > 0.2 && aspect < 5 ? aspect : 1.0;
  double w = std::max(kLocatorMinWidth, map.w * 0.18);
  // Never more than 40 % of the map box's height (a wide, low page).
  w = std::min(w, std::max(kLocatorMinWidth, map.h * 0.4) * a);
  return {w, w / a};
}

std::vector<Vec2> locator_candidates(const ExportLayout& l, Vec2 size) {
  const double m = kMarginPx;
  const Box& map = l.map;
  const double left = map.x + m, right = map.right() - m - size.x;
  const double top = map.y + m, bottom = map.bottom() - m - size.y;
  // The north arrow keeps the top-right corner and the scale bar the bottom-left.
  const double right_of_arrow = l.north_arrow ? l.north_arrow->x - m / 2 - size.x : right;
  const double above_bar = l.scale_bar ? l.scale_bar->y - m / 2 - size.y : bottom;
  std::vector<Vec2> out;
  for (const Vec2& at : {Vec2{left, top}, Vec2{right_of_arrow, top}, Vec2{right, bottom}, Vec2{left, above_bar}}) {
    const Box box{at.x, at.y, size.x, size.y};
    if (box.x < map.x || box.y < map.y || box.right() > map.right() || box.bottom() > map.bottom()) continue;
    if (l.legend) {
      const Box& g = *l.legend;
      const bool overlaps = box.x < g.right() + m / 2 && box.right() > g.x - m / 2 && box.y < g.bottom() + m / 2 &&
                            box.bottom() > g.y - m / 2;
      // The legend's corner: the same quarter of the map box.
      const bool same_corner = (box.centre().x < map.centre().x) == (g.centre().x < map.centre().x) &&
                               (box.centre().y < map.centre().y) == (g.centre().y < map.centre().y);
      const bool legend_on_map = g.x >= map.x && g.right() <= map.right();
      if (overlaps || (legend_on_map && same_corner)) continue;
    }
    out.push_back(at);
  }
  return out;
}

Camera frame_view(const Bounds& view_extent, const Box& map_box, int width_px, int height_px,
                  double pixel_ratio) {
  Camera c;
  c.width_px = width_px;
  c.height_px = height_px;
  c.pixel_ratio = pixel_ratio;
  if (!view_extent.valid()) return c;
  const double mw = std::max(1.0, map_box.w * pixel_ratio);
  const double mh = std::max(1.0, map_box.h * pixel_ratio);
  c.units_per_px = std::max(std::max(view_extent.width(), 1e-9) / mw, std::max(view_extent.height(), 1e-9) / mh);
  const Vec2 box_centre{map_box.centre().x * pixel_ratio, map_box.centre().y * pixel_ratio};
  const Vec2 target = view_extent.centre();
  c.centre = {target.x - (box_centre.x - width_px / 2.0) * c.units_per_px,
              target.y + (box_centre.y - height_px / 2.0) * c.units_per_px};
  return c;
}

ScaleBar scale_bar_at(const Camera& camera, const Projection& projection, Vec2 at_px,
                      double max_length_px) {
  const double half = std::max(1.0, max_length_px / 2);
  const Vec2 a = projection.inverse(camera.to_world({at_px.x - half, at_px.y}));
  const Vec2 b = projection.inverse(camera.to_world({at_px.x + half, at_px.y}));
  if (!std::isfinite(a.x) || !std::isfinite(a.y) || !std::isfinite(b.x) || !std::isfinite(b.y)) {
    throw Error("cannot place a scale bar: the map centre is outside the projection's valid area");
  }
  geod_geodesic g{};
  geod_init(&g, 6378137.0, 1 / 298.257222101); // GRS80 (CGCS2000)
  double s12 = 0;
  geod_inverse(&g, a.y, a.x, b.y, b.x, &s12, nullptr, nullptr);
  ScaleBar bar;
  bar.metres_per_px = s12 / (2 * half);
  const double max_km = max_length_px * bar.metres_per_px / 1000.0;
  if (!(max_km > 0)) throw Error("cannot place a scale bar: the map scale is degenerate");
  const double decade = std::pow(10.0, std::floor(std::log10(max_km)));
  bar.length_km = decade;
  for (double f : {2.0, 5.0, 10.0}) {
    if (f * decade <= max_km * (1 + 1e-9)) bar.length_km = f * decade;
  }
  bar.length_px = bar.length_km * 1000.0 / bar.metres_per_px;
  char text[64];
  if (bar.length_km >= 1) std::snprintf(text, sizeof text, "%g km", bar.length_km);
  else std::snprintf(text, sizeof text, "%g m", bar.length_km * 1000);
  bar.label = text;
  return bar;
}

double north_angle_at(const Camera& camera, const Projection& projection, Vec2 at_px) {
  const Vec2 ll = projection.inverse(camera.to_world(at_px));
  const double step = ll.y < 89.9 ? 0.01 : -0.01;
  const Vec2 q = camera.to_screen(projection.forward(Vec2{ll.x, ll.y + step}));
  const Vec2 p = camera.to_screen(projection.forward(ll));
  const double dx = (q.x - p.x) * (step > 0 ? 1 : -1);
  const double dy = (q.y - p.y) * (step > 0 ? 1 : -1);
  return std::atan2(dx, -dy);
}

} // namespace steppe
