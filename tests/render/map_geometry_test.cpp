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

TEST_CASE("a bad polygon is repaired or left out with a warning naming it, never thrown", "[map_geometry]") {
  Atlas atlas = test::synthetic_atlas();
  std::size_t bad = atlas.regions.size();
  std::size_t flat = atlas.regions.size();
  for (std::size_t i = 0; i < atlas.regions.size(); ++i) {
    if (atlas.regions[i].level != Level::Banner) continue;
    if (bad == atlas.regions.size()) bad = i;
    else if (flat == atlas.regions.size()) flat = i;
  }
  REQUIRE(flat < atlas.regions.size());
  // One banner becomes a bow tie (self-intersecting), another a ring of two points.
  const Bounds b = bounds_of(atlas.regions[bad].lonlat);
  atlas.regions[bad].lonlat = {{{{b.min_x, b.min_y}, {b.max_x, b.max_y}, {b.max_x, b.min_y}, {b.min_x, b.max_y}}, {}}};
  atlas.regions[flat].lonlat = {{{{110, 40}, {110, 40}, {111, 41}}, {}}}; // two distinct points
  Projection proj;
  MapGeometry g;
  REQUIRE_NOTHROW(g = build_map_geometry(atlas, proj));
  REQUIRE(g.warnings.size() == 1);
  CHECK(g.warnings[0].find(atlas.regions[bad].code) != std::string::npos);
  CHECK(g.warnings[0].find(atlas.regions[bad].name_zh) != std::string::npos);
  CHECK(g.warnings[0].find("MakeValid") != std::string::npos);
  std::size_t bad_vertices = 0, flat_vertices = 0;
  for (const FillVertex& v : g.fills) {
    bad_vertices += v.region == bad;
    flat_vertices += v.region == flat;
  }
  CHECK(bad_vertices >= 6); // the bow tie's two triangles, repaired and drawn
  CHECK(flat_vertices == 0);
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
