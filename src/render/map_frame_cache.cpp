#include "render/map_frame_cache.hpp"

#include <glad/gl.h>

#include <cmath>

namespace steppe {

void MapFrameCache::capture(const OffscreenTarget& target, const Camera& camera) {
  if (!copy_ || copy_->width() != target.width() || copy_->height() != target.height()) {
    copy_.reset(); // free the old buffers first
    copy_.emplace(target.width(), target.height(), 1);
  }
  target.copy_to(*copy_);
  camera_ = camera;
}

bool MapFrameCache::covers(const Camera& camera) const {
  if (!camera_ || !copy_) return false;
  if (camera.width_px != camera_->width_px || camera.height_px != camera_->height_px ||
      camera.pixel_ratio != camera_->pixel_ratio || !(camera.units_per_px > 0)) {
    return false;
  }
  const double change = camera_->units_per_px / camera.units_per_px;
  return change < kMaxScaleChange && change > 1.0 / kMaxScaleChange;
}

void MapFrameCache::show(const Camera& camera, int x, int y_from_bottom, Rgba8 background) const {
  const int w = camera.width_px;
  const int h = camera.height_px;
  GLint draw_fbo = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fbo);
  glEnable(GL_SCISSOR_TEST);
  glScissor(x, y_from_bottom, w, h);
  glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (covers(camera)) {
    // Where the copy's corners (screen pixels of its camera, y down) are now.
    const Vec2 top_left = camera.to_screen(camera_->to_world({0, 0}));
    const Vec2 bottom_right = camera.to_screen(camera_->to_world({static_cast<double>(w), static_cast<double>(h)}));
    const auto gx = [x](double sx) { return x + static_cast<GLint>(std::lround(sx)); };
    const auto gy = [y_from_bottom, h](double sy) { return y_from_bottom + h - static_cast<GLint>(std::lround(sy)); };
    glBindFramebuffer(GL_READ_FRAMEBUFFER, copy_->read_framebuffer());
    glBlitFramebuffer(0, 0, w, h, gx(top_left.x), gy(bottom_right.y), gx(bottom_right.x), gy(top_left.y),
                      GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(draw_fbo));
  }
  glDisable(GL_SCISSOR_TEST);
}

} // namespace steppe
