#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/choropleth.hpp"
#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "choropleth_fixtures.hpp"

using namespace steppe;

using namespace steppe::test;

TEST_CASE("Tongliao coal: two banners coloured, Tongliao's other six hatched, Chifeng not covered",
          "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  const Indicator coal = tongliao_coal();
  const Choropleth c = build_choropleth(atlas, coal);
  // Two distinct values: quantile collapses to 2 classes; YlOrBr for 2 classes.
  REQUIRE(c.classes.class_count() == 2);
  const Palette yl = make_palette("YlOrBr", 2);
  CHECK(c.fill_by_region[11] == yl.colours[0]); // 扎鲁特旗 1035.54: lower class
  CHECK(c.fill_by_region[12] == yl.colours[1]); // 霍林郭勒市 1590.92: upper class
  CHECK(c.pattern_by_region[11] == kChoroplethSolid);
  CHECK(c.pattern_by_region[12] == kChoroplethSolid);
  CHECK(c.value_by_region[12] == Approx(1590.92));
  for (std::size_t i = 5; i <= 10; ++i) {
    INFO(atlas.regions[i].name_zh);
    CHECK(c.state_by_region[i] == RegionDataState::NoData);
    CHECK(c.pattern_by_region[i] == kChoroplethNoDataHatch);
    CHECK(c.fill_by_region[i] == no_data_colour());
    CHECK_FALSE(c.value_by_region[i].has_value()); // missing is never zero
  }
  CHECK(c.state_by_region[3] == RegionDataState::NotCovered);
  CHECK(c.state_by_region[4] == RegionDataState::NotCovered);
  CHECK(c.fill_by_region[3] == not_covered_colour());
  CHECK(c.pattern_by_region[3] == kChoroplethSolid);
  CHECK(c.state_by_region[2] == RegionDataState::OtherLevel);
  REQUIRE(c.row_by_region[12].has_value());
  CHECK(coal.values[*c.row_by_region[12]].quote == "霍林河原煤产量1590.92万吨");
}

TEST_CASE("A league-level indicator colours every banner with its league's value", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  Indicator ind = tongliao_coal();
  ind.meta.level = IndicatorLevel::League;
  ind.meta.total.reset();
  ind.meta.classification.method = "equal_interval";
  ind.values = {row("150500", "通辽市", 2633.98, "2633.98", "万吨", ind.meta.period, "q1", 2),
                row("150400", "赤峰市", 1000, "1000", "万吨", ind.meta.period, "q2", 3)};
  const Choropleth c = build_choropleth(atlas, ind);
  REQUIRE(c.classes.class_count() == 2);
  const Palette yl = make_palette("YlOrBr", 2);
  for (std::size_t i = 5; i <= 12; ++i) {
    CHECK(c.fill_by_region[i] == yl.colours[1]);
    CHECK(c.value_region[i] == std::optional<std::size_t>(2));
    CHECK(c.shown_value(i) == Approx(2633.98));
  }
  CHECK(c.fill_by_region[3] == yl.colours[0]);
  CHECK(c.legend.entries.size() == 2); // no no-data entry: every league has a value
  CHECK(c.legend.entries[0].count == 1);
  CHECK(c.legend.coverage_note == "2 of 2 leagues have a value");
}

TEST_CASE("A league without a value in a league indicator is hatched, banners too", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  Indicator ind = tongliao_coal();
  ind.meta.level = IndicatorLevel::League;
  ind.meta.total.reset();
  ind.values = {row("150500", "通辽市", 2633.98, "2633.98", "万吨", ind.meta.period, "q1", 2)};
  const Choropleth c = build_choropleth(atlas, ind);
  CHECK(c.state_by_region[3] == RegionDataState::NoData);
  CHECK(c.pattern_by_region[4] == kChoroplethNoDataHatch);
  CHECK(c.classes.class_count() == 1);
  CHECK(c.legend.entries.back().kind == LegendEntryKind::NoData);
  CHECK(c.legend.entries.back().count == 1);
}

