#include "collinear.hpp"

#include <cmath>
#include <cstdint>
#include <map>
#include <utility>

#include "geos_util.hpp"

namespace steppe::geodata {
namespace {

using Cell = std::pair<std::int64_t, std::int64_t>;

Cell cell(Vec2 p) {
  return {static_cast<std::int64_t>(std::llround(p.x / kGrid)), static_cast<std::int64_t>(std::llround(p.y / kGrid))};
}

bool collinear(const Cell& a, const Cell& b, const Cell& c) {
  return (b.first - a.first) * (c.second - a.second) - (b.second - a.second) * (c.first - a.first) == 0;
}

template <typename F>
void for_each_ring(std::vector<OutFeature>& layer, F&& f) {
  for (OutFeature& feature : layer) {
    for (Polygon& poly : feature.shape) {
      f(poly.outer);
      for (Ring& hole : poly.holes) f(hole);
    }
  }
}

} // namespace

std::size_t drop_collinear_vertices(std::vector<OutFeature>& layer) {
  // For every vertex: is it collinear with its neighbours in all rings that use it?
  std::map<Cell, bool> removable;
  for_each_ring(layer, [&](Ring& ring) {
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
      const bool straight = collinear(cell(ring[(i + n - 1) % n]), cell(ring[i]), cell(ring[(i + 1) % n]));
      auto [it, inserted] = removable.try_emplace(cell(ring[i]), straight);
      if (!inserted) it->second = it->second && straight;
    }
  });
  std::size_t removed = 0;
  for_each_ring(layer, [&](Ring& ring) {
    Ring kept;
    for (const Vec2& p : ring) {
      if (!removable.at(cell(p))) kept.push_back(p);
    }
    if (kept.size() >= 3) { // a ring never collapses: its corners are never collinear
      removed += ring.size() - kept.size();
      ring = std::move(kept);
    }
  });
  return removed;
}

} // namespace steppe::geodata
