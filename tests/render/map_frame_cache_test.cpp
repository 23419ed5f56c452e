// The moved copy the window shows while the view moves (render/map_frame_cache):
// a frame captured for one camera, shown for a camera panned or zoomed, lands
// where that camera sees it, with the background where it does not reach.
#include <catch2/catch.hpp>

#include <glad/gl.h>

#include "render/map_frame_cache.hpp"
#include "render/offscreen_context.hpp"
#include "render/offscreen_target.hpp"

using namespace steppe;

namespace {

// A 64x48 frame: each pixel's red is its x, green its y (screen rows, top 0).
void draw_ramp(const OffscreenTarget& target) {
  target.bind();
  glEnable(GL_SCISSOR_TEST);
  for (int y = 0; y < target.height(); ++y) {
    for (int x = 0; x < target.width(); ++x) {
      glScissor(x, target.height() - 1 - y, 1, 1);
      glClearColor(static_cast<float>(x * 4) / 255.0f, static_cast<float>(y * 4) / 255.0f, 0.5f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
    }
  }
  glDisable(GL_SCISSOR_TEST);
}

Rgba8 at(const Image& img, int x, int y) {
  const std::uint8_t* p = img.rgba.data() + static_cast<std::size_t>((y * img.width + x) * 4);
  return {p[0], p[1], p[2], p[3]};
}

} // namespace

TEST_CASE("map frame cache: a panned or zoomed camera sees the copy where it lies", "[render][gl]") {
  OffscreenContext ctx;
  OffscreenTarget target(64, 48, 1);
  draw_ramp(target);
  Camera c0;
  c0.width_px = 64;
  c0.height_px = 48;
  c0.units_per_px = 10;
  MapFrameCache cache;
  CHECK_FALSE(cache.covers(c0));
  cache.capture(target, c0);
  CHECK(cache.covers(c0));
  const Rgba8 bg{9, 9, 9, 255};

  // Panned: the world moves 10 px right and 5 px down on screen.
  Camera panned = c0;
  panned.centre = panned.to_world({32.0 - 10, 24.0 - 5});
  OffscreenTarget out(64, 48, 1);
  out.bind();
  cache.show(panned, 0, 0, bg);
  const Image moved = out.read();
  CHECK(at(moved, 5, 20) == bg); // left of the copy
  CHECK(at(moved, 20, 2) == bg); // above it
  for (const auto& [x, y] : {std::pair{10, 5}, {30, 20}, {63, 47}}) {
    INFO(x << "," << y);
    const Rgba8 p = at(moved, x, y);
    CHECK(p.r == (x - 10) * 4);
    CHECK(p.g == (y - 5) * 4);
  }

  // Zoomed in 2x about the centre: the copy's centre stays, its pixels double.
  Camera zoomed = c0;
  zoomed.units_per_px = 5;
  REQUIRE(cache.covers(zoomed));
  out.bind();
  cache.show(zoomed, 0, 0, bg);
  const Image big = out.read();
  const Rgba8 centre = at(big, 33, 25); // the copy's pixel (16 + 33 / 2, 12 + 25 / 2)
  CHECK(std::abs(centre.r - (16 + 16) * 4) <= 4);
  CHECK(std::abs(centre.g - (12 + 12) * 4) <= 4);

  // Too far from the copy's scale, another size: no stand-in.
  zoomed.units_per_px = 10.0 / MapFrameCache::kMaxScaleChange;
  CHECK_FALSE(cache.covers(zoomed));
  Camera resized = c0;
  resized.width_px = 65;
  CHECK_FALSE(cache.covers(resized));
  cache.clear();
  CHECK_FALSE(cache.covers(c0));
}
