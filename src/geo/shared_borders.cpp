#include "geo/shared_borders.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace steppe {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  return h ^ (v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}

bool less(const Vec2& p, const Vec2& q) { return p.x < q.x || (p.x == q.x && p.y < q.y); }

SegmentKey key_of(Vec2 p, Vec2 q) {
  if (less(q, p)) std::swap(p, q);
  return {std::bit_cast<std::uint64_t>(p.x), std::bit_cast<std::uint64_t>(p.y),
          std::bit_cast<std::uint64_t>(q.x), std::bit_cast<std::uint64_t>(q.y)};
}

// Splits `ring` into runs of segments not seen before: a fully new ring
// stays closed; otherwise each run of new segments becomes an open polyline.
void collect_new_runs(const Ring& ring, SegmentSet& seen, std::vector<BorderRun>& runs) {
  const std::size_t n = ring.size();
  if (n < 2) return;
  std::vector<bool> fresh(n);
  bool all_fresh = true;
  for (std::size_t i = 0; i < n; ++i) {
    fresh[i] = seen.insert(key_of(ring[i], ring[(i + 1) % n])).second;
    all_fresh = all_fresh && fresh[i];
  }
  if (all_fresh) {
    runs.push_back({ring, true});
    return;
  }
  // Start just after an already-seen segment so no run wraps around.
  std::size_t start = 0;
  while (fresh[start]) ++start;
  BorderRun run;
  for (std::size_t k = 1; k <= n; ++k) {
    const std::size_t i = (start + k) % n;
    if (fresh[i]) {
      if (run.points.empty()) run.points.push_back(ring[i]);
      run.points.push_back(ring[(i + 1) % n]);
    } else if (!run.points.empty()) {
      runs.push_back(std::move(run));
      run = {};
    }
  }
  if (!run.points.empty()) runs.push_back(std::move(run));
}

// Points where runs meet (junctions of three or more borders) and run ends:
// simplification keeps them, so simplified lines still meet exactly.
PointSet find_junctions(const std::vector<BorderRun>& runs) {
  std::unordered_map<Vec2, int, Vec2Hash> degree;
  for (const BorderRun& r : runs) {
    const std::size_t n = r.points.size();
    const std::size_t segs = r.closed ? n : n - 1;
    for (std::size_t i = 0; i < segs; ++i) {
      ++degree[r.points[i]];
      ++degree[r.points[(i + 1) % n]];
    }
  }
  PointSet out;
  for (const auto& [p, d] : degree) {
    if (d != 2) out.insert(p);
  }
  return out;
}

} // namespace

std::size_t SegmentHash::operator()(const SegmentKey& k) const {
  return static_cast<std::size_t>(mix(mix(mix(k.a * 0x9E3779B97F4A7C15ull, k.b), k.c), k.d));
}

std::size_t Vec2Hash::operator()(const Vec2& p) const {
  return SegmentHash{}({std::bit_cast<std::uint64_t>(p.x), std::bit_cast<std::uint64_t>(p.y), 0, 0});
}

