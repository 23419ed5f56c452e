#pragma once
// RAII over the reentrant GEOS C API for the geodata builder: one context per
// run, geometries owned by unique_ptr, plus the few queries the builder needs.
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace steppe::geodata {

// Coordinates of every output lie on this grid (degrees): the sources' own grid.
inline constexpr double kGrid = 1.0 / 1024.0;

class Geos {
public:
  Geos();
  ~Geos();
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;
  GEOSContextHandle_t h() const { return handle_; }

private:
  GEOSContextHandle_t handle_;
};

struct GeomDeleter {
  GEOSContextHandle_t h = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g) GEOSGeom_destroy_r(h, g);
  }
};
using Geom = std::unique_ptr<GEOSGeometry, GeomDeleter>;

// Takes ownership of a GEOS result; throws steppe::Error naming `what` on null.
Geom own(const Geos& geos, GEOSGeometry* g, const char* what);
Geom clone(const Geos& geos, const GEOSGeometry* g);
Geom from_wkb(const Geos& geos, const std::vector<unsigned char>& wkb);

// Builds a GeometryCollection/MultiPolygon from owned parts (consumed).
Geom collect(const Geos& geos, std::vector<Geom> parts, int type = GEOS_GEOMETRYCOLLECTION);
// The polygonal parts of any geometry as a MultiPolygon (lines/points dropped).
Geom polygonal_part(const Geos& geos, const GEOSGeometry* g);

double area(const Geos& geos, const GEOSGeometry* g); // planar, square degrees
bool is_valid(const Geos& geos, const GEOSGeometry* g, std::string* reason = nullptr);
int polygon_count(const Geos& geos, const GEOSGeometry* g);
int hole_count(const Geos& geos, const GEOSGeometry* g);
// How many coordinates are not exact multiples of kGrid.
std::size_t off_grid_count(const Geos& geos, const GEOSGeometry* g);

// To the core model; rings open (no repeated closing point), outer CCW, holes CW.
MultiPolygon to_multipolygon(const Geos& geos, const GEOSGeometry* g);
// And back, e.g. to measure a single ring.
Geom from_ring(const Geos& geos, const Ring& ring);

} // namespace steppe::geodata
