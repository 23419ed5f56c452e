#include <catch2/catch.hpp>

#include "core/choropleth.hpp"
#include "geo/map_geometry.hpp"
#include "geo/region_picker.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/multi_view.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"

using namespace steppe;

namespace {

struct Scene {
  Atlas atlas = load_builtin_atlas();
  Projection projection;
  MapGeometry geometry = build_map_geometry(atlas, projection);
  std::vector<Indicator> indicators = load_indicator_dir(builtin_indicator_dir());

  const Indicator& indicator(const std::string& id) const {
    for (const Indicator& i : indicators)
      if (i.meta.id == id) return i;
    FAIL("no shipped indicator " << id);
    throw;
  }
};

MultiViewPlan plan_for(const Scene& s, const std::vector<std::string>& ids) {
  std::vector<MapPane> panes;
  std::vector<const Indicator*> inds;
  for (const std::string& id : ids) {
    const Indicator& ind = s.indicator(id);
    panes.push_back(pane_from_choropleth(id, build_choropleth(s.atlas, ind)));
    inds.push_back(&ind);
  }
  return plan_multi_view(std::move(panes), inds);
}

// Probes every banner wide enough in every pane: the pixel at its interior
// point (canvas = pane origin + pane camera) has pane k's colour for it.
void probe_panes(const Scene& s, const MultiViewPlan& plan, const MultiViewResult& r, int& probed, int& differing) {
  probed = 0;
  differing = 0;
  for (std::size_t i = 0; i < s.atlas.regions.size(); ++i) {
    if (s.atlas.regions[i].level != Level::Banner) continue;
    const InscribedCircle c = inscribed_circle(s.geometry.shapes[i]);
    if (c.radius / r.cameras[0].units_per_px < 4.0) continue;
    bool differs = false;
    for (std::size_t k = 0; k < plan.panes.size(); ++k) {
      const Vec2 local = r.cameras[k].to_screen(c.centre);
      const Vec2 o = r.grid.map_origin(k);
      INFO("pane " << k << " " << s.atlas.regions[i].code << " " << s.atlas.regions[i].name_zh);
      if (plan.panes[k].patterns[i] != kPatternSolid) continue; // hatch lines cross the probe
      if (local.x < 1 || local.y < 1 || local.x >= r.grid.pane_w - 1 || local.y >= r.grid.pane_h - 1) continue;
      CHECK(test::colour_distance(test::pixel_at(r.image, {o.x + local.x, o.y + local.y}), plan.panes[k].colours[i]) <= 2);
      ++probed;
      if (plan.panes[k].colours[i] != plan.panes[0].colours[i]) differs = true;
    }
    if (differs) ++differing;
  }
}

} // namespace

TEST_CASE("multi view: a split view of two periods, probed at known regions", "[render][multi_view]") {
  const Scene s;
  OffscreenContext ctx;
  MapRenderer map(s.geometry);
  const MultiViewPlan plan = plan_for(s, {"gdp_growth_league_2013", "gdp_growth_league_2021"});
  REQUIRE(plan.panes.size() == 2);

  MultiViewOptions o;
  o.width = 1400;
  o.height = 600;
  o.labels.language = LabelLanguage::None;
  o.legends = false; // legends would cover probes; drawn in the next test
  const MultiViewResult r = render_multi_view(map, plan, s.geometry.bounds, o);
  write_png(r.image, test::test_output("multi_view_split.png"));
  REQUIRE(r.image.width == 1400);
  REQUIRE(r.cameras.size() == 2);
  CHECK(r.grid.columns == 2);
  CHECK(r.cameras[0] == r.cameras[1]); // one camera model
  // Only Baotou's and Tongliao's banners carry a value (the rest are hatched no data).
  int probed = 0, differing = 0;
  probe_panes(s, plan, r, probed, differing);
  CHECK(probed >= 10);
  CHECK(differing >= 3); // Tongliao has a 2013 value, none for 2021

  // The gap between the panes is background.
  const Vec2 right = r.grid.map_origin(1);
  CHECK(test::colour_distance(r.image.at(static_cast<int>(right.x) - r.grid.gap / 2, 300), {255, 255, 255, 255}) <= 2);
}

TEST_CASE("multi view: small multiples share the camera; titles and legends drawn", "[render][multi_view]") {
  const Scene s;
  OffscreenContext ctx;
  MapRenderer map(s.geometry);
  const MultiViewPlan plan = plan_for(s, {"gdp_growth_league_2013", "gdp_growth_league_2021",
                                          "urban_disposable_income_per_capita_league_2013"});
  // Different units/breaks: every pane keeps its own legend, with the period warning.
  REQUIRE_FALSE(plan.shared_legend.has_value());
  for (const MapPane& p : plan.panes) {
    REQUIRE_FALSE(p.legend.warnings.empty());
    CHECK(p.legend.warnings.front().find("different periods") != std::string::npos);
  }

  MultiViewOptions o;
  o.width = 1200;
  o.height = 900;
  o.labels.language = LabelLanguage::None;
  o.legends = false;
  const MultiViewResult r = render_multi_view(map, plan, s.geometry.bounds, o);
  CHECK(r.grid.columns == 2);
  CHECK(r.grid.rows == 2);
  int probed = 0, differing = 0;
  probe_panes(s, plan, r, probed, differing);
  // The 2013 panes hold Baotou (预计, an estimate row) and Tongliao, the 2021 pane Baotou
  // only: enough solid places wide enough to probe.
  CHECK(probed >= 12);

  // With legends and labels: the title strip of pane 0 holds dark text pixels.
  MultiViewOptions drawn = o;
  drawn.legends = true;
  drawn.labels.language = LabelLanguage::Zh;
  LabelLayer labels(s.atlas, s.projection);
  const MultiViewResult full = render_multi_view(map, plan, s.geometry.bounds, drawn, &labels);
  write_png(full.image, test::test_output("multi_view_multiples.png"));
  int dark = 0;
  const Vec2 t = full.grid.title_centre(0);
  for (int x = static_cast<int>(t.x) - 150; x < static_cast<int>(t.x) + 150; ++x)
    for (int y = static_cast<int>(t.y) - 8; y < static_cast<int>(t.y) + 8; ++y)
      if (full.image.contains(x, y) && full.image.at(x, y).r < 100) ++dark;
  CHECK(dark > 30);
}

