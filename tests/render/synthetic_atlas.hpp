#pragma once
// A small deterministic atlas for render tests: one region, two leagues,
// seven banners (one an enclave in another's hole) on a 3x2 grid whose
// shared borders are zig-zag edges computed once, so neighbours share their
// vertices exactly, like real topologically clean data; plus two grey
// context features.
#include <cmath>
#include <vector>

#include "core/atlas.hpp"

namespace steppe::test {

inline constexpr double kGridX[] = {110.0, 112.5, 115.0, 118.0};
inline constexpr double kGridY[] = {40.0, 42.5, 45.0};

struct Node {
  int i, j;
};

// Points from node a up to (excluding) node b along their shared edge.
inline Ring edge_points(Node a, Node b) {
  const bool forward = (a.i < b.i) || (a.i == b.i && a.j < b.j);
  const Node lo = forward ? a : b;
  const Node hi = forward ? b : a;
  const Vec2 p{kGridX[lo.i], kGridY[lo.j]};
  const Vec2 q{kGridX[hi.i], kGridY[hi.j]};
  const Vec2 n{-(q.y - p.y), q.x - p.x}; // left normal (unnormalised)
  const double len = std::hypot(n.x, n.y);
  Ring pts;
  const int steps = 16;
  for (int k = 0; k < steps; ++k) {
    const double t = static_cast<double>(k) / steps;
    const double wiggle = k == 0 ? 0.0 : 0.12 * std::sin(t * 9.0) + ((k % 2) ? 0.04 : -0.04);
    pts.push_back({p.x + (q.x - p.x) * t + n.x / len * wiggle, p.y + (q.y - p.y) * t + n.y / len * wiggle});
  }
  if (!forward) {
    // Walk the same points the other way, starting at a (= hi).
    Ring rev{q};
    for (int k = steps - 1; k >= 1; --k) rev.push_back(pts[static_cast<std::size_t>(k)]);
    return rev;
  }
  return pts;
}

inline Ring ring_through(const std::vector<Node>& nodes) {
  Ring ring;
  for (std::size_t k = 0; k < nodes.size(); ++k) {
    Ring e = edge_points(nodes[k], nodes[(k + 1) % nodes.size()]);
    ring.insert(ring.end(), e.begin(), e.end());
  }
  return ring;
}

inline Ring diamond(Vec2 c, double r) {
  return {{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}};
}

inline Ring rect(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

// Banner index b (0..5) is grid cell (b % 3, b / 3); banner 6 is the enclave.
inline Vec2 enclave_centre() { return {113.75, 43.75}; }

inline Atlas synthetic_atlas() {
  Atlas atlas;
  auto add = [&](std::string code, Level level, std::string parent, MultiPolygon shape) {
    Region r;
    r.code = code;
    r.name_zh = "测试" + code;
    r.name_en = "Test " + code;
    r.level = level;
    r.parent = std::move(parent);
    r.lonlat = std::move(shape);
    atlas.regions.push_back(std::move(r));
  };
  add("150000", Level::Region, "",
      {{ring_through({{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}, {3, 2}, {2, 2}, {1, 2}, {0, 2}, {0, 1}}), {}}});
  add("150100", Level::League, "150000", {{ring_through({{0, 0}, {1, 0}, {1, 1}, {1, 2}, {0, 2}, {0, 1}}), {}}});
  add("150200", Level::League, "150000",
      {{ring_through({{1, 0}, {2, 0}, {3, 0}, {3, 1}, {3, 2}, {2, 2}, {1, 2}, {1, 1}}), {}}});
  for (int b = 0; b < 6; ++b) {
    const int i = b % 3, j = b / 3;
    Polygon cell{ring_through({{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}}), {}};
    if (b == 4) cell.holes.push_back(diamond(enclave_centre(), 0.5));
    const char* league = i == 0 ? "150100" : "150200";
    add("1501" + std::to_string(10 + b), Level::Banner, league, {cell});
  }
  add("150116", Level::Banner, "150200", {{diamond(enclave_centre(), 0.5), {}}});
  atlas.context.push_back({.name = "South", .name_en = "", .country = false, .lonlat = {{rect(106.0, 36.5, 121.0, 40.0 - 0.2), {}}}});
  atlas.context.push_back({.name = "West", .name_en = "", .country = false, .lonlat = {{rect(105.0, 39.8, 110.0 - 0.2, 47.0), {}}}});
  return atlas;
}

} // namespace steppe::test
