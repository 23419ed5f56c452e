#include <catch2/catch.hpp>

#include <cmath>

#include "core/error.hpp"
#include "export/export_layout.hpp"
#include "export/export_options.hpp"

using namespace steppe;

namespace {

// Text of 0.6 em per byte, one line of 1.4 em (wrapping ignored): enough to place boxes.
struct FakeMeasure final : TextMeasure {
  Vec2 measure(std::string_view utf8, const TextSpec& spec, double max_width) const override {
    double w = 0.6 * spec.size * static_cast<double>(utf8.size());
    double lines = 1;
    if (max_width > 0 && w > max_width) {
      lines = std::ceil(w / max_width);
      w = max_width;
    }
    return {w, 1.4 * spec.size * lines};
  }
};

// Ground metres of one degree of longitude along a parallel on GRS80.
double metres_per_degree_lon(double lat_deg) {
  const double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
  const double phi = lat_deg * M_PI / 180;
  const double n = a / std::sqrt(1 - e2 * std::sin(phi) * std::sin(phi));
  return n * std::cos(phi) * M_PI / 180;
}

bool inside(const Box& inner, const Box& outer) {
  return inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.right() <= outer.right() + 1e-9 &&
         inner.bottom() <= outer.bottom() + 1e-9;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

} // namespace

TEST_CASE("scale bar: ground metres per pixel at the map centre within 1%", "[export][scale]") {
  const Projection projection; // Albers 40/50.5, lon_0 111.5
  for (double lat : {40.0, 45.0, 50.5}) {
    Camera camera;
    camera.width_px = 1000;
    camera.height_px = 800;
    camera.units_per_px = 1000; // 1 km of projected metres per pixel
    camera.centre = projection.forward(Vec2{111.5, lat});
    const Vec2 centre{500, 400};
    const ScaleBar bar = scale_bar_at(camera, projection, centre, 160);
    // Independent: the 160 px segment spans this many degrees of longitude along
    // (tangent to) the parallel at the central meridian.
    const Vec2 west = projection.inverse(camera.to_world({420, 400}));
    const Vec2 east = projection.inverse(camera.to_world({580, 400}));
    const double expected = (east.x - west.x) * metres_per_degree_lon(lat) / 160;
    INFO("lat " << lat << ": " << bar.metres_per_px << " m/px, expected " << expected);
    CHECK(std::abs(bar.metres_per_px / expected - 1) < 0.01);
    // On a standard parallel, Albers is true to scale along the parallel.
    if (lat == 40.0 || lat == 50.5) CHECK(std::abs(bar.metres_per_px / 1000 - 1) < 0.002);
    // 160 px ≈ 160 km: the round length is 100 km over ~100 px.
    CHECK(bar.length_km == 100);
    CHECK(bar.label == "100 km");
    CHECK(bar.length_px == Approx(100000 / bar.metres_per_px));
    CHECK(bar.length_px <= 160);
  }
}

TEST_CASE("scale bar: round lengths 1, 2, 5 × 10^n", "[export][scale]") {
  const Projection projection;
  Camera camera;
  camera.width_px = 800;
  camera.height_px = 600;
  camera.centre = projection.forward(Vec2{111.5, 40});
  const std::pair<double, double> cases[] = {{1000, 100}, {2000, 200}, {4000, 500}, {30, 2}, {3, 0.2}};
  for (const auto& [upp, km] : cases) {
    camera.units_per_px = upp;
    const ScaleBar bar = scale_bar_at(camera, projection, {400, 300}, 160);
    INFO(upp << " m/px");
    CHECK(bar.length_km == Approx(km));
    CHECK(bar.length_px <= 160.0 + 1e-9);
    CHECK(bar.length_px > 160.0 / 2.5 - 1e-9);
  }
  camera.units_per_px = 3;
  CHECK(scale_bar_at(camera, projection, {400, 300}, 160).label == "200 m");
}

TEST_CASE("north arrow: true north tilts by the cone constant away from the central meridian",
          "[export][north]") {
  const Projection projection;
  Camera camera;
  camera.width_px = 1000;
  camera.height_px = 800;
  camera.units_per_px = 2000;
  camera.centre = projection.forward(Vec2{111.5, 45});
  CHECK(std::abs(north_angle_at(camera, projection, {500, 400})) < 1e-4);
  // At 120°E meridians lean towards the cone's apex above the central meridian:
  // north points up and to the left by n·Δλ, n ≈ (sin 40° + sin 50.5°) / 2.
  camera.centre = projection.forward(Vec2{120, 45});
  const double n = (std::sin(40 * M_PI / 180) + std::sin(50.5 * M_PI / 180)) / 2;
  const double expected = -n * 8.5 * M_PI / 180;
  CHECK(north_angle_at(camera, projection, {500, 400}) == Approx(expected).margin(0.3 * M_PI / 180));
  camera.centre = projection.forward(Vec2{100, 45});
  CHECK(north_angle_at(camera, projection, {500, 400}) > 0.1);
}

TEST_CASE("frame_view shows the whole view extent, centred in the map box", "[export][layout]") {
  const Bounds extent{0, 0, 4000, 3000};
  const Box map{0, 60, 800, 500};
  for (double ratio : {1.0, 2.0, 300.0 / 96}) {
    const int w = static_cast<int>(std::lround(800 * ratio)), h = static_cast<int>(std::lround(600 * ratio));
    const Camera c = frame_view(extent, map, w, h, ratio);
    const Vec2 lo = c.to_screen({0, 0}), hi = c.to_screen({4000, 3000});
    INFO("ratio " << ratio);
    CHECK(lo.x >= -1e-6);
    CHECK(hi.x <= 800 * ratio + 1e-6);
    CHECK(hi.y == Approx(60 * ratio).margin(1e-6)); // height-limited: touches the box top
    CHECK(lo.y == Approx(560 * ratio).margin(1e-6));
    CHECK((lo.x + hi.x) / 2 == Approx(400 * ratio));
  }
}

TEST_CASE("layout: title block above the map, decorations inside it, no overlaps", "[export][layout]") {
  Legend legend;
  legend.title = "原煤产量 / Raw coal output";
  legend.unit = "万吨";
  for (int k = 0; k < 5; ++k) legend.entries.push_back({LegendEntryKind::Class, {}, false, "100 – 200", 3});
  legend.entries.push_back({LegendEntryKind::NoData, {}, true, "无数据 / no data", 2});
  DecorationContent content;
  content.title = "内蒙古 原煤产量";
  content.subtitle = "2024";
  content.source = "来源: 统计公报";
  content.credits = "审图号：蒙S(2024)001号";
  content.legend = &legend;
  const FakeMeasure measure;
  const ExportLayout l = layout_export(1123, 794, content, measure);
  REQUIRE(l.title);
  REQUIRE(l.subtitle);
  REQUIRE(l.header);
  REQUIRE(l.footer);
  REQUIRE(l.legend);
  REQUIRE(l.scale_bar);
  REQUIRE(l.north_arrow);
  CHECK(l.title->bottom() <= l.subtitle->y);
  CHECK(l.map.y == Approx(l.header->bottom()));
  CHECK(l.map.bottom() == Approx(l.footer->y));
  CHECK(l.footer->bottom() == Approx(794));
  for (const Box& b : {*l.legend, *l.scale_bar, *l.north_arrow}) CHECK(inside(b, l.map));
  CHECK(!overlap(*l.legend, *l.scale_bar));
  CHECK(!overlap(*l.legend, *l.north_arrow));
  CHECK(l.legend_rows.size() == 2 + 6 + 0);
  for (const LegendRow& r : l.legend_rows) CHECK(inside(r.box, *l.legend));
  CHECK(!overlap(*l.source, *l.credits));
  CHECK(l.credits->right() == Approx(1123 - kMarginPx));

  // Nothing asked for: the map takes the whole canvas.
  DecorationContent bare;
  bare.scale_bar = false;
  bare.north_arrow = false;
  const ExportLayout b = layout_export(640, 480, bare, measure);
  CHECK(!b.header);
  CHECK(!b.footer);
  CHECK(!b.legend);
  CHECK(b.map.y == 0);
  CHECK(b.map.h == 480);
}

TEST_CASE("export options: formats, physical sizes, pixel limits", "[export][options]") {
  CHECK(export_format_for("a/b.PNG") == ExportFormat::Png);
  CHECK(export_format_for("map.svg") == ExportFormat::Svg);
  CHECK(export_format_for("map.pdf") == ExportFormat::Pdf);
  CHECK_THROWS_WITH(export_format_for("map.jpg"), Catch::Contains(".png, .svg or .pdf"));
  const PhysicalSize a4 = parse_physical_size("297x210mm");
  CHECK(a4.width_mm == 297);
  CHECK(a4.height_mm == 210);
  CHECK(parse_physical_size("11 × 8.5 in").width_mm == Approx(279.4));
  CHECK_THROWS_WITH(parse_physical_size("297x210"), Catch::Contains("unit"));
  CHECK_THROWS_WITH(parse_physical_size("297-210mm"), Catch::Contains("297-210mm"));
  ExportOptions o;
  o.physical = a4;
  o.dpi = 300;
  CHECK(o.resolved_width_px() == 3508);
  CHECK(o.resolved_height_px() == 2480);
  CHECK(o.pixel_ratio() == Approx(3.125));
  o.dpi = 1500; // 17 717 px wide
  CHECK_THROWS_WITH(o.resolved_width_px(), Catch::Contains("16384"));
}
