// Pages of several maps (split, small multiples, periods) go through the same
// composition as a single map: one camera scale for every pane, each pane's
// colours where its regions are, one legend for one quantity, legends that
// hide no data, and the PNG and PDF writers drawing the same page.
#include <catch2/catch.hpp>

#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "core/pane_scale.hpp"
#include "export/cairo_text.hpp"
#include "export/page_composition.hpp"
#include "export/page_frame.hpp"
#include "export/raster_export.hpp"
#include "export/vector_export.hpp"
#include "geo/region_picker.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "export_fixture.hpp"
#include "render/render_helpers.hpp"

namespace steppe {
namespace {

struct World {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());

  const Indicator& find(const std::string& id) const {
    for (const Indicator& i : all)
      if (i.meta.id == id) return i;
    FAIL("no shipped indicator " << id);
    throw;
  }
  std::size_t index_of(const std::string& code) const {
    for (std::size_t i = 0; i < atlas.regions.size(); ++i)
      if (atlas.regions[i].code == code) return i;
    FAIL("no region " << code);
    throw;
  }
};

// A page of `ids` as `steppe render --split/--multiples` builds it: one scale
// for one quantity, one shared legend when the legends agree.
struct Page {
  std::vector<Choropleth> choropleths;
  PaneLegends legends;
  PageSpec spec;
};

std::unique_ptr<Page> make_page(const World& w, const std::vector<std::string>& ids, int width, int height,
                                const Bounds& frame, bool labels) {
  auto page = std::make_unique<Page>();
  std::vector<const Indicator*> indicators;
  for (const std::string& id : ids) indicators.push_back(&w.find(id));
  const std::vector<ChoroplethSpec> specs = shared_scale_specs(w.atlas, indicators, {});
  for (std::size_t k = 0; k < ids.size(); ++k) page->choropleths.push_back(build_choropleth(w.atlas, *indicators[k], specs[k]));
  std::vector<const Legend*> legends;
  std::vector<std::string> titles;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    PagePane p;
    p.title = pane_title(indicators[k]->meta);
    p.indicator = ids[k];
    p.scene = choropleth_scene(w.atlas, w.projection, w.geometry, page->choropleths[k]);
    legends.push_back(p.scene.legend);
    titles.push_back(p.title);
    page->spec.panes.push_back(std::move(p));
  }
  page->legends = pane_legends(legends, indicators, titles);
  if (page->legends.shared) page->spec.shared_legend = &*page->legends.shared;
  for (std::size_t k = 0; k < page->legends.own.size(); ++k) page->spec.panes[k].scene.legend = &page->legends.own[k];
  ExportOptions& o = page->spec.options;
  o.width_px = width;
  o.height_px = height;
  o.title = "测试页 Test page";
  o.language = labels ? LabelLanguage::Zh : LabelLanguage::None;
  o.view = Camera::fit(frame, width, height);
  return page;
}

bool inside(const PixelBox& inner, const PixelBox& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
         inner.y + inner.h <= outer.y + outer.h;
}

bool overlap(const PixelBox& a, const PixelBox& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

PixelBox px_box(const Box& b, double r, const PixelBox& at) {
  return {at.x + static_cast<int>(b.x * r), at.y + static_cast<int>(b.y * r), static_cast<int>(b.w * r),
          static_cast<int>(b.h * r)};
}

} // namespace

TEST_CASE("page grid: the shape that shows the map largest", "[export][page]") {
  CHECK(choose_grid(2, 1600, 800, 1, 1).columns == 2);  // wide page: side by side
  CHECK(choose_grid(2, 800, 1600, 1, 1).columns == 1);  // tall page: one above the other
  const GridShape nine = choose_grid(9, 1800, 1200, 1.3, 1);
  CHECK(nine.columns * nine.rows >= 9);
  CHECK((nine.rows - 1) * nine.columns < 9); // no empty row
  CHECK(choose_grid(3, 1800, 600, 1.3, 1).columns == 3);
}

