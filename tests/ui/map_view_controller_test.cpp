#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "ui/map_view_controller.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

// A 2000 km x 1000 km world with two square "regions" side by side:
// "A" covers x in [0, 1e6), "B" covers x in [1e6, 2e6); nothing outside.
Bounds world() {
  Bounds b;
  b.expand(Vec2{0, 0});
  b.expand(Vec2{2e6, 1e6});
  return b;
}

std::string pick(Vec2 p) {
  if (p.y < 0 || p.y > 1e6 || p.x < 0 || p.x > 2e6) return "";
  return p.x < 1e6 ? "A" : "B";
}

Bounds bounds_of(std::string_view code) {
  Bounds b;
  if (code == "A") { b.expand(Vec2{0, 0}); b.expand(Vec2{1e6, 1e6}); }
  if (code == "B") { b.expand(Vec2{1e6, 0}); b.expand(Vec2{2e6, 1e6}); }
  return b;
}

MapViewController make(int w = 1000, int h = 600) {
  MapViewController c(world(), pick, bounds_of);
  c.resize(w, h, 1.0);
  return c;
}

const InputCapture kFree{};
const InputCapture kPanelMouse{true, false};
const InputCapture kPanelKeys{false, true};

} // namespace

TEST_CASE("the map opens fitted to the whole region and refits until moved", "[ui][controller]") {
  auto c = make();
  CHECK(c.camera() == Camera::fit(world(), 1000, 600, 1.0));
  c.resize(1600, 1000, 2.0);
  CHECK(c.camera() == Camera::fit(world(), 1600, 1000, 2.0));
  CHECK(c.camera().pixel_ratio == 2.0);
}

TEST_CASE("dragging pans the centre by delta x units_per_px", "[ui][controller]") {
  auto c = make();
  const Camera before = c.camera();
  REQUIRE_FALSE(c.press({500, 300}, 1, kFree, 0));
  CHECK(c.move({530, 280}, kFree));
  CHECK(c.camera().centre.x == Approx(before.centre.x - 30 * before.units_per_px));
  CHECK(c.camera().centre.y == Approx(before.centre.y - 20 * before.units_per_px));
  CHECK(c.camera().units_per_px == before.units_per_px);
  c.release({530, 280});
  // The world point that was under the press point is now under the release point.
  const Vec2 grabbed = before.to_world({500, 300});
  const Vec2 now_at = c.camera().to_screen(grabbed);
  CHECK(now_at.x == Approx(530));
  CHECK(now_at.y == Approx(280));
  // After the user moved the map, a resize keeps centre and scale.
  const Camera moved = c.camera();
  c.resize(800, 800, 1.0);
  CHECK(c.camera().centre == moved.centre);
  CHECK(c.camera().units_per_px == moved.units_per_px);
}

TEST_CASE("a small wobble while pressing is a click, not a pan", "[ui][controller]") {
  auto c = make();
  const Camera before = c.camera();
  const Vec2 on_a = before.to_screen({5e5, 5e5});
  c.press(on_a, 1, kFree, 0);
  CHECK_FALSE(c.move({on_a.x + 2, on_a.y + 1}, kFree));
  CHECK(c.release({on_a.x + 2, on_a.y + 1}));
  CHECK(c.camera() == before);
  CHECK(c.selection().selected() == "A");
}

TEST_CASE("wheel zoom keeps the world point under the cursor", "[ui][controller]") {
  auto c = make();
  const Vec2 cursor{200, 450};
  const Vec2 before = c.camera().to_world(cursor);
  const double upp = c.camera().units_per_px;
  CHECK(c.wheel(cursor, 2, kFree));
  CHECK(c.camera().units_per_px == Approx(upp / std::pow(MapViewController::kWheelZoomPerNotch, 2)));
  const Vec2 after = c.camera().to_world(cursor);
  CHECK(after.x == Approx(before.x));
  CHECK(after.y == Approx(before.y));
  CHECK(c.wheel(cursor, -1, kFree));
  CHECK(c.camera().units_per_px > upp / std::pow(MapViewController::kWheelZoomPerNotch, 2));
}

TEST_CASE("zoom is bounded in both directions", "[ui][controller]") {
  auto c = make();
  for (int i = 0; i < 200; ++i) c.wheel({500, 300}, 5, kFree);
  CHECK(c.camera().units_per_px == Approx(MapViewController::kMaxZoomInUnitsPerPx));
  CHECK_FALSE(c.wheel({500, 300}, 1, kFree));
  for (int i = 0; i < 200; ++i) c.wheel({500, 300}, -5, kFree);
  CHECK(c.camera().units_per_px < 10 * Camera::fit(world(), 1000, 600).units_per_px);
}

