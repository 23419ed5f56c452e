#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/error.hpp"
#include "core/topic_map.hpp"

using namespace steppe;

namespace {

Indicator figure(std::string id, std::string title, IndicatorLevel level, std::string code, std::string name,
                 double v, std::string text, std::string period, IndicatorKind kind = IndicatorKind::Actual) {
  Indicator ind;
  IndicatorMeta& m = ind.meta;
  m.id = std::move(id);
  m.title_zh = std::move(title);
  m.title_en = "Computing capacity";
  m.unit = "万P";
  m.level = level;
  m.period = period;
  m.kind = kind;
  m.source = {"003_6b4efc365c0ae26d.txt", "一、上半年国民经济和社会发展计划执行情况", ""};
  ind.values.push_back(test::row(std::move(code), std::move(name), v, std::move(text), "万P", period, "quote", 2));
  ind.values.back().kind = kind;
  return ind;
}

std::vector<Indicator> shelf() {
  return {figure("compute_league", "算力规模", IndicatorLevel::League, "150500", "通辽市", 2.4, "2.4", "2024-H1"),
          figure("ai_compute_league", "智算规模", IndicatorLevel::League, "150500", "通辽市", 2.22, "2.22", "2024-H1"),
          figure("compute_region", "算力总规模", IndicatorLevel::Region, "150000", "内蒙古", 9.4, "9.4", "2024"),
          figure("compute_target", "算力规模", IndicatorLevel::Region, "150000", "内蒙古", 20, "20", "2025",
                 IndicatorKind::Target),
          test::tongliao_coal()};
}

} // namespace

TEST_CASE("topic map: a callout per place and figure, region-wide figures and mixed periods in the legend",
          "[topic]") {
  const Atlas atlas = test::tongliao_atlas();
  const TopicMap map = build_topic_map(shelf(), "算力，智算", atlas); // a full-width comma separates too
  CHECK(map.indicator_ids ==
        std::vector<std::string>{"compute_league", "ai_compute_league", "compute_region", "compute_target"});
  REQUIRE(map.callouts.size() == 2);
  CHECK(map.callouts[0].code == "150500");
  CHECK(map.callouts[0].value == "算力规模 2.4 万P"); // which figure, with its unit as written
  CHECK(map.callouts[1].value == "智算规模 2.22 万P");
  REQUIRE(map.region_figures.size() == 2);
  CHECK(map.region_figures[0].rfind("内蒙古自治区: 算力总规模 9.4 万P", 0) == 0);
  CHECK(map.region_figures[1].find("目标") != std::string::npos); // a target says so
  CHECK(map.periods.size() == 3);
  REQUIRE(map.legend.warnings.size() == 1);
  CHECK(map.legend.warnings[0].find("mixed periods") != std::string::npos);
  CHECK(map.legend.consistency_note.find("算力总规模 9.4 万P") != std::string::npos);
  CHECK(map.legend.unit == "万P");
  CHECK(topic_places(map, atlas) == std::vector<std::size_t>{2});
  REQUIRE(map.legend.entries.size() == 2);
  CHECK(map.legend.entries[0].count == 1); // 通辽市
  CHECK(map.legend.entries[1].count == 1); // 赤峰市 has no figure

  // One period: nothing mixed to warn about.
  const TopicMap one = build_topic_map(shelf(), "智算", atlas);
  CHECK(one.callouts.size() == 1);
  CHECK(one.legend.warnings.empty());
  // Space-separated terms must all occur: "算力 2025" is the target alone.
  const TopicMap target = build_topic_map(shelf(), "算力 2025", atlas);
  CHECK(target.indicator_ids == std::vector<std::string>{"compute_target"});
  CHECK(target.callouts.empty());
}

TEST_CASE("topic map: nothing matched, or too many figures for one map, is an error that says what to do",
          "[topic]") {
  const Atlas atlas = test::tongliao_atlas();
  CHECK_THROWS_WITH(build_topic_map(shelf(), "zzz", atlas), Catch::Contains("no shipped indicator matches"));
  CHECK_THROWS_WITH(build_topic_map(shelf(), " , ", atlas), Catch::Contains("--topic is empty"));
  std::vector<Indicator> many;
  for (int i = 0; i < 9; ++i)
    many.push_back(figure("f" + std::to_string(i), "算力规模", IndicatorLevel::Banner, "150502", "科尔沁区", i,
                          std::to_string(i), "2024"));
  CHECK_THROWS_WITH(build_topic_map(many, "算力", atlas),
                    Catch::Contains("9 figures in 1 places") && Catch::Contains("narrow it"));
}
