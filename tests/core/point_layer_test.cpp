#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("Park revenue: two items located to 九原区 only are ONE grouped symbol with the count and list", "[points]") {
  const PointLayer layer = build_point_layer(park_revenue(), identity_x1000);
  // Before: two concentric circles, 食品园区 (2 亿元) hidden under the 420.08 亿元 one.
  REQUIRE(layer.points.size() == 1);
  CHECK(layer.group_count == 1);
  CHECK(layer.approximate_count == 2);
  const PointSymbol& g = layer.points[0];
  CHECK(g.approximate);
  CHECK(g.count() == 2);
  CHECK(g.member_rows == std::vector<std::size_t>{0, 1});
  CHECK(g.member_labels == std::vector<std::string>{"包头新材料产业园区 420.08 亿元", "食品园区 2 亿元"});
  CHECK(g.name == "九原区"); // no atlas lookup given: the document's name
  CHECK(g.label == "九原区 · 2 处");
  CHECK(g.diameter_px == Approx(PointLayerStyle{}.group_diameter_px)); // a count, not a value
  CHECK_FALSE(g.value.has_value());
  CHECK(g.world.x == Approx(109584.1));
  // No exact point carries a comparable amount: nothing is sized by value.
  CHECK_FALSE(layer.proportional);
  REQUIRE(layer.legend.symbols.size() == 1);
  CHECK(layer.legend.symbols[0].approximate);
  CHECK(layer.legend.symbols[0].label ==
        "九原区 · 2 处 (仅定位到旗县 / located to the banner only): 包头新材料产业园区 420.08 亿元、食品园区 2 亿元");
  CHECK(layer.legend.coverage_note.find("2 of 2 items are located to their banner only, drawn as 1 grouped symbol") == 0);
}

TEST_CASE("Groups are per banner; the atlas names them; exact points stay points and are sized", "[points]") {
  Indicator ind = park_revenue();
  ind.values.push_back(point("园区 A", 100, "100", 110.0, 41.0, false));
  ind.values.push_back(point("园区 B", 25, "25", 110.5, 41.5, false));
  IndicatorValue other = point("园区 C", 7, "7", 111.0, 40.0, true);
  other.code = "150203";
  ind.values.push_back(other);
  const auto names = [](const std::string& code) { return code == "150207" ? std::string("九原区") : std::string("昆都仑区"); };
  const PointLayer layer = build_point_layer(ind, identity_x1000, {}, names);
  REQUIRE(layer.points.size() == 4); // 2 exact + 2 groups
  CHECK(layer.group_count == 2);
  CHECK(layer.proportional);
  // Exact points: sized by value among the exact points only (largest first).
  CHECK(layer.points[0].name == "园区 A");
  CHECK(layer.points[0].diameter_px == Approx(40));
  CHECK(layer.points[0].count() == 1);
  const auto b = std::find_if(layer.points.begin(), layer.points.end(), [](const PointSymbol& p) { return p.name == "园区 B"; });
  REQUIRE(b != layer.points.end());
  CHECK(b->diameter_px == Approx(20)); // quarter of the value: half the diameter
  const auto kdl = std::find_if(layer.points.begin(), layer.points.end(), [](const PointSymbol& p) { return p.code == "150203"; });
  REQUIRE(kdl != layer.points.end());
  CHECK(kdl->label == "昆都仑区 · 1 处");
  CHECK(kdl->approximate);
  CHECK(kdl->value == 7.0); // a group of one keeps its value as an attribute
  CHECK(kdl->diameter_px == Approx(PointLayerStyle{}.group_diameter_px));
  CHECK(layer.legend.symbols[0].label == "100.00 亿元"); // the decimals the source uses (420.08)
}

TEST_CASE("Ranks and voltages are attributes, never symbol sizes", "[points]") {
  Indicator ind = park_revenue();
  ind.values = {point("园区 A", 100, "100", 110.0, 41.0, false), point("园区 B", 25, "25", 110.5, 41.5, false)};
  CHECK(build_point_layer(ind, identity_x1000).proportional);

  IndicatorValue rank = point("数据中心集群", 1, "1", 111.0, 40.0, false);
  rank.unit = "位";
  rank.quote = "绿色算力指数在国家枢纽节点中排名第1";
  CHECK(is_attribute_value(rank));
  IndicatorValue volt = point("开鲁500千伏输变电工程", 500, "500", 121.3, 43.7, false);
  volt.unit = "千伏";
  CHECK(is_attribute_value(volt));
  CHECK_FALSE(is_attribute_value(ind.values[0]));

  for (const IndicatorValue& attribute : {rank, volt}) {
    Indicator with = ind;
    with.values.push_back(attribute);
    const PointLayer layer = build_point_layer(with, identity_x1000);
    CHECK_FALSE(layer.proportional);
    for (const PointSymbol& p : layer.points) CHECK(p.diameter_px == Approx(PointLayerStyle{}.fixed_diameter_px));
  }
  Indicator with = ind;
  with.values.push_back(rank);
  const PointLayer layer = build_point_layer(with, identity_x1000);
  const auto r = std::find_if(layer.points.begin(), layer.points.end(), [](const PointSymbol& p) { return p.name == "数据中心集群"; });
  REQUIRE(r != layer.points.end());
  CHECK(r->label == "数据中心集群 第1位"); // the rank reads as written, in the label
}

TEST_CASE("Inventories: one size, exact stacked points spread on a ring", "[points]") {
  Indicator ind = park_revenue();
  ind.meta.kind = IndicatorKind::Inventory;
  ind.meta.unit = "";
  ind.values = {point("A", std::nullopt, "", 111.0, 40.0, false), point("B", std::nullopt, "", 111.0, 40.0, false),
                point("C", std::nullopt, "", 111.0, 40.0, false), point("D", std::nullopt, "", 112.0, 41.0, false)};
  const PointLayer layer = build_point_layer(ind, identity_x1000);
  CHECK_FALSE(layer.proportional);
  REQUIRE(layer.points.size() == 4);
  for (const PointSymbol& p : layer.points) CHECK(p.diameter_px == Approx(11));
  const Vec2 a = layer.points[0].stack_offset_px(2.0, false);
  const Vec2 b = layer.points[1].stack_offset_px(2.0, false);
  const double gap = std::hypot(a.x - b.x, a.y - b.y);
  CHECK(gap >= 11 * 2.0); // neighbours on the ring do not overlap
  CHECK(layer.points[3].stack_offset_px(2.0, false) == Vec2{0, 0});
  REQUIRE(layer.legend.symbols.size() == 1);
  CHECK(layer.legend.symbols[0].label == "4 处 / located points");

  // Items located to a banner only are grouped; one the document places in no banner is
  // coded with its city and grouped there, said to be so.
  ind.values[0].approximate = ind.values[1].approximate = ind.values[2].approximate = true;
  ind.values[0].code = "150200";
  const PointLayer city = build_point_layer(ind, identity_x1000);
  CHECK(city.points.size() == 3); // D, the 九原区 group (B, C) and the 包头市 group (A)
  CHECK(city.group_count == 2);
  CHECK(city.legend.coverage_note ==
        "3 of 4 items are located to their banner only, drawn as 2 grouped symbols at a representative point "
        "of the banner, not at the site; 1 group is located to a city or league only (no banner named)");
  CHECK(located_only_text("150200") == "仅定位到盟市 / located to the city only");
}

TEST_CASE("A non-point indicator is refused", "[points]") {
  Indicator ind = park_revenue();
  ind.meta.level = IndicatorLevel::Banner;
  CHECK_THROWS_AS(build_point_layer(ind, identity_x1000), Error);
}
