// Geodesic areas are computed when asked for (steppe info, the window) and
// skipped for renders, which never show them.
#include <catch2/catch.hpp>

#include "io/builtin_atlas.hpp"

using namespace steppe;

TEST_CASE("the built-in atlas fills area_km2 by default and leaves it 0 when not asked", "[io][area]") {
  const Atlas with = load_builtin_atlas(nullptr);
  const Atlas without = load_builtin_atlas(nullptr, /*geodesic_areas=*/false);
  REQUIRE(with.regions.size() == without.regions.size());
  for (std::size_t i = 0; i < with.regions.size(); ++i) {
    INFO(with.regions[i].code);
    CHECK(with.regions[i].area_km2 > 0);
    CHECK(without.regions[i].area_km2 == 0);
    CHECK(without.regions[i].lonlat.size() == with.regions[i].lonlat.size());
  }
}
