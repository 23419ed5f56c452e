#include "geo/map_geometry.hpp"

#include <algorithm>
#include <bit>
#include <unordered_set>

#include "core/error.hpp"
#include "geo/tessellate.hpp"

namespace steppe {

namespace {

// A border segment independent of direction, compared by exact coordinates:
// neighbours that share a border share its vertices, so it is stroked once.
struct SegmentKey {
  std::uint64_t a, b, c, d;
  friend bool operator==(const SegmentKey&, const SegmentKey&) = default;
};

struct SegmentHash {
  std::size_t operator()(const SegmentKey& k) const {
    std::uint64_t h = k.a * 0x9E3779B97F4A7C15ull;
    h ^= k.b + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h ^= k.c + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h ^= k.d + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h);
  }
};

SegmentKey key_of(Vec2 p, Vec2 q) {
  if (q.x < p.x || (q.x == p.x && q.y < p.y)) std::swap(p, q);
  return {std::bit_cast<std::uint64_t>(p.x), std::bit_cast<std::uint64_t>(p.y),
          std::bit_cast<std::uint64_t>(q.x), std::bit_cast<std::uint64_t>(q.y)};
}

using SegmentSet = std::unordered_set<SegmentKey, SegmentHash>;

// Strokes the parts of `ring` not stroked before: a fully new ring stays
// closed; otherwise each run of new segments becomes an open polyline.
void stroke_new_segments(StrokeMesh& mesh, const Ring& ring, Vec2 origin, SegmentSet& seen) {
  const std::size_t n = ring.size();
  if (n < 2) return;
  std::vector<bool> fresh(n);
  bool all_fresh = true;
  for (std::size_t i = 0; i < n; ++i) {
    fresh[i] = seen.insert(key_of(ring[i], ring[(i + 1) % n])).second;
    all_fresh = all_fresh && fresh[i];
  }
  if (all_fresh) {
    append_stroke(mesh, ring, true, origin);
    return;
  }
  // Start just after an already-stroked segment so no run wraps around.
  std::size_t start = 0;
  while (fresh[start]) ++start;
  std::vector<Vec2> run;
  for (std::size_t k = 1; k <= n; ++k) {
    const std::size_t i = (start + k) % n;
    if (fresh[i]) {
      if (run.empty()) run.push_back(ring[i]);
      run.push_back(ring[(i + 1) % n]);
    } else if (!run.empty()) {
      append_stroke(mesh, run, false, origin);
      run.clear();
    }
  }
  if (!run.empty()) append_stroke(mesh, run, false, origin);
}

void stroke_shapes(StrokeMesh& mesh, const std::vector<const MultiPolygon*>& shapes, Vec2 origin) {
  SegmentSet seen;
  for (const MultiPolygon* shape : shapes) {
    for (const Polygon& poly : *shape) {
      stroke_new_segments(mesh, poly.outer, origin, seen);
      for (const Ring& hole : poly.holes) stroke_new_segments(mesh, hole, origin, seen);
    }
  }
}

void append_fill(std::vector<FillVertex>& out, const MultiPolygon& shape, Vec2 origin,
                 std::uint32_t region) {
  for (const Vec2& p : triangulate(shape)) {
    out.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), region});
  }
}

bool has_level(const std::vector<Level>& levels, Level level) {
  return std::find(levels.begin(), levels.end(), level) != levels.end();
}

} // namespace

MapGeometry build_map_geometry(const Atlas& atlas, const Projection& projection) {
  MapGeometry g;
  const std::size_t n = atlas.regions.size();
  g.levels.reserve(n);
  g.shapes.reserve(n);
  g.shape_bounds.reserve(n);
  for (const Region& r : atlas.regions) {
    g.levels.push_back(r.level);
    g.shapes.push_back(projection.forward(r.lonlat));
    g.shape_bounds.push_back(bounds_of(g.shapes.back()));
    g.bounds.expand(g.shape_bounds.back());
  }
  std::vector<MultiPolygon> context;
  context.reserve(atlas.context.size());
  for (const ContextFeature& f : atlas.context) {
    context.push_back(projection.forward(f.lonlat));
    g.context_bounds.expand(bounds_of(context.back()));
  }
  g.origin = g.bounds.valid() ? g.bounds.centre()
                              : (g.context_bounds.valid() ? g.context_bounds.centre() : Vec2{});

  g.fill_level = has_level(g.levels, Level::Banner)   ? Level::Banner
                 : has_level(g.levels, Level::League) ? Level::League
                                                      : Level::Region;
  std::vector<const MultiPolygon*> by_level[3];
  for (std::size_t i = 0; i < n; ++i) {
    by_level[static_cast<int>(g.levels[i])].push_back(&g.shapes[i]);
    if (g.levels[i] == g.fill_level) {
      append_fill(g.fills, g.shapes[i], g.origin, static_cast<std::uint32_t>(i));
    }
  }
  stroke_shapes(g.banner_borders, by_level[static_cast<int>(Level::Banner)], g.origin);
  stroke_shapes(g.league_borders, by_level[static_cast<int>(Level::League)], g.origin);
  stroke_shapes(g.region_outline, by_level[static_cast<int>(Level::Region)], g.origin);

  std::vector<const MultiPolygon*> context_ptrs;
  for (const MultiPolygon& shape : context) {
    append_fill(g.context_fills, shape, g.origin, 0);
    context_ptrs.push_back(&shape);
  }
  stroke_shapes(g.context_outlines, context_ptrs, g.origin);
  return g;
}

StrokeMesh stroke_outline(const MultiPolygon& projected, Vec2 origin) {
  StrokeMesh mesh;
  for (const Polygon& poly : projected) {
    append_stroke(mesh, poly.outer, true, origin);
    for (const Ring& hole : poly.holes) append_stroke(mesh, hole, true, origin);
  }
  return mesh;
}

} // namespace steppe
