#pragma once
// The 2-D view onto projected map coordinates, shared by the window, headless
// renders, exports and tests. Screen coordinates are framebuffer pixels with the
// origin at the top-left and y pointing down. Sizes of lines, symbols and text
// are given in logical pixels (1/96 inch) and multiplied by pixel_ratio, so a
// 300-DPI export (pixel_ratio = 300/96) looks like the screen, only sharper.
#include <array>

#include "core/geometry.hpp"

namespace steppe {

struct Camera {
  Vec2 centre{0, 0};         // projected CRS units (metres) at the viewport centre
  double units_per_px = 1.0; // CRS units per framebuffer pixel
  int width_px = 1;
  int height_px = 1;
  double pixel_ratio = 1.0;  // framebuffer pixels per logical pixel (HiDPI, export DPI/96)

  // Frames `world` in the viewport, leaving `margin` (fraction of the smaller side) free.
  static Camera fit(const Bounds& world, int width_px, int height_px,
                    double pixel_ratio = 1.0, double margin = 0.04);

  Vec2 to_screen(Vec2 world) const;
  Vec2 to_world(Vec2 screen) const;
  Bounds visible_world() const;

  // Zooms by `factor` (>1 zooms in) keeping the world point under `screen` fixed.
  void zoom_at(Vec2 screen, double factor);
  // Moves the map by a screen-space drag of `delta` pixels.
  void pan_by_pixels(Vec2 delta);

  // Column-major 4x4 matrix from world units to GL clip space, relative to
  // `origin` (subtract it from vertices first to keep float precision).
  std::array<float, 16> world_to_clip(Vec2 origin) const;

  friend bool operator==(const Camera&, const Camera&) = default;
};

// Linear interpolation between two cameras for animated transitions:
// centre moves linearly, scale geometrically. t in [0, 1].
Camera interpolate(const Camera& a, const Camera& b, double t);

} // namespace steppe
