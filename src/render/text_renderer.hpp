#pragma once
// Draws single-line UTF-8 text (Chinese and Latin) with a halo, in framebuffer
// pixels, through one dynamic vertex buffer per frame. Works on any current
// OpenGL 3.3 core context whose glad loader is initialised (EGL or GLFW).
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "render/color.hpp"
#include "render/text_style.hpp"

namespace steppe {

struct TextItem {
  std::string utf8;
  Vec2 position_px;          // centre of the text box, framebuffer pixels, y down
  double size_px = 16;       // em size in framebuffer pixels (already × pixel_ratio)
  Rgba8 colour{20, 20, 20, 255};
  Rgba8 halo_colour{255, 255, 255, 220}; // alpha 0 draws no halo
  FontWeight weight = FontWeight::Regular;
};

// A glyph bitmap placed on screen: framebuffer pixel rectangle and atlas texels.
struct PlacedGlyph {
  Bounds screen_px;
  std::size_t page = 0;
  Bounds texels; // in atlas page pixels
  bool halo = false;
};

class TextRenderer {
public:
  // Fonts are found through fontconfig on first use (throws steppe::Error naming
  // fonts-noto-cjk when missing). No GL work happens until draw().
  TextRenderer();
  // GL objects are deleted here: destroy it while its context is current (or after
  // release_gl()).
  ~TextRenderer();
  TextRenderer(const TextRenderer&) = delete;
  TextRenderer& operator=(const TextRenderer&) = delete;

  // Size of the text box in pixels: x = total advance, y = line height
  // (kLineHeightEm × size). Size is rounded to whole pixels, as drawn.
  Vec2 measure(std::string_view utf8, double size_px, FontWeight weight) const;

  // Where each glyph (halos first, then fills) of an item lands; no GL needed.
  std::vector<PlacedGlyph> layout(const TextItem& item) const;

  // Draws the items with alpha blending (straight alpha; destination alpha is
  // accumulated "over"). GL state it touches (program, VAO, buffer, texture,
  // blending) is restored afterwards.
  void draw(std::span<const TextItem> items, int viewport_w, int viewport_h);

  // Deletes the GL objects now (context current); the next draw() recreates them.
  void release_gl();

  // Line box height relative to the em size; the em box (ideographs) is centred in it.
  static constexpr double kLineHeightEm = 1.2;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
