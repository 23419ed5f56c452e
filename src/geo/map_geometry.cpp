#include "geo/map_geometry.hpp"

#include <algorithm>
#include <cstdio>
#include <span>
#include <string>

#include "core/error.hpp"
#include "geo/label_anchor.hpp"
#include "geo/shared_borders.hpp"
#include "geo/tessellate.hpp"

namespace steppe {

namespace {

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

void add_range(std::vector<FillRange>& ranges, std::uint32_t region, std::uint32_t first, std::size_t end) {
  const auto count = static_cast<std::uint32_t>(end - first);
  if (count > 0) ranges.push_back({region, first, count});
}

// The triangles of `shapes` simplified to `tolerance` along `borders`. A
// shape whose simplified rings do not fill exactly (the simplification made
// them cross) has its borders pinned to full detail, and it and the shapes
// near it are filled again, until all fill: its neighbours then follow the
// same full-detail line, so nothing gaps. A shape that needs repair even at
// full detail keeps its repaired triangles (as at full detail).
std::vector<std::vector<Vec2>> settled_fills(SharedBorders& borders, const std::vector<const MultiPolygon*>& shapes,
                                             double tolerance) {
  const std::size_t n = shapes.size();
  std::vector<std::vector<Vec2>> out(n);
  std::vector<Bounds> bounds(n);
  for (std::size_t i = 0; i < n; ++i) bounds[i] = bounds_of(*shapes[i]);
  std::vector<bool> pinned(n, false), redo(n, true);
  for (bool again = true; again;) {
    again = false;
    std::vector<std::size_t> failed;
    for (std::size_t i = 0; i < n; ++i) {
      if (!redo[i]) continue;
      redo[i] = false;
      ShapeFill fill = fill_triangles(borders.simplify(*shapes[i], tolerance));
      if ((fill.skipped > 0 || fill.repaired > 0) && !pinned[i]) failed.push_back(i);
      out[i] = std::move(fill.triangles);
    }
    for (std::size_t f : failed) {
      borders.pin(*shapes[f], tolerance);
      pinned[f] = true;
      for (std::size_t i = 0; i < n; ++i) {
        const Bounds& a = bounds[i];
        const Bounds& b = bounds[f];
        if (a.max_x >= b.min_x && a.min_x <= b.max_x && a.max_y >= b.min_y && a.min_y <= b.max_y) redo[i] = true;
      }
      again = true;
    }
  }
  return out;
}

void append_vertices(std::vector<FillVertex>& out, const std::vector<Vec2>& triangles, Vec2 origin,
                     std::uint32_t region) {
  for (const Vec2& p : triangles) {
    out.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), region});
  }
}

FillLod simplified_fills(const MapGeometry& g, SharedBorders& fill_borders, SharedBorders& ctx,
                         const std::vector<const MultiPolygon*>& context, double tolerance) {
  FillLod lod;
  lod.tolerance = tolerance;
  std::vector<const MultiPolygon*> shapes;
  for (const FillRange& r : g.fill_ranges) shapes.push_back(&g.shapes[r.region]);
  const std::vector<std::vector<Vec2>> fills = settled_fills(fill_borders, shapes, tolerance);
  for (std::size_t k = 0; k < fills.size(); ++k) {
    const std::uint32_t region = g.fill_ranges[k].region;
    const auto first = static_cast<std::uint32_t>(lod.fills.size());
    append_vertices(lod.fills, fills[k], g.origin, region);
    add_range(lod.ranges, region, first, lod.fills.size());
  }
  for (const std::vector<Vec2>& tris : settled_fills(ctx, context, tolerance)) {
    append_vertices(lod.context_fills, tris, g.origin, 0);
  }
  return lod;
}

VectorLod vector_lod(const MapGeometry& g, const SharedBorders& fill_borders, const SharedBorders& banners,
                     const SharedBorders& leagues, const SharedBorders& region, const SharedBorders& ctx,
                     const std::vector<MultiPolygon>& context, double tolerance) {
  VectorLod lod;
  lod.tolerance = tolerance;
  lod.fill_shapes.resize(g.region_count());
  for (std::size_t i = 0; i < g.region_count(); ++i) {
    if (g.levels[i] == g.fill_level) lod.fill_shapes[i] = fill_borders.simplify(g.shapes[i], tolerance);
  }
  for (const MultiPolygon& shape : context) lod.context_shapes.push_back(ctx.simplify(shape, tolerance));
  lod.banner_lines = banners.lines(tolerance);
  lod.league_lines = leagues.lines(tolerance);
  lod.region_lines = region.lines(tolerance);
  lod.context_lines = ctx.lines(tolerance);
  return lod;
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
      const auto first = static_cast<std::uint32_t>(g.fills.size());
      append_fill(g.fills, g.shapes[i], g.origin, static_cast<std::uint32_t>(i),
                  describe_region(atlas.regions[i], i), g.warnings);
      add_range(g.fill_ranges, static_cast<std::uint32_t>(i), first, g.fills.size());
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
  SharedBorders banners(by_level[static_cast<int>(Level::Banner)]);
  SharedBorders leagues(by_level[static_cast<int>(Level::League)]);
  SharedBorders region(by_level[static_cast<int>(Level::Region)]);
  SharedBorders ctx(context_ptrs);
  SharedBorders& fill_borders = g.fill_level == Level::Banner   ? banners
                                      : g.fill_level == Level::League ? leagues
                                                                      : region;
  g.vector_lods.push_back(vector_lod(g, fill_borders, banners, leagues, region, ctx, context, 0));
  g.banner_borders = banners.stroke(0, g.origin);
  g.league_borders = leagues.stroke(0, g.origin);
  g.region_outline = region.stroke(0, g.origin);
  g.context_outlines = ctx.stroke(0, g.origin);
  // Coarser borders and fills for zoomed-out views, from a quarter of the
  // map's extent in pixels down: tolerances double from level to level.
  const double span = std::max(g.bounds.width(), g.bounds.height());
  if (span > 0) {
    for (double t = span / 8000.0; t < span / 100.0; t *= 2) {
      // Fills first: they pin the borders their simplification would break.
      g.fill_lods.push_back(simplified_fills(g, fill_borders, ctx, context_ptrs, t));
      BorderLod lod;
      lod.tolerance = t;
      lod.banner_borders = banners.stroke(t, g.origin);
      lod.league_borders = leagues.stroke(t, g.origin);
      lod.region_outline = region.stroke(t, g.origin);
      lod.context_outlines = ctx.stroke(t, g.origin);
      g.border_lods.push_back(std::move(lod));
      g.vector_lods.push_back(vector_lod(g, fill_borders, banners, leagues, region, ctx, context, t));
    }
  }
  return g;
}

void add_label_anchors(MapGeometry& g) {
  g.label_anchors.assign(g.region_count(), Vec2{});
  g.label_clearances.assign(g.region_count(), 0.0);
  for (std::size_t i = 0; i < g.region_count(); ++i) {
    if (g.levels[i] == Level::Region || g.shapes[i].empty()) continue;
    g.label_anchors[i] = label_anchor(g.shapes[i]);
    g.label_clearances[i] = clearance(g.shapes[i], g.label_anchors[i]);
  }
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
