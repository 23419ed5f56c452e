#include "geo/region_picker.hpp"

#include <cmath>

#include "core/error.hpp"
#include "geo/geos_handle.hpp"

namespace steppe {

std::optional<std::size_t> pick_region(const MapGeometry& geometry, Vec2 world, Level level) {
  for (std::size_t i = 0; i < geometry.shapes.size(); ++i) {
    if (geometry.levels[i] != level) continue;
    if (!geometry.shape_bounds[i].contains(world)) continue;
    if (contains(geometry.shapes[i], world)) return i;
  }
  return std::nullopt;
}

InscribedCircle inscribed_circle(const MultiPolygon& shape) {
  const Polygon* largest = nullptr;
  double largest_area = 0;
  for (const Polygon& poly : shape) {
    const double a = std::abs(signed_area(poly.outer));
    if (!largest || a > largest_area) {
      largest = &poly;
      largest_area = a;
    }
  }
  if (!largest) throw Error("interior_point: the shape has no polygons");
  geos::Context ctx;
  GEOSContextHandle_t h = ctx.get();
  geos::Geometry poly = geos::make_polygon(ctx, *largest);
  if (!poly) throw Error("interior_point: the largest polygon is degenerate");
  const Bounds b = bounds_of(largest->outer);
  const double tolerance = std::max(b.width(), b.height()) * 1e-3;
  geos::Geometry line = geos::own(ctx, GEOSMaximumInscribedCircle_r(h, poly.get(), tolerance));
  if (!line) throw Error("interior_point: GEOS could not find an inscribed circle");
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, line.get());
  Vec2 centre, edge;
  if (!seq || !GEOSCoordSeq_getXY_r(h, seq, 0, &centre.x, &centre.y) ||
      !GEOSCoordSeq_getXY_r(h, seq, 1, &edge.x, &edge.y)) {
    throw Error("interior_point: GEOS returned no centre");
  }
  return {centre, std::hypot(edge.x - centre.x, edge.y - centre.y)};
}

} // namespace steppe
