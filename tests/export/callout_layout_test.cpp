// Callouts (one- or two-place indicators): the box never covers the place's
// screen box, the legend or the other panels, and stays inside the map box —
// checked on the laid-out boxes and, for the shipped one-place indicator
// compute_capacity_league_2024_h1, with the pixels of the PNG and the text of
// the SVG.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "core/map_visual.hpp"
#include "export/cairo_text.hpp"
#include "export/callout_layout.hpp"
#include "export/export_composition.hpp"
#include "export/page_frame.hpp"
#include "io/indicator_reader.hpp"
#include "render/png_writer.hpp"
#include "export_fixture.hpp"

using namespace steppe;

namespace {

// Every character 10 × size/2 wide, lines size tall: layout without fonts.
struct BoxMeasure final : TextMeasure {
  Vec2 measure(std::string_view utf8, const TextSpec& spec, double) const override {
    return {static_cast<double>(utf8.size()) * spec.size / 2, spec.size};
  }
};

bool overlaps(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && a.max_x > b.min_x && a.min_y < b.max_y && a.max_y > b.min_y;
}

// Whether the segment a→c passes through b's inside (sampled: a test's own
// check, not the layout's).
bool passes_through(const Bounds& b, Vec2 a, Vec2 c) {
  for (int i = 1; i < 200; ++i) {
    const double t = i / 200.0;
    const Vec2 p{a.x + (c.x - a.x) * t, a.y + (c.y - a.y) * t};
    if (p.x > b.min_x + 1 && p.x < b.max_x - 1 && p.y > b.min_y + 1 && p.y < b.max_y - 1) return true;
  }
  return false;
}

bool inside(const Bounds& a, const Bounds& b) {
  return a.min_x >= b.min_x && a.max_x <= b.max_x && a.min_y >= b.min_y && a.max_y <= b.max_y;
}

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The fixture's scene showing `ch` (of `ind`) with its callouts, as `steppe render` draws a one- or two-place map.
ExportScene callout_scene(const test::ExportFixture& fx, const Choropleth& ch, const Indicator& ind) {
  ExportScene scene = fx.scene;
  scene.region_colours.clear();
  scene.region_patterns.clear();
  apply_choropleth(scene, ch);
  apply_callouts(scene, build_callouts(ind, fx.atlas));
  return scene;
}

CalloutText hohhot() { return {"150100", "呼和浩特市", "2.4 万P", "2024年上半年 (2024-H1)", "", ""}; }

} // namespace

