#include "render/font_face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_GLYPH_H
#include FT_STROKER_H

#include <array>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "core/error.hpp"

namespace steppe {
namespace {

constexpr FT_Int32 kLoadFlags = FT_LOAD_TARGET_LIGHT | FT_LOAD_NO_BITMAP;

std::string ft_error_text(FT_Error err) {
  const char* s = FT_Error_String(err); // null unless FreeType was built with error strings
  return s != nullptr ? std::string(s) : "FreeType error " + std::to_string(err);
}

struct GlyphDeleter {
  void operator()(FT_GlyphRec_* g) const { FT_Done_Glyph(g); }
};
using GlyphPtr = std::unique_ptr<FT_GlyphRec_, GlyphDeleter>;

GlyphBitmap copy_bitmap(const FT_Bitmap& bm, int left, int top) {
  GlyphBitmap out;
  out.width = static_cast<int>(bm.width);
  out.height = static_cast<int>(bm.rows);
  out.left = left;
  out.top = top;
  if (out.empty()) return GlyphBitmap{};
  out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
  for (int y = 0; y < out.height; ++y) {
    // Pitch may be negative (bottom-up bitmaps); index through it row by row.
    const unsigned char* row = bm.buffer + static_cast<std::ptrdiff_t>(y) * bm.pitch;
    std::memcpy(out.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width),
                row, static_cast<std::size_t>(out.width));
  }
  return out;
}

} // namespace

struct FontFaces::Impl {
  FT_Library library = nullptr;
  FT_Stroker stroker = nullptr;
  std::array<std::optional<FontFile>, 2> files;
  std::array<FT_Face, 2> faces{nullptr, nullptr};
  std::array<int, 2> current_size{0, 0};
  std::map<std::tuple<char32_t, int, int>, double> advances;

  Impl() {
    if (const FT_Error err = FT_Init_FreeType(&library)) {
      throw Error("FreeType could not start: " + ft_error_text(err));
    }
    if (const FT_Error err = FT_Stroker_New(library, &stroker)) {
      FT_Done_FreeType(library);
      throw Error("FreeType stroker could not start: " + ft_error_text(err));
    }
  }
  ~Impl() {
    for (FT_Face f : faces) {
      if (f != nullptr) FT_Done_Face(f);
    }
    FT_Stroker_Done(stroker);
    FT_Done_FreeType(library);
  }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  static std::size_t slot(FontWeight w) { return w == FontWeight::Bold ? 1 : 0; }

  FT_Face face(FontWeight weight, int size_px) {
    const std::size_t i = slot(weight);
    if (faces[i] == nullptr) {
      if (!files[i]) files[i] = find_cjk_font(weight);
      const FontFile& file = *files[i];
      if (const FT_Error err = FT_New_Face(library, file.path.c_str(), file.face_index, &faces[i])) {
        faces[i] = nullptr;
        throw Error("cannot open font '" + file.path + "' face " + std::to_string(file.face_index) +
                    ": " + ft_error_text(err) + "; reinstall fonts-noto-cjk");
      }
    }
    if (current_size[i] != size_px) {
      if (size_px < 1 || size_px > 1000) {
        throw Error("font size " + std::to_string(size_px) + " px is outside 1..1000");
      }
      if (const FT_Error err =
              FT_Set_Pixel_Sizes(faces[i], 0, static_cast<FT_UInt>(size_px))) {
        throw Error("cannot set font size " + std::to_string(size_px) + ": " + ft_error_text(err));
      }
      current_size[i] = size_px;
    }
    return faces[i];
  }

  void load(FT_Face f, char32_t codepoint) {
    const FT_UInt index = FT_Get_Char_Index(f, static_cast<FT_ULong>(codepoint));
    if (const FT_Error err = FT_Load_Glyph(f, index, kLoadFlags)) {
      throw Error("cannot load glyph U+" + std::to_string(static_cast<unsigned>(codepoint)) + ": " +
                  ft_error_text(err));
    }
  }
};

