#include "ui/map_canvas.hpp"

#include <algorithm>
#include <string>

#include "core/error.hpp"

namespace steppe::ui {

void MapCanvas::allocate(int width, int height) {
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  samples_ = std::min(kSamples, static_cast<int>(max_samples));
  color_ = gl::Renderbuffer::create();
  fbo_ = gl::Framebuffer::create();
  glBindRenderbuffer(GL_RENDERBUFFER, color_.get());
  if (samples_ > 1) glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width, height);
  else glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_.get());
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    throw Error("the window's map framebuffer (" + std::to_string(width) + "x" +
                std::to_string(height) + ") is incomplete; update the graphics driver");
  }
  gl::check_error("creating the window's map framebuffer");
  width_ = width;
  height_ = height;
}

void MapCanvas::draw(MapRenderer& map, const Camera& camera, const FrameOverlay& overlay, int dest_x,
                     int dest_y_from_bottom) {
  if (camera.width_px != width_ || camera.height_px != height_) {
    allocate(camera.width_px, camera.height_px);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
  draw_map_frame(map, camera, overlay);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, dest_x, dest_y_from_bottom, dest_x + width_, dest_y_from_bottom + height_,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace steppe::ui