TEST_CASE("Callout layout: beside the place, clear of the legend, inside the map box", "[export][callout]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 800, 600};
  const CalloutSite site{{300, 200, 450, 350}, {380, 280}};
  // Nothing in the way: right of the place, vertically centred on the anchor.
  std::vector<CalloutPlacement> c = layout_callouts({hohhot()}, {site}, map, {}, {}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK(c[0].clear);
  CHECK(c[0].box_px.min_x > 450);
  CHECK(inside(c[0].box_px, map));
  CHECK_FALSE(overlaps(c[0].box_px, site.place_px));
  REQUIRE(c[0].lines.size() == 3);
  CHECK(c[0].lines[1].utf8 == "2.4 万P");
  for (const CalloutLine& l : c[0].lines) CHECK(inside(l.box_px, c[0].box_px));
  // The leader leaves the box at its point nearest the anchor.
  CHECK(c[0].leader_start_px.x == Approx(c[0].box_px.min_x));

  // A legend right of the place: the box goes elsewhere, still clear of everything.
  const Bounds legend{470, 100, 800, 600};
  c = layout_callouts({hohhot()}, {site}, map, {legend}, {}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK(c[0].clear);
  CHECK_FALSE(overlaps(c[0].box_px, legend));
  CHECK_FALSE(overlaps(c[0].box_px, site.place_px));
  CHECK(inside(c[0].box_px, map));

  // A map label left of the place is avoided when another side is free.
  const Bounds label{150, 240, 295, 320};
  c = layout_callouts({hohhot()}, {site}, map, {legend}, {label}, measure, 1.0);
  CHECK_FALSE(overlaps(c[0].box_px, label));

  // Two places: two boxes, neither on either place nor on each other.
  const CalloutSite other{{460, 380, 560, 460}, {510, 420}};
  CalloutText second = hohhot();
  second.code = "150200";
  second.place = "包头市";
  c = layout_callouts({hohhot(), second}, {site, other}, map, {}, {}, measure, 2.0);
  REQUIRE(c.size() == 2);
  CHECK_FALSE(overlaps(c[0].box_px, c[1].box_px));
  for (const CalloutPlacement& k : c) {
    CHECK(k.clear);
    CHECK_FALSE(overlaps(k.box_px, site.place_px));
    CHECK_FALSE(overlaps(k.box_px, other.place_px));
    CHECK(inside(k.box_px, map));
  }
  // Sizes scale with the pixel ratio.
  CHECK(c[0].lines[1].spec.size == Approx(40));

  // A place filling the map box: no position keeps every rule; it says so.
  const CalloutSite huge{{5, 5, 795, 595}, {400, 300}};
  c = layout_callouts({hohhot()}, {huge}, map, {legend}, {}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK_FALSE(c[0].clear);
  CHECK(inside(c[0].box_px, map));
}

TEST_CASE("Callout layout: a league name gives way before a place; a box that would hide a place is not shown",
          "[export][callout]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 600, 500};
  const Bounds legend{360, 130, 590, 490};
  // Two places of one indicator side by side in the middle of a small map
  // (扎鲁特旗 and 霍林郭勒市 on a 604x530 window): league names all around.
  const CalloutSite big{{130, 200, 230, 290}, {180, 250}};
  const CalloutSite small{{135, 205, 150, 220}, {142, 212}};
  const CalloutText second{"150581", "霍林郭勒市", "1590.92 万吨", "2025年1-7月", "", ""};
  const std::vector<Bounds> marks = {{20, 100, 120, 130}, {130, 150, 230, 175}, {20, 300, 120, 330}, {240, 230, 330, 260},
                                     {150, 320, 230, 345}};
  std::vector<CalloutPlacement> c =
      layout_callouts({hohhot(), second}, {big, small}, map, {legend}, {}, measure, 1.0, {}, marks);
  REQUIRE(c.size() == 2);
  for (const CalloutPlacement& k : c) {
    INFO(k.text.place);
    REQUIRE(k.shown);
    CHECK_FALSE(overlaps(k.box_px, big.place_px));
    CHECK_FALSE(overlaps(k.box_px, small.place_px));
    CHECK_FALSE(overlaps(k.box_px, legend));
    CHECK(inside(k.box_px, map));
  }
  CHECK_FALSE(overlaps(c[0].box_px, c[1].box_px));

  // No room at all beside a place (the map box barely larger than it): the
  // callout is not drawn over the place — it is not shown.
  const Bounds tight{0, 0, 200, 160};
  c = layout_callouts({hohhot()}, {{{40, 30, 160, 130}, {100, 80}}}, tight, {}, {}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK_FALSE(c[0].shown);
}

TEST_CASE("compute_capacity_league_2024_h1: a callout on 呼和浩特市, framed with its neighbours, in PNG and SVG",
          "[export][callout][egl]") {
  test::ExportFixture fx;
  const Indicator ind = read_indicator(builtin_indicator_dir() / "compute_capacity_league_2024_h1.toml");
  REQUIRE(map_visual(ind) == MapVisual::Callout);
  const Choropleth ch = build_choropleth(fx.atlas, ind);
  ExportScene scene = callout_scene(fx, ch, ind);
  const Bounds place = places_bounds(fx.atlas, fx.geometry, scene.callouts);
  REQUIRE(place.valid());
  const Bounds frame = callout_frame(place, fx.geometry.bounds);

  const LabelLayer labels(fx.atlas, fx.projection);
  const cairo::PangoMeasure measure;
  struct Size {
    int w, h;
    double dpi;
  };
  for (const Size s : {Size{1920, 1080, 96}, Size{1366, 768, 96}, Size{800, 600, 96}, Size{3508, 2480, 300}}) {
    INFO(s.w << "x" << s.h << " at " << s.dpi << " dpi");
    ExportOptions o = fx.options(test::export_output("callout.png"), s.w, s.h, s.dpi);
    o.view = Camera::fit(frame, s.w, s.h);
    const Composition c = compose_export(o, scene, labels, measure);
    REQUIRE(c.callouts.size() == 1);
    const CalloutPlacement& k = c.callouts[0];
    CHECK(k.clear);
    CHECK(k.text.place == "呼和浩特市");
    CHECK(k.lines[1].utf8 == "2.4 万P");
    // Never on the place, never on the legend or the other panels, inside the map box.
    CHECK_FALSE(overlaps(k.box_px, k.place_px));
    REQUIRE(c.layout.legend);
    const double r = c.pixel_ratio;
    const Bounds legend{c.layout.legend->x * r, c.layout.legend->y * r, c.layout.legend->right() * r,
                        c.layout.legend->bottom() * r};
    CHECK_FALSE(overlaps(k.box_px, legend));
    for (const std::optional<Box>& p : {c.layout.scale_bar, c.layout.north_arrow})
      if (p) CHECK_FALSE(overlaps(k.box_px, Bounds{p->x * r, p->y * r, p->right() * r, p->bottom() * r}));
    const Bounds map{static_cast<double>(c.map_px.x), static_cast<double>(c.map_px.y),
                     static_cast<double>(c.map_px.x + c.map_px.w), static_cast<double>(c.map_px.y + c.map_px.h)};
    CHECK(inside(k.box_px, map));
    // Framed with its neighbours: the place is a third of the frame, wholly on the map.
    CHECK(inside(k.place_px, map));
    CHECK(k.place_px.width() < map.width() * 0.6);
    // The map labels left on the page are not under the box.
    for (const PlacedLabel& l : c.labels) CHECK_FALSE(overlaps(l.box_px, k.box_px));
  }

  // The PNG draws the box: white inside, the value's purple ink in the value line.
  ExportOptions o = fx.options(test::export_output("callout_hohhot.png"), 1366, 768, 96);
  o.view = Camera::fit(frame, 1366, 768);
  export_map(o, scene);
  const Composition c = compose_export(o, scene, labels, measure);
  const Image img = read_png(o.out);
  const CalloutPlacement& k = c.callouts.at(0);
  const Bounds& value = k.lines.at(1).box_px;
  int ink = 0;
  for (int y = static_cast<int>(value.min_y); y < static_cast<int>(value.max_y); ++y)
    for (int x = static_cast<int>(value.min_x); x < static_cast<int>(value.max_x); ++x) {
      const Rgba8 p = img.at(x, y);
      if (p.b > p.g + 60 && p.r > p.g + 20 && p.g < 60) ++ink;
    }
  CHECK(ink > 20);
  const Rgba8 corner = img.at(static_cast<int>(k.box_px.min_x + 3), static_cast<int>(k.box_px.max_y - 3));
  CHECK(corner.r > 240);
  CHECK(corner.g > 240);

  // The SVG and PDF of the same page: the callout's lines are text in the SVG.
  o.out = test::export_output("callout_hohhot.svg");
  export_map(o, scene);
  const std::string svg = read_text(o.out);
  CHECK(svg.find(">呼和浩特市</text>") != std::string::npos);
  CHECK(svg.find(">2.4 万P</text>") != std::string::npos);
  CHECK(svg.find(">2024年上半年 (2024-H1)</text>") != std::string::npos);
  o.out = test::export_output("callout_hohhot.pdf");
  export_map(o, scene);
  CHECK(std::filesystem::file_size(o.out) > 1000);
}

TEST_CASE("The coal map in a small window (604x563): two boxes off each other, off the league names, "
          "and a presenter's callout never over a called-out place",
          "[export][callout][annot]") {
  // The walk-through's window (tests/cli/window_presenter_walkthrough_xvfb.sh): the
  // 12 positions beside the places were all taken, and the boxes overlapped each
  // other or covered 兴安盟; the presenter's callout on 扎鲁特旗 covered 霍林郭勒市.
  test::ExportFixture fx;
  const Indicator ind = read_indicator(builtin_indicator_dir() / "tongliao_raw_coal_output_2025_01_07.toml");
  const Choropleth ch = build_choropleth(fx.atlas, ind);
  ExportScene scene = callout_scene(fx, ch, ind);
  scene.annotations.push_back(
      Annotation{AnnotationKind::Callout, {120.5686, 44.7324}, std::nullopt, "两旗合计99.7% / 2 banners: 99.7%"});
  const LabelLayer labels(fx.atlas, fx.projection);
  const cairo::PangoMeasure measure;
  for (const auto& [w, h] : {std::pair{604, 563}, std::pair{700, 520}, std::pair{1366, 768}}) {
    INFO(w << "x" << h);
    ExportOptions o = fx.options(test::export_output("callout_coal_small.png"), w, h, 96);
    o.view = Camera::fit(frame_for_data(fx.atlas, fx.geometry, choropleth_data_regions(fx.atlas, ch)), w, h);
    const Composition c = compose_export(o, scene, labels, measure);
    REQUIRE(c.callouts.size() == 2);
    CHECK(c.callouts[0].shown);
    CHECK(c.callouts[1].shown);
    CHECK_FALSE(overlaps(c.callouts[0].box_px, c.callouts[1].box_px));
    // No league name left on the page lies under a box, and 兴安盟 (north of the
    // data, where the boxes go) is on the page.
    bool hinggan = false;
    for (const PlacedLabel& l : c.labels) {
      if (l.context) continue;
      const Region& r = fx.atlas.regions.at(l.region_index);
      if (r.code == "152200") hinggan = true;
      if (r.level != Level::League) continue;
      for (const CalloutPlacement& k : c.callouts) CHECK_FALSE(overlaps(l.box_px, k.box_px));
    }
    if (w == 604) CHECK(hinggan); // (the other frames may leave 兴安盟's anchor off the page)
    REQUIRE(c.annotations.size() == 1);
    for (const CalloutPlacement& k : c.callouts) {
      CHECK_FALSE(overlaps(c.annotations[0].box_px, k.box_px));
      CHECK_FALSE(c.annotations[0].box_px.contains(k.anchor_px));
      if (k.text.code == "150581") CHECK_FALSE(overlaps(c.annotations[0].box_px, k.place_px)); // small: whole
    }
  }
}

TEST_CASE("The window's composition (the map under the footer): callouts and labels keep clear of the bands",
          "[export][callout]") {
  // In the window the view fills the whole canvas and the source line's footer
  // lies over the map: the 霍林郭勒市 box was placed under it, its period hidden.
  test::ExportFixture fx;
  const Indicator ind = read_indicator(builtin_indicator_dir() / "tongliao_raw_coal_output_2025_01_07.toml");
  const Choropleth ch = build_choropleth(fx.atlas, ind);
  const ExportScene scene = callout_scene(fx, ch, ind);
  const LabelLayer labels(fx.atlas, fx.projection);
  const cairo::PangoMeasure measure;
  for (const auto& [w, h] : {std::pair{604, 563}, std::pair{1000, 560}, std::pair{1366, 768}}) {
    INFO(w << "x" << h);
    ExportOptions o = fx.options(test::export_output("callout_window.png"), w, h, 96);
    o.title = "通辽市规模以上工业原煤产量";
    o.source = "来源 / Source: test";
    o.view = Camera::fit(frame_for_data(fx.atlas, fx.geometry, choropleth_data_regions(fx.atlas, ch)), w, h);
    o.view_fills_canvas = true;
    const Composition c = compose_export(o, scene, labels, measure);
    REQUIRE(c.layout.footer);
    REQUIRE(c.layout.header);
    std::vector<Bounds> bands;
    for (const Box& b : {*c.layout.header, *c.layout.footer}) bands.push_back({b.x, b.y, b.right(), b.bottom()});
    REQUIRE(c.callouts.size() == 2);
    for (const CalloutPlacement& k : c.callouts) {
      if (!k.shown) continue;
      for (const Bounds& band : bands) CHECK_FALSE(overlaps(k.box_px, band));
    }
    for (const PlacedLabel& l : c.labels)
      for (const Bounds& band : bands) CHECK_FALSE(overlaps(l.box_px, band));
  }
}

TEST_CASE("Callout layout: the leader line does not run through a name when a position avoids it",
          "[export][callout]") {
  const BoxMeasure measure;
  const Bounds map{0, 0, 800, 600};
  const CalloutSite site{{300, 200, 450, 350}, {380, 280}};
  // Without names the box goes right of the place; a banner name between the
  // anchor and that box (四子王旗 on slide 5) is not crossed by its leader.
  std::vector<CalloutPlacement> c = layout_callouts({hohhot()}, {site}, map, {}, {}, measure, 1.0);
  REQUIRE(c.size() == 1);
  const Bounds name{400, 265, 470, 295};
  REQUIRE(passes_through(name, c[0].leader_start_px, c[0].anchor_px));
  c = layout_callouts({hohhot()}, {site}, map, {}, {name}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK_FALSE(overlaps(c[0].box_px, name));
  CHECK_FALSE(passes_through(name, c[0].leader_start_px, c[0].anchor_px));
  // A league name (never covered) is not crossed either.
  c = layout_callouts({hohhot()}, {site}, map, {}, {}, measure, 1.0, {}, {name});
  REQUIRE(c.size() == 1);
  CHECK_FALSE(passes_through(name, c[0].leader_start_px, c[0].anchor_px));
  // The place's own name at the anchor does not count: the leader stops at it.
  const Bounds own{350, 270, 420, 290};
  c = layout_callouts({hohhot()}, {site}, map, {}, {own}, measure, 1.0);
  REQUIRE(c.size() == 1);
  CHECK(c[0].box_px.min_x > 450);
}
