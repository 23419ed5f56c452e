#include "ui/map_view_controller.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace steppe::ui {
namespace {

// Zoomed out this far past the home view the region is a speck: stop there.
constexpr double kMaxZoomOutFromHome = 8.0;
// Margin around a region flown to, as a fraction of the smaller window side.
constexpr double kFlyMargin = 0.12;

double ease_in_out(double t) { return t * t * (3 - 2 * t); }

double distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

} // namespace

MapViewController::MapViewController(Bounds home_world, RegionPicker picker,
                                     RegionBoundsLookup bounds_of_region)
    : home_(home_world), picker_(std::move(picker)),
      bounds_of_region_(std::move(bounds_of_region)), camera_(home_camera()) {}

Camera MapViewController::home_camera() const { return fit_in_view(home_, 0.04); }

Camera MapViewController::fit_in_view(const Bounds& world, double margin) const {
  // Fit into the uncovered part, then shift so that part's centre shows the target.
  // Beside the obstacle or above it: whichever shows the target larger.
  const int inset = static_cast<int>(std::clamp(left_inset_, 0.0, camera_.width_px / 2.0));
  const int free_w = camera_.width_px - inset;
  int right = static_cast<int>(std::clamp(obstacle_.x, 0.0, free_w / 2.0));
  int bottom = static_cast<int>(std::clamp(obstacle_.y, 0.0, camera_.height_px / 2.0));
  if (right == 0 || bottom == 0) right = bottom = 0; // an empty box covers nothing
  const Camera beside = Camera::fit(world, free_w - right, camera_.height_px, camera_.pixel_ratio, margin);
  const Camera above = Camera::fit(world, free_w, camera_.height_px - bottom, camera_.pixel_ratio, margin);
  // A legend that would shrink the map below kMinScaleBesideLegend of its size is laid over it instead.
  const Camera clear = Camera::fit(world, free_w, camera_.height_px, camera_.pixel_ratio, margin);
  if (std::min(beside.units_per_px, above.units_per_px) * kMinScaleBesideLegend > clear.units_per_px)
    right = bottom = 0;
  const bool use_beside = right == 0 || beside.units_per_px <= above.units_per_px;
  Camera c = right == 0 ? clear : use_beside ? beside : above;
  c.width_px = camera_.width_px;
  c.height_px = camera_.height_px;
  // Shift so the uncovered part's centre shows the target (world y points up, screen y down).
  c.centre.x -= (use_beside ? inset - right : inset) / 2.0 * c.units_per_px;
  if (!use_beside) c.centre.y -= bottom / 2.0 * c.units_per_px;
  return c;
}

bool MapViewController::set_left_inset(double px) {
  if (px == left_inset_) return false;
  left_inset_ = px;
  if (user_moved_) return false;
  camera_ = home_camera();
  return true;
}

bool MapViewController::set_corner_obstacle(double width_px, double height_px) {
  if (width_px == obstacle_.x && height_px == obstacle_.y) return false;
  obstacle_ = {width_px, height_px};
  if (user_moved_) return false;
  camera_ = home_camera();
  return true;
}

bool MapViewController::set_home(const Bounds& world) {
  if (!world.valid() || (world.min_x == home_.min_x && world.min_y == home_.min_y && world.max_x == home_.max_x &&
                         world.max_y == home_.max_y))
    return false;
  home_ = world;
  if (user_moved_) return false;
  camera_ = home_camera();
  fly_.reset();
  return true;
}

bool MapViewController::inside(Vec2 at) const {
  return at.x >= 0 && at.y >= 0 && at.x < camera_.width_px && at.y < camera_.height_px;
}

bool MapViewController::resize(int width_px, int height_px, double pixel_ratio) {
  width_px = std::max(1, width_px);
  height_px = std::max(1, height_px);
  if (width_px == camera_.width_px && height_px == camera_.height_px &&
      pixel_ratio == camera_.pixel_ratio)
    return false;
  // Keep the same logical scale when the window moves to a denser screen.
  const double ratio_change = pixel_ratio / camera_.pixel_ratio;
  camera_.width_px = width_px;
  camera_.height_px = height_px;
  camera_.pixel_ratio = pixel_ratio;
  camera_.units_per_px /= ratio_change;
  if (!user_moved_) camera_ = home_camera();
  if (fly_) {
    fly_->from.width_px = fly_->to.width_px = width_px;
    fly_->from.height_px = fly_->to.height_px = height_px;
    fly_->from.pixel_ratio = fly_->to.pixel_ratio = pixel_ratio;
  }
  return true;
}

