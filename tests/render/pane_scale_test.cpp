// Comparable panes share one scale: two maps of the same quantity (same unit
// and level) are classified on the union of their values, so an equal value
// gets an equal colour in every pane, and one shared legend explains both.
#include <catch2/catch.hpp>

#include "core/choropleth.hpp"
#include "core/pane_scale.hpp"
#include "io/builtin_atlas.hpp"
#include "io/indicator_reader.hpp"

using namespace steppe;

namespace {

const Indicator& find(const std::vector<Indicator>& all, const std::string& id) {
  for (const Indicator& i : all)
    if (i.meta.id == id) return i;
  FAIL("no shipped indicator " << id);
  throw;
}

std::size_t index_of(const Atlas& atlas, const std::string& code) {
  for (std::size_t i = 0; i < atlas.regions.size(); ++i)
    if (atlas.regions[i].code == code) return i;
  FAIL("no region " << code);
  throw;
}

} // namespace

TEST_CASE("panes of one quantity are classified together", "[render][pane_scale]") {
  const Atlas atlas = load_builtin_atlas();
  const std::vector<Indicator> all = load_indicator_dir(builtin_indicator_dir());
  const Indicator& a = find(all, "baotou_park_count_2014_01");
  const Indicator& b = find(all, "baotou_park_count_2022_02");
  REQUIRE(same_quantity(a.meta, b.meta));
  const std::size_t jiuyuan = index_of(atlas, "150207");

  // Alone, each map spreads its own values over its palette.
  const Choropleth alone_a = build_choropleth(atlas, a), alone_b = build_choropleth(atlas, b);
  const std::vector<ChoroplethSpec> specs = shared_scale_specs(atlas, {&a, &b}, {});
  REQUIRE(specs.size() == 2);
  CHECK(specs[0].pooled_panes == 2);
  const Choropleth ca = build_choropleth(atlas, a, specs[0]), cb = build_choropleth(atlas, b, specs[1]);
  CHECK(ca.classes.breaks == cb.classes.breaks);
  CHECK(ca.legend.classification_note.find("one scale for 2 maps") != std::string::npos);
  // Every value present in both maps has one colour.
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (!ca.value_by_region[i] || !cb.value_by_region[i]) continue;
    if (*ca.value_by_region[i] != *cb.value_by_region[i]) continue;
    INFO(atlas.regions[i].name_zh << " = " << *ca.value_by_region[i]);
    CHECK(ca.fill_by_region[i] == cb.fill_by_region[i]);
  }
  // The regression of the first round: 九原区 had one value and two colours.
  REQUIRE(ca.value_by_region[jiuyuan]);
  REQUIRE(cb.value_by_region[jiuyuan]);
  if (*ca.value_by_region[jiuyuan] == *cb.value_by_region[jiuyuan]) {
    CHECK(ca.fill_by_region[jiuyuan] == cb.fill_by_region[jiuyuan]);
  }

  // Different quantities keep their own classes.
  const Indicator& coal = find(all, "tongliao_raw_coal_output_2025_01_07");
  const std::vector<ChoroplethSpec> mixed = shared_scale_specs(atlas, {&a, &coal}, {});
  CHECK(mixed[0].pooled_values.empty());
  CHECK(mixed[1].pooled_values.empty());
}

// Equal values, equal pixels in a rendered split page: tests/export/page_composition_test.cpp.
