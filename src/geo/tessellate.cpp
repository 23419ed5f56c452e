#include "geo/tessellate.hpp"

#include <cmath>
#include <optional>

#include "geo/ear_clip.hpp"
#include "geo/geos_handle.hpp"

namespace steppe {

namespace {

// Triangles that differ from the polygon's area by more than this fraction
// did not cover it: rounding stays far below (tests hold 1e-9).
constexpr double kExact = 1e-7;
// A repaired polygon is still drawn when this close (a sliver lost to a
// crossing ring), rather than left out altogether.
constexpr double kClose = 1e-3;

double relative_error(double got, double want) {
  const double scale = std::max(std::abs(got), std::abs(want));
  return scale > 0 ? std::abs(got - want) / scale : 0.0;
}

Ring read_ring(GEOSContextHandle_t h, const GEOSGeometry* ring) {
  Ring out;
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned size = 0;
  if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &size)) return out;
  out.resize(size);
  for (unsigned k = 0; k < size; ++k) GEOSCoordSeq_getXY_r(h, seq, k, &out[k].x, &out[k].y);
  if (out.size() > 1 && out.front() == out.back()) out.pop_back();
  return out;
}

// The polygons of a GEOS geometry (polygon, multipolygon or collection);
// lines and points that MakeValid may leave are not area and are dropped.
void read_polygons(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<Polygon>& out) {
  const int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_POLYGON) {
    Polygon poly;
    poly.outer = read_ring(h, GEOSGetExteriorRing_r(h, g));
    const int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int i = 0; i < holes; ++i) poly.holes.push_back(read_ring(h, GEOSGetInteriorRingN_r(h, g, i)));
    out.push_back(std::move(poly));
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) read_polygons(h, GEOSGetGeometryN_r(h, g, i), out);
  }
}

// GEOS's constrained Delaunay triangles of a valid geometry.
bool delaunay_into(GEOSContextHandle_t h, const GEOSGeometry* valid, std::vector<Vec2>& out) {
  GEOSGeometry* tris = GEOSConstrainedDelaunayTriangulation_r(h, valid);
  if (!tris) return false;
  const int n = GEOSGetNumGeometries_r(h, tris);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* tri = GEOSGetGeometryN_r(h, tris, i);
    if (GEOSGeomTypeId_r(h, tri) != GEOS_POLYGON) continue;
    const Ring ring = read_ring(h, GEOSGetExteriorRing_r(h, tri));
    if (ring.size() == 3) out.insert(out.end(), ring.begin(), ring.end());
  }
  GEOSGeom_destroy_r(h, tris);
  return true;
}

bool has_area(const Ring& ring) {
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < ring.size() && distinct < 3; ++i) {
    if (i == 0 || !(ring[i] == ring[i - 1])) ++distinct;
  }
  return distinct >= 3;
}

class ShapeTriangulator {
public:
  explicit ShapeTriangulator(ShapeFill& fill) : fill_(fill) {}

  void add(const Polygon& polygon) {
    if (!has_area(polygon.outer)) return;
    ++fill_.polygons;
    std::vector<Vec2>& out = fill_.triangles;
    const std::size_t start = out.size();
    const double want = polygon_area(polygon);
    ear_clip(polygon, out);
    if (relative_error(triangles_area(out.data() + start, out.size() - start), want) <= kExact) return;
    out.resize(start);
    if (repair(polygon, out)) {
      ++fill_.repaired;
    } else {
      out.resize(start);
      ++fill_.skipped;
      fill_.skipped_area += want;
    }
  }

private:
  ShapeFill& fill_;
  std::optional<geos::Context> ctx_; // made on the first repair only

  // MakeValid, then ear clipping of its parts, then GEOS's triangulation.
  bool repair(const Polygon& polygon, std::vector<Vec2>& out) {
    if (!ctx_) ctx_.emplace();
    GEOSContextHandle_t h = ctx_->get();
    const geos::Geometry input = geos::make_polygon(*ctx_, polygon);
    if (!input) return false;
    // The "structure" method (shell minus holes, by overlay) is about ten
    // times faster than the default "linework" one on county-sized rings,
    // and what a map wants: a crossing ring's area, not its lines.
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(h);
    if (params == nullptr) return false;
    GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
    const geos::Geometry valid = geos::own(*ctx_, GEOSMakeValidWithParams_r(h, input.get(), params));
    GEOSMakeValidParams_destroy_r(h, params);
    if (!valid) return false;
    double want = 0;
    if (!GEOSArea_r(h, valid.get(), &want) || want <= 0) return false;
    const std::size_t start = out.size();
    std::vector<Polygon> parts;
    read_polygons(h, valid.get(), parts);
    for (const Polygon& part : parts) ear_clip(part, out);
    const double clipped = relative_error(triangles_area(out.data() + start, out.size() - start), want);
    if (clipped <= kExact) return true;
    std::vector<Vec2> delaunay;
    if (delaunay_into(h, valid.get(), delaunay) &&
        relative_error(triangles_area(delaunay.data(), delaunay.size()), want) <= kExact) {
      out.resize(start);
      out.insert(out.end(), delaunay.begin(), delaunay.end());
      return true;
    }
    return clipped <= kClose;
  }
};

} // namespace

ShapeFill fill_triangles(const MultiPolygon& shape) {
  ShapeFill fill;
  ShapeTriangulator triangulator(fill);
  for (const Polygon& polygon : shape) triangulator.add(polygon);
  return fill;
}

std::vector<Vec2> triangulate(const MultiPolygon& shape) { return fill_triangles(shape).triangles; }

std::vector<Vec2> triangulate(const Polygon& polygon) {
  return fill_triangles(MultiPolygon{polygon}).triangles;
}

double triangles_area(const Vec2* t, std::size_t count) {
  double sum = 0;
  for (std::size_t i = 0; i + 2 < count; i += 3) {
    const double cross = (t[i + 1].x - t[i].x) * (t[i + 2].y - t[i].y) -
                         (t[i + 2].x - t[i].x) * (t[i + 1].y - t[i].y);
    sum += std::abs(cross) / 2;
  }
  return sum;
}

double triangles_area(const std::vector<Vec2>& t) { return triangles_area(t.data(), t.size()); }

double polygon_area(const Polygon& polygon) {
  double area = std::abs(signed_area(polygon.outer));
  for (const Ring& hole : polygon.holes) area -= std::abs(signed_area(hole));
  return area;
}

} // namespace steppe
