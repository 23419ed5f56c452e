#include <catch2/catch.hpp>

#include <string>

#include "choropleth_fixtures.hpp"
#include "core/choropleth.hpp"
#include "core/indicator_summary.hpp"

using namespace steppe;
using namespace steppe::test;

TEST_CASE("Tongliao coal legend: classes with units and counts, no-data, not covered", "[legend]") {
  const Choropleth c = build_choropleth(tongliao_atlas(), tongliao_coal());
  const Legend& l = c.legend;
  CHECK(l.title == "规模以上工业原煤产量 / Raw coal output (above-scale industry)");
  CHECK(l.unit == "万吨");
  CHECK(l.period_label == "2025年1-7月 (2025-01/2025-07)");
  CHECK(l.source_line ==
        "来源 / Source: 通辽市规模以上工业原煤产量连续六个月正增长, 2025-08-26 (000_58d60768b51bfc0c.txt)");
  REQUIRE(l.entries.size() == 4);
  CHECK(l.entries[0].kind == LegendEntryKind::Class);
  CHECK(l.entries[0].label == "1035.54 万吨"); // a class holding one value: no range
  CHECK(l.entries[0].count == 1);
  // Closed-above classes: 1035.54 is in the first class, so the second
  // is labelled by what it holds, never as a range that seems to include 1035.54.
  CHECK(l.entries[1].label == "1590.92 万吨");
  CHECK(l.entries[1].count == 1);
  CHECK(l.entries[1].colour == make_palette("YlOrBr", 2).colours[1]);
  CHECK_FALSE(l.entries[1].hatched);
  CHECK(l.entries[2].kind == LegendEntryKind::NoData);
  CHECK(l.entries[2].label == "无数据 / no data");
  CHECK(l.entries[2].hatched);
  CHECK(l.entries[2].colour == no_data_colour());
  CHECK(l.entries[2].count == 6);
  CHECK(l.entries[3].kind == LegendEntryKind::NotCovered);
  CHECK(l.entries[3].count == 2);
  CHECK_FALSE(l.entries[3].hatched);
  CHECK(l.hatch_colour == no_data_hatch_colour());
}

TEST_CASE("Coverage and consistency notes: 2 of 8 banners, 99.7% against the claimed 近八成",
          "[legend]") {
  const Choropleth c = build_choropleth(tongliao_atlas(), tongliao_coal());
  CHECK(c.legend.coverage_note ==
        "2 of 8 banners of 通辽市 have a value; 99.7% of the stated 通辽市 total; "
        "2 other banners not covered by the source");
  CHECK(c.legend.consistency_note ==
        "2 parts sum to 2626.46 万吨 = 99.7% of the stated 通辽市 total (2633.98 万吨); "
        "difference 7.52 万吨; the document says 近八成 (“两地产能合计占全市总产量的近八成”)");
  CHECK(c.legend.classification_note ==
        "quantile, 2 classes (only 2 distinct values: 2 classes instead of 5)");
}

TEST_CASE("Legend lines list everything in drawing order", "[legend]") {
  const Choropleth c = build_choropleth(tongliao_atlas(), tongliao_coal());
  const std::vector<std::string> lines = c.legend.lines();
  REQUIRE(lines.size() >= 8);
  CHECK(lines.front() == c.legend.title);
  CHECK(lines[2] == "1035.54 万吨 (1)");
  CHECK(lines[4] == "无数据 / no data (6)");
  CHECK(lines.back() == c.legend.source_line);
}

TEST_CASE("Number style and period label follow the source", "[legend]") {
  Indicator ind = tongliao_coal();
  CHECK(value_style(ind).decimals == 2);
  CHECK(value_style(ind).unit == "万吨");
  ind.meta.period = "2024-H1";
  ind.meta.period_zh = "上半年";
  CHECK(period_label(ind.meta) == "2024年上半年 (2024-H1)");
  ind.meta.period = "2024";
  ind.meta.period_zh = "2024年";
  CHECK(period_label(ind.meta) == "2024年"); // no redundant "(2024)"
  // Estimates and targets say so before the period (never read as achieved figures).
  ind.meta.kind = IndicatorKind::Target;
  CHECK(period_label(ind.meta) == "目标 target · 2024年");
  ind.meta.kind = IndicatorKind::Estimate;
  CHECK(period_label(ind.meta) == "预计 estimate · 2024年");
  CHECK(format_share(0.99714) == "99.7%");
  ind.meta.total.reset();
  CHECK(consistency_note(ind).empty());
}

TEST_CASE("indicator filter: every term must occur, ASCII case-insensitive", "[legend][filter]") {
  Indicator ind = tongliao_coal();
  const IndicatorMeta& m = ind.meta;
  CHECK(indicator_matches(m, ""));
  CHECK(indicator_matches(m, "原煤"));
  CHECK(indicator_matches(m, "Coal OUTPUT"));
  CHECK(indicator_matches(m, "原煤 2025"));
  CHECK(indicator_matches(m, "banner 万吨"));
  CHECK_FALSE(indicator_matches(m, "原煤 2013"));
  CHECK_FALSE(indicator_matches(m, "gdp"));
  CHECK_FALSE(indicator_matches(m, "estimate"));
  ind.meta.kind = IndicatorKind::Estimate;
  CHECK(indicator_matches(ind.meta, "预计"));
  CHECK(indicator_matches(ind.meta, "coal estimate"));
}

TEST_CASE("picker line: title, period as written, kind and unit", "[legend][filter]") {
  Indicator ind = tongliao_coal();
  ind.meta.period_zh = "1-7月";
  CHECK(indicator_list_line(ind.meta) == "规模以上工业原煤产量  1-7月 · 万吨");
  ind.meta.kind = IndicatorKind::Target;
  CHECK(indicator_list_line(ind.meta) == "规模以上工业原煤产量  1-7月 · 目标 target · 万吨");
}
