#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "export_fixture.hpp"
#include "export/point_export.hpp"
#include "io/indicator_reader.hpp"
#include "render/png_writer.hpp"

using namespace steppe;

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two parks: an exact one near Hohhot, an approximate one near Chifeng.
PointLayer two_parks(const Projection& projection) {
  PointLayer layer;
  layer.indicator_id = "test_parks";
  const auto add = [&](const std::string& label, Vec2 lonlat, bool approximate) {
    PointSymbol p;
    p.name = label;
    p.label = approximate ? "松山区 · 1 处" : label; // a group of one item located to its banner only
    p.code = "150404";
    p.member_rows = {layer.points.size()};
    p.member_labels = {label};
    p.lonlat = lonlat;
    p.world = projection.forward(lonlat);
    p.diameter_px = 24;
    p.approximate = approximate;
    layer.points.push_back(p);
  };
  add("呼和浩特测试园区 Park A", {111.75, 40.84}, false);
  add("赤峰测试园区 Park B", {118.89, 42.26}, true);
  layer.approximate_count = 1;
  layer.legend.title = "测试园区 / Test parks";
  layer.legend.source_line = "来源 / Source: test";
  const PointLayerStyle style;
  layer.legend.symbols.push_back({11, style.fill, style.outline, false, "园区 / park"});
  layer.legend.symbols.push_back({11, style.fill, style.approximate_ring, true, "近似位置 / approximate"});
  return layer;
}

} // namespace

TEST_CASE("Point layer exported to SVG: circles and the point names as text", "[export][points][svg]") {
  test::ExportFixture fx;
  const PointLayer parks = two_parks(fx.projection);
  fx.scene.region_colours.clear();
  fx.scene.region_patterns.clear();
  apply_point_layer(fx.scene, parks);
  const std::filesystem::path out = test::export_output("points.svg");
  ExportOptions o = fx.options(out, 800, 600, 96);
  o.show_legend = false; // the purple can only come from the map's symbols
  export_map(o, fx.scene);
  const std::string svg = read_text(out);
  CHECK(svg.find(">呼和浩特测试园区 Park A</text>") != std::string::npos);
  CHECK(svg.find(">· 赤峰测试园区 Park B</text>") != std::string::npos);
  CHECK(svg.find(">松山区 · 1 处 (仅定位到旗县 / located to the banner only)</text>") != std::string::npos);
  // The symbols' purple fill (#6a3d9a) and the approximate point's dashed ring.
  CHECK(svg.find("rgb(41.568627%,23.921569%,60.392157%)") != std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);

  // Without the point layer the purple is absent (only the legend's symbols would bring it).
  ExportScene plain = fx.scene;
  plain.points = nullptr;
  plain.legend = nullptr;
  const std::filesystem::path none = test::export_output("no_points.svg");
  o.out = none;
  export_map(o, plain);
  CHECK(read_text(none).find("rgb(41.568627%,23.921569%,60.392157%)") == std::string::npos);
}

TEST_CASE("Point layer exported to PNG: the symbol colour at the point's screen position", "[export][points][png][egl]") {
  test::ExportFixture fx;
  const PointLayer parks = two_parks(fx.projection);
  fx.scene.region_colours.clear();
  fx.scene.region_patterns.clear();
  fx.scene.labels.language = LabelLanguage::None;
  apply_point_layer(fx.scene, parks);
  ExportOptions o = fx.options(test::export_output("points.png"), 800, 600, 96);
  o.language = LabelLanguage::None;
  o.max_tile_px = 256; // points straddling tile borders must still be whole
  const ExportResult r = export_map(o, fx.scene);
  CHECK(r.tiles > 1);
  const Image img = read_png(o.out);

  // Where the composition puts the exact park (the same maths the export used).
  const PointOverlay points = export_point_overlay(o, fx.scene);
  REQUIRE(points.shapes.size() == 2);
  const Vec2 at = points.shapes[0].centre_px;
  REQUIRE(points.shapes[0].half_size_px.x == Approx(12));
  const Rgba8 p = img.at(static_cast<int>(at.x), static_cast<int>(at.y));
  INFO("pixel at park A: " << int(p.r) << "," << int(p.g) << "," << int(p.b));
  // The fill (alpha 235) over the map: close to #6a3d9a.
  CHECK(std::abs(p.r - 0x6a) < 20);
  CHECK(std::abs(p.g - 0x3d) < 20);
  CHECK(std::abs(p.b - 0x9a) < 20);
  // 30 px left of it the map shows through (no purple).
  const Rgba8 q = img.at(static_cast<int>(at.x) - 30, static_cast<int>(at.y));
  CHECK(q.g > 150);

  // The SVG of the same view draws the same circle at the same place.
  o.out = test::export_output("points_same_view.svg");
  export_map(o, fx.scene);
  const std::string svg = read_text(o.out);
  CHECK(svg.find("rgb(41.568627%,23.921569%,60.392157%)") != std::string::npos);
}