FontFaces::FontFaces() : impl_(std::make_unique<Impl>()) {}

FontFaces::FontFaces(FontFile regular, FontFile bold) : impl_(std::make_unique<Impl>()) {
  impl_->files[0] = std::move(regular);
  impl_->files[1] = std::move(bold);
}

FontFaces::~FontFaces() = default;

double FontFaces::advance(char32_t codepoint, int size_px, FontWeight weight) {
  const auto key = std::make_tuple(codepoint, size_px, static_cast<int>(Impl::slot(weight)));
  if (auto it = impl_->advances.find(key); it != impl_->advances.end()) return it->second;
  FT_Face f = impl_->face(weight, size_px);
  impl_->load(f, codepoint);
  const double adv = static_cast<double>(f->glyph->advance.x) / 64.0;
  impl_->advances.emplace(key, adv);
  return adv;
}

bool FontFaces::has_glyph(char32_t codepoint, FontWeight weight) {
  FT_Face f = impl_->face(weight, impl_->current_size[Impl::slot(weight)] > 0
                                      ? impl_->current_size[Impl::slot(weight)]
                                      : 16);
  return FT_Get_Char_Index(f, static_cast<FT_ULong>(codepoint)) != 0;
}

GlyphRaster FontFaces::rasterise(char32_t codepoint, int size_px, FontWeight weight,
                                 double halo_px) {
  FT_Face f = impl_->face(weight, size_px);
  impl_->load(f, codepoint);
  GlyphRaster out;
  out.advance_px = static_cast<double>(f->glyph->advance.x) / 64.0;
  if (f->glyph->format != FT_GLYPH_FORMAT_OUTLINE || f->glyph->outline.n_points == 0) {
    return out; // a space: advance only
  }

  FT_Glyph raw = nullptr;
  if (const FT_Error err = FT_Get_Glyph(f->glyph, &raw)) {
    throw Error("cannot copy glyph: " + ft_error_text(err));
  }
  const GlyphPtr outline(raw);

  // The halo: the outline's outside border, i.e. the glyph grown by halo_px.
  // destroy = 0 everywhere: FreeType then leaves the source glyph to its owner
  // whether the call succeeds or fails, which keeps ownership simple.
  if (halo_px > 0) {
    FT_Stroker_Set(impl_->stroker, static_cast<FT_Fixed>(std::lround(halo_px * 64.0)),
                   FT_STROKER_LINECAP_ROUND, FT_STROKER_LINEJOIN_ROUND, 0);
    FT_Glyph stroked = outline.get();
    if (const FT_Error err = FT_Glyph_StrokeBorder(&stroked, impl_->stroker, 0, 0)) {
      throw Error("cannot stroke glyph halo: " + ft_error_text(err));
    }
    const GlyphPtr halo(stroked);
    FT_Glyph halo_bitmap = halo.get();
    if (const FT_Error err = FT_Glyph_To_Bitmap(&halo_bitmap, FT_RENDER_MODE_NORMAL, nullptr, 0)) {
      throw Error("cannot render glyph halo: " + ft_error_text(err));
    }
    const GlyphPtr halo_owned(halo_bitmap);
    const auto* bg = reinterpret_cast<FT_BitmapGlyph>(halo_owned.get());
    out.halo = copy_bitmap(bg->bitmap, bg->left, bg->top);
  }

  FT_Glyph fill_bitmap = outline.get();
  if (const FT_Error err = FT_Glyph_To_Bitmap(&fill_bitmap, FT_RENDER_MODE_NORMAL, nullptr, 0)) {
    throw Error("cannot render glyph: " + ft_error_text(err));
  }
  const GlyphPtr fill_owned(fill_bitmap);
  const auto* bg = reinterpret_cast<FT_BitmapGlyph>(fill_owned.get());
  out.fill = copy_bitmap(bg->bitmap, bg->left, bg->top);
  return out;
}

} // namespace steppe
