#include "ui/map_canvas.hpp"

namespace steppe::ui {

void MapCanvas::draw(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& map_overlay,
                     const FrameOverlay& screen_overlay, int dest_x, int dest_y_from_bottom) {
  if (!target_ || target_->width() != camera.width_px || target_->height() != camera.height_px) {
    target_.reset(); // free the old buffers first
    target_.emplace(camera.width_px, camera.height_px, kSamples);
  }
  target_->bind();
  draw_map_frame(map, camera, paint, map_overlay);
  cache_.capture(*target_, camera);
  target_->bind();
  if (screen_overlay) screen_overlay(camera);
  target_->resolve_to_window(dest_x, dest_y_from_bottom);
}

bool MapCanvas::draw_moving(const Camera& camera, Rgba8 background, const FrameOverlay& screen_overlay, int dest_x,
                            int dest_y_from_bottom) {
  if (!target_ || target_->width() != camera.width_px || target_->height() != camera.height_px ||
      !cache_.covers(camera)) {
    return false;
  }
  target_->bind();
  cache_.show(camera, 0, 0, background);
  if (screen_overlay) screen_overlay(camera);
  target_->resolve_to_window(dest_x, dest_y_from_bottom);
  return true;
}

} // namespace steppe::ui
