#pragma once
// An offscreen framebuffer: a multisampled colour renderbuffer drawn into,
// resolved into a single-sample one and read back as an Image (rows flipped
// to top-first). Needs a current GL context for its whole life.
#include "render/gl_handles.hpp"
#include "render/image.hpp"

namespace steppe {

class OffscreenTarget {
public:
  // `samples` is clamped to GL_MAX_SAMPLES; 0 or 1 means no multisampling,
  // as does a software rasteriser (see render/antialiasing.hpp).
  // Throws steppe::Error if the size exceeds the GL limits.
  OffscreenTarget(int width, int height, int samples = 4);

  // Binds the (multisampled) draw framebuffer and sets the viewport.
  void bind() const;
  // Resolves the samples and reads the pixels back; leaves framebuffer 0 bound.
  Image read() const;
  // Resolves the samples straight into framebuffer 0 (a window) with the
  // target's bottom-left corner at (x, y_from_bottom); leaves it bound.
  void resolve_to_window(int x, int y_from_bottom) const;

  // Copies (resolving) what was drawn into `other`'s single-sample buffer, of
  // the same size; leaves framebuffer 0 bound.
  void copy_to(const OffscreenTarget& other) const;
  // The framebuffer holding the drawn pixels, for reading (glBlitFramebuffer):
  // the multisampled one, else the single-sample one.
  unsigned read_framebuffer() const;

  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }

private:
  int width_, height_, samples_;
  gl::Renderbuffer ms_color_, resolved_color_;
  gl::Framebuffer ms_fbo_, resolved_fbo_;
};

} // namespace steppe
