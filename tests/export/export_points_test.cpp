#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "export_fixture.hpp"
#include "export/point_export.hpp"
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
    p.label = label;
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
  CHECK(svg.find(">赤峰测试园区 Park B</text>") != std::string::npos);
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
