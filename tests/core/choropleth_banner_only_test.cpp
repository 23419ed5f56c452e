// A boundary file of banners only (no league or region features): a banner
// indicator is drawn on it, its coverage read from the banners' parent codes —
// never "0 of 0 banners have a value" over an all-grey map.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/choropleth.hpp"
#include "choropleth_fixtures.hpp"

using namespace steppe;

namespace {

Atlas banners_only(const Atlas& full) {
  Atlas a;
  std::copy_if(full.regions.begin(), full.regions.end(), std::back_inserter(a.regions),
               [](const Region& r) { return r.level == Level::Banner; });
  return a;
}

} // namespace

TEST_CASE("Banner indicator on a banner-only atlas: values drawn, coverage by parent code", "[choropleth]") {
  const Atlas atlas = banners_only(test::tongliao_atlas());
  REQUIRE(atlas.regions.size() == 10);
  const Choropleth c = build_choropleth(atlas, test::tongliao_coal(), ChoroplethSpec{});
  std::size_t with_value = 0, no_data = 0, not_covered = 0;
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (c.value_by_region[i]) ++with_value;
    if (c.state_by_region[i] == RegionDataState::NotCovered) ++not_covered;
    if (c.state_by_region[i] == RegionDataState::NoData) ++no_data;
  }
  CHECK(with_value == 2);
  // 通辽市's six other banners are "no data"; 赤峰市's two are outside the source.
  CHECK(no_data == 6);
  CHECK(not_covered == 2);
  CHECK(c.legend.coverage_note.starts_with("2 of 8 banners in 1 league have a value"));
}

TEST_CASE("Region-wide banner indicator on a banner-only atlas covers every banner", "[choropleth]") {
  const Atlas atlas = banners_only(test::tongliao_atlas());
  Indicator ind = test::tongliao_coal();
  ind.meta.total = IndicatorTotal{"150000", "内蒙古自治区", 5000.0, "", "", ""};
  const Choropleth c = build_choropleth(atlas, ind, ChoroplethSpec{});
  CHECK(std::none_of(c.state_by_region.begin(), c.state_by_region.end(),
                     [](RegionDataState s) { return s == RegionDataState::NotCovered; }));
  CHECK(c.legend.coverage_note.starts_with("2 of 10 banners have a value"));
}
