#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "geo/projection.hpp"

using namespace steppe;

TEST_CASE("default projection round-trips across Inner Mongolia", "[projection]") {
  Projection proj;
  for (Vec2 ll : {Vec2{97.2, 42.0}, Vec2{111.65, 40.82}, Vec2{126.0, 53.3}, Vec2{119.7, 45.5}}) {
    Vec2 xy = proj.forward(ll);
    Vec2 back = proj.inverse(xy);
    CHECK(back.x == Approx(ll.x).margin(1e-9));
    CHECK(back.y == Approx(ll.y).margin(1e-9));
  }
  // The central meridian maps to x = 0; north is up.
  CHECK(proj.forward({111.5, 44.0}).x == Approx(0.0).margin(1e-6));
  CHECK(proj.forward({111.5, 45.0}).y > proj.forward({111.5, 44.0}).y);
}

TEST_CASE("any CRS by EPSG code; bad CRS names say what to give", "[projection]") {
  Projection utm("EPSG:32649");
  Vec2 xy = utm.forward({111.0, 40.0}); // UTM 49N central meridian
  CHECK(xy.x == Approx(500000.0).margin(0.01));
  CHECK_THROWS_WITH(Projection("EPSG:99999999"), Catch::Contains("EPSG:32649"));
}

TEST_CASE("geodesic area of a one-degree cell and equal-area agreement", "[projection]") {
  MultiPolygon cell{{{{110, 40}, {111, 40}, {111, 41}, {110, 41}}, {}}};
  const double km2 = geodesic_area_km2(cell);
  // A 1°x1° cell at 40–41°N is about 9,400 km² (85 km × 111 km).
  CHECK(km2 == Approx(9396).epsilon(0.01));
  Projection proj;
  // Albers is equal-area: the projected planar area matches the geodesic one
  // (straight edges vs. parallels differ slightly).
  CHECK(planar_area(proj.forward(cell)) / 1e6 == Approx(km2).epsilon(0.002));
}