bool MapViewController::zoom_at(Vec2 at, double factor) {
  const double home_units = home_camera().units_per_px;
  const double target = std::clamp(camera_.units_per_px / factor, kMaxZoomInUnitsPerPx,
                                   home_units * kMaxZoomOutFromHome);
  if (target == camera_.units_per_px) return false;
  camera_.zoom_at(at, camera_.units_per_px / target);
  fly_.reset();
  user_moved_ = true;
  return true;
}

bool MapViewController::press(Vec2 at, int click_count, InputCapture capture, double now, bool extend) {
  if (capture.mouse || !inside(at)) return false;
  dragging_ = true;
  drag_last_ = press_at_ = at;
  drag_travel_ = 0;
  // Quick Ctrl-clicks on two regions are two toggles, never a double-click.
  release_is_click_ = click_count == 1 || extend;
  release_extends_ = extend;
  if (click_count != 2 || extend) return false;

  // The first click of the pair already selected the region; this one flies there.
  const std::string code = picker_(camera_.to_world(at));
  if (!code.empty()) return fly_to_region(code, now);
  Camera target = camera_;
  target.zoom_at(at, kDoubleClickEmptyZoom);
  fly_to(target.visible_world(), now);
  return true;
}

bool MapViewController::move(Vec2 at, InputCapture capture) {
  if (dragging_) {
    drag_travel_ = std::max(drag_travel_, distance(at, press_at_));
    if (drag_travel_ <= kClickSlopLogicalPx * camera_.pixel_ratio) return false;
    release_is_click_ = false;
    const Vec2 delta{at.x - drag_last_.x, at.y - drag_last_.y};
    drag_last_ = at;
    if (delta.x == 0 && delta.y == 0) return false;
    camera_.pan_by_pixels(delta);
    fly_.reset();
    user_moved_ = true;
    return true;
  }
  if (capture.mouse || !inside(at)) return leave();
  pointer_ = at;
  return selection_.set_hovered(picker_(camera_.to_world(at)));
}

bool MapViewController::release(Vec2 at) {
  if (!dragging_) return false;
  dragging_ = false;
  bool changed = false;
  if (release_is_click_) {
    const std::string code = picker_(camera_.to_world(at));
    changed = release_extends_ ? selection_.toggle(code) : selection_.click(code);
  }
  // The region under the pointer may have changed during the drag.
  if (inside(at)) {
    pointer_ = at;
    changed = selection_.set_hovered(picker_(camera_.to_world(at))) || changed;
  }
  return changed;
}

bool MapViewController::leave() {
  pointer_.reset();
  return selection_.set_hovered("");
}

bool MapViewController::wheel(Vec2 at, double notches, InputCapture capture) {
  if (capture.mouse || notches == 0 || !inside(at)) return false;
  return zoom_at(at, std::pow(kWheelZoomPerNotch, notches));
}

bool MapViewController::key(MapKey key, InputCapture capture, double now) {
  if (capture.keyboard) return false;
  const Vec2 at = pointer_.value_or(
      Vec2{camera_.width_px / 2.0, camera_.height_px / 2.0});
  switch (key) {
  case MapKey::ZoomIn: return zoom_at(at, kKeyZoom);
  case MapKey::ZoomOut: return zoom_at(at, 1 / kKeyZoom);
  case MapKey::Home:
    fly_to(home_camera(), now);
    user_moved_ = false; // resizing keeps it fitted again
    return true;
  }
  return false;
}

bool MapViewController::fly_to_region(std::string_view code, double now) {
  const Bounds b = bounds_of_region_(code);
  if (!b.valid()) return false;
  selection_.select(code);
  fly_to(b, now);
  return true;
}

void MapViewController::fly_to(const Bounds& world, double now) {
  Camera to = fit_in_view(world, kFlyMargin);
  to.units_per_px = std::max(to.units_per_px, kMaxZoomInUnitsPerPx);
  fly_to(to, now);
}

void MapViewController::fly_to(const Camera& target, double now) {
  fly_ = Flight{camera_, target, now};
  user_moved_ = true;
}

bool MapViewController::tick(double now) {
  if (!fly_) return false;
  const bool done = now >= fly_->start + kFlySeconds;
  const double t = std::clamp((now - fly_->start) / kFlySeconds, 0.0, 1.0);
  const Camera next = done ? fly_->to : interpolate(fly_->from, fly_->to, ease_in_out(t));
  if (done) fly_.reset();
  if (next == camera_) return false;
  camera_ = next;
  return true;
}

} // namespace steppe::ui
