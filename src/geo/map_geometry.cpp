#include "geo/map_geometry.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <string>
#include <span>
#include <unordered_map>
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

// A border stroked once: a whole ring, or a run of a ring's segments that
// no earlier ring had (the rest of a shared border).
struct BorderRun {
  std::vector<Vec2> points;
  bool closed = false;
};

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

std::vector<BorderRun> collect_runs(const std::vector<const MultiPolygon*>& shapes) {
  SegmentSet seen;
  std::vector<BorderRun> runs;
  for (const MultiPolygon* shape : shapes) {
    for (const Polygon& poly : *shape) {
      collect_new_runs(poly.outer, seen, runs);
      for (const Ring& hole : poly.holes) collect_new_runs(hole, seen, runs);
    }
  }
  return runs;
}

struct PointHash {
  std::size_t operator()(const Vec2& p) const {
    return SegmentHash{}({std::bit_cast<std::uint64_t>(p.x), std::bit_cast<std::uint64_t>(p.y), 0, 0});
  }
};

// Points where runs meet (junctions of three or more borders) and run ends:
// simplification keeps them, so simplified lines still meet exactly.
std::unordered_set<Vec2, PointHash> junctions(const std::vector<BorderRun>& runs) {
  std::unordered_map<Vec2, int, PointHash> degree;
  for (const BorderRun& r : runs) {
    const std::size_t n = r.points.size();
    const std::size_t segs = r.closed ? n : n - 1;
    for (std::size_t i = 0; i < segs; ++i) {
      ++degree[r.points[i]];
      ++degree[r.points[(i + 1) % n]];
    }
  }
  std::unordered_set<Vec2, PointHash> out;
  for (const auto& [p, d] : degree) {
    if (d != 2) out.insert(p);
  }
  return out;
}

// Strokes every run, simplified to `tolerance` (0: full detail) between junctions.
void stroke_runs(StrokeMesh& mesh, const std::vector<BorderRun>& runs,
                 const std::unordered_set<Vec2, PointHash>& locked, double tolerance, Vec2 origin) {
  std::vector<Vec2> simplified;
  for (const BorderRun& r : runs) {
    if (tolerance <= 0) {
      append_stroke(mesh, r.points, r.closed, origin);
      continue;
    }
    std::vector<Vec2> pts = r.points;
    if (r.closed) {
      // Rotate a junction (if any) to the front so pieces end on junctions.
      const auto it = std::find_if(pts.begin(), pts.end(), [&](const Vec2& p) { return locked.count(p) > 0; });
      if (it == pts.end()) {
        std::vector<Vec2> ring = simplify_polyline(pts, tolerance, true);
        if (ring.size() >= 3) append_stroke(mesh, ring, true, origin);
        continue;
      }
      std::rotate(pts.begin(), it, pts.end());
      pts.push_back(pts.front());
    }
    simplified.clear();
    std::size_t piece_start = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) {
      if (i + 1 != pts.size() && locked.count(pts[i]) == 0) continue;
      const std::span<const Vec2> piece(pts.data() + piece_start, i - piece_start + 1);
      const std::vector<Vec2> kept = simplify_polyline(piece, tolerance);
      simplified.insert(simplified.end(), kept.begin() + (simplified.empty() ? 0 : 1), kept.end());
      piece_start = i;
    }
    if (r.closed) {
      simplified.pop_back();
      if (simplified.size() >= 3) append_stroke(mesh, simplified, true, origin);
    } else {
      append_stroke(mesh, simplified, false, origin);
    }
  }
}

struct BorderClass {
  std::vector<BorderRun> runs;
  std::unordered_set<Vec2, PointHash> locked;
  explicit BorderClass(const std::vector<const MultiPolygon*>& shapes)
      : runs(collect_runs(shapes)), locked(junctions(runs)) {}
  StrokeMesh stroke(double tolerance, Vec2 origin) const {
    StrokeMesh mesh;
    stroke_runs(mesh, runs, locked, tolerance, origin);
    return mesh;
  }
};

// Appends the shape's triangles; a polygon that had to be repaired or was
// left out is reported in `warnings` under `who` (code, name, index).
void append_fill(std::vector<FillVertex>& out, const MultiPolygon& shape, Vec2 origin,
                 std::uint32_t region, const std::string& who, std::vector<std::string>& warnings) {
  const ShapeFill fill = fill_triangles(shape);
  out.reserve(out.size() + fill.triangles.size());
  for (const Vec2& p : fill.triangles) {
    out.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), region});
  }
  if (fill.skipped > 0) {
    const double total = planar_area(shape);
    const double percent = total > 0 ? 100.0 * fill.skipped_area / total : 0.0;
    char share[32];
    std::snprintf(share, sizeof share, "%.3g%%", percent);
    warnings.push_back(who + ": " + std::to_string(fill.skipped) + " of " + std::to_string(fill.polygons) +
                       " polygons could not be triangulated even after repair (GEOS MakeValid) and are "
                       "not filled (" + share + " of its area); check the ring for self-intersections");
  }
  if (fill.repaired > 0) {
    warnings.push_back(who + ": " + std::to_string(fill.repaired) + " of " + std::to_string(fill.polygons) +
                       " polygons are not valid (self-intersecting or touching rings) and were "
                       "repaired with GEOS MakeValid before filling");
  }
}

std::string describe_region(const Region& r, std::size_t index) {
  std::string who = "region";
  if (!r.code.empty()) who += " " + r.code;
  if (!r.name_zh.empty()) who += " " + r.name_zh;
  else if (!r.name_en.empty()) who += " " + r.name_en;
  return who + " (atlas index " + std::to_string(index) + ")";
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
      append_fill(g.fills, g.shapes[i], g.origin, static_cast<std::uint32_t>(i),
                  describe_region(atlas.regions[i], i), g.warnings);
    }
  }
  std::vector<const MultiPolygon*> context_ptrs;
  for (std::size_t k = 0; k < context.size(); ++k) {
    const MultiPolygon& shape = context[k];
    append_fill(g.context_fills, shape, g.origin, 0,
                "context feature " + atlas.context[k].name + " (index " + std::to_string(k) + ")",
                g.warnings);
    context_ptrs.push_back(&shape);
  }
  const BorderClass banners(by_level[static_cast<int>(Level::Banner)]);
  const BorderClass leagues(by_level[static_cast<int>(Level::League)]);
  const BorderClass region(by_level[static_cast<int>(Level::Region)]);
  const BorderClass ctx(context_ptrs);
  g.banner_borders = banners.stroke(0, g.origin);
  g.league_borders = leagues.stroke(0, g.origin);
  g.region_outline = region.stroke(0, g.origin);
  g.context_outlines = ctx.stroke(0, g.origin);
  // Coarser borders for zoomed-out views, from a quarter of the map's
  // extent in pixels down: tolerances double from level to level.
  const double span = std::max(g.bounds.width(), g.bounds.height());
  if (span > 0) {
    for (double t = span / 8000.0; t < span / 100.0; t *= 2) {
      BorderLod lod;
      lod.tolerance = t;
      lod.banner_borders = banners.stroke(t, g.origin);
      lod.league_borders = leagues.stroke(t, g.origin);
      lod.region_outline = region.stroke(t, g.origin);
      lod.context_outlines = ctx.stroke(t, g.origin);
      g.border_lods.push_back(std::move(lod));
    }
  }
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
