#pragma once
// The map as vectors on any Cairo surface (SVG, PDF): the projected polygons
// through the export camera as filled paths (no triangles), borders in the
// MapStyle's colours and widths, the no-data hatch as a repeating pattern in
// the same screen-space phase as the GL shader, and the labels from the same
// placement as the raster, drawn with Pango so they stay text.
#include <cairo.h>

#include "export/export_composition.hpp"

namespace steppe {

// `cr` draws in canvas pixels. Clips to the map box (restored afterwards).
void draw_map_vector(cairo_t* cr, const Composition& composition, const ExportScene& scene);
void draw_labels_vector(cairo_t* cr, const Composition& composition);
// The point layer's labels (composition.points.labels), drawn like the map labels.
void draw_point_labels_vector(cairo_t* cr, const Composition& composition);
// Cairo circles for point symbols (`cr` in canvas pixels): the fill, then the
// outline inside the rim as the GL shader draws it, dashed for approximate points.
void draw_point_shapes_vector(cairo_t* cr, const std::vector<ScreenShape>& shapes);

} // namespace steppe
