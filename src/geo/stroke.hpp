#pragma once
// Border lines as triangles with a constant on-screen width: the CPU emits
// each polyline point with an extrusion vector (in units of the half-width);
// the vertex shader scales it by the half-width in pixels, so zooming never
// re-tessellates. Joins are mitred up to a limit, bevelled beyond it; open
// ends get square caps so junctions of several lines close without notches.
#include <cstdint>
#include <span>
#include <vector>

#include "core/geometry.hpp"

namespace steppe {

struct StrokeVertex {
  float x = 0, y = 0;   // position relative to the mesh origin (CRS units)
  float ex = 0, ey = 0; // extrusion in half-widths (length 1 on a straight run)
  float side = 0;       // +1 left edge, -1 right edge, 0 on the centre line
};

struct StrokeMesh {
  std::vector<StrokeVertex> vertices;
  std::vector<std::uint32_t> indices; // triangles
  bool empty() const { return indices.empty(); }
};

// A mitre longer than this many half-widths becomes a bevel.
inline constexpr double kMiterLimit = 2.0;

// Appends the stroke of `points` (positions relative to `origin`) to `mesh`.
// A closed polyline joins its last point back to the first.
void append_stroke(StrokeMesh& mesh, std::span<const Vec2> points, bool closed, Vec2 origin);

// Douglas–Peucker: the points of `line` needed to stay within `tolerance`
// of it; the first and last points are always kept (for a closed ring, the
// first point and the one farthest from it).
std::vector<Vec2> simplify_polyline(std::span<const Vec2> line, double tolerance, bool closed = false);

// Where a stroke vertex lands for a half-width of `half_width` CRS units
// (the shader does the same in pixels), relative to the mesh origin.
inline Vec2 extruded(const StrokeVertex& v, double half_width) {
  return {v.x + v.ex * half_width, v.y + v.ey * half_width};
}

} // namespace steppe
