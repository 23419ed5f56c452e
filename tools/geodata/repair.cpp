#include "repair.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "geo/projection.hpp"

namespace steppe::geodata {
namespace {

std::string fmt(const char* format, double a, double b = 0, double c = 0) {
  char buf[160];
  std::snprintf(buf, sizeof buf, format, a, b, c);
  return buf;
}

Geom snap_to_grid(const Geos& geos, const GEOSGeometry* g) {
  // Default flags: the result is valid and noded on the grid (snap-rounding overlay).
  return own(geos, GEOSGeom_setPrecision_r(geos.h(), g, kGrid, 0), "snapping to the grid");
}

Vec2 point_inside(const Geos& geos, const GEOSGeometry* g) {
  Geom p = own(geos, GEOSPointOnSurface_r(geos.h(), g), "point on surface");
  double x = 0, y = 0;
  GEOSGeomGetX_r(geos.h(), p.get(), &x);
  GEOSGeomGetY_r(geos.h(), p.get(), &y);
  return {x, y};
}

} // namespace

double area_km2(const Geos& geos, const GEOSGeometry* g) {
  return geodesic_area_km2(to_multipolygon(geos, g));
}

Geom repair(const Geos& geos, const GEOSGeometry* source, const std::string& label, std::string& log) {
  Geom g = clone(geos, source);
  const double before = area_km2(geos, g.get());
  const std::size_t off = off_grid_count(geos, g.get());
  std::string reason;
  const bool valid = is_valid(geos, g.get(), &reason);
  if (!valid) {
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(geos.h());
    GEOSMakeValidParams_setMethod_r(geos.h(), params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(geos.h(), params, 0);
    GEOSGeometry* fixed = GEOSMakeValidWithParams_r(geos.h(), g.get(), params);
    GEOSMakeValidParams_destroy_r(geos.h(), params);
    g = polygonal_part(geos, own(geos, fixed, "MakeValid").get());
  }
  if (!valid || off > 0) g = polygonal_part(geos, snap_to_grid(geos, g.get()).get());
  std::string after_reason;
  if (!is_valid(geos, g.get(), &after_reason)) {
    throw Error("geodata: " + label + " is still invalid after repair: " + after_reason);
  }
  if (!valid || off > 0) {
    const double after = area_km2(geos, g.get());
    log += label + ": ";
    if (!valid) log += "was invalid (" + reason + "), rebuilt with MakeValid; ";
    if (off > 0) log += std::to_string(off) + " vertices off the grid snapped; ";
    log += fmt("area %.3f -> %.3f km2 (%+.4f%%)", before, after, 100.0 * (after - before) / before);
    log += "; now " + std::to_string(polygon_count(geos, g.get())) + " polygon(s), " +
           std::to_string(hole_count(geos, g.get())) + " hole(s)\n";
  }
  return g;
}

Geom dissolve(const Geos& geos, const std::vector<const GEOSGeometry*>& parts) {
  std::vector<Geom> clones;
  for (const GEOSGeometry* p : parts) clones.push_back(clone(geos, p));
  Geom all = collect(geos, std::move(clones));
  // Exact floating union: the parts share grid vertices, so shared borders cancel
  // without new vertices. (A grid-precision union would snap-round segments that
  // pass within half a cell of a vertex and pinch off one-cell slivers.)
  Geom u = own(geos, GEOSUnaryUnion_r(geos.h(), all.get()), "union");
  Geom poly = polygonal_part(geos, u.get());
  if (off_grid_count(geos, poly.get()) > 0) {
    throw Error("geodata: dissolving created vertices off the 1/1024 grid (parts overlap); clean the coverage first");
  }
  return poly;
}

std::vector<Overlap> find_overlaps(const Geos& geos, const std::vector<const GEOSGeometry*>& shapes,
                                   double min_km2) {
  std::vector<Overlap> out;
  std::vector<Geom> envelopes;
  for (const GEOSGeometry* s : shapes) envelopes.push_back(own(geos, GEOSEnvelope_r(geos.h(), s), "envelope"));
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    for (std::size_t j = i + 1; j < shapes.size(); ++j) {
      if (GEOSIntersects_r(geos.h(), envelopes[i].get(), envelopes[j].get()) != 1) continue;
      Geom inter = own(geos, GEOSIntersection_r(geos.h(), shapes[i], shapes[j]), "intersection");
      Geom poly = polygonal_part(geos, inter.get());
      if (GEOSisEmpty_r(geos.h(), poly.get())) continue;
      const double km2 = area_km2(geos, poly.get());
      if (km2 > min_km2) out.push_back({i, j, km2});
    }
  }
  return out;
}

std::vector<InteriorRing> interior_rings(const Geos& geos, const GEOSGeometry* g) {
  std::vector<InteriorRing> out;
  for (const Polygon& poly : to_multipolygon(geos, g)) {
    for (const Ring& hole : poly.holes) {
      Geom shape = from_ring(geos, hole);
      out.push_back({hole, geodesic_area_km2({Polygon{hole, {}}}), point_inside(geos, shape.get())});
    }
  }
  return out;
}

Geom fill_small_holes(const Geos& geos, const GEOSGeometry* g, double max_km2,
                      std::vector<InteriorRing>& removed) {
  std::vector<Geom> parts;
  for (const Polygon& poly : to_multipolygon(geos, g)) {
    Geom filled = from_ring(geos, poly.outer);
    std::vector<Geom> kept;
    for (const Ring& hole : poly.holes) {
      const double km2 = geodesic_area_km2({Polygon{hole, {}}});
      Geom hole_shape = from_ring(geos, hole);
      if (km2 < max_km2) {
        removed.push_back({hole, km2, point_inside(geos, hole_shape.get())});
      } else {
        kept.push_back(std::move(hole_shape));
      }
    }
    for (Geom& k : kept) {
      filled = own(geos, GEOSDifferencePrec_r(geos.h(), filled.get(), k.get(), kGrid), "difference");
    }
    parts.push_back(std::move(filled));
  }
  return dissolve(geos, [&] {
    std::vector<const GEOSGeometry*> raw;
    for (const Geom& p : parts) raw.push_back(p.get());
    return raw;
  }());
}

} // namespace steppe::geodata
