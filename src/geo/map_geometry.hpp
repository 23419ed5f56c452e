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
#include "geo/shared_borders.hpp"
#include "geo/stroke.hpp"

namespace steppe {

struct FillVertex {
  float x = 0, y = 0;       // relative to MapGeometry::origin (CRS units)
  std::uint32_t region = 0; // index into Atlas::regions
};

// A region's fill triangles: `count` vertices from `first` (regions are
// filled in atlas order, one run each), for drawing only what is in view.
struct FillRange {
  std::uint32_t region = 0;
  std::uint32_t first = 0, count = 0;
};

// The borders simplified (Douglas–Peucker between junctions, so lines still
// meet) to within `tolerance` CRS units: drawn when that is under half a
// pixel, since full detail only costs time when zoomed out.
struct BorderLod {
  double tolerance = 0;
  StrokeMesh banner_borders, league_borders, region_outline, context_outlines;
};

// The fills at the same level: each shape rebuilt from the simplified
// border chains of its level (geo/shared_borders), so a fill edge is the
// border line drawn over it and neighbours never gap or overlap. Where the
// simplification would make a region's rings cross, that region's borders
// stay at full detail at this level (its neighbours follow the same line).
struct FillLod {
  double tolerance = 0;
  std::vector<FillVertex> fills;
  std::vector<FillRange> ranges;
  std::vector<FillVertex> context_fills;
};

// What vector outputs (SVG, PDF) draw at one level of detail: paths, not
// triangles. The fill level's shapes (per Atlas::regions index; empty for
// other levels) and the context, rebuilt from the level's simplified border
// chains, and every border once as a line (absolute CRS units).
struct VectorLod {
  double tolerance = 0;
  std::vector<MultiPolygon> fill_shapes;
  std::vector<MultiPolygon> context_shapes;
  std::vector<BorderRun> banner_lines, league_lines, region_lines, context_lines;
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
  std::vector<FillRange> fill_ranges;    // where each region's triangles are in `fills`
  std::vector<FillVertex> context_fills; // triangles of the context (region = 0)

  // Border strokes; a border shared by two regions is stroked once.
  StrokeMesh banner_borders;
  StrokeMesh league_borders;
  StrokeMesh region_outline;
  StrokeMesh context_outlines;
  std::vector<BorderLod> border_lods; // coarser versions, tolerance increasing
  std::vector<FillLod> fill_lods;     // the fills at the same tolerances as border_lods
  // For vector outputs: [0] full detail, then the tolerances of border_lods.
  std::vector<VectorLod> vector_lods;

  // Per Atlas::regions index: where its label goes (geo/label_anchor's pole of
  // its largest part) and that point's clearance. Empty unless computed
  // (add_label_anchors; prepared atlases have them), since only labels need them.
  std::vector<Vec2> label_anchors;
  std::vector<double> label_clearances;

  // Polygons repaired or left unfilled while triangulating, each naming the
  // region (code, name, atlas index) or context feature: for the caller to show.
  std::vector<std::string> warnings;

  std::size_t region_count() const { return shapes.size(); }
};

// Projects and tessellates `atlas`. Throws steppe::Error on projection
// failure; a polygon that cannot be triangulated is repaired or left out
// and reported in `warnings`, never thrown.
MapGeometry build_map_geometry(const Atlas& atlas, const Projection& projection);

// Fills label_anchors and label_clearances for every league and banner (the
// top-level region and empty shapes get {0, 0} and clearance 0).
void add_label_anchors(MapGeometry& geometry);

// The stroke of one shape's rings (every ring closed, nothing de-duplicated),
// relative to `origin`: used for a selected region's emphasis outline.
StrokeMesh stroke_outline(const MultiPolygon& projected, Vec2 origin);

} // namespace steppe
