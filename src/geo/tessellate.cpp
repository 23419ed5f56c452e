#include "geo/tessellate.hpp"

#include <cmath>

#include "core/error.hpp"
#include "geo/geos_handle.hpp"

namespace steppe {

namespace {

// Appends the triangles of a GEOS triangulation result (a collection of
// triangle polygons) to `out`.
void append_triangles(GEOSContextHandle_t h, const GEOSGeometry* tris, std::vector<Vec2>& out) {
  const int n = GEOSGetNumGeometries_r(h, tris);
  out.reserve(out.size() + static_cast<std::size_t>(std::max(n, 0)) * 3);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* tri = GEOSGetGeometryN_r(h, tris, i);
    if (GEOSGeomTypeId_r(h, tri) != GEOS_POLYGON) continue;
    const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, tri);
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(h, seq, &size);
    if (size < 4) continue;
    for (unsigned k = 0; k < 3; ++k) {
      Vec2 p;
      GEOSCoordSeq_getXY_r(h, seq, k, &p.x, &p.y);
      out.push_back(p);
    }
  }
}

void triangulate_into(const geos::Context& ctx, const Polygon& polygon, std::vector<Vec2>& out) {
  GEOSContextHandle_t h = ctx.get();
  geos::Geometry poly = geos::make_polygon(ctx, polygon);
  if (!poly) return;
  const GEOSGeometry* input = poly.get();
  geos::Geometry repaired = geos::own(ctx, nullptr);
  if (GEOSisValid_r(h, input) != 1) {
    // Self-touching or self-intersecting rings: triangulate the valid equivalent.
    repaired = geos::own(ctx, GEOSMakeValid_r(h, input));
    if (!repaired) throw Error("GEOS: cannot make an invalid polygon valid for triangulation");
    input = repaired.get();
  }
  geos::Geometry tris = geos::own(ctx, GEOSConstrainedDelaunayTriangulation_r(h, input));
  if (!tris) throw Error("GEOS: constrained Delaunay triangulation failed");
  append_triangles(h, tris.get(), out);
}

} // namespace

std::vector<Vec2> triangulate(const Polygon& polygon) {
  geos::Context ctx;
  std::vector<Vec2> out;
  triangulate_into(ctx, polygon, out);
  return out;
}

std::vector<Vec2> triangulate(const MultiPolygon& shape) {
  geos::Context ctx;
  std::vector<Vec2> out;
  for (const Polygon& polygon : shape) triangulate_into(ctx, polygon, out);
  return out;
}

double triangles_area(const std::vector<Vec2>& t) {
  double sum = 0;
  for (std::size_t i = 0; i + 2 < t.size(); i += 3) {
    const double cross = (t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) -
                         (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y);
    sum += std::abs(cross) / 2;
  }
  return sum;
}

} // namespace steppe