TEST_CASE("a split page: one camera, each pane's colours at its regions, boxes apart", "[export][page][gl]") {
  const World w;
  const auto page = make_page(w, {"gdp_growth_league_2013", "gdp_growth_league_2021"}, 1400, 700,
                              w.geometry.bounds, false);
  OffscreenContext context;
  const LabelLayer labels(w.atlas, w.projection);
  const cairo::PangoMeasure measure;
  const PageComposition c = compose_page(page->spec, labels, measure);
  REQUIRE(c.panes.size() == 2);
  // One scale: equal map boxes, equal cameras (but for where the box lies in its pane).
  const Camera& a = c.panes[0].composition.camera;
  const Camera& b = c.panes[1].composition.camera;
  CHECK(a.units_per_px == Approx(b.units_per_px));
  CHECK(c.panes[0].composition.map_px.w == c.panes[1].composition.map_px.w);
  CHECK(c.panes[0].composition.map_px.h == c.panes[1].composition.map_px.h);
  // Panes apart, inside the page, under the page title; the legends off every map box.
  const PixelBox whole{0, 0, c.page.width_px, c.page.height_px};
  CHECK_FALSE(overlap(c.panes[0].box, c.panes[1].box));
  const double r = c.page.pixel_ratio;
  REQUIRE(c.page.layout.title);
  for (const PlacedPane& p : c.panes) {
    CHECK(inside(p.box, whole));
    CHECK(p.box.y >= c.page.layout.title->bottom() * r);
  }
  for (std::size_t k = 0; k < c.panes.size(); ++k) {
    const Composition& pc = c.panes[k].composition;
    if (!pc.layout.legend) continue;
    const PixelBox legend = px_box(*pc.layout.legend, r, c.panes[k].box);
    for (std::size_t j = 0; j < c.panes.size(); ++j) CHECK_FALSE(overlap(legend, pane_map_box(c, j)));
  }

  std::vector<const ExportScene*> scenes = {&page->spec.panes[0].scene, &page->spec.panes[1].scene};
  const Image image = render_page_image(c, scenes);
  write_png(image, test::export_output("page_split_gdp.png"));
  int probed = 0, differing = 0;
  for (std::size_t i = 0; i < w.atlas.regions.size(); ++i) {
    if (w.atlas.regions[i].level != Level::Banner) continue; // a league's fill lies under its banners
    const InscribedCircle circle = inscribed_circle(w.geometry.shapes[i]);
    if (circle.radius / a.units_per_px < 5.0) continue;
    bool differs = false;
    for (std::size_t k = 0; k < 2; ++k) {
      const ExportScene& s = page->spec.panes[k].scene;
      if (s.region_patterns[i] != kPatternSolid) continue;
      const PlacedPane& p = c.panes[k];
      const Vec2 local = p.composition.camera.to_screen(circle.centre);
      const PixelBox m = p.composition.map_px;
      if (local.x < m.x + 2 || local.y < m.y + 2 || local.x > m.x + m.w - 2 || local.y > m.y + m.h - 2) continue;
      INFO("pane " << k << " " << w.atlas.regions[i].name_zh);
      CHECK(test::colour_distance(image.at(static_cast<int>(p.box.x + local.x), static_cast<int>(p.box.y + local.y)),
                                  s.region_colours[i]) <= 3);
      ++probed;
      if (!(s.region_colours[i] == page->spec.panes[0].scene.region_colours[i])) differs = true;
    }
    differing += differs;
  }
  CHECK(probed >= 4);     // the solid (valued) banners of 包头市 and 通辽市 in both panes
  CHECK(differing >= 1); // two periods, two maps
}

