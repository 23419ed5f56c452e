#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

namespace steppe {

Camera Camera::fit(const Bounds& world, int width_px, int height_px, double pixel_ratio,
                   double margin) {
  Camera c;
  c.width_px = std::max(1, width_px);
  c.height_px = std::max(1, height_px);
  c.pixel_ratio = pixel_ratio;
  if (!world.valid()) return c;
  c.centre = world.centre();
  const double pad = margin * std::min(c.width_px, c.height_px);
  const double usable_w = std::max(1.0, c.width_px - 2 * pad);
  const double usable_h = std::max(1.0, c.height_px - 2 * pad);
  const double span_w = std::max(world.width(), 1e-9);
  const double span_h = std::max(world.height(), 1e-9);
  c.units_per_px = std::max(span_w / usable_w, span_h / usable_h);
  return c;
}

Vec2 Camera::to_screen(Vec2 world) const {
  return {(world.x - centre.x) / units_per_px + width_px / 2.0,
          height_px / 2.0 - (world.y - centre.y) / units_per_px};
}

Vec2 Camera::to_world(Vec2 screen) const {
  return {centre.x + (screen.x - width_px / 2.0) * units_per_px,
          centre.y - (screen.y - height_px / 2.0) * units_per_px};
}

Bounds Camera::visible_world() const {
  Bounds b;
  b.expand(to_world({0, 0}));
  b.expand(to_world({static_cast<double>(width_px), static_cast<double>(height_px)}));
  return b;
}

void Camera::zoom_at(Vec2 screen, double factor) {
  if (!(factor > 0)) return;
  const Vec2 anchor = to_world(screen);
  units_per_px /= factor;
  const Vec2 moved = to_world(screen);
  centre.x += anchor.x - moved.x;
  centre.y += anchor.y - moved.y;
}

void Camera::pan_by_pixels(Vec2 delta) {
  centre.x -= delta.x * units_per_px;
  centre.y += delta.y * units_per_px;
}

std::array<float, 16> Camera::world_to_clip(Vec2 origin) const {
  const double sx = 2.0 / (width_px * units_per_px);
  const double sy = 2.0 / (height_px * units_per_px);
  const double tx = (origin.x - centre.x) * sx;
  const double ty = (origin.y - centre.y) * sy;
  std::array<float, 16> m{};
  m[0] = static_cast<float>(sx);
  m[5] = static_cast<float>(sy);
  m[10] = 1.0f;
  m[12] = static_cast<float>(tx);
  m[13] = static_cast<float>(ty);
  m[15] = 1.0f;
  return m;
}

Camera interpolate(const Camera& a, const Camera& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  Camera c = b;
  c.centre = {a.centre.x + (b.centre.x - a.centre.x) * t, a.centre.y + (b.centre.y - a.centre.y) * t};
  c.units_per_px = std::exp(std::log(a.units_per_px) * (1 - t) + std::log(b.units_per_px) * t);
  return c;
}

} // namespace steppe
