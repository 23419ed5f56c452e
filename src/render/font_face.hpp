#pragma once
// FreeType faces for the label fonts (regular and bold Noto Sans CJK SC), loaded
// on first use. Rasterises one glyph at a time, with a dilated "halo" copy made by
// FreeType's stroker so that dark text stays legible over any fill colour.
// FreeType types stay behind the pimpl: render's public headers need no FreeType.
#include <cstdint>
#include <memory>
#include <vector>

#include "render/font_finder.hpp"
#include "render/text_style.hpp"

namespace steppe {

// A coverage bitmap (0 = empty, 255 = fully inside), rows top to bottom.
// left/top place its top-left corner relative to the pen on the baseline,
// x right and y UP (FreeType's bitmap_left/bitmap_top).
struct GlyphBitmap {
  int width = 0;
  int height = 0;
  int left = 0;
  int top = 0;
  std::vector<std::uint8_t> pixels; // width * height
  bool empty() const { return width == 0 || height == 0; }
};

struct GlyphRaster {
  GlyphBitmap fill;
  GlyphBitmap halo;       // fill dilated by the halo radius; empty for blank glyphs
  double advance_px = 0;  // pen advance to the next glyph
};

class FontFaces {
public:
  // Finds the fonts through fontconfig lazily, on the first glyph of each weight.
  FontFaces();
  // Explicit font files (tests, user-supplied fonts).
  FontFaces(FontFile regular, FontFile bold);
  ~FontFaces();
  FontFaces(const FontFaces&) = delete;
  FontFaces& operator=(const FontFaces&) = delete;

  // Horizontal advance of one codepoint at an integer pixel size. Cached.
  double advance(char32_t codepoint, int size_px, FontWeight weight);
  // Rasterises one codepoint; halo_px is the outline radius (0 = no halo).
  GlyphRaster rasterise(char32_t codepoint, int size_px, FontWeight weight, double halo_px);
  // True when the font has a real glyph (not .notdef) for the codepoint.
  bool has_glyph(char32_t codepoint, FontWeight weight);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace steppe
