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

// A point well inside `shape` (the centre of the largest inscribed circle of
// its largest polygon), e.g. to probe a region's colour or place a label.
// Throws steppe::Error for an empty shape.
Vec2 interior_point(const MultiPolygon& shape);

} // namespace steppe
