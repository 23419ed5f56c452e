#include "core/geometry.hpp"

#include <cmath>

namespace steppe {

Bounds bounds_of(const Ring& ring) {
  Bounds b;
  for (const Vec2& p : ring) b.expand(p);
  return b;
}

Bounds bounds_of(const MultiPolygon& shape) {
  Bounds b;
  for (const Polygon& poly : shape) b.expand(bounds_of(poly.outer));
  return b;
}

std::size_t vertex_count(const MultiPolygon& shape) {
  std::size_t n = 0;
  for (const Polygon& poly : shape) {
    n += poly.outer.size();
    for (const Ring& hole : poly.holes) n += hole.size();
  }
  return n;
}

double signed_area(const Ring& ring) {
  const std::size_t n = ring.size();
  if (n < 3) return 0.0;
  double twice = 0.0;
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    twice += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
  }
  return twice / 2.0;
}

double planar_area(const MultiPolygon& shape) {
  double area = 0.0;
  for (const Polygon& poly : shape) {
    area += std::abs(signed_area(poly.outer));
    for (const Ring& hole : poly.holes) area -= std::abs(signed_area(hole));
  }
  return area;
}

static bool ring_contains(const Ring& ring, Vec2 p) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2& a = ring[i];
    const Vec2& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) &&
        p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

bool contains(const Polygon& polygon, Vec2 p) {
  if (!ring_contains(polygon.outer, p)) return false;
  for (const Ring& hole : polygon.holes) {
    if (ring_contains(hole, p)) return false;
  }
  return true;
}

bool contains(const MultiPolygon& shape, Vec2 p) {
  for (const Polygon& poly : shape) {
    if (contains(poly, p)) return true;
  }
  return false;
}

} // namespace steppe
