// Fonts, UTF-8 and the glyph atlas: everything below the GL layer of text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "core/error.hpp"
#include "render/font_face.hpp"
#include "render/font_finder.hpp"
#include "render/glyph_atlas.hpp"
#include "render/text_renderer.hpp"
#include "render/text_utf8.hpp"

using namespace steppe;

namespace {

int ink(const GlyphBitmap& b) {
  return static_cast<int>(std::count_if(b.pixels.begin(), b.pixels.end(), [](auto v) { return v > 128; }));
}

} // namespace

TEST_CASE("fontconfig finds Noto Sans CJK SC in a collection, regular and bold", "[text]") {
  const FontFile regular = find_cjk_font(FontWeight::Regular);
  const FontFile bold = find_cjk_font(FontWeight::Bold);
  CHECK(regular.family.find("CJK") != std::string::npos);
  CHECK(regular.path != bold.path); // Debian ships weights as separate .ttc files
  // The SC face is not the first face of the collection (that one is Japanese).
  CHECK(regular.path.ends_with(".ttc"));
  CHECK(regular.face_index > 0);
}

TEST_CASE("UTF-8 decodes Chinese and rejects malformed input", "[text]") {
  CHECK(decode_utf8("霍林郭勒市") == U"霍林郭勒市");
  CHECK(decode_utf8("Hulun Buir") == U"Hulun Buir");
  CHECK(decode_utf8("") == U"");
  CHECK(decode_utf8("\xF0\x9F\x98\x80") == std::u32string{0x1F600});
  CHECK_THROWS_AS(decode_utf8("\xE9\x9C"), Error);         // truncated 霍
  CHECK_THROWS_AS(decode_utf8("a\x80"), Error);            // stray continuation
  CHECK_THROWS_AS(decode_utf8("\xC0\xAF"), Error);         // overlong '/'
  CHECK_THROWS_AS(decode_utf8("\xED\xA0\x80"), Error);     // surrogate
  CHECK_THROWS_WITH(decode_utf8("ab\xFF"), Catch::Contains("byte 2"));
}

TEST_CASE("霍 rasterises to a real glyph with a wider halo", "[text]") {
  FontFaces faces;
  REQUIRE(faces.has_glyph(U'霍', FontWeight::Regular));
  REQUIRE(faces.has_glyph(U'霍', FontWeight::Bold));
  const GlyphRaster g = faces.rasterise(U'霍', 32, FontWeight::Regular, 3.0);
  REQUIRE_FALSE(g.fill.empty());
  CHECK(ink(g.fill) > 100);            // a dense ideograph, not a blank or a dot
  CHECK(g.fill.width >= 24);           // ideographs fill most of the em
  CHECK(g.fill.height >= 24);
  CHECK(g.advance_px == Approx(32).margin(0.5)); // full-width: advance = 1 em
  // The halo surrounds the fill by about the radius on every side.
  CHECK(g.halo.width >= g.fill.width + 4);
  CHECK(g.halo.left <= g.fill.left - 2);
  CHECK(g.halo.top >= g.fill.top + 2);
  CHECK(ink(g.halo) > ink(g.fill));
  const GlyphRaster bold = faces.rasterise(U'霍', 32, FontWeight::Bold, 0);
  CHECK(ink(bold.fill) > ink(g.fill));
  CHECK(bold.halo.empty());
  const GlyphRaster space = faces.rasterise(U' ', 32, FontWeight::Regular, 3.0);
  CHECK(space.fill.empty());
  CHECK(space.advance_px > 0);
}

TEST_CASE("measure: longer strings are wider, Chinese is full-width", "[text]") {
  TextRenderer text; // measuring needs no GL context
  const Vec2 short_zh = text.measure("乌海市", 20, FontWeight::Regular);
  const Vec2 long_zh = text.measure("鄂尔多斯市", 20, FontWeight::Regular);
  CHECK(short_zh.x == Approx(60).margin(1));
  CHECK(long_zh.x == Approx(100).margin(1));
  CHECK(short_zh.y == Approx(20 * TextRenderer::kLineHeightEm));
  const Vec2 en = text.measure("Hohhot", 20, FontWeight::Regular);
  const Vec2 en_long = text.measure("Hohhot City", 20, FontWeight::Regular);
  CHECK(en.x > 30);
  CHECK(en_long.x > en.x);
  CHECK(text.measure("Ordos", 20, FontWeight::Bold).x > text.measure("Ordos", 20, FontWeight::Regular).x);
  CHECK(text.measure("乌海市", 40, FontWeight::Regular).x == Approx(2 * short_zh.x).margin(1));
  CHECK(text.measure("", 20, FontWeight::Regular).x == 0);
  CHECK_THROWS_AS(text.measure("x", 0, FontWeight::Regular), Error);
}

TEST_CASE("glyph atlas packs on demand, without overlap, opening pages when full", "[text]") {
  FontFaces faces;
  GlyphAtlas atlas(faces, 128); // tiny pages force paging
  const std::u32string text = U"内蒙古自治区呼和浩特包头乌海赤峰通辽鄂尔多斯呼伦贝尔巴彦淖尔乌兰察布兴安锡林郭勒阿拉善";
  for (char32_t cp : text) atlas.glyph(cp, 24, FontWeight::Regular);
  const std::size_t unique = [&] {
    std::u32string s = text;
    std::sort(s.begin(), s.end());
    return static_cast<std::size_t>(std::unique(s.begin(), s.end()) - s.begin());
  }();
  CHECK(atlas.glyph_count() == unique); // repeated characters are rasterised once
  CHECK(atlas.page_count() >= 2);

  // Collect every slot and check none overlaps another on the same page.
  std::vector<AtlasSlot> slots;
  for (char32_t cp : text) {
    const AtlasGlyph& g = atlas.glyph(cp, 24, FontWeight::Regular);
    REQUIRE_FALSE(g.fill.empty());
    REQUIRE_FALSE(g.halo.empty());
    slots.push_back(g.fill);
    slots.push_back(g.halo);
  }
  std::sort(slots.begin(), slots.end(), [](const AtlasSlot& a, const AtlasSlot& b) {
    return std::tie(a.page, a.y, a.x) < std::tie(b.page, b.y, b.x);
  });
  slots.erase(std::unique(slots.begin(), slots.end(),
                          [](const AtlasSlot& a, const AtlasSlot& b) {
                            return a.page == b.page && a.x == b.x && a.y == b.y;
                          }),
              slots.end());
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const AtlasSlot& a = slots[i];
    CHECK(a.x + a.width <= atlas.page_size());
    CHECK(a.y + a.height <= atlas.page_size());
    for (std::size_t j = i + 1; j < slots.size(); ++j) {
      const AtlasSlot& b = slots[j];
      if (a.page != b.page) continue;
      const bool overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
                           b.y < a.y + a.height;
      CHECK_FALSE(overlap);
    }
  }

  // The page really holds the bitmap: the glyph's slot has ink.
  const AtlasGlyph& huo = atlas.glyph(U'霍', 24, FontWeight::Bold);
  const auto& px = atlas.page_pixels(huo.fill.page);
  int inked = 0;
  for (int y = huo.fill.y; y < huo.fill.y + huo.fill.height; ++y) {
    for (int x = huo.fill.x; x < huo.fill.x + huo.fill.width; ++x) {
      inked += px[static_cast<std::size_t>(y * atlas.page_size() + x)] > 128 ? 1 : 0;
    }
  }
  CHECK(inked > 50);
  CHECK_THROWS_AS(GlyphAtlas(faces, 16), Error);
}
