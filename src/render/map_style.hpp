#pragma once
// Colours and line widths of the map. Widths are logical pixels (1/96 inch),
// multiplied by Camera::pixel_ratio when drawn. Defaults: a calm,
// print-friendly look — white paper, light grey neighbours, a neutral fill,
// white hairlines between banners, grey league borders, a dark outline.
#include "render/color.hpp"

namespace steppe {

struct LineStyle {
  Rgba8 color;
  float width = 1.0f; // logical pixels
};

struct MapStyle {
  Rgba8 background{255, 255, 255, 255};
  Rgba8 context_fill{236, 236, 234, 255};
  LineStyle context_outline{{206, 206, 203, 255}, 0.8f};
  Rgba8 region_fill{231, 226, 212, 255}; // regions without a colour of their own
  LineStyle banner_border{{255, 255, 255, 255}, 0.9f};
  LineStyle league_border{{100, 98, 92, 255}, 1.5f};
  LineStyle region_outline{{45, 45, 45, 255}, 2.2f};
  LineStyle selected_outline{{20, 20, 20, 255}, 3.0f}; // pattern 2
  LineStyle hover_outline{{20, 20, 20, 150}, 2.0f};    // pattern 3
  Rgba8 hatch_color{140, 140, 140, 255};               // pattern 1 ("no data")
  float hatch_spacing = 6.0f; // logical pixels between hatch lines
  float hatch_width = 1.0f;   // logical pixels
  // The locator inset (export/locator_draw): China's provinces in grey, the
  // atlas's region in the accent colour, the frame and 南海诸岛 box in ink.
  Rgba8 locator_fill{222, 222, 218, 255};
  Rgba8 locator_border{255, 255, 255, 255};
  Rgba8 locator_accent{200, 55, 40, 255};
  Rgba8 locator_ink{110, 110, 106, 255};
};

} // namespace steppe
