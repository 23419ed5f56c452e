#pragma once
// Small value types shared by the text renderer and the label layer.
#include <cstdint>

namespace steppe {

enum class FontWeight { Regular, Bold };

// 8-bit sRGB colour with straight (not premultiplied) alpha.
struct TextColour {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;
  friend bool operator==(const TextColour&, const TextColour&) = default;
};

} // namespace steppe
