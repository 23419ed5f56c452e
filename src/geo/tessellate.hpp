#pragma once
// Fills as triangles. Each polygon is ear-clipped (geo/ear_clip.hpp) after
// repeated points are dropped; the triangles must add up to the polygon's
// area. A polygon whose triangles do not (a self-intersecting ring, a hole
// outside its shell) is repaired with GEOS MakeValid and clipped again, then
// handed to GEOS's constrained Delaunay triangulation as a last resort; one
// that still fails is left out and counted, never thrown: one bad polygon
// must not abort a render.
#include <cstddef>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

// One shape's triangles and how they were obtained, for the caller's report.
struct ShapeFill {
  std::vector<Vec2> triangles; // three vertices per triangle, input coordinates
  std::size_t polygons = 0;    // polygons with an outer ring of three or more points
  std::size_t repaired = 0;    // made valid first (ear clipping alone did not cover them)
  std::size_t skipped = 0;     // left out: no method covered them
  double skipped_area = 0;     // planar area of the skipped polygons (input units²)
};

ShapeFill fill_triangles(const MultiPolygon& shape);

// The triangles alone (skipped polygons contribute none).
std::vector<Vec2> triangulate(const MultiPolygon& shape);
std::vector<Vec2> triangulate(const Polygon& polygon);

// Sum of the triangles' absolute areas (for checks).
double triangles_area(const std::vector<Vec2>& triangles);
double triangles_area(const Vec2* triangles, std::size_t count);

// The area a valid polygon's triangles must add up to: |outer| − Σ|holes|.
double polygon_area(const Polygon& polygon);

} // namespace steppe
