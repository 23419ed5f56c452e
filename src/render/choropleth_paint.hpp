#pragma once
// A core Choropleth as region paint (per-region colours and the no-data
// hatch pattern) and keeps map and legend hatches identical.
#include <vector>

#include "core/choropleth.hpp"
#include "render/map_renderer.hpp"
#include "render/screen_shapes.hpp"

namespace steppe {

std::vector<Rgba8> region_colours(const Choropleth& choropleth);
// The choropleth's region paint: colours and the no-data hatch.
RegionPaint choropleth_paint(const Choropleth& choropleth);
// `base` with the hatch colour of core/palette (no_data_hatch_colour()).
MapStyle choropleth_map_style(MapStyle base = {});
// The map's hatch in framebuffer pixels, for legend swatches.
HatchStyle hatch_style(const MapStyle& style, double pixel_ratio);

} // namespace steppe
