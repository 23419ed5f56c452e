#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/callout.hpp"
#include "core/map_visual.hpp"

using namespace steppe;

namespace {

Indicator one_league() {
  Indicator ind;
  IndicatorMeta& m = ind.meta;
  m.id = "compute_capacity_league_2024_h1";
  m.title_zh = "算力规模";
  m.unit = "万P";
  m.level = IndicatorLevel::League;
  m.period = "2024-H1";
  m.period_zh = "上半年";
  m.source = {"003_6b4efc365c0ae26d.txt", "一、上半年国民经济和社会发展计划执行情况", ""};
  ind.values.push_back(test::row("150400", "赤峰", 2.4, "2.4", "万P", "2024-H1", "全市已形成算力规模2.4万P", 2));
  return ind;
}

} // namespace

TEST_CASE("The visual follows the data's shape: 1-2 places callout, 3+ choropleth, points points", "[map_visual]") {
  Indicator ind = one_league();
  CHECK(map_visual(ind) == MapVisual::Callout);
  CHECK(indicator_places(ind) == std::vector<std::string>{"150400"});

  Indicator coal = test::tongliao_coal(); // two banners
  CHECK(map_visual(coal) == MapVisual::Callout);
  coal.values.push_back(test::row("150523", "开鲁县", 3.0, "3", "万吨", coal.meta.period, "开鲁县原煤产量3万吨", 4));
  CHECK(map_visual(coal) == MapVisual::Choropleth);
  // A second row for the same place is still one place.
  Indicator twice = one_league();
  twice.values.push_back(twice.values[0]);
  CHECK(map_visual(twice) == MapVisual::Callout);
  CHECK(indicator_places(twice).size() == 1);

  ind.meta.level = IndicatorLevel::Point;
  CHECK(map_visual(ind) == MapVisual::Points);
  Indicator none = one_league();
  none.values.clear();
  CHECK(map_visual(none) == MapVisual::Choropleth);
  CHECK(to_string(MapVisual::Callout) == "callout");
}

TEST_CASE("Coverage as a picker shows it: the places, or n/N of a league, or of the level", "[map_visual]") {
  const Atlas atlas = test::tongliao_atlas();
  CHECK(coverage_text(one_league(), atlas) == "赤峰市");
  Indicator coal = test::tongliao_coal();
  CHECK(coverage_text(coal, atlas) == "扎鲁特旗、霍林郭勒市");
  coal.values.push_back(test::row("150523", "开鲁县", 3.0, "3", "万吨", coal.meta.period, "q", 4));
  CHECK(coverage_text(coal, atlas) == "3/8 banners of 通辽市");
  coal.values.push_back(test::row("150402", "红山区", 3.0, "3", "万吨", coal.meta.period, "q", 5));
  CHECK(coverage_text(coal, atlas) == "4/10 banners");
  Indicator leagues = one_league();
  leagues.values.push_back(test::row("150500", "通辽市", 1.0, "1", "万P", "2024-H1", "q", 3));
  CHECK(coverage_text(leagues, atlas) == "赤峰市、通辽市");
  Indicator empty = one_league();
  empty.values.clear();
  CHECK(coverage_text(empty, atlas) == "no values");
}

TEST_CASE("Callout text: place, value with unit as written, period, and the kind when not achieved", "[callout]") {
  const Atlas atlas = test::tongliao_atlas();
  std::vector<CalloutText> c = build_callouts(one_league(), atlas);
  REQUIRE(c.size() == 1);
  CHECK(c[0].code == "150400");
  CHECK(c[0].place == "赤峰市"); // the atlas name, not the document's 赤峰
  CHECK(c[0].value == "2.4 万P");
  CHECK(c[0].when == "2024年上半年 (2024-H1)");
  CHECK(c[0].quote == "“全市已形成算力规模2.4万P”");
  CHECK(c[0].source.find("一、上半年国民经济和社会发展计划执行情况") != std::string::npos);
  CHECK(c[0].box_lines() == std::vector<std::string>{"赤峰市", "2.4 万P", "2024年上半年 (2024-H1)"});

  Indicator est = one_league();
  est.values[0].kind = IndicatorKind::Estimate;
  c = build_callouts(est, atlas);
  REQUIRE(c.size() == 1);
  CHECK(c[0].when == "预计 estimate · 2024年上半年 (2024-H1)");
  est.values[0].kind = IndicatorKind::Target;
  CHECK(build_callouts(est, atlas)[0].when.starts_with("目标 target · "));

  const std::vector<CalloutText> coal = build_callouts(test::tongliao_coal(), atlas);
  REQUIRE(coal.size() == 2);
  CHECK(coal[0].place == "扎鲁特旗");
  CHECK(coal[0].value == "1035.54 万吨");
  CHECK(coal[1].place == "霍林郭勒市");
  CHECK(coal[1].value == "1590.92 万吨");
}

TEST_CASE("A callout page frames the place with its neighbours: three times its size, at most everything",
          "[callout]") {
  const Bounds place{100, 200, 160, 230}; // 60 x 30
  const Bounds all{0, 0, 1000, 1000};
  const Bounds f = callout_frame(place, all);
  CHECK(f.width() == Approx(180));
  CHECK(f.height() == Approx(180));
  CHECK(f.centre().x == Approx(130));
  CHECK(f.centre().y == Approx(215));
  // A place nearly as large as everything: everything.
  const Bounds big{0, 0, 900, 800};
  const Bounds g = callout_frame(big, all);
  CHECK(g.min_x == Approx(0));
  CHECK(g.max_x == Approx(1000));
  CHECK(callout_frame(Bounds{}, all).width() == Approx(1000)); // no place: everything
}
