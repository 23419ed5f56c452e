#include "io/boundary_geometry.hpp"

#include <algorithm>
#include <memory>

#include "core/error.hpp"
#include "geo/geos_budget.hpp"
#include "io/gdal_handles.hpp"
#include "io/geometry_repair.hpp"

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

namespace {

// Points in all rings of a (linear) geometry.
std::size_t vertex_count(const OGRGeometry& g) {
  const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
  if (type == wkbLineString || type == wkbLinearRing) {
    return static_cast<std::size_t>(g.toSimpleCurve()->getNumPoints());
  }
  if (type == wkbPolygon) {
    std::size_t n = 0;
    for (const OGRLinearRing* ring : *g.toPolygon()) n += static_cast<std::size_t>(ring->getNumPoints());
    return n;
  }
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    const OGRGeometryCollection& c = *g.toGeometryCollection();
    std::size_t n = 0;
    for (int i = 0; i < c.getNumGeometries(); ++i) n += vertex_count(*c.getGeometryRef(i));
    return n;
  }
  return 0;
}

} // namespace

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
  const std::size_t vertices = vertex_count(*work);
  if (vertices > kMaxFeatureVertices) {
    throw Error("its polygon has " + std::to_string(vertices) + " vertices; steppe reads at most " +
                std::to_string(kMaxFeatureVertices) +
                " per feature: simplify it first (e.g. ogr2ogr -simplify, or QGIS \"Simplify\")");
  }
  {
    gdal::ErrorCapture quiet; // GEOS reports the self-intersection it found
    const auto deadline = std::chrono::steady_clock::now() + kRepairBudget;
    bool valid = false;
    bool out_of_time = false;
    {
      const GeosTimeBudget budget(kRepairBudget); // IsValid stops in time when asked
      valid = work->IsValid();
      out_of_time = budget.interrupted();
    }
    if (!valid && !out_of_time) {
      RepairResult fixed = make_valid_before(*work, deadline); // MakeValid does not: a child process
      out_of_time = fixed.timed_out;
      if (fixed.out_of_memory) {
        throw Error("repairing its polygon (" + std::to_string(vertices) + " vertices) needed more than " +
                    std::to_string(kRepairMemoryBytes >> 20) +
                    " MiB, steppe's limit per feature; fix it in a GIS (e.g. QGIS \"Fix geometries\") or simplify it");
      }
      if (!out_of_time) {
        if (!fixed.geometry) {
          const std::string why = !fixed.error.empty()     ? fixed.error
                                  : !quiet.errors().empty() ? quiet.last_error()
                                                            : std::string("GEOS gave no reason");
          throw Error("its polygon is invalid and could not be repaired (" + why +
                      "); fix it in a GIS (e.g. QGIS \"Fix geometries\")");
        }
        work = std::move(fixed.geometry);
        result.repaired = true;
      }
    }
    if (out_of_time) {
      throw Error("checking and repairing its polygon (" + std::to_string(vertices) + " vertices) took more than " +
                  std::to_string(kRepairBudget.count() / 1000) +
                  " s, steppe's limit per feature; fix it in a GIS (e.g. QGIS \"Fix geometries\") or simplify it");
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
