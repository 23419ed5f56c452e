#pragma once
// Repair and dissolve of the banner polygons, all on the 1/1024-degree grid.
#include <string>
#include <vector>

#include "geos_util.hpp"

namespace steppe::geodata {

// Snaps to kGrid, rebuilds invalid rings with GEOS MakeValid (structure method:
// self-touching rings become separate polygons or holes, nothing is dropped), and
// keeps the polygonal part. Appends what it did to `log`.
Geom repair(const Geos& geos, const GEOSGeometry* source, const std::string& label, std::string& log);

// Union with a kGrid precision model, so the result stays on the grid and shared
// edges of neighbours cancel exactly.
Geom dissolve(const Geos& geos, const std::vector<const GEOSGeometry*>& parts);

// Ellipsoidal area in km² of any polygonal geometry (lon/lat degrees).
double area_km2(const Geos& geos, const GEOSGeometry* g);

struct Overlap {
  std::size_t a = 0, b = 0; // indices into the input
  double km2 = 0;
};
// Pairs whose interiors overlap by more than `min_km2`.
std::vector<Overlap> find_overlaps(const Geos& geos, const std::vector<const GEOSGeometry*>& shapes,
                                   double min_km2);

struct InteriorRing {
  Ring ring;
  double km2 = 0;
  Vec2 inside; // a point inside the ring (for naming it in logs)
};
std::vector<InteriorRing> interior_rings(const Geos& geos, const GEOSGeometry* g);

// Removes the interior rings of `g` whose area is below `max_km2`; returns the removed ones.
Geom fill_small_holes(const Geos& geos, const GEOSGeometry* g, double max_km2,
                      std::vector<InteriorRing>& removed);

} // namespace steppe::geodata