TEST_CASE("a split page of one quantity: one legend, equal values equal colours", "[export][page][gl]") {
  const World w;
  const std::size_t baotou = w.index_of("150200"), jiuyuan = w.index_of("150207");
  const auto page = make_page(w, {"baotou_park_count_2014_01", "baotou_park_count_2022_02"}, 1600, 800,
                              w.geometry.shape_bounds[baotou], true);
  REQUIRE(page->spec.shared_legend != nullptr);
  OffscreenContext context;
  const LabelLayer labels(w.atlas, w.projection);
  const cairo::PangoMeasure measure;
  const PageComposition c = compose_page(page->spec, labels, measure);
  REQUIRE(c.page.layout.legend);                 // the page's shared legend
  for (const PlacedPane& p : c.panes) CHECK_FALSE(p.composition.layout.legend); // no pane has its own
  const PixelBox legend = px_box(*c.page.layout.legend, c.page.pixel_ratio, {0, 0, 0, 0});
  for (std::size_t k = 0; k < c.panes.size(); ++k) CHECK_FALSE(overlap(legend, pane_map_box(c, k)));

  const Image image = render_page_image(c, {&page->spec.panes[0].scene, &page->spec.panes[1].scene});
  write_png(image, test::export_output("page_split_baotou_parks.png"));
  // 九原区 (probed by region) is one colour in both panes when its value is equal.
  const Choropleth& ca = page->choropleths[0];
  const Choropleth& cb = page->choropleths[1];
  REQUIRE(ca.value_by_region[jiuyuan]);
  REQUIRE(cb.value_by_region[jiuyuan]);
  int probed = 0;
  for (std::size_t i = 0; i < w.atlas.regions.size(); ++i) {
    if (w.atlas.regions[i].parent != "150200" || !ca.value_by_region[i] || !cb.value_by_region[i]) continue;
    if (*ca.value_by_region[i] != *cb.value_by_region[i]) continue;
    const InscribedCircle circle = inscribed_circle(w.geometry.shapes[i]);
    std::vector<Rgba8> seen;
    for (const PlacedPane& p : c.panes) {
      const Vec2 q = p.composition.camera.to_screen(circle.centre);
      seen.push_back(image.at(static_cast<int>(p.box.x + q.x), static_cast<int>(p.box.y + q.y)));
    }
    INFO(w.atlas.regions[i].name_zh);
    CHECK(test::colour_distance(seen[0], seen[1]) <= 2);
    ++probed;
  }
  CHECK(probed >= 1);
}

TEST_CASE("a page of panes: the PNG and the PDF draw the same page", "[export][page][gl]") {
  const World w;
  const std::size_t baotou = w.index_of("150200");
  const auto page = make_page(w, {"baotou_park_count_2014_01", "baotou_park_count_2022_02"}, 1200, 600,
                              w.geometry.shape_bounds[baotou], true);
  OffscreenContext context;
  const LabelLayer labels(w.atlas, w.projection);
  const cairo::PangoMeasure measure;
  const PageComposition c = compose_page(page->spec, labels, measure);
  const std::vector<const ExportScene*> scenes = {&page->spec.panes[0].scene, &page->spec.panes[1].scene};
  const Image gl = render_page_image(c, scenes);

  // The vector page rasterised by Cairo at the same pixel size.
  const int W = c.page.width_px, H = c.page.height_px;
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, W, H);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, c.page.dpi / 72.0, c.page.dpi / 72.0); // draw_page_vector works in points
  draw_page_vector(cr, c, scenes);
  cairo_surface_flush(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  long agree = 0, total = 0;
  for (int y = 0; y < H; y += 3) {
    for (int x = 0; x < W; x += 3) {
      const auto* px = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride) + x;
      const Rgba8 v{static_cast<std::uint8_t>(*px >> 16), static_cast<std::uint8_t>(*px >> 8),
                    static_cast<std::uint8_t>(*px), 255};
      ++total;
      agree += test::colour_distance(v, gl.at(x, y)) <= 24;
    }
  }
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  write_png(gl, test::export_output("page_png_vs_pdf.png"));
  // Edges antialias differently; the page (panes, legend, titles) is the same.
  CHECK(static_cast<double>(agree) / static_cast<double>(total) > 0.97);
}

} // namespace steppe
