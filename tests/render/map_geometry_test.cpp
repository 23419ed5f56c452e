#include <catch2/catch.hpp>

#include "geo/map_geometry.hpp"
#include "geo/region_picker.hpp"
#include "geo/tessellate.hpp"
#include "synthetic_atlas.hpp"

using namespace steppe;

TEST_CASE("map geometry fills the banners exactly and strokes shared borders once", "[map_geometry]") {
  const Atlas atlas = test::synthetic_atlas();
  Projection proj;
  const MapGeometry g = build_map_geometry(atlas, proj);
  REQUIRE(g.region_count() == atlas.regions.size());
  CHECK(g.fill_level == Level::Banner);

  // Fill triangles (relative to the origin) add up to the banners' projected area.
  std::vector<Vec2> tris;
  for (const FillVertex& v : g.fills) {
    REQUIRE(g.levels[v.region] == Level::Banner);
    tris.push_back({v.x, v.y});
  }
  double banner_area = 0;
  for (std::size_t i = 0; i < g.region_count(); ++i) {
    if (g.levels[i] == Level::Banner) banner_area += planar_area(g.shapes[i]);
  }
  CHECK(triangles_area(tris) == Approx(banner_area).epsilon(1e-5));
  // ... which is the whole region: banners tile it without gaps or overlaps.
  CHECK(banner_area == Approx(planar_area(g.shapes[0])).epsilon(1e-9));

  // Each shared banner border is stroked once: fewer stroke vertices than
  // stroking every banner ring on its own.
  std::size_t separate = 0;
  for (std::size_t i = 0; i < g.region_count(); ++i) {
    if (g.levels[i] == Level::Banner) separate += stroke_outline(g.shapes[i], g.origin).vertices.size();
  }
  CHECK(g.banner_borders.vertices.size() < separate * 3 / 4);
  CHECK(!g.league_borders.empty());
  CHECK(!g.region_outline.empty());
  CHECK(!g.context_fills.empty());
  CHECK(g.context_bounds.valid());
}

TEST_CASE("an atlas with leagues only fills the leagues", "[map_geometry]") {
  Atlas atlas = test::synthetic_atlas();
  std::erase_if(atlas.regions, [](const Region& r) { return r.level == Level::Banner; });
  Projection proj;
  const MapGeometry g = build_map_geometry(atlas, proj);
  CHECK(g.fill_level == Level::League);
  CHECK(!g.fills.empty());
  CHECK(g.banner_borders.empty());
}

TEST_CASE("picking finds the region under a point, enclaves included", "[picker]") {
  const Atlas atlas = test::synthetic_atlas();
  Projection proj;
  const MapGeometry g = build_map_geometry(atlas, proj);
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    const Vec2 inside = interior_point(g.shapes[i]);
    INFO(atlas.regions[i].code);
    CHECK(pick_region(g, inside, atlas.regions[i].level) == std::optional<std::size_t>(i));
  }
  const std::size_t enclave = static_cast<std::size_t>(atlas.find("150116") - atlas.regions.data());
  const Vec2 centre = proj.forward(test::enclave_centre());
  CHECK(pick_region(g, centre, Level::Banner) == std::optional<std::size_t>(enclave));
  CHECK(pick_region(g, centre, Level::League) == std::optional<std::size_t>(2)); // 150200
  CHECK_FALSE(pick_region(g, proj.forward({100.0, 30.0}), Level::Banner).has_value());
  CHECK_THROWS(interior_point(MultiPolygon{}));
}