std::vector<Vec2> simplify_chain(std::span<const Vec2> chain, double tolerance) {
  const std::size_t n = chain.size();
  if (n < 3 || tolerance <= 0) return {chain.begin(), chain.end()};
  const bool reverse = chain.back() == chain.front() ? less(chain[n - 2], chain[1]) : less(chain.back(), chain.front());
  if (!reverse) return simplify_polyline(chain, tolerance);
  std::vector<Vec2> flipped(chain.rbegin(), chain.rend());
  std::vector<Vec2> out = simplify_polyline(flipped, tolerance);
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<Vec2> simplify_free_ring(std::span<const Vec2> ring, double tolerance) {
  const std::size_t n = ring.size();
  if (n < 4 || tolerance <= 0) return {ring.begin(), ring.end()};
  const std::size_t m = static_cast<std::size_t>(std::min_element(ring.begin(), ring.end(), less) - ring.begin());
  const bool flip = less(ring[(m + n - 1) % n], ring[(m + 1) % n]);
  std::vector<Vec2> canonical;
  canonical.reserve(n);
  for (std::size_t k = 0; k < n; ++k) canonical.push_back(ring[flip ? (m + n - k) % n : (m + k) % n]);
  std::vector<Vec2> out = simplify_polyline(canonical, tolerance, true);
  if (flip && out.size() > 1) std::reverse(out.begin() + 1, out.end());
  return out;
}

SharedBorders::SharedBorders(const std::vector<const MultiPolygon*>& shapes) {
  SegmentSet seen;
  for (const MultiPolygon* shape : shapes) {
    for (const Polygon& poly : *shape) {
      collect_new_runs(poly.outer, seen, runs_);
      for (const Ring& hole : poly.holes) collect_new_runs(hole, seen, runs_);
    }
  }
  locked_ = find_junctions(runs_);
}

// Simplifies a point list that starts and ends on a junction (a closed one
// repeats its first point at the end), piece by piece between junctions; a
// piece whose end segment is pinned stays at full detail.
std::vector<Vec2> SharedBorders::simplify_between(const std::vector<Vec2>& pts, double tolerance) const {
  const SegmentSet* pinned = pinned_at(tolerance);
  std::vector<Vec2> simplified;
  std::size_t piece_start = 0;
  for (std::size_t i = 1; i < pts.size(); ++i) {
    if (i + 1 != pts.size() && locked_.count(pts[i]) == 0) continue;
    const std::span<const Vec2> piece(pts.data() + piece_start, i - piece_start + 1);
    const bool keep = pinned != nullptr && pinned->count(key_of(piece[0], piece[1])) > 0;
    const std::vector<Vec2> kept = keep ? std::vector<Vec2>(piece.begin(), piece.end()) : simplify_chain(piece, tolerance);
    simplified.insert(simplified.end(), kept.begin() + (simplified.empty() ? 0 : 1), kept.end());
    piece_start = i;
  }
  return simplified;
}

const SegmentSet* SharedBorders::pinned_at(double tolerance) const {
  const auto it = pinned_.find(tolerance);
  return it == pinned_.end() || it->second.empty() ? nullptr : &it->second;
}

void SharedBorders::pin(const MultiPolygon& shape, double tolerance) {
  SegmentSet& set = pinned_[tolerance];
  const auto add = [&](const Ring& ring) {
    for (std::size_t i = 0; i < ring.size(); ++i) set.insert(key_of(ring[i], ring[(i + 1) % ring.size()]));
  };
  for (const Polygon& poly : shape) {
    add(poly.outer);
    for (const Ring& hole : poly.holes) add(hole);
  }
}

std::vector<BorderRun> SharedBorders::lines(double tolerance) const {
  if (tolerance <= 0) return runs_;
  std::vector<BorderRun> out;
  out.reserve(runs_.size());
  for (const BorderRun& r : runs_) {
    if (!r.closed) {
      // An open run ends on junctions; split it at the ones inside.
      out.push_back({simplify_between(r.points, tolerance), false});
      continue;
    }
    Ring ring = simplify_ring(r.points, tolerance);
    if (ring.size() >= 3) out.push_back({std::move(ring), true});
  }
  return out;
}

StrokeMesh SharedBorders::stroke(double tolerance, Vec2 origin) const {
  StrokeMesh mesh;
  for (const BorderRun& r : lines(tolerance)) append_stroke(mesh, r.points, r.closed, origin);
  return mesh;
}

Ring SharedBorders::simplify_ring(const Ring& ring, double tolerance) const {
  if (tolerance <= 0) return ring;
  const auto it = std::find_if(ring.begin(), ring.end(), [&](const Vec2& p) { return locked_.count(p) > 0; });
  if (it == ring.end()) {
    const SegmentSet* pinned = pinned_at(tolerance);
    if (pinned != nullptr && ring.size() > 1 && pinned->count(key_of(ring[0], ring[1])) > 0) return ring;
    return simplify_free_ring(ring, tolerance);
  }
  // Start on a junction so every piece ends on one.
  std::vector<Vec2> pts(it, ring.end());
  pts.insert(pts.end(), ring.begin(), it);
  pts.push_back(pts.front());
  std::vector<Vec2> out = simplify_between(pts, tolerance);
  out.pop_back();
  return out;
}

MultiPolygon SharedBorders::simplify(const MultiPolygon& shape, double tolerance) const {
  if (tolerance <= 0) return shape;
  MultiPolygon out;
  for (const Polygon& poly : shape) {
    Polygon p;
    p.outer = simplify_ring(poly.outer, tolerance);
    if (p.outer.size() < 3) continue;
    for (const Ring& hole : poly.holes) {
      Ring h = simplify_ring(hole, tolerance);
      if (h.size() >= 3) p.holes.push_back(std::move(h));
    }
    out.push_back(std::move(p));
  }
  return out;
}

} // namespace steppe
