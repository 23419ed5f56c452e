#pragma once
// Anti-aliased shapes in framebuffer pixels drawn over the map: circles and
// rounded rectangles with an outline, optionally dashed (approximate point
// locations) or hatched exactly like a no-data region (legend swatches).
// Shared by the point and legend renderers; shaders/point.*.
#include <memory>
#include <span>

#include "core/geometry.hpp"
#include "render/color.hpp"

namespace steppe {

struct ScreenShape {
  Vec2 centre_px;             // framebuffer px, y down
  Vec2 half_size_px{4, 4};    // half width/height
  double corner_radius_px = 0; // = half size for a circle
  Rgba8 fill{255, 255, 255, 255};
  Rgba8 outline{0, 0, 0, 0};
  double outline_px = 0;
  bool hatched = false;
  bool dashed = false;        // dashed outline (circles)
  double dash_px = 4;

  static ScreenShape circle(Vec2 centre, double diameter_px);
  static ScreenShape rect(const Bounds& box_px, double corner_radius_px = 0);
};

// The no-data hatch in framebuffer pixels (map_style.hatch_* × pixel_ratio).
struct HatchStyle {
  Rgba8 colour{140, 140, 140, 255};
  double spacing_px = 6;
  double width_px = 1;
};

class ScreenShapeRenderer {
public:
  ScreenShapeRenderer(); // no GL work until draw()
  ~ScreenShapeRenderer(); // destroy with the context current
  ScreenShapeRenderer(const ScreenShapeRenderer&) = delete;
  ScreenShapeRenderer& operator=(const ScreenShapeRenderer&) = delete;

  // Draws the shapes in order with straight-alpha blending; restores the GL
  // state it touches. Throws steppe::Error if the shader cannot be loaded.
  void draw(std::span<const ScreenShape> shapes, int viewport_w, int viewport_h,
            const HatchStyle& hatch = {});

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
