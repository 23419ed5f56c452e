#include <catch2/catch.hpp>

#include <cmath>

#include "core/error.hpp"
#include "core/point_layer.hpp"

using namespace steppe;

namespace {

IndicatorValue point(std::string name, std::optional<double> v, std::string text, double lon, double lat,
                     bool approximate) {
  IndicatorValue r;
  r.code = "150207";
  r.name = "九原区";
  r.point_name = std::move(name);
  r.value = v;
  r.value_text = std::move(text);
  r.unit = v ? "亿元" : "";
  r.period = "2024";
  r.lonlat = Vec2{lon, lat};
  r.approximate = approximate;
  r.category = "park";
  return r;
}

Indicator park_revenue() {
  Indicator ind;
  ind.meta.id = "park_revenue_point_2024";
  ind.meta.title_zh = "园区营业收入";
  ind.meta.title_en = "Park operating revenue";
  ind.meta.unit = "亿元";
  ind.meta.level = IndicatorLevel::Point;
  ind.meta.kind = IndicatorKind::Actual;
  ind.meta.period = "2024";
  ind.meta.period_zh = "2024年";
  ind.values.push_back(point("包头新材料产业园区", 420.08, "420.08", 109.5841, 40.6123, true));
  ind.values.push_back(point("食品园区", 2, "2", 109.5841, 40.6123, true));
  return ind;
}

Vec2 identity_x1000(Vec2 p) { return {p.x * 1000, p.y * 1000}; }

} // namespace

TEST_CASE("Proportional circles: area follows value, with a minimum size", "[points]") {
  PointLayerStyle s;
  CHECK(proportional_diameter(100, 100, s) == Approx(s.max_diameter_px));
  CHECK(proportional_diameter(25, 100, s) == Approx(s.max_diameter_px / 2)); // quarter area
  CHECK(proportional_diameter(0.01, 100, s) == Approx(s.min_diameter_px));
  CHECK(proportional_diameter(5, 0, s) == Approx(s.min_diameter_px));
}

TEST_CASE("Park revenue: sized by value, largest first, approximate, labelled", "[points]") {
  const PointLayer layer = build_point_layer(park_revenue(), identity_x1000);
  REQUIRE(layer.points.size() == 2);
  CHECK(layer.proportional);
  CHECK(layer.points[0].name == "包头新材料产业园区");
  CHECK(layer.points[0].diameter_px == Approx(40));
  CHECK(layer.points[1].diameter_px == Approx(7)); // sqrt(2/420.08)*40 = 2.76 -> minimum
  CHECK(layer.points[0].label == "包头新材料产业园区 420.08 亿元");
  CHECK(layer.points[1].label == "食品园区 2 亿元");
  CHECK(layer.points[0].world.x == Approx(109584.1));
  CHECK(layer.points[0].approximate);
  CHECK(layer.approximate_count == 2);
  CHECK(layer.points[0].stack_size == 2);
  // Proportional stacks are concentric: no offset.
  CHECK(layer.points[1].stack_offset_px(1.0, true) == Vec2{0, 0});
  REQUIRE(layer.legend.symbols.size() == 3);
  CHECK(layer.legend.symbols[0].label == "420.08 亿元");
  CHECK(layer.legend.symbols[2].approximate);
  CHECK(layer.legend.symbols[2].label == "近似位置 / approximate location (2)");
  CHECK(layer.legend.coverage_note.find("2 of 2 points") == 0);
}

TEST_CASE("Inventories: one size, stacked points spread on a ring", "[points]") {
  Indicator ind = park_revenue();
  ind.meta.kind = IndicatorKind::Inventory;
  ind.meta.unit = "";
  ind.values = {point("A", std::nullopt, "", 111.0, 40.0, true), point("B", std::nullopt, "", 111.0, 40.0, true),
                point("C", std::nullopt, "", 111.0, 40.0, true), point("D", std::nullopt, "", 112.0, 41.0, false)};
  const PointLayer layer = build_point_layer(ind, identity_x1000);
  CHECK_FALSE(layer.proportional);
  for (const PointSymbol& p : layer.points) CHECK(p.diameter_px == Approx(11));
  const Vec2 a = layer.points[0].stack_offset_px(2.0, false);
  const Vec2 b = layer.points[1].stack_offset_px(2.0, false);
  const double gap = std::hypot(a.x - b.x, a.y - b.y);
  CHECK(gap >= 11 * 2.0); // neighbours on the ring do not overlap
  CHECK(layer.points[3].stack_offset_px(2.0, false) == Vec2{0, 0});
  REQUIRE(layer.legend.symbols.size() == 2);
  CHECK(layer.legend.symbols[0].label == "1 处 / located points");
  CHECK(layer.legend.coverage_note.find("located to their city") == std::string::npos);

  // A point the document places in no banner is coded with its city and said to be so.
  ind.values[0].code = "150200";
  const PointLayer city = build_point_layer(ind, identity_x1000);
  CHECK(city.legend.coverage_note ==
        "3 of 4 points are placed at a representative point of their banner, not at the site; "
        "1 located to their city or league only (no banner named)");
}

TEST_CASE("A non-point indicator is refused", "[points]") {
  Indicator ind = park_revenue();
  ind.meta.level = IndicatorLevel::Banner;
  CHECK_THROWS_AS(build_point_layer(ind, identity_x1000), Error);
}