TEST_CASE("Growth rates on a diverging palette: positives never take the decline colours",
          "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  Indicator ind = tongliao_coal();
  ind.meta.unit = "%";
  ind.meta.total.reset();
  ind.meta.classification = {"quantile", 5, "RdBu", 0.0};
  ind.values = {row("150526", "扎鲁特旗", 3.5, "3.5", "%", ind.meta.period, "q", 2),
                row("150581", "霍林郭勒市", 8.1, "8.1", "%", ind.meta.period, "q", 3),
                row("150502", "科尔沁区", -2.0, "-2.0", "%", ind.meta.period, "q", 4)};
  const Choropleth c = build_choropleth(atlas, ind);
  // -2.0 alone at or below 0, 3.5 and 8.1 above: the break at 0 is kept.
  REQUIRE(c.classes.class_count() == 3);
  CHECK(c.classes.breaks == std::vector<double>{-2.0, 0.0, 3.5, 8.1});
  const Palette rdbu = make_palette("RdBu", 4);
  CHECK(c.fill_by_region[5] == rdbu.colours[1]);  // decline: red side
  CHECK(c.fill_by_region[11] == rdbu.colours[2]); // growth: blue side
  CHECK(c.fill_by_region[12] == rdbu.colours[3]);
  // The class (0, 3.5] holds only 3.5: labelled by the value it holds.
  CHECK(c.legend.entries[1].label == "+3.5%");
  CHECK(c.legend.classification_note.find("split at 0") != std::string::npos);

  // All positive: only the blue half.
  ind.values.pop_back();
  const Choropleth p = build_choropleth(atlas, ind);
  REQUIRE(p.classes.class_count() == 2);
  const Palette rdbu4 = make_palette("RdBu", 4);
  CHECK(p.fill_by_region[11] == rdbu4.colours[2]);
  CHECK(p.fill_by_region[12] == rdbu4.colours[3]);
}

TEST_CASE("Spec overrides: method, classes, palette, reversal, manual breaks", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  ChoroplethSpec spec;
  spec.method = ClassMethod::Manual;
  spec.manual_breaks = {1200};
  spec.palette = "Blues";
  spec.reversed = true;
  const Choropleth c = build_choropleth(atlas, tongliao_coal(), spec);
  REQUIRE(c.classes.class_count() == 2);
  const Palette blues = make_palette("Blues", 2, true);
  CHECK(c.fill_by_region[11] == blues.colours[0]);
  CHECK(c.fill_by_region[12] == blues.colours[1]);
  CHECK(c.legend.entries[0].label == "1035.54 万吨"); // the only value in [min, 1200]
}

TEST_CASE("Bad specs and point indicators are refused with a reason", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  ChoroplethSpec bad_palette;
  bad_palette.palette = "Rainbow";
  CHECK_THROWS_AS(build_choropleth(atlas, tongliao_coal(), bad_palette), Error);
  ChoroplethSpec bad_classes;
  bad_classes.classes = 12;
  CHECK_THROWS_WITH(build_choropleth(atlas, tongliao_coal(), bad_classes),
                    Catch::Contains("between 2 and 9"));
  Indicator points = tongliao_coal();
  points.meta.level = IndicatorLevel::Point;
  CHECK_THROWS_WITH(build_choropleth(atlas, points), Catch::Contains("point layer"));
}

TEST_CASE("Rows outside the atlas or at the wrong level become warnings, not values", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  Indicator ind = tongliao_coal();
  ind.values.push_back(row("159999", "某旗", 5, "5", "万吨", ind.meta.period, "q", 4));
  ind.values.push_back(row("150500", "通辽市", 2633.98, "2633.98", "万吨", "2025-01/2025-06", "q", 5));
  const Choropleth c = build_choropleth(atlas, ind);
  REQUIRE(c.legend.warnings.size() == 3);
  CHECK(c.legend.warnings[0].find("line 4: 159999") != std::string::npos);
  CHECK(c.legend.warnings[1].find("is a league, not a banner") != std::string::npos);
  CHECK(c.legend.warnings[2] == "mixed periods: some rows are for 2025-01/2025-06, not 2025-01/2025-07");
  CHECK_FALSE(c.value_by_region[2].has_value());
}

TEST_CASE("Tooltip: value, rank, share of the stated total, period and quote", "[choropleth]") {
  const Atlas atlas = tongliao_atlas();
  const Indicator ind = tongliao_coal();
  const Choropleth c = build_choropleth(atlas, ind);
  const RegionTooltip t = region_tooltip(atlas, ind, c, 11);
  CHECK(t.has_value);
  CHECK(t.region_name == "扎鲁特旗 Jarud");
  CHECK(t.value_line == "1035.54 万吨");
  CHECK(t.rank_line == "rank 2 of 2 banners with a value");
  CHECK(t.share_line == "39.3% of the stated 通辽市 total (2633.98 万吨)");
  CHECK(t.period_line == "2025年1-7月 (2025-01/2025-07)");
  CHECK(t.quote_line == "“扎鲁特旗原煤产量1035.54万吨”");
  const RegionTooltip missing = region_tooltip(atlas, ind, c, 9);
  CHECK_FALSE(missing.has_value);
  CHECK(missing.value_line == "无数据 / no data");
  CHECK(missing.rank_line.empty());
  CHECK(region_tooltip(atlas, ind, c, 3).value_line == "来源未涉及 / not covered by the source");
}
