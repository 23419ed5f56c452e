#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/error.hpp"
#include "core/ranking.hpp"

using namespace steppe;
using steppe::test::row;
using steppe::test::tongliao_atlas;
using steppe::test::tongliao_coal;

namespace {

// Test values (not data): four Tongliao banners, two of them tied.
Indicator tied_indicator() {
  Indicator ind = tongliao_coal();
  ind.meta.id = "tied";
  ind.meta.total.reset();
  ind.values.clear();
  ind.values.push_back(row("150502", "科尔沁区", 30, "30", "万吨", ind.meta.period, "q1", 2));
  ind.values.push_back(row("150521", "科尔沁左翼中旗", 20, "20", "万吨", ind.meta.period, "q2", 3));
  ind.values.push_back(row("150522", "科尔沁左翼后旗", 20, "20", "万吨", ind.meta.period, "q3", 4));
  ind.values.push_back(row("150523", "开鲁县", 10, "10", "万吨", ind.meta.period, "q4", 5));
  return ind;
}

} // namespace

TEST_CASE("ranking: ties share a rank and the next rank skips (1, 2, 2, 4)") {
  const Atlas atlas = tongliao_atlas();
  const Ranking r = rank_indicator_level(atlas, tied_indicator());
  REQUIRE(r.ranked_count() == 4);
  REQUIRE(*r.rows[0].rank == 1);
  CHECK(atlas.regions[r.rows[0].region].code == "150502");
  CHECK(*r.rows[1].rank == 2);
  CHECK(*r.rows[2].rank == 2);
  CHECK(atlas.regions[r.rows[1].region].code == "150521"); // ties by code
  CHECK(atlas.regions[r.rows[2].region].code == "150522");
  CHECK(*r.rows[3].rank == 4);
  CHECK(r.rows[3].value_text == "10 万吨");

  const Ranking up = rank_indicator_level(atlas, tied_indicator(), RankOrder::Ascending);
  CHECK(atlas.regions[up.rows[0].region].code == "150523");
  CHECK(*up.rows[1].rank == 2);
  CHECK(*up.rows[2].rank == 2);
  CHECK(*up.rows[3].rank == 4);
}

TEST_CASE("ranking: regions without a value come last, unranked, labelled as the legend does") {
  const Atlas atlas = tongliao_atlas();
  const Ranking r = rank_indicator_level(atlas, tongliao_coal());
  REQUIRE(r.rows.size() == 10); // every banner of the atlas
  CHECK(r.ranked_count() == 2);
  CHECK(atlas.regions[r.rows[0].region].name_zh == "霍林郭勒市");
  CHECK(r.rows[0].value_text == "1590.92 万吨");
  CHECK(r.rows[0].unit == "万吨");
  CHECK(r.rows[0].period == "2025-01/2025-07");
  CHECK(r.rows[0].source == "000_58d60768b51bfc0c.txt");
  CHECK(r.rows[0].quote == "霍林河原煤产量1590.92万吨");
  CHECK(*r.rows[1].rank == 2);
  // The source reports on 通辽市 only: its six other banners have no data; 赤峰市's
  // two banners are not covered by the source (as the legend keeps them apart), last.
  for (std::size_t i = 2; i < r.rows.size(); ++i) {
    INFO(atlas.regions[r.rows[i].region].name_zh);
    CHECK_FALSE(r.rows[i].rank.has_value());
    CHECK_FALSE(r.rows[i].value.has_value());
    const bool chifeng = atlas.regions[r.rows[i].region].parent == "150400";
    CHECK(r.rows[i].not_covered == chifeng);
    CHECK(r.rows[i].value_text == (chifeng ? kNotCoveredLabel : kNoDataLabel));
    CHECK(chifeng == (i >= 8));
  }
  CHECK(r.not_covered_count() == 2);
  // Ascending order keeps no data last as well (never "the lowest").
  const Ranking up = rank_indicator_level(atlas, tongliao_coal(), RankOrder::Ascending);
  CHECK(atlas.regions[up.rows[0].region].name_zh == "扎鲁特旗");
  CHECK_FALSE(up.rows.back().rank.has_value());
}

TEST_CASE("ranking: a single value is rank 1; a selection ranks only its regions, once each") {
  const Atlas atlas = tongliao_atlas();
  const std::vector<std::size_t> selection{12, 3, 12};
  const Ranking r = rank_regions(atlas, tongliao_coal(), selection);
  REQUIRE(r.rows.size() == 2);
  CHECK(*r.rows[0].rank == 1);
  CHECK(r.rows[0].region == 12);
  CHECK_FALSE(r.rows[1].rank.has_value());
  CHECK(r.find(3) == &r.rows[1]);
  CHECK(r.find(5) == nullptr);

  const std::vector<std::size_t> bad{99};
  CHECK_THROWS_AS(rank_regions(atlas, tongliao_coal(), bad), Error);
}

TEST_CASE("ranking: competition ranks of plain values, missing never ranked") {
  const std::vector<std::optional<double>> v{5.0, std::nullopt, 7.0, 5.0};
  const auto ranks = competition_ranks(v);
  CHECK(*ranks[0] == 2);
  CHECK_FALSE(ranks[1].has_value());
  CHECK(*ranks[2] == 1);
  CHECK(*ranks[3] == 2);
}

TEST_CASE("ranking within a drill-down focus: the drilled league's banners only") {
  const Atlas atlas = tongliao_atlas();
  // Drilled into 通辽市 (index 2): its 8 banners, not 赤峰市's.
  const Ranking tongliao = rank_indicator_within(atlas, tongliao_coal(), 2);
  REQUIRE(tongliao.rows.size() == 8);
  CHECK(tongliao.ranked_count() == 2);
  CHECK(tongliao.not_covered_count() == 0);
  for (const RankedRegion& row : tongliao.rows) CHECK(atlas.regions[row.region].parent == "150500");
  // Drilled into 赤峰市: two banners the source does not cover.
  const Ranking chifeng = rank_indicator_within(atlas, tongliao_coal(), 1);
  REQUIRE(chifeng.rows.size() == 2);
  CHECK(chifeng.not_covered_count() == 2);
  CHECK(chifeng.rows[0].value_text == kNotCoveredLabel);
  // At the top (the region itself) every banner, as rank_indicator_level.
  CHECK(rank_indicator_within(atlas, tongliao_coal(), 0).rows.size() == 10);
  CHECK_THROWS_AS(rank_indicator_within(atlas, tongliao_coal(), 99), Error);
}
