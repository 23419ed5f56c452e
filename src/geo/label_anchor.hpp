#pragma once
// Where to put a region's name: the point deepest inside the shape (the "pole of
// inaccessibility"), not the centroid, which falls outside L-, U- and crescent-shaped
// banners. Works on projected coordinates so that "deepest" means metres, not degrees.
#include "core/geometry.hpp"

namespace steppe {

// Signed distance from p to the polygon's boundary (outer ring and holes):
// positive inside, negative outside.
double signed_distance_to_boundary(const Polygon& polygon, Vec2 p);

// The interior point farthest from every edge, found to within `precision`
// (same units as the polygon). Grid cells are refined best-first by the largest
// distance they could still contain. A degenerate polygon (fewer than 3 vertices
// or zero area) returns the centre of its bounds.
Vec2 pole_of_inaccessibility(const Polygon& projected, double precision);

// The pole of the largest part (by area) of a multipolygon; precision is
// chosen relative to that part's size (1/1000 of its shorter side).
// An empty shape returns {0, 0}.
Vec2 label_anchor(const MultiPolygon& projected);

// How far p lies inside the shape: the largest signed distance over its parts
// (negative when p is outside every part). For an anchor, the radius of the
// largest circle around it that stays inside the region.
double clearance(const MultiPolygon& projected, Vec2 p);

} // namespace steppe
