#pragma once
// Draws placed annotations (export/annotation_layout) with Cairo in canvas
// pixels, in the style of the automatic callouts (export/callout_draw): arrows
// and leader lines with a white halo, then opaque boxes with their lines. The
// same code paints PNG tiles, SVG and PDF pages, deck pages, F5 slides and the
// window's decoration overlay, so every output shows the same marks.
#include <cairo.h>

#include <vector>

#include "export/annotation_layout.hpp"

namespace steppe {

void draw_annotations(cairo_t* cr, const std::vector<AnnotationPlacement>& annotations);

} // namespace steppe