TEST_CASE("Items located to one banner only: ONE grouped symbol with its count, in PNG and SVG",
          "[export][points][png][svg][egl]") {
  // 包头新材料产业园区 (420.08 亿元) and 食品园区 (2 亿元): the document gives only 九原区.
  test::ExportFixture fx;
  const Indicator parks = read_indicator(builtin_indicator_dir() / "park_revenue_point_2024.toml");
  const PointLayer layer = build_point_layer(
      parks, [&](Vec2 p) { return fx.projection.forward(p); }, {}, atlas_place_names(fx.atlas));
  fx.scene.region_colours.clear();
  fx.scene.region_patterns.clear();
  fx.scene.labels.language = LabelLanguage::None;
  apply_point_layer(fx.scene, layer);
  ExportOptions o = fx.options(test::export_output("points_grouped.png"), 800, 600, 96);
  o.language = LabelLanguage::None;
  o.show_legend = false;
  const Region* jiuyuan = fx.atlas.find("150207");
  REQUIRE(jiuyuan != nullptr);
  o.view = Camera::fit(fx.geometry.shape_bounds[static_cast<std::size_t>(jiuyuan - fx.atlas.regions.data())], 800, 600);
  export_map(o, fx.scene);

  const PointOverlay overlay = export_point_overlay(o, fx.scene);
  REQUIRE(overlay.shapes.size() == 1); // drawn once, not once per item
  const ScreenShape& g = overlay.shapes[0];
  CHECK(g.dashed);
  std::size_t counts = 0;
  for (const TextItem& t : overlay.labels) {
    if (t.utf8 != "2") continue;
    ++counts;
    CHECK(std::hypot(t.position_px.x - g.centre_px.x, t.position_px.y - g.centre_px.y) < 1.0);
  }
  CHECK(counts == 1); // the count, once, inside the symbol
  const auto has = [&](const std::string& line) {
    return std::any_of(overlay.labels.begin(), overlay.labels.end(), [&](const TextItem& t) { return t.utf8 == line; });
  };
  CHECK(has("九原区 · 2 处 (仅定位到旗县 / located to the banner only)"));
  CHECK(has("· 包头新材料产业园区 420.08 亿元"));
  CHECK(has("· 食品园区 2 亿元"));

  // The PNG: the group's purple at its centre's rim, the white count inside.
  const Image img = read_png(o.out);
  int white = 0, purple = 0;
  const int r = static_cast<int>(g.half_size_px.x);
  for (int y = -r; y <= r; ++y)
    for (int x = -r; x <= r; ++x) {
      if (x * x + y * y > (r - 3) * (r - 3)) continue;
      const Rgba8 p = img.at(static_cast<int>(g.centre_px.x) + x, static_cast<int>(g.centre_px.y) + y);
      if (p.r > 230 && p.g > 230 && p.b > 230) ++white;
      if (p.b > p.g + 40 && p.r > p.g + 10) ++purple;
    }
  CHECK(purple > 50);
  CHECK(white > 4); // the count's glyph

  // The SVG: one dashed ring for the two items, the count once, and the list.
  o.out = test::export_output("points_grouped.svg");
  export_map(o, fx.scene);
  const std::string svg = read_text(o.out);
  std::size_t twos = 0;
  for (std::size_t at = svg.find(">2</text>"); at != std::string::npos; at = svg.find(">2</text>", at + 1)) ++twos;
  CHECK(twos == 1);
  CHECK(svg.find(">· 食品园区 2 亿元</text>") != std::string::npos);
  std::size_t dashed = 0;
  for (std::size_t at = svg.find("stroke-dasharray"); at != std::string::npos; at = svg.find("stroke-dasharray", at + 1))
    ++dashed;
  CHECK(dashed == 1);
}
