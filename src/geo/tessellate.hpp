#pragma once
// Fills as triangles: GEOS's constrained Delaunay triangulation of each
// polygon (holes honoured), made valid first when the input is not.
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

// Triangles covering `shape` exactly, three vertices per triangle, in the
// input's coordinates. Rings with fewer than three distinct points are
// skipped. Throws steppe::Error when GEOS cannot triangulate.
std::vector<Vec2> triangulate(const MultiPolygon& shape);
std::vector<Vec2> triangulate(const Polygon& polygon);

// Sum of the triangles' absolute areas (for checks).
double triangles_area(const std::vector<Vec2>& triangles);

} // namespace steppe
