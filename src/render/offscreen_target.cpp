#include "render/offscreen_target.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/error.hpp"
#include "render/antialiasing.hpp"

namespace steppe {

namespace {

void attach(const gl::Framebuffer& fbo, const gl::Renderbuffer& rb, int samples, int w, int h) {
  glBindRenderbuffer(GL_RENDERBUFFER, rb.get());
  if (samples > 1) glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, w, h);
  else glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb.get());
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE) {
    throw Error("offscreen framebuffer " + std::to_string(w) + "x" + std::to_string(h) +
                " is incomplete (status 0x" + std::to_string(status) + ")");
  }
}

} // namespace

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height), samples_(0) {
  GLint max_size = 0, max_samples = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  if (width < 1 || height < 1 || width > max_size || height > max_size) {
    throw Error("image size " + std::to_string(width) + "x" + std::to_string(height) +
                " is outside 1.." + std::to_string(max_size) + " pixels per side");
  }
  samples = effective_samples(samples); // none on a software rasteriser
  samples_ = samples > 1 ? std::min(samples, static_cast<int>(max_samples)) : 0;
  ms_color_ = gl::Renderbuffer::create();
  resolved_color_ = gl::Renderbuffer::create();
  ms_fbo_ = gl::Framebuffer::create();
  resolved_fbo_ = gl::Framebuffer::create();
  attach(resolved_fbo_, resolved_color_, 0, width, height);
  if (samples_ > 1) attach(ms_fbo_, ms_color_, samples_, width, height);
  gl::check_error("creating the offscreen framebuffer");
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, samples_ > 1 ? ms_fbo_.get() : resolved_fbo_.get());
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::resolve_to_window(int x, int y_from_bottom) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, samples_ > 1 ? ms_fbo_.get() : resolved_fbo_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, x, y_from_bottom, x + width_, y_from_bottom + height_,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::copy_to(const OffscreenTarget& other) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, read_framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, other.resolved_fbo_.get());
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, other.width_, other.height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

unsigned OffscreenTarget::read_framebuffer() const { return samples_ > 1 ? ms_fbo_.get() : resolved_fbo_.get(); }

Image OffscreenTarget::read() const {
  if (samples_ > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, ms_fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_fbo_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_fbo_.get());
  Image img(width_, height_);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  gl::check_error("reading the offscreen framebuffer");
  // GL rows run bottom-up; images top-down.
  const std::size_t row = static_cast<std::size_t>(width_) * 4;
  std::vector<std::uint8_t> tmp(row);
  for (int y = 0; y < height_ / 2; ++y) {
    std::uint8_t* a = img.rgba.data() + static_cast<std::size_t>(y) * row;
    std::uint8_t* b = img.rgba.data() + static_cast<std::size_t>(height_ - 1 - y) * row;
    std::memcpy(tmp.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, tmp.data(), row);
  }
  return img;
}

} // namespace steppe
