#include "export/map_vector.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "export/cairo_text.hpp"
#include "render/glyph_atlas.hpp"
#include "render/map_renderer.hpp"
#include "render/text_renderer.hpp"

namespace steppe {

namespace {

// The GL text renderer puts the baseline this far below the line's centre (em).
constexpr double kBaselineBelowCentreEm = 0.38;

void ring_path(cairo_t* cr, const Camera& camera, const Ring& ring) {
  if (ring.size() < 2) return;
  bool first = true;
  for (const Vec2& p : ring) {
    const Vec2 s = camera.to_screen(p);
    if (first) cairo_move_to(cr, s.x, s.y);
    else cairo_line_to(cr, s.x, s.y);
    first = false;
  }
  cairo_close_path(cr);
}

void shape_path(cairo_t* cr, const Camera& camera, const MultiPolygon& shape) {
  for (const Polygon& poly : shape) {
    ring_path(cr, camera, poly.outer);
    for (const Ring& hole : poly.holes) ring_path(cr, camera, hole);
  }
}

bool visible(const Camera& camera, const Bounds& b) {
  const Bounds v = camera.visible_world();
  return b.valid() && b.max_x >= v.min_x && b.min_x <= v.max_x && b.max_y >= v.min_y && b.min_y <= v.max_y;
}

void stroke_with(cairo_t* cr, const LineStyle& line, double ratio) {
  cairo::set_source(cr, line.color);
  cairo_set_line_width(cr, line.width * ratio);
  cairo_stroke(cr);
}

// Diagonal lines where x + y ≡ canvas height (mod spacing), as the GL shader
// draws them: mod(gl_FragCoord.x - gl_FragCoord.y, spacing) with y up.
// The composition snapped the spacing to whole canvas pixels; round away the
// float error (6.4f * 0.625 is a hair over 4, and Cairo rounds a repeating
// tile's size up: 5 px between lines where GL draws 4).
cairo::Pattern hatch_pattern(const MapStyle& style, double ratio, int canvas_height) {
  const double s = std::max(2.0, std::round(style.hatch_spacing * ratio));
  const cairo_rectangle_t extents{0, 0, s, s};
  cairo::Surface tile(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
  {
    const cairo::Context cr(cairo_create(tile.get()));
    cairo::set_source(cr.get(), style.hatch_color);
    cairo_set_line_width(cr.get(), style.hatch_width * ratio);
    for (double k = 0; k <= 2; ++k) { // the diagonal and the two corner pieces
      cairo_move_to(cr.get(), k * s - s - 1, s + 1);
      cairo_line_to(cr.get(), k * s + 1, -1);
    }
    cairo_stroke(cr.get());
  }
  cairo::Pattern pattern(cairo_pattern_create_for_surface(tile.get()));
  cairo_pattern_set_extend(pattern.get(), CAIRO_EXTEND_REPEAT);
  cairo_matrix_t m;
  cairo_matrix_init_translate(&m, -std::fmod(static_cast<double>(canvas_height), s), 0);
  cairo_pattern_set_matrix(pattern.get(), &m);
  return pattern;
}

} // namespace

void draw_map_vector(cairo_t* cr, const Composition& c, const ExportScene& scene) {
  const MapStyle& st = c.style;
  const Camera& cam = c.camera;
  const double ratio = c.pixel_ratio;
  const MapGeometry& g = *scene.geometry;
  cairo_save(cr);
  cairo_rectangle(cr, c.map_px.x, c.map_px.y, c.map_px.w, c.map_px.h);
  cairo_clip(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);

  // Grey neighbours: fills, then their outlines (under the region fills, as on screen).
  std::vector<MultiPolygon> context;
  for (const ContextFeature& f : scene.atlas->context) {
    MultiPolygon projected = scene.projection->forward(f.lonlat);
    if (visible(cam, bounds_of(projected))) context.push_back(std::move(projected));
  }
  for (const MultiPolygon& shape : context) shape_path(cr, cam, shape);
  cairo::set_source(cr, st.context_fill);
  cairo_fill(cr);
  for (const MultiPolygon& shape : context) shape_path(cr, cam, shape);
  stroke_with(cr, st.context_outline, ratio);

  const cairo::Pattern hatch = hatch_pattern(st, ratio, c.height_px);
  for (std::size_t i = 0; i < g.region_count(); ++i) {
    if (g.levels[i] != g.fill_level || !visible(cam, g.shape_bounds[i])) continue;
    const Rgba8 fill = scene.region_colours.empty() ? st.region_fill : scene.region_colours[i];
    const std::uint8_t pattern = scene.region_patterns.empty() ? kPatternSolid : scene.region_patterns[i];
    shape_path(cr, cam, g.shapes[i]);
    cairo::set_source(cr, fill);
    if (pattern == kPatternHatch) {
      cairo_fill_preserve(cr);
      cairo_set_source(cr, hatch.get());
    }
    cairo_fill(cr);
  }

  const std::pair<Level, const LineStyle*> borders[] = {
      {Level::Banner, &st.banner_border}, {Level::League, &st.league_border}, {Level::Region, &st.region_outline}};
  for (const auto& [level, line] : borders) {
    if (line->width <= 0 || line->color.a == 0) continue;
    for (std::size_t i = 0; i < g.region_count(); ++i) {
      if (g.levels[i] == level && visible(cam, g.shape_bounds[i])) shape_path(cr, cam, g.shapes[i]);
    }
    stroke_with(cr, *line, ratio);
  }
  for (const auto& [code, line] : {std::pair{kPatternHover, &st.hover_outline},
                                   std::pair{kPatternSelected, &st.selected_outline}}) {
    bool any = false;
    for (std::size_t i = 0; i < scene.region_patterns.size(); ++i) {
      if (scene.region_patterns[i] == code) {
        shape_path(cr, cam, g.shapes[i]);
        any = true;
      }
    }
    if (any) stroke_with(cr, *line, ratio);
  }
  cairo_restore(cr);
}

namespace {

void draw_text_items(cairo_t* cr, const Composition& c, const std::vector<TextItem>& items) {
  cairo_save(cr);
  cairo_rectangle(cr, c.map_px.x, c.map_px.y, c.map_px.w, c.map_px.h);
  cairo_clip(cr);
  for (const TextItem& item : items) {
    const double size = std::round(item.size_px);
    const cairo::Layout layout =
        cairo::make_layout(cr, item.utf8, {size, item.weight == FontWeight::Bold, false}, 0);
    const Vec2 extent = cairo::layout_size(layout.get());
    const double baseline = item.position_px.y + kBaselineBelowCentreEm * size;
    const double halo = GlyphAtlas::halo_radius(static_cast<int>(size));
    cairo::draw_layout(cr, layout.get(), item.position_px.x - extent.x / 2, baseline - cairo::layout_baseline(layout.get()),
                       item.colour, item.halo_colour, 2 * halo);
  }
  cairo_restore(cr);
}

} // namespace

void draw_labels_vector(cairo_t* cr, const Composition& c) { draw_text_items(cr, c, c.label_items); }
void draw_point_labels_vector(cairo_t* cr, const Composition& c) { draw_text_items(cr, c, c.points.labels); }

} // namespace steppe
