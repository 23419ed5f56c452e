#pragma once
// OGR geometry -> steppe polygons: curves linearised, collections flattened,
// invalid rings repaired, coordinates taken to lon/lat, rings oriented
// (outer counter-clockwise, holes clockwise) and closing points dropped.
#include <chrono>
#include <cstddef>

#include "core/geometry.hpp"

class OGRGeometry;
class OGRCoordinateTransformation;

namespace steppe {

// Limits on one feature (README "Limits"): vertices, and the time GEOS may
// spend checking and repairing it (geo/geos_budget.hpp).
inline constexpr std::size_t kMaxFeatureVertices = 500'000;
inline constexpr std::chrono::milliseconds kRepairBudget{5000};

// True for polygons, multipolygons, curve polygons and collections holding any.
bool is_polygonal(const OGRGeometry& geometry);

struct LonLatPolygons {
  MultiPolygon shape;
  bool repaired = false; // the input was invalid and MakeValid() fixed it
};

// Converts a polygonal geometry in its source CRS. `to_lonlat` may be null when
// the source is already lon/lat. Lines and points inside collections are dropped.
// Throws steppe::Error (without a file name; the caller adds it) when the
// geometry cannot be repaired or transformed.
LonLatPolygons to_lonlat_polygons(const OGRGeometry& geometry,
                                  OGRCoordinateTransformation* to_lonlat);

} // namespace steppe
