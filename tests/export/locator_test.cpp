// The locator inset (Inner Mongolia within China): placed by the page
// composition in a corner of the map box that is not the legend's, hides no
// data (checked with pixels: the page is rendered with a mask paint with and
// without the inset, as legend_clear_test does for the legend), keeps the
// labels clear and every league named, and is drawn in the accent colour.
#include <catch2/catch.hpp>

#include <cairo.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "export/cairo_text.hpp"
#include "export/deck_export.hpp"
#include "export/decoration_overlay.hpp"
#include "export/export_composition.hpp"
#include "export/locator_draw.hpp"
#include "export/page_frame.hpp"
#include "export/page_theme_style.hpp"
#include "export/raster_export.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"
#include "io/locator_reader.hpp"
#include "render/choropleth_paint.hpp"
#include "render/offscreen_context.hpp"
#include "render/png_writer.hpp"
#include "export_fixture.hpp"

namespace steppe {
namespace {

using test::find_indicator;
using test::magenta;

bool overlaps(const Box& a, const Box& b) {
  return a.x < b.right() && a.right() > b.x && a.y < b.bottom() && a.bottom() > b.y;
}

bool overlaps(const Bounds& a, const Bounds& b) {
  return a.min_x < b.max_x && a.max_x > b.min_x && a.min_y < b.max_y && a.max_y > b.min_y;
}

struct Page {
  const char* name;
  int w, h;
  bool a4;
};

} // namespace

TEST_CASE("the built-in locator: 34 provinces, Inner Mongolia singled out, the 南海诸岛 box", "[export][locator]") {
  const LocatorMap& map = builtin_locator();
  std::size_t provinces = 0, focus = 0, schematic = 0;
  for (const LocatorShape& s : map.shapes) {
    provinces += s.kind != LocatorKind::Schematic;
    focus += s.kind == LocatorKind::Focus;
    schematic += s.kind == LocatorKind::Schematic;
    if (s.kind == LocatorKind::Focus) CHECK(s.name_zh == "内蒙古自治区");
    if (s.kind == LocatorKind::Schematic) CHECK(s.name_zh == "南海诸岛");
  }
  CHECK(provinces == 34);
  CHECK(focus == 1);
  CHECK(schematic == 1);
  // Albers for China: metres, about 5,000 km across and wider than tall.
  CHECK(map.bounds.width() > 4.5e6);
  CHECK(map.bounds.width() < 6.5e6);
  CHECK(map.aspect() > 1.1);
  CHECK(map.aspect() < 1.6);
  CHECK(&builtin_locator() == &map); // read once
  CHECK_THROWS_WITH(read_locator(builtin_geodata_dir() / "locator.geojson", "不存在省"),
                    Catch::Contains("locator.geojson") && Catch::Contains("不存在省"));
  CHECK_THROWS_WITH(read_locator(builtin_geodata_dir() / "no-such-locator.geojson", "内蒙古自治区"),
                    Catch::Contains("no-such-locator.geojson") && Catch::Contains("geodata/build.sh"));
}

TEST_CASE("the locator inset is off by default and listed in the page report when on", "[export][locator]") {
  test::ExportFixture f;
  const LabelLayer labels(f.atlas, f.projection);
  const cairo::PangoMeasure measure;
  ExportOptions o = f.options("locator_off.png", 1600, 1000, 96);
  CHECK_FALSE(o.show_locator);
  const Composition off = compose_export(o, f.scene, labels, measure);
  CHECK_FALSE(off.layout.locator.has_value());
  CHECK(off.content.locator == nullptr);
  CHECK_FALSE(page_report(off, f.scene).locator.has_value());
  o.show_locator = true;
  const Composition on = compose_export(o, f.scene, labels, measure);
  REQUIRE(on.layout.locator.has_value());
  CHECK(on.content.locator == &builtin_locator());
  const PageReport report = page_report(on, f.scene);
  REQUIRE(report.locator.has_value());
  CHECK(report.locator->x == Approx(on.layout.locator->x * on.pixel_ratio));
  CHECK(report.locator->w == Approx(on.layout.locator->w * on.pixel_ratio));
}

TEST_CASE("the built-in locator is left out, with a warning, for boundaries that are not Inner Mongolia's",
          "[export][locator]") {
  test::ExportFixture f;
  const LabelLayer labels(f.atlas, f.projection);
  const cairo::PangoMeasure measure;
  Atlas other = f.atlas; // the same shapes under another province's codes (广东 44xxxx)
  for (Region& r : other.regions) r.code = "44" + r.code.substr(2);
  ExportScene scene = f.scene;
  scene.atlas = &other;
  ExportOptions o = f.options("locator_other.png", 1600, 1000, 96);
  o.show_locator = true;
  const Composition c = compose_export(o, scene, labels, measure);
  CHECK_FALSE(c.layout.locator.has_value());
  CHECK(c.content.locator == nullptr);
  REQUIRE_FALSE(c.warnings.empty());
  CHECK_THAT(c.warnings.back(), Catch::Contains("locator") && Catch::Contains("left out"));
  // A caller that brings its own locator map gets it drawn.
  scene.locator = &builtin_locator();
  CHECK(compose_export(o, scene, labels, measure).layout.locator.has_value());
}

TEST_CASE("the window's decoration overlay draws the locator when the export panel asks", "[export][locator]") {
  test::ExportFixture f;
  const LabelLayer labels(f.atlas, f.projection);
  ExportOptions o = f.options("overlay.png", 900, 600, 96);
  o.view_fills_canvas = true; // as the window's map overlay (ui/map_decorations_overlay)
  const auto accent_pixels = [&](bool on) {
    o.show_locator = on;
    const DecorationOverlay overlay = render_decoration_overlay(o, f.scene, labels);
    const Rgba8 ac = MapStyle{}.locator_accent;
    std::size_t n = 0;
    for (int y = 0; y < overlay.image.height; ++y)
      for (int x = 0; x < overlay.image.width; ++x) {
        const Rgba8 p = overlay.image.at(x, y);
        n += p.a == 255 && std::abs(p.r - ac.r) < 4 && std::abs(p.g - ac.g) < 4 && std::abs(p.b - ac.b) < 4;
      }
    return n;
  };
  CHECK(accent_pixels(false) == 0);
  CHECK(accent_pixels(true) > 100);
}

TEST_CASE("the locator inset keeps clear of the legend, the data and the labels", "[export][locator][gl]") {
  const test::GlPageFixture f;
  const Atlas& atlas = f.atlas;
  const Projection& projection = f.projection;
  const MapGeometry& geometry = f.geometry;
  const std::vector<Indicator>& all = f.all;
  const LabelLayer& labels = f.labels;
  const cairo::PangoMeasure& measure = f.measure;
  const Choropleth coal = build_choropleth(atlas, find_indicator(all, "tongliao_raw_coal_output_2025_01_07"));
  const std::vector<Page> pages = {{"1920x1080", 1920, 1080, false}, {"1366x768", 1366, 768, false},
                                   {"A4", 0, 0, true}};
  for (const bool overview : {false, true}) {
    ExportScene scene;
    scene.atlas = &atlas;
    scene.projection = &projection;
    scene.geometry = &geometry;
    // The mask marks what must stay visible: the coal map's data regions, or
    // (the overview has none) the whole region.
    std::vector<std::size_t> keep;
    if (overview) {
      scene.labels.language = LabelLanguage::Both;
      for (std::size_t i = 0; i < atlas.regions.size(); ++i)
        if (atlas.regions[i].level == Level::Region) keep.push_back(i);
    } else {
      scene.style = choropleth_map_style();
      apply_choropleth(scene, coal);
      keep = scene.data_regions;
      REQUIRE_FALSE(keep.empty());
    }
    ExportScene mask = scene;
    mask.region_colours.assign(atlas.regions.size(), Rgba8{255, 255, 255, 255});
    mask.region_patterns.assign(atlas.regions.size(), kPatternSolid);
    for (std::size_t i : keep) mask.region_colours[i] = {255, 0, 255, 255};
    if (overview) { // the region's leagues and banners lie over it: mark them too
      for (std::size_t i = 0; i < atlas.regions.size(); ++i) mask.region_colours[i] = {255, 0, 255, 255};
    }
    for (const Page& page : pages) {
      const std::string name = std::string(overview ? "overview" : "coal") + "_" + page.name;
      INFO(name);
      ExportOptions o;
      o.out = test::export_output("locator_" + name + ".png");
      o.show_locator = true;
      o.language = overview ? LabelLanguage::Both : LabelLanguage::Zh;
      if (page.a4) {
        o.physical = PhysicalSize{297, 210};
        o.dpi = 150;
      } else {
        o.width_px = page.w;
        o.height_px = page.h;
        o.type_scale = slide_type_scale(page.w, 96);
      }
      o.title = overview ? "内蒙古自治区概览" : "通辽市原煤产量";
      const Bounds frame = overview ? geometry.shape_bounds[keep.front()] : frame_for_data(atlas, geometry, keep);
      o.view = Camera::fit(frame, o.resolved_width_px(), o.resolved_height_px());
      Composition on = compose_export(o, scene, labels, measure);
      REQUIRE(on.layout.locator.has_value());
      const Box& inset = *on.layout.locator;
      const Box& map = on.layout.map;
      // Inside the map box, at least ~90 px wide, about 18 % of the map's width.
      CHECK(inset.x >= map.x);
      CHECK(inset.y >= map.y);
      CHECK(inset.right() <= map.right());
      CHECK(inset.bottom() <= map.bottom());
      CHECK(inset.w >= 90);
      CHECK(inset.w <= 0.25 * map.w);
      // Not over the legend, scale bar or north arrow, and not in the legend's corner.
      for (const std::optional<Box>& panel : {on.layout.legend, on.layout.scale_bar, on.layout.north_arrow})
        if (panel) CHECK_FALSE(overlaps(inset, *panel));
      if (on.layout.legend) {
        const Box& g = *on.layout.legend;
        CHECK_FALSE(((inset.centre().x < map.centre().x) == (g.centre().x < map.centre().x) &&
                     (inset.centre().y < map.centre().y) == (g.centre().y < map.centre().y)));
      }
      // No label, callout or presenter's box under it.
      const double r = on.pixel_ratio;
      const Bounds inset_px{inset.x * r, inset.y * r, inset.right() * r, inset.bottom() * r};
      for (const PlacedLabel& l : on.labels) {
        INFO(l.text);
        CHECK_FALSE(overlaps(l.box_px, inset_px));
      }
      for (const CalloutPlacement& k : on.callouts) CHECK_FALSE(overlaps(k.box_px, inset_px));
      if (overview && !page.a4) { // every league named (render_overview_labels.sh checks pages without it)
        std::size_t leagues = 0;
        for (const PlacedLabel& l : on.labels)
          leagues += !l.context && atlas.regions[l.region_index].level == Level::League;
        CHECK(leagues == 12);
      }
      // Pixels: the inset changes the page, and hides no marked pixel.
      on.labels.clear();
      on.label_items.clear();
      on.callouts.clear();
      Composition off = on;
      off.layout.locator.reset();
      const std::filesystem::path on_png = o.out, off_png = test::export_output("locator_off_mask.png");
      write_png_export(on_png, on, mask, 0, {});
      write_png_export(off_png, off, mask, 0, {});
      const Image a = read_png(on_png), b = read_png(off_png);
      REQUIRE(a.width == b.width);
      std::size_t marked = 0, changed = 0, hidden = 0, accent = 0, accent_outside = 0;
      const Rgba8 ac = on.style.locator_accent;
      for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
          const bool is_marked = magenta(b.at(x, y));
          const bool differs = !(a.at(x, y) == b.at(x, y));
          marked += is_marked;
          changed += differs;
          hidden += is_marked && differs;
          const Rgba8 p = a.at(x, y);
          if (std::abs(p.r - ac.r) < 6 && std::abs(p.g - ac.g) < 6 && std::abs(p.b - ac.b) < 6) {
            ++accent;
            accent_outside += !inset_px.contains({x + 0.5, y + 0.5});
          }
        }
      CHECK(marked > 200);
      CHECK(changed > 2000);
      CHECK(accent > 30); // Inner Mongolia in the accent colour
      CHECK(accent_outside == 0);
      CHECK(hidden == 0);
    }
  }
}