TEST_CASE("+ and - zoom at the pointer, or at the centre when it is away", "[ui][controller]") {
  auto c = make();
  const Camera home = c.camera();
  CHECK(c.key(MapKey::ZoomIn, kFree, 0));
  CHECK(c.camera().centre == home.centre);
  CHECK(c.camera().units_per_px == Approx(home.units_per_px / MapViewController::kKeyZoom));
  c.move({100, 100}, kFree);
  const Vec2 under = c.camera().to_world({100, 100});
  CHECK(c.key(MapKey::ZoomOut, kFree, 0));
  CHECK(c.camera().to_world({100, 100}).x == Approx(under.x));
  CHECK(c.camera().to_world({100, 100}).y == Approx(under.y));
}

TEST_CASE("Home flies back to the fitted view", "[ui][controller]") {
  auto c = make();
  const Camera home = c.camera();
  c.wheel({100, 100}, 3, kFree);
  c.press({500, 300}, 1, kFree, 0);
  c.move({600, 350}, kFree);
  c.release({600, 350});
  REQUIRE_FALSE(c.camera() == home);
  CHECK(c.key(MapKey::Home, kFree, 10.0));
  CHECK(c.animating());
  CHECK(c.tick(10.0 + MapViewController::kFlySeconds / 2));
  CHECK_FALSE(c.camera() == home);
  c.tick(10.0 + MapViewController::kFlySeconds);
  CHECK_FALSE(c.animating());
  CHECK(c.camera() == home);
  // Fitted again: a resize refits.
  c.resize(700, 700, 1.0);
  CHECK(c.camera() == Camera::fit(world(), 700, 700, 1.0));
}

TEST_CASE("input captured by the panels never moves the map", "[ui][controller]") {
  auto c = make();
  const Camera before = c.camera();
  CHECK_FALSE(c.press({500, 300}, 1, kPanelMouse, 0));
  CHECK_FALSE(c.move({600, 400}, kPanelMouse));
  CHECK_FALSE(c.release({600, 400}));
  CHECK_FALSE(c.wheel({500, 300}, 3, kPanelMouse));
  CHECK_FALSE(c.press({500, 300}, 2, kPanelMouse, 0));
  CHECK_FALSE(c.key(MapKey::ZoomIn, kPanelKeys, 0));
  CHECK_FALSE(c.key(MapKey::Home, kPanelKeys, 0));
  CHECK_FALSE(c.animating());
  CHECK(c.camera() == before);
  CHECK(c.selection().selected().empty());
  // Keys still work when only the mouse is captured, and vice versa.
  CHECK(c.key(MapKey::ZoomIn, kPanelMouse, 0));
  CHECK(c.wheel({500, 300}, 1, kPanelKeys));
}

TEST_CASE("a pointer over a panel clears the map hover", "[ui][controller]") {
  auto c = make();
  const Vec2 on_b = c.camera().to_screen({1.5e6, 5e5});
  CHECK(c.move(on_b, kFree));
  CHECK(c.selection().hovered() == "B");
  CHECK(c.move(on_b, kPanelMouse));
  CHECK(c.selection().hovered().empty());
  c.move(on_b, kFree);
  CHECK(c.leave());
  CHECK(c.selection().hovered().empty());
}

TEST_CASE("click selects, clicking again or on empty map deselects", "[ui][controller]") {
  auto c = make();
  const Vec2 on_a = c.camera().to_screen({5e5, 5e5});
  const Vec2 on_b = c.camera().to_screen({1.5e6, 5e5});
  const Vec2 outside = c.camera().to_screen({5e5, 1.1e6}); // above the world, inside the view
  auto click = [&](Vec2 at) { c.press(at, 1, kFree, 0); return c.release(at); };
  CHECK(click(on_a));
  CHECK(c.selection().selected() == "A");
  CHECK(click(on_b));
  CHECK(c.selection().selected() == "B");
  CHECK(click(on_b));
  CHECK(c.selection().selected().empty());
  click(on_a);
  CHECK(click(outside));
  CHECK(c.selection().selected().empty());
}

