#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "ui/presentation_mode.hpp"

using namespace steppe;
using namespace steppe::ui;

namespace {

// Three slides far apart and of different sizes.
PresentationController three_slides() {
  PresentationController c({Bounds{0, 0, 1000, 1000}, Bounds{5000, 0, 5200, 100}, Bounds{-3000, -3000, 3000, 3000}});
  c.resize(1600, 1000, 1.0);
  return c;
}

} // namespace

TEST_CASE("presentation keys: arrows, clicker pages, space, home/end, esc", "[presentation]") {
  CHECK(slide_command_for_key(GLFW_KEY_RIGHT) == SlideCommand::Next);
  CHECK(slide_command_for_key(GLFW_KEY_PAGE_DOWN) == SlideCommand::Next);
  CHECK(slide_command_for_key(GLFW_KEY_SPACE) == SlideCommand::Next);
  CHECK(slide_command_for_key(GLFW_KEY_LEFT) == SlideCommand::Previous);
  CHECK(slide_command_for_key(GLFW_KEY_PAGE_UP) == SlideCommand::Previous);
  CHECK(slide_command_for_key(GLFW_KEY_HOME) == SlideCommand::First);
  CHECK(slide_command_for_key(GLFW_KEY_END) == SlideCommand::Last);
  CHECK(slide_command_for_key(GLFW_KEY_ESCAPE) == SlideCommand::Exit);
  CHECK(slide_command_for_key(GLFW_KEY_A) == SlideCommand::None);
}

TEST_CASE("slide index moves with the keys and clamps at both ends", "[presentation]") {
  PresentationController c = three_slides();
  CHECK(c.index() == 0);
  CHECK_FALSE(c.command(SlideCommand::Previous, 0.0)); // already first
  CHECK(c.index() == 0);
  CHECK(c.command(SlideCommand::Next, 1.0));
  CHECK(c.command(SlideCommand::Next, 2.0));
  CHECK(c.index() == 2);
  CHECK_FALSE(c.command(SlideCommand::Next, 3.0)); // no wrap to the first slide
  CHECK(c.index() == 2);
  CHECK(c.command(SlideCommand::First, 4.0));
  CHECK(c.index() == 0);
  CHECK(c.command(SlideCommand::Last, 5.0));
  CHECK(c.index() == 2);
  CHECK_FALSE(c.command(SlideCommand::None, 6.0));
  CHECK_FALSE(c.exit_requested());
  c.command(SlideCommand::Exit, 7.0);
  CHECK(c.exit_requested());
  CHECK(c.index() == 2);
}

TEST_CASE("a transition starts at the old camera and finishes exactly at the target", "[presentation]") {
  PresentationController c = three_slides();
  const Camera first = c.camera(0.0);
  CHECK(first == Camera::fit(Bounds{0, 0, 1000, 1000}, 1600, 1000, 1.0, 0.06));
  REQUIRE(c.command(SlideCommand::Next, 10.0));
  const Camera target = c.target_camera();
  CHECK(target == Camera::fit(Bounds{5000, 0, 5200, 100}, 1600, 1000, 1.0, 0.06));
  CHECK(c.transitioning(10.0));
  CHECK(c.camera(10.0).centre.x == Approx(first.centre.x));
  // Halfway: strictly between, in centre and in scale.
  const Camera mid = c.camera(10.0 + PresentationController::kTransitionSeconds / 2);
  CHECK(mid.centre.x > first.centre.x);
  CHECK(mid.centre.x < target.centre.x);
  CHECK(mid.units_per_px < first.units_per_px);
  CHECK(mid.units_per_px > target.units_per_px);
  // Done after the transition time, and exactly the target from then on.
  CHECK_FALSE(c.transitioning(10.0 + PresentationController::kTransitionSeconds));
  CHECK(c.camera(10.0 + PresentationController::kTransitionSeconds) == target);
  CHECK(c.camera(100.0) == target);
}

TEST_CASE("a key during a transition continues from where the camera is", "[presentation]") {
  PresentationController c = three_slides();
  c.command(SlideCommand::Next, 0.0);
  const Camera midway = c.camera(0.3);
  c.command(SlideCommand::Next, 0.3);
  CHECK(c.index() == 2);
  CHECK(c.camera(0.3).centre.x == Approx(midway.centre.x));
  CHECK(c.camera(0.3).units_per_px == Approx(midway.units_per_px));
  CHECK(c.camera(0.3 + PresentationController::kTransitionSeconds) == c.target_camera());
}

TEST_CASE("a resize refits the slide and ends the transition", "[presentation]") {
  PresentationController c = three_slides();
  c.command(SlideCommand::Next, 0.0);
  c.resize(800, 600, 2.0);
  CHECK_FALSE(c.transitioning(0.1));
  CHECK(c.camera(0.1) == Camera::fit(Bounds{5000, 0, 5200, 100}, 800, 600, 2.0, 0.06));
}

TEST_CASE("slides are framed below the title band", "[presentation]") {
  PresentationController c({Bounds{0, 0, 1000, 1000}});
  c.resize(1600, 1000, 1.0, 200.0);
  const Camera cam = c.camera(0.0);
  CHECK(cam.width_px == 1600);
  CHECK(cam.height_px == 1000);
  const Vec2 top = cam.to_screen(Vec2{500, 1000});
  const Vec2 bottom = cam.to_screen(Vec2{500, 0});
  CHECK(top.y > 200.0);                                  // clear of the band
  CHECK(bottom.y < 1000.0);                              // still on screen
  CHECK((top.y + bottom.y) / 2 == Approx(600.0));        // centred in the area below it
}
