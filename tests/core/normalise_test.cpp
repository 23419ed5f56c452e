// Normalisation of an indicator per person, per 10,000 people, per km² or as a
// share of its league, with the denominator and its period in the caveat.
#include <catch2/catch.hpp>

#include "choropleth_fixtures.hpp"
#include "core/error.hpp"
#include "core/indicator_summary.hpp"
#include "core/normalise.hpp"

using namespace steppe;
using namespace steppe::test;
using Catch::Matchers::Contains;

namespace {

Indicator population() {
  Indicator p;
  p.meta.id = "census_population_banner_2020";
  p.meta.title_zh = "常住人口";
  p.meta.unit = "人";
  p.meta.level = IndicatorLevel::Banner;
  p.meta.period = "2020";
  p.meta.period_zh = "2020年";
  p.meta.source.file = "census2020_inner_mongolia.csv";
  p.values.push_back(row("150526", "扎鲁特旗", 273000, "273000", "人", "2020", "census", 2));
  p.values.push_back(row("150581", "霍林郭勒市", 106000, "106000", "人", "2020", "census", 3));
  return p;
}

} // namespace

TEST_CASE("per person and per 10,000 people, with the denominator's source and period", "[normalise]") {
  Atlas atlas = tongliao_atlas();
  const Indicator coal = tongliao_coal(); // 2025-01/2025-07, 万吨
  const Indicator pop = population();
  const Indicator per10k = normalise(coal, Normalisation::Per10k, atlas, &pop);
  CHECK(per10k.meta.unit == "万吨/万人");
  CHECK(per10k.meta.kind == IndicatorKind::Derived);
  CHECK(per10k.meta.derived->from_id == coal.meta.id);
  const IndicatorValue* jarud = per10k.find("150526");
  REQUIRE(jarud != nullptr);
  CHECK(*jarud->value == Approx(1035.54 / 27.3));
  CHECK(jarud->value_text == "37.93");
  CHECK_THAT(per10k.meta.caveat, Contains("÷ 常住人口 2020年 (census2020_inner_mongolia.csv)"));
  CHECK_THAT(per10k.meta.caveat, Contains("different periods: values of 2025-01/2025-07 per population of 2020"));
  CHECK_THAT(consistency_note(per10k), Contains("different periods")); // in the legend
  CHECK_FALSE(per10k.meta.total.has_value());

  const Indicator per_person = normalise(coal, Normalisation::PerCapita, atlas, &pop);
  CHECK(per_person.meta.unit == "万吨/人");
  CHECK(*per_person.find("150581")->value == Approx(1590.92 / 106000));

  // No population indicator, or one of another level: an error that says what to use.
  CHECK_THROWS_WITH(normalise(coal, Normalisation::PerCapita, atlas), Contains("census_population_banner_2020"));
  Indicator leagues = pop;
  leagues.meta.level = IndicatorLevel::League;
  CHECK_THROWS_WITH(normalise(coal, Normalisation::PerCapita, atlas, &leagues), Contains("same level"));
}

TEST_CASE("per km² of geodesic area, and share of the league", "[normalise]") {
  Atlas atlas = tongliao_atlas();
  for (Region& r : atlas.regions) r.area_km2 = r.code == "150526" ? 17193.0 : r.code == "150581" ? 0 : 1000.0;
  const Indicator coal = tongliao_coal();
  const Indicator per_km2 = normalise(coal, Normalisation::PerKm2, atlas);
  CHECK(*per_km2.find("150526")->value == Approx(1035.54 / 17193.0));
  CHECK(per_km2.find("150581") == nullptr); // no area: no data, never 0
  CHECK_THAT(per_km2.meta.caveat, Contains("geodesic area"));

  const Indicator share = normalise(coal, Normalisation::ShareOfParent, atlas);
  CHECK(share.meta.unit == "%");
  CHECK(*share.find("150526")->value == Approx(100.0 * 1035.54 / (1035.54 + 1590.92)));
  CHECK_THAT(share.meta.caveat, Contains("share of the sum of the rows of its league"));
}

TEST_CASE("rates and points are refused", "[normalise]") {
  const Atlas atlas = tongliao_atlas();
  Indicator growth = tongliao_coal();
  growth.meta.unit = "%";
  CHECK_THROWS_WITH(normalise(growth, Normalisation::PerKm2, atlas), Contains("already a rate"));
  CHECK(parse_normalisation("per-10k") == Normalisation::Per10k);
  CHECK_FALSE(parse_normalisation("per-capita-ish").has_value());
}