TEST_CASE("the locator is drawn in the theme's colours", "[export][locator]") {
  const LocatorMap& map = builtin_locator();
  for (const PageTheme theme : {PageTheme::Standard, PageTheme::Projector}) {
    const MapStyle style = themed_style(MapStyle{}, theme);
    const int w = 240, h = 180;
    const cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h));
    {
      const cairo::Context cr(cairo_create(surface.get()));
      cairo_set_source_rgb(cr.get(), 0, 0, 1); // blue: not the inset
      cairo_paint(cr.get());
      draw_locator(cr.get(), Box{20, 20, 200, 140}, map, style);
    }
    cairo_surface_flush(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    std::size_t accent = 0, grey = 0, outside_blue = 0, outside = 0;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const unsigned char* p = data + y * stride + x * 4; // B, G, R, X
        const bool in = x >= 21 && x < 219 && y >= 21 && y < 159;
        if (!(x >= 19 && x <= 221 && y >= 19 && y <= 161)) {
          ++outside;
          outside_blue += p[0] == 255 && p[1] == 0 && p[2] == 0;
        }
        if (!in) continue;
        accent += p[2] == style.locator_accent.r && p[1] == style.locator_accent.g && p[0] == style.locator_accent.b;
        grey += p[2] == style.locator_fill.r && p[1] == style.locator_fill.g && p[0] == style.locator_fill.b;
      }
    INFO(to_string(theme));
    CHECK(accent > 300);   // Inner Mongolia: about 1/8 of China
    CHECK(grey > accent);  // the other provinces
    CHECK(outside_blue == outside); // nothing drawn outside the box
  }
  CHECK_FALSE(themed_style(MapStyle{}, PageTheme::Projector).locator_accent == MapStyle{}.locator_accent);
}

} // namespace steppe
