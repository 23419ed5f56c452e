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

namespace {

// One Sutherland–Hodgman pass: the part of `ring` on the inner side of an
// axis-parallel edge (`axis` 0: x, 1: y; keep coordinates >= limit when
// `keep_above`, else <= limit).
Ring clip_ring_edge(const Ring& ring, int axis, double limit, bool keep_above) {
  Ring out;
  const std::size_t n = ring.size();
  if (n == 0) return out;
  out.reserve(n + 4);
  auto coord = [axis](const Vec2& p) { return axis == 0 ? p.x : p.y; };
  auto inside = [&](const Vec2& p) { return keep_above ? coord(p) >= limit : coord(p) <= limit; };
  auto cross = [&](const Vec2& a, const Vec2& b) {
    const double t = (limit - coord(a)) / (coord(b) - coord(a));
    return axis == 0 ? Vec2{limit, a.y + (b.y - a.y) * t} : Vec2{a.x + (b.x - a.x) * t, limit};
  };
  Vec2 prev = ring[n - 1];
  bool prev_in = inside(prev);
  for (const Vec2& cur : ring) {
    const bool cur_in = inside(cur);
    if (cur_in != prev_in) out.push_back(cross(prev, cur));
    if (cur_in) out.push_back(cur);
    prev = cur;
    prev_in = cur_in;
  }
  return out;
}

Ring clip_ring(const Ring& ring, const Bounds& box) {
  Ring r = clip_ring_edge(ring, 0, box.min_x, true);
  r = clip_ring_edge(r, 0, box.max_x, false);
  r = clip_ring_edge(r, 1, box.min_y, true);
  r = clip_ring_edge(r, 1, box.max_y, false);
  return r;
}

bool has_area(const Ring& ring) { return ring.size() >= 3 && signed_area(ring) != 0.0; }

} // namespace

MultiPolygon clip_to_bounds(const MultiPolygon& shape, const Bounds& box) {
  MultiPolygon out;
  if (!box.valid()) return out;
  for (const Polygon& poly : shape) {
    const Bounds b = bounds_of(poly.outer);
    if (!b.valid() || b.max_x < box.min_x || b.min_x > box.max_x || b.max_y < box.min_y || b.min_y > box.max_y) continue;
    Polygon clipped;
    clipped.outer = clip_ring(poly.outer, box);
    if (!has_area(clipped.outer)) continue;
    for (const Ring& hole : poly.holes) {
      Ring h = clip_ring(hole, box);
      if (has_area(h)) clipped.holes.push_back(std::move(h));
    }
    out.push_back(std::move(clipped));
  }
  return out;
}

} // namespace steppe
