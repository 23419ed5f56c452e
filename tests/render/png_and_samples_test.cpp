// The PNG writer's fast settings lose nothing, write compact files for map-like
// images and fail with the path named; multisampling is chosen by renderer.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/error.hpp"
#include "render/antialiasing.hpp"
#include "render/offscreen_context.hpp"
#include "render/offscreen_target.hpp"
#include "render/png_writer.hpp"
#include "render_helpers.hpp"

using namespace steppe;

namespace {

// Flat fills with a few hundred anti-aliased-looking edge pixels and a noisy strip.
Image map_like(int w, int h) {
  Image img(w, h);
  std::uint32_t seed = 12345;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      Rgba8 c = (x + y / 3) < w / 2 ? Rgba8{254, 217, 142, 255} : Rgba8{217, 95, 14, 255};
      if ((x + y / 3) == w / 2) c = {120, 60, 30, 200};
      if (y > h - 8) {
        seed = seed * 1664525u + 1013904223u;
        c = {static_cast<std::uint8_t>(seed >> 24), static_cast<std::uint8_t>(seed >> 16), 40, 255};
      }
      img.set(x, y, c);
    }
  }
  return img;
}

} // namespace

TEST_CASE("PNG: the fast encoder round-trips exactly and compresses flat fills", "[render][png]") {
  const Image img = map_like(640, 360);
  const std::filesystem::path path = test::test_output("png_fast_roundtrip.png");
  write_png(img, path);
  const Image back = read_png(path);
  REQUIRE(back.width == img.width);
  REQUIRE(back.height == img.height);
  CHECK(back.rgba == img.rgba);
  // 900 kB of pixels; the noisy strip alone is ~35 kB of entropy.
  CHECK(std::filesystem::file_size(path) < 60'000);
  CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp-" + std::to_string(::getpid())));
}

TEST_CASE("PNG: an unwritable path names the file", "[render][png]") {
  const Image img = map_like(16, 16);
  try {
    write_png(img, "/nonexistent-dir/steppe.png");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("/nonexistent-dir/steppe.png") != std::string::npos);
  }
}

TEST_CASE("multisampling: software rasterisers are recognised", "[render][msaa]") {
  CHECK(is_software_renderer("llvmpipe (LLVM 15.0.6, 256 bits)"));
  CHECK(is_software_renderer("softpipe"));
  CHECK(is_software_renderer("Google SwiftShader"));
  CHECK_FALSE(is_software_renderer("NVIDIA GeForce RTX 3060/PCIe/SSE2"));
  CHECK_FALSE(is_software_renderer("AMD Radeon Pro 5500M OpenGL Engine"));
  CHECK_FALSE(is_software_renderer(""));
}

TEST_CASE("multisampling: STEPPE_MSAA overrides the choice by renderer", "[render][msaa]") {
  OffscreenContext ctx;
  ::setenv("STEPPE_MSAA", "1", 1);
  CHECK(OffscreenTarget(32, 32, 4).samples() == 0);
  ::setenv("STEPPE_MSAA", "4", 1);
  CHECK(OffscreenTarget(32, 32, 4).samples() == 4);
  ::unsetenv("STEPPE_MSAA");
  const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  REQUIRE(name != nullptr);
  const int expected = is_software_renderer(name) ? 0 : 4;
  CHECK(OffscreenTarget(32, 32, 4).samples() == expected);
}
