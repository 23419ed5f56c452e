#pragma once
// Draws the export's decorations — title block, footer, legend, scale bar,
// north arrow, locator inset — with Cairo/Pango from an ExportLayout. The same code paints
// them onto raster tiles and into SVG/PDF, so every format looks the same.
#include <cairo.h>

#include "export/export_layout.hpp"
#include "render/map_style.hpp"

namespace steppe {

struct DecorationGeometry {
  ScaleBar scale_bar;       // length_px in canvas pixels
  double north_angle = 0;   // radians clockwise from up
  double pixel_ratio = 1;   // canvas pixels per logical px
};

// `cr` draws in canvas pixels (it is scaled here to logical px).
void draw_decorations(cairo_t* cr, const ExportLayout& layout, const DecorationContent& content,
                      const DecorationGeometry& geometry, const MapStyle& style);

} // namespace steppe
