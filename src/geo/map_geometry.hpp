#pragma once
// Everything the map renderer draws, on the CPU, built once per projection:
// projected region shapes, fill triangles tagged with their region index (so
// recolouring never re-tessellates), border strokes grouped by style, and the
// grey context layer. Positions in the meshes are float, relative to `origin`
// (the centre of the regions' bounds) to keep precision.
#include <cstdint>
#include <string>
#include <vector>

#include "core/atlas.hpp"
#include "geo/projection.hpp"
#include "geo/stroke.hpp"

namespace steppe {

struct FillVertex {
  float x = 0, y = 0;       // relative to MapGeometry::origin (CRS units)
  std::uint32_t region = 0; // index into Atlas::regions
};

// The borders simplified (Douglas–Peucker between junctions, so lines still
// meet) to within `tolerance` CRS units: drawn when that is under half a
// pixel, since full detail only costs time when zoomed out.
struct BorderLod {
  double tolerance = 0;
  StrokeMesh banner_borders, league_borders, region_outline, context_outlines;
};

struct MapGeometry {
  Vec2 origin;            // subtract from CRS coordinates to get mesh coordinates
  Bounds bounds;          // projected bounds of all regions (not the context)
  Bounds context_bounds;  // projected bounds of the context layer (may be invalid)
  Level fill_level = Level::Banner; // the lowest level present: its regions are filled

  // Per Atlas::regions index: level, projected shape (absolute CRS units), bounds.
  std::vector<Level> levels;
  std::vector<MultiPolygon> shapes;
  std::vector<Bounds> shape_bounds;

  std::vector<FillVertex> fills;         // triangles of the fill level's regions
  std::vector<FillVertex> context_fills; // triangles of the context (region = 0)

  // Border strokes; a border shared by two regions is stroked once.
  StrokeMesh banner_borders;
  StrokeMesh league_borders;
  StrokeMesh region_outline;
  StrokeMesh context_outlines;
  std::vector<BorderLod> border_lods; // coarser versions, tolerance increasing

  // Polygons repaired or left unfilled while triangulating, each naming the
  // region (code, name, atlas index) or context feature: for the caller to show.
  std::vector<std::string> warnings;

  std::size_t region_count() const { return shapes.size(); }
};

// Projects and tessellates `atlas`. Throws steppe::Error on projection
// failure; a polygon that cannot be triangulated is repaired or left out
// and reported in `warnings`, never thrown.
MapGeometry build_map_geometry(const Atlas& atlas, const Projection& projection);

// The stroke of one shape's rings (every ring closed, nothing de-duplicated),
// relative to `origin`: used for a selected region's emphasis outline.
StrokeMesh stroke_outline(const MultiPolygon& projected, Vec2 origin);

} // namespace steppe
