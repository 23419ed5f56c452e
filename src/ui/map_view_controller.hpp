#pragma once
// Turns pointer and key input into Camera moves and selection changes, with no
// window, GL or ImGui in sight, so that every rule below is unit-tested.
// Positions are framebuffer pixels (origin top-left, y down), times are seconds.
//
//   drag            pans the map (the point under the pointer follows it)
//   wheel, +/-      zoom at the pointer (keys: at the centre if the pointer is away)
//   click           selects the region under the pointer (again: deselects)
//   Ctrl/Shift-click adds the region to the selection, or removes it (comparison)
//   double-click    flies to the region under the pointer and selects it
//   Home            flies back to the whole region
// Input that the UI panels captured (ImGui's WantCaptureMouse/Keyboard) never
// moves the map.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/camera.hpp"
#include "ui/selection_state.hpp"

namespace steppe::ui {

// Whether the panels own the mouse / keyboard this frame.
struct InputCapture {
  bool mouse = false;
  bool keyboard = false;
};

enum class MapKey { ZoomIn, ZoomOut, Home };

// Region code under a projected point ("" for none) and a region's projected bounds
// (invalid Bounds for an unknown code). Supplied by whoever owns the geometry.
using RegionPicker = std::function<std::string(Vec2 world)>;
using RegionBoundsLookup = std::function<Bounds(std::string_view code)>;

class MapViewController {
public:
  static constexpr double kWheelZoomPerNotch = 1.25;
  static constexpr double kKeyZoom = 1.5;
  static constexpr double kDoubleClickEmptyZoom = 2.0;
  static constexpr double kFlySeconds = 0.45;
  static constexpr double kClickSlopLogicalPx = 4.0; // more travel than this is a drag
  static constexpr double kMaxZoomInUnitsPerPx = 5.0; // metres per framebuffer pixel
  static constexpr double kMinScaleBesideLegend = 0.6;  // fitting beside the legend never shrinks the map more

  MapViewController(Bounds home_world, RegionPicker picker, RegionBoundsLookup bounds_of_region);

  const Camera& camera() const { return camera_; }
  const SelectionState& selection() const { return selection_; }
  bool animating() const { return fly_.has_value(); }

  // The framebuffer size or pixel ratio changed. Until the user moves the map it
  // stays fitted to the whole region; after that it keeps its centre and scale.
  bool resize(int width_px, int height_px, double pixel_ratio);

  // Framebuffer pixels at the left covered by a side panel: fits and flights
  // centre their target in the rest of the window. Refits if still untouched.
  bool set_left_inset(double px);
  // A width x height box (framebuffer pixels) at the bottom-right drawn over
  // the map — the legend: fits and flights keep their target beside or above
  // it, whichever leaves the map larger. Refits if still untouched.
  bool set_corner_obstacle(double width_px, double height_px);
  // What the home view frames (the shown data among its neighbours, or the
  // whole atlas); refits unless the user has moved the map. True when the
  // camera changed.
  bool set_home(const Bounds& world);

  // Pointer input; each returns true when the view or selection changed.
  // `extend`: Ctrl or Shift was held (the click toggles; no double-click flight).
  bool press(Vec2 at, int click_count, InputCapture capture, double now, bool extend = false);
  bool move(Vec2 at, InputCapture capture);
  bool release(Vec2 at);
  bool leave();
  bool wheel(Vec2 at, double notches, InputCapture capture);
  bool key(MapKey key, InputCapture capture, double now);

  // From the region list: select `code` and fly to it.
  bool fly_to_region(std::string_view code, double now);
  // Ctrl/Shift-click in a list: adds or removes `code`, the camera stays.
  bool toggle_region(std::string_view code) { return selection_.toggle(code); }
  void fly_to(const Bounds& world, double now);

  // Advances a running fly-to; true when the camera moved.
  bool tick(double now);

private:
  struct Flight {
    Camera from;
    Camera to;
    double start = 0;
  };

  Camera home_camera() const;
  Camera fit_in_view(const Bounds& world, double margin) const;
  void fly_to(const Camera& target, double now);
  bool zoom_at(Vec2 at, double factor);
  bool inside(Vec2 at) const;

  Bounds home_;
  RegionPicker picker_;
  RegionBoundsLookup bounds_of_region_;
  Camera camera_;
  SelectionState selection_;
  std::optional<Flight> fly_;
  bool user_moved_ = false;
  double left_inset_ = 0;
  Vec2 obstacle_{}; // bottom-right box over the map (width, height)

  std::optional<Vec2> pointer_; // last position over the map
  bool dragging_ = false;       // the left button went down on the map
  Vec2 drag_last_{};
  double drag_travel_ = 0;      // farthest distance from the press point
  Vec2 press_at_{};
  bool release_is_click_ = false;
  bool release_extends_ = false; // the press had Ctrl/Shift
};

} // namespace steppe::ui
