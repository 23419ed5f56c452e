#pragma once
// Draws placed callouts (export/callout_layout) with Cairo in canvas pixels:
// the leader line from the box to a dot inside the place, then the box and its
// lines. The same code paints PNG tiles, SVG and PDF pages and the window's
// decoration overlay, so every output shows the same box.
#include <cairo.h>

#include <vector>

#include "export/callout_layout.hpp"

namespace steppe {

void draw_callouts(cairo_t* cr, const std::vector<CalloutPlacement>& callouts);
// The path of a box with corners rounded by `radius` (callout and annotation boxes).
void rounded_box_path(cairo_t* cr, const Bounds& b, double radius);

} // namespace steppe
