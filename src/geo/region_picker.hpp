#pragma once
// Which region lies under a point: CPU point-in-polygon on the projected
// shapes, with a bounding-box prefilter. For hover, click and tests.
#include <cstddef>
#include <optional>

#include "core/geometry.hpp"
#include "core/region.hpp"
#include "geo/map_geometry.hpp"

namespace steppe {

// Index into Atlas::regions of the region of `level` containing `world`
// (projected CRS units), or nullopt over no such region.
std::optional<std::size_t> pick_region(const MapGeometry& geometry, Vec2 world, Level level);

struct InscribedCircle {
  Vec2 centre;
  double radius = 0;
};

// The largest circle inside the largest polygon of `shape` (its pole of
// inaccessibility, to 1/1000 of its size). Throws steppe::Error for an empty shape.
InscribedCircle inscribed_circle(const MultiPolygon& shape);

// A point well inside `shape`: inscribed_circle(shape).centre, e.g. to probe
// a region's colour or place a label.
inline Vec2 interior_point(const MultiPolygon& shape) { return inscribed_circle(shape).centre; }

} // namespace steppe
