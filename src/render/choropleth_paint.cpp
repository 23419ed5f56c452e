#include "render/choropleth_paint.hpp"

#include <algorithm>

namespace steppe {

std::vector<Rgba8> region_colours(const Choropleth& c) {
  std::vector<Rgba8> out;
  out.reserve(c.fill_by_region.size());
  for (const Rgb& rgb : c.fill_by_region) out.push_back({rgb.r, rgb.g, rgb.b, 255});
  return out;
}

RegionPaint choropleth_paint(const Choropleth& c) { return {region_colours(c), c.pattern_by_region}; }

MapStyle choropleth_map_style(MapStyle base) {
  const Rgb h = no_data_hatch_colour();
  base.hatch_color = {h.r, h.g, h.b, 255};
  return base;
}

HatchStyle hatch_style(const MapStyle& style, double pixel_ratio) {
  // As map_renderer.cpp sets u_hatch_spacing, so the swatch hatch matches the map.
  return {style.hatch_color, std::max(2.0, static_cast<double>(style.hatch_spacing) * pixel_ratio),
          static_cast<double>(style.hatch_width) * pixel_ratio};
}

} // namespace steppe
