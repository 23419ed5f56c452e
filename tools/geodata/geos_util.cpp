#include "geos_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>

#include "core/error.hpp"

namespace steppe::geodata {
namespace {

void geos_message(const char* fmt, ...) {
  std::va_list args;
  va_start(args, fmt);
  std::fprintf(stderr, "GEOS: ");
  std::vfprintf(stderr, fmt, args);
  std::fprintf(stderr, "\n");
  va_end(args);
}

Ring read_ring(const Geos& geos, const GEOSGeometry* ring) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos.h(), ring);
  unsigned int n = 0;
  GEOSCoordSeq_getSize_r(geos.h(), seq, &n);
  Ring out;
  out.reserve(n);
  for (unsigned int i = 0; i + 1 < n; ++i) { // skip the closing repeat
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(geos.h(), seq, i, &x, &y);
    if (!out.empty() && out.back() == Vec2{x, y}) continue; // repeated point in the source
    out.push_back({x, y});
  }
  return out;
}

void orient(Ring& ring, bool ccw) {
  if ((signed_area(ring) > 0) != ccw) std::reverse(ring.begin(), ring.end());
}

void count_off_grid(const Geos& geos, const GEOSGeometry* ring, std::size_t& n) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos.h(), ring);
  unsigned int size = 0;
  GEOSCoordSeq_getSize_r(geos.h(), seq, &size);
  for (unsigned int i = 0; i < size; ++i) {
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(geos.h(), seq, i, &x, &y);
    if (x / kGrid != std::round(x / kGrid) || y / kGrid != std::round(y / kGrid)) ++n;
  }
}

} // namespace

Geos::Geos() : handle_(GEOS_init_r()) {
  if (!handle_) throw Error("geodata: could not initialise GEOS");
  GEOSContext_setNoticeHandler_r(handle_, geos_message);
  GEOSContext_setErrorHandler_r(handle_, geos_message);
}

Geos::~Geos() { GEOS_finish_r(handle_); }

Geom own(const Geos& geos, GEOSGeometry* g, const char* what) {
  if (!g) throw Error(std::string("geodata: GEOS failed in ") + what);
  return Geom(g, GeomDeleter{geos.h()});
}

Geom clone(const Geos& geos, const GEOSGeometry* g) {
  return own(geos, GEOSGeom_clone_r(geos.h(), g), "clone");
}

Geom from_wkb(const Geos& geos, const std::vector<unsigned char>& wkb) {
  GEOSWKBReader* reader = GEOSWKBReader_create_r(geos.h());
  GEOSGeometry* g = GEOSWKBReader_read_r(geos.h(), reader, wkb.data(), wkb.size());
  GEOSWKBReader_destroy_r(geos.h(), reader);
  return own(geos, g, "reading WKB");
}

Geom collect(const Geos& geos, std::vector<Geom> parts, int type) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(parts.size());
  for (Geom& p : parts) raw.push_back(p.release());
  return own(geos,
             GEOSGeom_createCollection_r(geos.h(), type, raw.data(),
                                         static_cast<unsigned int>(raw.size())),
             "collecting parts");
}

Geom polygonal_part(const Geos& geos, const GEOSGeometry* g) {
  std::vector<Geom> polys;
  const int n = GEOSGetNumGeometries_r(geos.h(), g);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(geos.h(), g, i);
    const int type = GEOSGeomTypeId_r(geos.h(), part);
    if (type == GEOS_POLYGON) {
      if (GEOSisEmpty_r(geos.h(), part) == 0) polys.push_back(clone(geos, part));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
      Geom sub = polygonal_part(geos, part);
      const int m = GEOSGetNumGeometries_r(geos.h(), sub.get());
      for (int j = 0; j < m; ++j) polys.push_back(clone(geos, GEOSGetGeometryN_r(geos.h(), sub.get(), j)));
    }
  }
  return collect(geos, std::move(polys), GEOS_MULTIPOLYGON);
}

double area(const Geos& geos, const GEOSGeometry* g) {
  double a = 0;
  if (!GEOSArea_r(geos.h(), g, &a)) throw Error("geodata: GEOS area failed");
  return a;
}

bool is_valid(const Geos& geos, const GEOSGeometry* g, std::string* reason) {
  char* text = GEOSisValidReason_r(geos.h(), g);
  const std::string r = text ? text : "unknown";
  if (text) GEOSFree_r(geos.h(), text);
  if (reason) *reason = r;
  return r == "Valid Geometry";
}

int polygon_count(const Geos& geos, const GEOSGeometry* g) {
  return GEOSGetNumGeometries_r(geos.h(), g);
}

int hole_count(const Geos& geos, const GEOSGeometry* g) {
  int holes = 0;
  const int n = GEOSGetNumGeometries_r(geos.h(), g);
  for (int i = 0; i < n; ++i) holes += GEOSGetNumInteriorRings_r(geos.h(), GEOSGetGeometryN_r(geos.h(), g, i));
  return holes;
}

std::size_t off_grid_count(const Geos& geos, const GEOSGeometry* g) {
  std::size_t off = 0;
  const int n = GEOSGetNumGeometries_r(geos.h(), g);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* poly = GEOSGetGeometryN_r(geos.h(), g, i);
    if (GEOSGeomTypeId_r(geos.h(), poly) != GEOS_POLYGON) continue;
    count_off_grid(geos, GEOSGetExteriorRing_r(geos.h(), poly), off);
    const int holes = GEOSGetNumInteriorRings_r(geos.h(), poly);
    for (int k = 0; k < holes; ++k) count_off_grid(geos, GEOSGetInteriorRingN_r(geos.h(), poly, k), off);
  }
  return off;
}

MultiPolygon to_multipolygon(const Geos& geos, const GEOSGeometry* g) {
  MultiPolygon out;
  const int n = GEOSGetNumGeometries_r(geos.h(), g);
  for (int i = 0; i < n; ++i) {
    const GEOSGeometry* poly = GEOSGetGeometryN_r(geos.h(), g, i);
    if (GEOSGeomTypeId_r(geos.h(), poly) != GEOS_POLYGON || GEOSisEmpty_r(geos.h(), poly)) continue;
    Polygon p;
    p.outer = read_ring(geos, GEOSGetExteriorRing_r(geos.h(), poly));
    orient(p.outer, true);
    const int holes = GEOSGetNumInteriorRings_r(geos.h(), poly);
    for (int k = 0; k < holes; ++k) {
      p.holes.push_back(read_ring(geos, GEOSGetInteriorRingN_r(geos.h(), poly, k)));
      orient(p.holes.back(), false);
    }
    out.push_back(std::move(p));
  }
  return out;
}

Geom from_ring(const Geos& geos, const Ring& ring) {
  const auto n = static_cast<unsigned int>(ring.size() + 1);
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(geos.h(), n, 2);
  for (unsigned int i = 0; i < n; ++i) {
    const Vec2& p = ring[i % ring.size()];
    GEOSCoordSeq_setXY_r(geos.h(), seq, i, p.x, p.y);
  }
  GEOSGeometry* shell = GEOSGeom_createLinearRing_r(geos.h(), seq);
  if (!shell) throw Error("geodata: GEOS could not build a ring");
  return own(geos, GEOSGeom_createPolygon_r(geos.h(), shell, nullptr, 0), "building a polygon");
}

} // namespace steppe::geodata
