#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/drill_down.hpp"
#include "core/error.hpp"

using namespace steppe;
using steppe::test::row;
using steppe::test::tongliao_atlas;
using steppe::test::tongliao_coal;

namespace {

// Test values (not data) for banners of both leagues: Chifeng's two are much
// larger than Tongliao's, so region-wide classes put all of Tongliao low.
Indicator two_league_indicator() {
  Indicator ind = tongliao_coal();
  ind.meta.id = "two_leagues";
  ind.meta.total.reset();
  ind.meta.classification = {"equal_interval", 3, "Blues", std::nullopt};
  ind.values.clear();
  const std::string p = ind.meta.period;
  ind.values.push_back(row("150402", "红山区", 1000, "1000", "万吨", p, "a", 2));
  ind.values.push_back(row("150421", "阿鲁科尔沁旗", 900, "900", "万吨", p, "b", 3));
  ind.values.push_back(row("150502", "科尔沁区", 10, "10", "万吨", p, "c", 4));
  ind.values.push_back(row("150521", "科尔沁左翼中旗", 20, "20", "万吨", p, "d", 5));
  ind.values.push_back(row("150581", "霍林郭勒市", 40, "40", "万吨", p, "e", 6));
  return ind;
}

} // namespace

TEST_CASE("drill-down: the path of a banner is region -> league -> banner") {
  const Atlas atlas = tongliao_atlas();
  const std::vector<std::size_t> path = drill_path(atlas, 12);
  REQUIRE(path.size() == 3);
  CHECK(atlas.regions[path[0]].name_zh == "内蒙古自治区");
  CHECK(atlas.regions[path[1]].name_zh == "通辽市");
  CHECK(atlas.regions[path[2]].name_zh == "霍林郭勒市");
  CHECK(drill_path(atlas, 2).size() == 2);
  CHECK(drill_path(atlas, 0).size() == 1);
  CHECK(focus_of(atlas, 12) == 2); // a banner is seen among its league's banners
  CHECK(focus_of(atlas, 2) == 2);

  Atlas broken = atlas;
  broken.regions[12].parent = "159999";
  CHECK_THROWS_WITH(drill_path(broken, 12), Catch::Contains("159999") && Catch::Contains("not in the atlas"));
  CHECK_THROWS_AS(drill_path(atlas, 40), Error);
}

TEST_CASE("drill-down: inside_focus covers the league and its banners only") {
  const Atlas atlas = tongliao_atlas();
  const std::vector<bool> in = inside_focus(atlas, 2);
  CHECK_FALSE(in[0]);
  CHECK_FALSE(in[1]);
  CHECK(in[2]);
  CHECK_FALSE(in[3]);
  CHECK_FALSE(in[4]);
  for (std::size_t i = 5; i <= 12; ++i) CHECK(in[i]);
}

TEST_CASE("drill-down: local breaks differ from region-wide breaks; surroundings dimmed") {
  const Atlas atlas = tongliao_atlas();
  const Indicator ind = two_league_indicator();
  const Choropleth wide = drill_choropleth(atlas, ind, 2, BreakScope::RegionWide);
  const Choropleth local = drill_choropleth(atlas, ind, 2, BreakScope::Local);

  // Region-wide equal intervals over 10..1000; local over Tongliao's 10..40.
  REQUIRE(wide.classes.breaks.size() == 4);
  CHECK(wide.classes.breaks.front() == Approx(10));
  CHECK(wide.classes.breaks.back() == Approx(1000));
  CHECK(wide.classes.breaks[1] == Approx(340));
  REQUIRE(local.classes.breaks.size() == 4);
  CHECK(local.classes.breaks.front() == Approx(10));
  CHECK(local.classes.breaks[1] == Approx(20));
  CHECK(local.classes.breaks.back() == Approx(40));

  // Region-wide: every Tongliao banner in the lowest class; local: spread out.
  CHECK(wide.class_by_region[5] == 0);
  CHECK(wide.class_by_region[12] == 0);
  CHECK(local.class_by_region[5] == 0);
  CHECK(local.class_by_region[12] == 2);
  // Outside the focus no local class, data state kept, colour dimmed.
  CHECK(local.class_by_region[3] == -1);
  CHECK(local.state_by_region[3] == RegionDataState::Value);
  CHECK(wide.fill_by_region[3] == dim_colour(wide.palette.colours[2]));
  CHECK(wide.fill_by_region[12] == wide.palette.colours[0]); // inside: full colour
  CHECK(local.legend.classification_note.starts_with("local breaks: classes of 通辽市 only"));
  CHECK(wide.legend.classification_note.starts_with("region-wide breaks"));
}

TEST_CASE("drill-down: local breaks without a value inside the focus say so") {
  const Atlas atlas = tongliao_atlas();
  const Choropleth c = drill_choropleth(atlas, tongliao_coal(), 1, BreakScope::Local); // 赤峰市
  REQUIRE_FALSE(c.legend.warnings.empty());
  CHECK(c.legend.warnings.back().find("no value inside 赤峰市") != std::string::npos);
}
