#pragma once
// An 8-bit-per-channel sRGB colour with straight (non-premultiplied) alpha:
// the colour type of paint (core/region_paint), renderers and exports.
#include <cstdint>

namespace steppe {

struct Rgba8 {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  friend bool operator==(const Rgba8&, const Rgba8&) = default;
};

} // namespace steppe
