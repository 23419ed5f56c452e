#pragma once
// Ear clipping of one polygon with holes, steppe's own (the approach of
// mapbox/earcut, written afresh): the rings become one doubly linked loop,
// each hole joined to the outer ring by a bridge (a pair of coincident
// edges) from its leftmost point; ears are then cut off one by one, a
// z-order (Morton) index over the vertices keeping the "is any vertex
// inside this ear?" test local for large rings. When no ear is left to cut
// on a non-empty loop, three fallback passes run: drop collinear and
// repeated points, cut across small local self-intersections, then split
// the loop along any valid diagonal and clip both halves.
//
// Never throws and never loops forever; on input that is not a valid
// polygon (self-intersecting rings, holes outside the shell) the triangles
// may not cover it exactly — callers compare areas (see tessellate.hpp).
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

// Appends triangles (three vertices each) covering
// `polygon` to `out`. Repeated consecutive points are dropped first; rings
// with fewer than three distinct points are ignored.
void ear_clip(const Polygon& polygon, std::vector<Vec2>& out);

} // namespace steppe
