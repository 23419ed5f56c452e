#include "render/text_utf8.hpp"

#include "core/error.hpp"

namespace steppe {
namespace {

[[noreturn]] void fail(std::string_view text, std::size_t offset, const char* what) {
  throw Error("invalid UTF-8 in text \"" + std::string(text) + "\" at byte " +
              std::to_string(offset) + ": " + what + "; save the source file as UTF-8");
}

} // namespace

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead < 0x80) {
      out.push_back(lead);
      ++i;
      continue;
    } else if ((lead & 0xE0u) == 0xC0u) {
      extra = 1;
      cp = lead & 0x1Fu;
      min = 0x80;
    } else if ((lead & 0xF0u) == 0xE0u) {
      extra = 2;
      cp = lead & 0x0Fu;
      min = 0x800;
    } else if ((lead & 0xF8u) == 0xF0u) {
      extra = 3;
      cp = lead & 0x07u;
      min = 0x10000;
    } else {
      fail(utf8, i, "unexpected byte");
    }
    if (i + extra >= utf8.size()) {
      fail(utf8, i, "truncated sequence");
    }
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto byte = static_cast<unsigned char>(utf8[i + k]);
      if ((byte & 0xC0u) != 0x80u) fail(utf8, i, "missing continuation byte");
      cp = (cp << 6) | (byte & 0x3Fu);
    }
    if (cp < min) fail(utf8, i, "overlong encoding");
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail(utf8, i, "not a Unicode scalar value");
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

} // namespace steppe
