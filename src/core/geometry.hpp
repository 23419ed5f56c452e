#pragma once
// Plain 2-D geometry shared by every layer. Coordinates are either geographic
// (x = longitude, y = latitude, degrees) or projected (metres); the owner says which.
#include <algorithm>
#include <limits>
#include <vector>

namespace steppe {

struct Vec2 {
  double x = 0.0;
  double y = 0.0;
  friend bool operator==(const Vec2&, const Vec2&) = default;
};

// A ring is implicitly closed: the first point is not repeated at the end.
using Ring = std::vector<Vec2>;

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

struct Bounds {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  bool valid() const { return min_x <= max_x && min_y <= max_y; }
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
  Vec2 centre() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  void expand(Vec2 p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  void expand(const Bounds& b) {
    if (!b.valid()) return;
    expand(Vec2{b.min_x, b.min_y});
    expand(Vec2{b.max_x, b.max_y});
  }
  bool contains(Vec2 p) const {
    return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
  }
};

Bounds bounds_of(const Ring& ring);
Bounds bounds_of(const MultiPolygon& shape);
std::size_t vertex_count(const MultiPolygon& shape);

// Signed planar area (positive for counter-clockwise rings), in squared input units.
double signed_area(const Ring& ring);
// Planar area of polygons with holes, in squared input units (for projected data).
double planar_area(const MultiPolygon& shape);
// Even-odd point-in-polygon test honouring holes.
bool contains(const Polygon& polygon, Vec2 p);
bool contains(const MultiPolygon& shape, Vec2 p);

// The part of `shape` inside the rectangle `box` (Sutherland–Hodgman, ring by
// ring): outer rings and holes are clipped alike, and a ring with nothing left
// inside (under 3 points or no area) is dropped — with its holes, when it is an
// outer ring. A concave ring whose inside leaves the box and comes back keeps
// zero-width runs along the box's edge; area and containment tests are unaffected.
MultiPolygon clip_to_bounds(const MultiPolygon& shape, const Bounds& box);

} // namespace steppe
