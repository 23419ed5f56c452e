#pragma once
// Shared helpers for pixel tests: distinct colours, colour distance, probes.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "core/camera.hpp"
#include "render/color.hpp"
#include "render/image.hpp"

namespace steppe::test {

inline int colour_distance(Rgba8 a, Rgba8 b) {
  return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b), std::abs(a.a - b.a)});
}

// Clearly distinct, fully opaque colours: hues spread by the golden angle.
inline std::vector<Rgba8> distinct_colours(std::size_t n) {
  std::vector<Rgba8> out;
  for (std::size_t i = 0; i < n; ++i) {
    const double h = std::fmod(static_cast<double>(i) * 137.508, 360.0) / 60.0;
    const double v = (i % 2) ? 0.85 : 0.6, s = 0.75;
    const double c = v * s, x = c * (1 - std::abs(std::fmod(h, 2.0) - 1)), m = v - c;
    double r = 0, g = 0, b = 0;
    switch (static_cast<int>(h)) {
      case 0: r = c; g = x; break;
      case 1: r = x; g = c; break;
      case 2: g = c; b = x; break;
      case 3: g = x; b = c; break;
      case 4: r = x; b = c; break;
      default: r = c; b = x; break;
    }
    auto u8 = [](double f) { return static_cast<std::uint8_t>(std::lround(f * 255)); };
    out.push_back({u8(r + m), u8(g + m), u8(b + m), 255});
  }
  return out;
}

inline Rgba8 pixel_at(const Image& img, Vec2 screen) {
  return img.at(static_cast<int>(std::floor(screen.x)), static_cast<int>(std::floor(screen.y)));
}

inline std::filesystem::path test_output(const std::string& name) {
  std::filesystem::path dir(STEPPE_TEST_OUTPUT_DIR);
  std::filesystem::create_directories(dir);
  return dir / name;
}

} // namespace steppe::test
