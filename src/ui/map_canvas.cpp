#include "ui/map_canvas.hpp"

namespace steppe::ui {

void MapCanvas::draw(MapRenderer& map, const Camera& camera, const MapPaint& paint, const FrameOverlay& overlay, int dest_x,
                     int dest_y_from_bottom) {
  if (!target_ || target_->width() != camera.width_px || target_->height() != camera.height_px) {
    target_.reset(); // free the old buffers first
    target_.emplace(camera.width_px, camera.height_px, kSamples);
  }
  target_->bind();
  draw_map_frame(map, camera, paint, overlay);
  target_->resolve_to_window(dest_x, dest_y_from_bottom);
}

} // namespace steppe::ui
