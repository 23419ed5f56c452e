#pragma once
// Glyphs rasterised on demand (by code point, pixel size and weight) and packed
// into single-channel (R8) pages; each page becomes one GL texture when uploaded.
// A new page is opened when the current one is full. Every glyph is stored twice:
// its fill and its halo (the fill grown by halo_radius), drawn halo first.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "render/font_face.hpp"
#include "render/gl_handles.hpp"
#include "render/text_style.hpp"

namespace steppe {

struct GlyphKey {
  char32_t codepoint = 0;
  int size_px = 0;
  FontWeight weight = FontWeight::Regular;
  friend auto operator<=>(const GlyphKey&, const GlyphKey&) = default;
};

// One bitmap in a page: pixel rectangle plus its offset from the pen on the
// baseline (left, top: x right, y up). width == 0 means nothing to draw.
struct AtlasSlot {
  std::size_t page = 0;
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  int left = 0;
  int top = 0;
  bool empty() const { return width == 0 || height == 0; }
};

struct AtlasGlyph {
  AtlasSlot fill;
  AtlasSlot halo;
  double advance_px = 0;
};

class GlyphAtlas {
public:
  static constexpr int kDefaultPageSize = 1024;

  // `faces` is not owned and must outlive the atlas.
  explicit GlyphAtlas(FontFaces& faces, int page_size = kDefaultPageSize);
  // Deletes the GL textures; a context must be current if upload() was ever called.
  ~GlyphAtlas() = default;
  GlyphAtlas(const GlyphAtlas&) = delete;
  GlyphAtlas& operator=(const GlyphAtlas&) = delete;

  // The glyph, rasterising and packing it on first use. Throws steppe::Error when
  // a glyph is larger than a page.
  const AtlasGlyph& glyph(char32_t codepoint, int size_px, FontWeight weight);
  // Outline width for text of the given pixel size.
  static double halo_radius(int size_px);

  std::size_t page_count() const { return pages_.size(); }
  int page_size() const { return page_size_; }
  std::size_t glyph_count() const { return glyphs_.size(); }
  // Coverage of a page, row-major from the top, page_size * page_size bytes.
  const std::vector<std::uint8_t>& page_pixels(std::size_t page) const { return pages_.at(page).pixels; }

  // --- OpenGL (needs a current 3.3 core context) ---
  // Creates textures for new pages and uploads rows changed since the last call.
  void upload();
  // The GL texture name of a page (0 before upload()).
  unsigned texture(std::size_t page) const { return pages_.at(page).texture.get(); }
  // Deletes the textures now (context current); later upload() recreates them.
  void release_gl();

private:
  struct Page {
    std::vector<std::uint8_t> pixels;
    int shelf_y = 0;      // top of the current shelf
    int shelf_height = 0; // tallest bitmap on it
    int cursor_x = 0;     // next free column on it
    int dirty_min_y = 0;  // rows [dirty_min_y, dirty_max_y) changed since upload
    int dirty_max_y = 0;
    gl::Texture texture;
  };

  AtlasSlot pack(const GlyphBitmap& bitmap);
  bool fits_on_page(Page& page, int width, int height, int& x, int& y) const;

  FontFaces& faces_;
  int page_size_;
  std::vector<Page> pages_;
  std::map<GlyphKey, AtlasGlyph> glyphs_;
};

} // namespace steppe