TEST_CASE("double-click flies to the region and keeps it selected", "[ui][controller]") {
  auto c = make(1000, 1000);
  const Vec2 on_b = c.camera().to_screen({1.5e6, 5e5});
  c.press(on_b, 1, kFree, 0);
  c.release(on_b);
  REQUIRE(c.selection().selected() == "B");
  CHECK(c.press(on_b, 2, kFree, 1.0));
  CHECK_FALSE(c.release(on_b)); // the second release does not toggle it off
  CHECK(c.selection().selected() == "B");
  REQUIRE(c.animating());
  c.tick(1.0 + MapViewController::kFlySeconds);
  CHECK_FALSE(c.animating());
  // B fills the view (with a margin) and is centred.
  CHECK(c.camera().centre.x == Approx(1.5e6));
  CHECK(c.camera().centre.y == Approx(5e5));
  const Bounds seen = c.camera().visible_world();
  CHECK(seen.min_x < 1e6);
  CHECK(seen.max_x > 2e6);
  CHECK(seen.min_y < 0);
  CHECK(seen.max_y > 1e6);
  CHECK(seen.height() < 1.5e6);
  CHECK(seen.width() < 1.5e6);
  CHECK(c.camera().units_per_px < Camera::fit(world(), 1000, 1000).units_per_px);
}

TEST_CASE("the fly-to from the list eases between the cameras", "[ui][controller]") {
  auto c = make();
  const Camera start = c.camera();
  REQUIRE(c.fly_to_region("A", 0.0));
  CHECK(c.selection().selected() == "A");
  c.tick(0.0);
  CHECK(c.camera() == start);
  c.tick(MapViewController::kFlySeconds / 2);
  const double mid_x = c.camera().centre.x;
  CHECK(mid_x < start.centre.x);
  CHECK(mid_x > 5e5);
  // An unknown code does nothing.
  CHECK_FALSE(c.fly_to_region("nowhere", 0.0));
  CHECK(c.selection().selected() == "A");
  // A user pan cancels the flight.
  c.press({500, 300}, 1, kFree, 0);
  c.move({520, 300}, kFree);
  CHECK_FALSE(c.animating());
}

TEST_CASE("with a side panel the region is fitted into the uncovered part", "[ui][controller]") {
  auto c = make(1300, 600);
  CHECK(c.set_left_inset(300));
  // The world's centre sits in the middle of the part right of the panel.
  const Vec2 centre_on_screen = c.camera().to_screen(world().centre());
  CHECK(centre_on_screen.x == Approx(300 + 1000 / 2.0));
  CHECK(centre_on_screen.y == Approx(300));
  CHECK(c.camera().units_per_px == Approx(Camera::fit(world(), 1000, 600).units_per_px));
  CHECK(c.camera().to_screen({0, 5e5}).x > 300);
  // A flight to a region also centres it in the uncovered part.
  c.fly_to_region("A", 0);
  c.tick(MapViewController::kFlySeconds);
  CHECK(c.camera().to_screen({5e5, 5e5}).x == Approx(800));
}

TEST_CASE("a legend at the bottom-right: the region is fitted above or beside it", "[ui][controller]") {
  // A tall pane: above the legend leaves the map larger.
  auto c = make(600, 900);
  CHECK(c.set_corner_obstacle(400, 300));
  const Vec2 centre_on_screen = c.camera().to_screen(world().centre());
  CHECK(centre_on_screen.x == Approx(300));
  CHECK(centre_on_screen.y == Approx(600 / 2.0));
  CHECK(c.camera().units_per_px == Approx(Camera::fit(world(), 600, 600).units_per_px));
  CHECK(c.camera().height_px == 900);
  // A flight centres its target above the legend too.
  c.fly_to_region("A", 0);
  c.tick(MapViewController::kFlySeconds);
  CHECK(c.camera().to_screen({5e5, 5e5}).y == Approx(300));
  CHECK_FALSE(c.set_corner_obstacle(400, 300)); // unchanged

  // A wide map: beside the legend leaves it larger.
  auto wide = make(1300, 600);
  CHECK(wide.set_corner_obstacle(300, 400));
  CHECK(wide.camera().to_screen(world().centre()).x == Approx(1000 / 2.0));
  CHECK(wide.camera().to_screen(world().centre()).y == Approx(300));
  CHECK(wide.camera().units_per_px == Approx(Camera::fit(world(), 1000, 600).units_per_px));
  // A legend too large to fit beside or above (the map would shrink below 60%) lies over it.
  CHECK(wide.set_corner_obstacle(1000, 500));
  CHECK(wide.camera() == Camera::fit(world(), 1300, 600, 1.0));
  // An empty box covers nothing.
  CHECK(wide.set_corner_obstacle(0, 400));
  CHECK(wide.camera() == Camera::fit(world(), 1300, 600, 1.0));
}
