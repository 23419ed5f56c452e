#pragma once
// An RGBA image with premultiplied alpha (e.g. Cairo-drawn decorations) laid
// pixel for pixel over the bound framebuffer: one texture, one full-viewport
// triangle, blended as src + dst × (1 − src.a) — Cairo's OVER, so the result
// matches painting the same image onto a readback of the framebuffer.
// Needs a current GL 3.3 core context from the first upload to destruction.
#include <memory>

#include "render/image.hpp"

namespace steppe {

class OverlayImage {
public:
  OverlayImage();
  ~OverlayImage(); // destroy with the context current
  OverlayImage(const OverlayImage&) = delete;
  OverlayImage& operator=(const OverlayImage&) = delete;

  // Replaces the texture (rows top first, premultiplied RGBA).
  void upload(const Image& premultiplied);
  bool empty() const;
  // Draws the image's top-left at the viewport's top-left, one texel per
  // pixel (the viewport should be the image's size). Restores blend state.
  void draw();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
