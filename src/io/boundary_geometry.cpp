#include "io/boundary_geometry.hpp"

#include <algorithm>
#include <memory>

#include "core/error.hpp"
#include "io/gdal_handles.hpp"

namespace steppe {

namespace {

Ring to_ring(const OGRLinearRing& in) {
  Ring ring;
  const int n = in.getNumPoints();
  ring.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const Vec2 p{in.getX(i), in.getY(i)};
    if (!ring.empty() && ring.back() == p) continue; // repeated vertex
    ring.push_back(p);
  }
  while (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back(); // closing point
  return ring;
}

void orient(Ring& ring, bool counter_clockwise) {
  const bool is_ccw = signed_area(ring) > 0;
  if (is_ccw != counter_clockwise) std::reverse(ring.begin(), ring.end());
}

void append_polygons(const OGRGeometry& geometry, MultiPolygon& out) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon || type == wkbTriangle) {
    const auto& polygon = *geometry.toPolygon();
    const OGRLinearRing* exterior = polygon.getExteriorRing();
    if (exterior == nullptr) return;
    Polygon p;
    p.outer = to_ring(*exterior);
    if (p.outer.size() < 3) return; // degenerate: a line or a point
    orient(p.outer, true);
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
      Ring hole = to_ring(*polygon.getInteriorRing(i));
      if (hole.size() < 3) continue;
      orient(hole, false);
      p.holes.push_back(std::move(hole));
    }
    out.push_back(std::move(p));
  } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    const auto& collection = *geometry.toGeometryCollection();
    for (int i = 0; i < collection.getNumGeometries(); ++i) {
      append_polygons(*collection.getGeometryRef(i), out);
    }
  }
  // Points and lines (e.g. slivers left by MakeValid) carry no area: dropped.
}

} // namespace

bool is_polygonal(const OGRGeometry& geometry) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (OGR_GT_IsSurface(type) || type == wkbMultiPolygon || type == wkbMultiSurface ||
      type == wkbPolyhedralSurface || type == wkbTIN) {
    return !geometry.IsEmpty();
  }
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    const auto& collection = *geometry.toGeometryCollection();
    for (int i = 0; i < collection.getNumGeometries(); ++i) {
      if (is_polygonal(*collection.getGeometryRef(i))) return true;
    }
  }
  return false;
}

LonLatPolygons to_lonlat_polygons(const OGRGeometry& geometry,
                                  OGRCoordinateTransformation* to_lonlat) {
  LonLatPolygons result;
  gdal::GeometryPtr work(geometry.hasCurveGeometry(TRUE) ? geometry.getLinearGeometry()
                                                          : geometry.clone());
  if (!work) throw Error("its geometry could not be copied");
  const OGRwkbGeometryType type = wkbFlatten(work->getGeometryType());
  if (type == wkbPolyhedralSurface || type == wkbTIN) {
    work.reset(OGRGeometryFactory::forceToMultiPolygon(work.release()));
  }
  {
    gdal::ErrorCapture quiet; // GEOS reports the self-intersection it found
    if (!work->IsValid()) {
      gdal::GeometryPtr fixed(work->MakeValid());
      if (!fixed) {
        throw Error("its polygon is invalid and could not be repaired (" +
                    (quiet.errors().empty() ? std::string("GEOS gave no reason")
                                            : quiet.last_error()) +
                    "); fix it in a GIS (e.g. QGIS \"Fix geometries\")");
      }
      work = std::move(fixed);
      result.repaired = true;
    }
  }
  if (to_lonlat != nullptr) {
    gdal::ErrorCapture capture;
    if (work->transform(to_lonlat) != OGRERR_NONE) {
      throw Error("its coordinates could not be transformed to longitude/latitude (" +
                  capture.last_error() + "); check the layer's CRS");
    }
  }
  append_polygons(*work, result.shape);
  return result;
}

} // namespace steppe
