#pragma once
// An RGBA8 pixel buffer, rows top to bottom.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "render/color.hpp"

namespace steppe {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba; // width * height * 4 bytes, top row first

  Image() = default;
  Image(int w, int h) : width(w), height(h), rgba(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4) {}

  std::size_t offset(int x, int y) const {
    return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
  }
  Rgba8 at(int x, int y) const {
    const std::size_t o = offset(x, y);
    return {rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]};
  }
  void set(int x, int y, Rgba8 c) {
    const std::size_t o = offset(x, y);
    rgba[o] = c.r;
    rgba[o + 1] = c.g;
    rgba[o + 2] = c.b;
    rgba[o + 3] = c.a;
  }
  bool contains(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
};

} // namespace steppe
