#pragma once
// Draws the locator inset (core/locator_map: China's provinces in grey, the
// atlas's region in the accent colour, ECharts' 南海诸岛 sub-box) in its box
// with Cairo: one function for the window's overlay, PNG, SVG and PDF
// (map_decorations calls it), colours from the page's MapStyle (themed).
#include <cairo.h>

#include "core/locator_map.hpp"
#include "export/export_layout.hpp"
#include "render/map_style.hpp"

namespace steppe {

// `cr` draws in logical px; `box` is the inset's frame.
void draw_locator(cairo_t* cr, const Box& box, const LocatorMap& map, const MapStyle& style);

} // namespace steppe
