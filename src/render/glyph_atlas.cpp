#include "render/glyph_atlas.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "core/error.hpp"

namespace steppe {
namespace {

constexpr int kGap = 1; // empty pixels between bitmaps so linear filtering never bleeds

} // namespace

GlyphAtlas::GlyphAtlas(FontFaces& faces, int page_size) : faces_(faces), page_size_(page_size) {
  if (page_size_ < 64) throw Error("glyph atlas page size must be at least 64 px");
}

double GlyphAtlas::halo_radius(int size_px) {
  // About 1/7 em: wide enough to separate text from a busy fill, narrow enough
  // that neighbouring strokes of a dense character like 霍 stay distinct.
  return std::max(1.5, static_cast<double>(size_px) * 0.14);
}

const AtlasGlyph& GlyphAtlas::glyph(char32_t codepoint, int size_px, FontWeight weight) {
  const GlyphKey key{codepoint, size_px, weight};
  if (auto it = glyphs_.find(key); it != glyphs_.end()) return it->second;
  const GlyphRaster raster = faces_.rasterise(codepoint, size_px, weight, halo_radius(size_px));
  AtlasGlyph g;
  g.advance_px = raster.advance_px;
  g.halo = pack(raster.halo);
  g.fill = pack(raster.fill);
  return glyphs_.emplace(key, g).first->second;
}

bool GlyphAtlas::fits_on_page(Page& page, int width, int height, int& x, int& y) const {
  if (page.cursor_x + width > page_size_) { // next shelf
    page.shelf_y += page.shelf_height + kGap;
    page.shelf_height = 0;
    page.cursor_x = 0;
  }
  if (page.shelf_y + height > page_size_) return false;
  x = page.cursor_x;
  y = page.shelf_y;
  page.cursor_x += width + kGap;
  page.shelf_height = std::max(page.shelf_height, height);
  return true;
}

AtlasSlot GlyphAtlas::pack(const GlyphBitmap& bitmap) {
  AtlasSlot slot;
  if (bitmap.empty()) return slot;
  if (bitmap.width > page_size_ || bitmap.height > page_size_) {
    throw Error("glyph of " + std::to_string(bitmap.width) + "x" + std::to_string(bitmap.height) +
                " px does not fit a " + std::to_string(page_size_) +
                " px atlas page: use a smaller text size");
  }
  int x = 0;
  int y = 0;
  if (pages_.empty() || !fits_on_page(pages_.back(), bitmap.width, bitmap.height, x, y)) {
    Page page;
    page.pixels.assign(static_cast<std::size_t>(page_size_) * static_cast<std::size_t>(page_size_), 0);
    pages_.push_back(std::move(page));
    fits_on_page(pages_.back(), bitmap.width, bitmap.height, x, y);
  }
  Page& page = pages_.back();
  const auto stride = static_cast<std::size_t>(page_size_);
  const auto w = static_cast<std::size_t>(bitmap.width);
  for (int row = 0; row < bitmap.height; ++row) {
    std::memcpy(page.pixels.data() + static_cast<std::size_t>(y + row) * stride + static_cast<std::size_t>(x),
                bitmap.pixels.data() + static_cast<std::size_t>(row) * w, w);
  }
  if (page.dirty_max_y <= page.dirty_min_y) {
    page.dirty_min_y = y;
    page.dirty_max_y = y + bitmap.height;
  } else {
    page.dirty_min_y = std::min(page.dirty_min_y, y);
    page.dirty_max_y = std::max(page.dirty_max_y, y + bitmap.height);
  }
  slot.page = pages_.size() - 1;
  slot.x = x;
  slot.y = y;
  slot.width = bitmap.width;
  slot.height = bitmap.height;
  slot.left = bitmap.left;
  slot.top = bitmap.top;
  return slot;
}

void GlyphAtlas::upload() {
  GLint old_alignment = 4;
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &old_alignment);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1); // rows of R8 are not 4-byte aligned in general
  for (Page& page : pages_) {
    if (!page.texture) {
      page.texture = gl::Texture::create();
      glBindTexture(GL_TEXTURE_2D, page.texture.get());
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
      glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, page_size_, page_size_, 0, GL_RED, GL_UNSIGNED_BYTE,
                   page.pixels.data());
      page.dirty_min_y = page.dirty_max_y = 0;
      continue;
    }
    if (page.dirty_max_y > page.dirty_min_y) {
      glBindTexture(GL_TEXTURE_2D, page.texture.get());
      const std::size_t offset =
          static_cast<std::size_t>(page.dirty_min_y) * static_cast<std::size_t>(page_size_);
      glTexSubImage2D(GL_TEXTURE_2D, 0, 0, page.dirty_min_y, page_size_,
                      page.dirty_max_y - page.dirty_min_y, GL_RED, GL_UNSIGNED_BYTE,
                      page.pixels.data() + offset);
      page.dirty_min_y = page.dirty_max_y = 0;
    }
  }
  glPixelStorei(GL_UNPACK_ALIGNMENT, old_alignment);
}

void GlyphAtlas::release_gl() {
  for (Page& page : pages_) {
    // Recreated textures start from the full CPU copy, so the dirty range can go.
    page.texture.reset();
    page.dirty_min_y = page.dirty_max_y = 0;
  }
}

} // namespace steppe