TEST_CASE("multi view: comparable panes get one shared legend", "[render][multi_view]") {
  const Scene s;
  OffscreenContext ctx;
  MapRenderer map(s.geometry);
  // The same indicator twice: identical unit and breaks.
  const MultiViewPlan plan = plan_for(s, {"gdp_growth_league_2021", "gdp_growth_league_2021"});
  REQUIRE(plan.shared_legend.has_value());
  CHECK(plan.shared_legend->warnings.end() ==
        std::find_if(plan.shared_legend->warnings.begin(), plan.shared_legend->warnings.end(),
                     [](const std::string& w) { return w.find("different periods") != std::string::npos; }));

  MultiViewOptions o;
  o.width = 1500;
  o.height = 600;
  o.labels.language = LabelLanguage::None;
  const MultiViewResult r = render_multi_view(map, plan, s.geometry.bounds, o);
  write_png(r.image, test::test_output("multi_view_shared_legend.png"));
  REQUIRE(r.grid.legend_w > 0);
  // The legend column holds the legend's swatches: pixels of the palette's colours.
  const Bounds box = r.grid.legend_box(o.height);
  int coloured = 0;
  for (int y = static_cast<int>(box.min_y); y < static_cast<int>(box.max_y); y += 2)
    for (int x = static_cast<int>(box.min_x); x < static_cast<int>(box.max_x); x += 2) {
      const Rgba8 p = r.image.at(x, y);
      if (std::abs(p.r - p.b) > 60) ++coloured; // saturated: a swatch, not grey text
    }
  CHECK(coloured > 50);
  // The maps themselves are probed as in the split view.
  MultiViewOptions bare = o;
  bare.legends = false;
  const MultiViewResult plain = render_multi_view(map, plan, s.geometry.bounds, bare);
  int probed = 0, differing = 0;
  probe_panes(s, plan, plain, probed, differing);
  CHECK(probed >= 6);
  CHECK(differing == 0);
}

TEST_CASE("multi view: every banner of every pane shows that pane's colour", "[render][multi_view]") {
  const Scene s;
  OffscreenContext ctx;
  MapRenderer map(s.geometry);
  // Four panes, each colouring every region differently (colours rotated per pane).
  const std::vector<Rgba8> palette = test::distinct_colours(s.atlas.regions.size() + 4);
  std::vector<MapPane> panes;
  std::vector<Indicator> inds(4);
  std::vector<const Indicator*> ptrs;
  for (std::size_t k = 0; k < 4; ++k) {
    MapPane p;
    p.title = "pane " + std::to_string(k);
    for (std::size_t i = 0; i < s.atlas.regions.size(); ++i) p.colours.push_back(palette[i + k]);
    p.patterns.assign(s.atlas.regions.size(), kPatternSolid);
    panes.push_back(std::move(p));
    inds[k].meta.period = "2024";
    ptrs.push_back(&inds[k]);
  }
  const MultiViewPlan plan = plan_multi_view(std::move(panes), ptrs);
  MultiViewOptions o;
  o.width = 1600;
  o.height = 1000;
  o.labels.language = LabelLanguage::None;
  o.legends = false;
  const MultiViewResult r = render_multi_view(map, plan, s.geometry.bounds, o);
  write_png(r.image, test::test_output("multi_view_four_panes.png"));
  int probed = 0, differing = 0;
  probe_panes(s, plan, r, probed, differing);
  CHECK(probed >= 4 * 60);
  CHECK(differing >= 60);

  // Panned and zoomed through the synchronised views: still pane k's colours,
  // and every pane shows the same extent.
  SyncedViews views(4, s.geometry.bounds, r.grid.pane_w, r.grid.pane_h);
  views.zoom_at(2, {r.grid.pane_w * 0.6, r.grid.pane_h * 0.5}, 2.5);
  views.pan_by_pixels(1, {-40, 25});
  const MultiViewResult moved = render_multi_view(map, plan, views, r.grid, o);
  for (std::size_t k = 1; k < 4; ++k) CHECK(moved.cameras[k] == moved.cameras[0]);
  CHECK(moved.cameras[0].units_per_px < r.cameras[0].units_per_px);
  probe_panes(s, plan, moved, probed, differing);
  CHECK(probed >= 4 * 15);
}
