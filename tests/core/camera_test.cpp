#include <catch2/catch.hpp>

#include "core/camera.hpp"

using namespace steppe;

TEST_CASE("fit frames the bounds with a margin and keeps the aspect", "[camera]") {
  Bounds world;
  world.expand(Vec2{0, 0});
  world.expand(Vec2{2000, 1000});
  Camera c = Camera::fit(world, 1000, 1000, 1.0, 0.05);
  // Width limits: 2000 units over 900 usable pixels.
  CHECK(c.units_per_px == Approx(2000.0 / 900.0));
  Vec2 left = c.to_screen({0, 500});
  CHECK(left.x == Approx(50.0));
  CHECK(left.y == Approx(500.0));
  // North is up: larger y in the world is smaller y on screen.
  CHECK(c.to_screen({1000, 1000}).y < c.to_screen({1000, 0}).y);
}

TEST_CASE("zoom at the cursor keeps the point under it", "[camera]") {
  Camera c;
  c.width_px = 800;
  c.height_px = 600;
  c.units_per_px = 10;
  const Vec2 cursor{100, 450};
  const Vec2 before = c.to_world(cursor);
  c.zoom_at(cursor, 2.0);
  const Vec2 after = c.to_world(cursor);
  CHECK(after.x == Approx(before.x));
  CHECK(after.y == Approx(before.y));
  CHECK(c.units_per_px == Approx(5.0));
}

TEST_CASE("screen and world transforms invert; clip matrix maps corners", "[camera]") {
  Camera c;
  c.centre = {5000, -3000};
  c.width_px = 640;
  c.height_px = 480;
  c.units_per_px = 3.5;
  const Vec2 s{17, 401};
  const Vec2 back = c.to_screen(c.to_world(s));
  CHECK(back.x == Approx(s.x));
  CHECK(back.y == Approx(s.y));
  const auto m = c.world_to_clip({5000, -3000});
  // The top-right corner of the viewport goes to clip (1, 1).
  const Vec2 tr = c.to_world({640, 0});
  const double x = m[0] * (tr.x - 5000) + m[12];
  const double y = m[5] * (tr.y + 3000) + m[13];
  CHECK(x == Approx(1.0));
  CHECK(y == Approx(1.0));
  c.pan_by_pixels({10, 0});
  CHECK(c.centre.x == Approx(5000 - 35));
}
