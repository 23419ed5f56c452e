#pragma once
// Presentation mode: a deck's views full screen, one at a time, with no UI
// chrome — the map, a large title and a legend sized for the back of a room.
// Right/PageDown/Space go forward (presentation clickers send PageDown/PageUp),
// Left/PageUp back, Home/End to the ends, Esc leaves. Moving between views
// animates the camera for kTransitionSeconds; the loop only redraws while
// animating and otherwise waits for events.
//
// PresentationController is the whole behaviour without a window (keys ->
// slide index, time -> camera), so it is tested headless.
#include <cstddef>
#include <vector>

#include "core/camera.hpp"
#include "core/geometry.hpp"

namespace steppe {
class LabelLayer;
class MapRenderer;
struct Deck;
struct ResolvedView;
} // namespace steppe

namespace steppe::ui {

class GlWindow;

enum class SlideCommand { None, Next, Previous, First, Last, Exit };

// The command a GLFW key code stands for (None for every other key).
SlideCommand slide_command_for_key(int glfw_key);

class PresentationController {
public:
  static constexpr double kTransitionSeconds = 0.6;

  // One projected frame per slide; at least one.
  explicit PresentationController(std::vector<Bounds> frames, std::size_t start = 0);

  // The viewport; ends any transition (the target is refitted). Slides are
  // framed in the part below `top_inset_px` (the title band).
  void resize(int width_px, int height_px, double pixel_ratio, double top_inset_px = 0);

  // True when the slide changed. Next/Previous clamp at the ends (no wrap:
  // a clicker pressed once too often must not jump back to the title slide).
  bool command(SlideCommand c, double now);

  std::size_t index() const { return index_; }
  std::size_t count() const { return frames_.size(); }
  bool exit_requested() const { return exit_; }
  bool transitioning(double now) const;

  // The camera at `now`: eased from where the view was when the key was
  // pressed to the target slide's fitted camera, exactly the target afterwards.
  Camera camera(double now) const;
  Camera target_camera() const;

private:
  std::vector<Bounds> frames_;
  std::size_t index_ = 0;
  int width_ = 1, height_ = 1;
  double pixel_ratio_ = 1;
  double top_inset_ = 0;
  Camera from_;
  double start_ = 0;
  bool moving_ = false;
  bool exit_ = false;
};

// Shows `views` (resolved from `deck`, same order) full screen on the monitor
// the window is on and returns when the presenter presses Esc (or closes the
// window); the window's previous position, size and monitor are restored.
// `map` and `labels` are the caller's (same GL context); their region colours
// are left as the last slide's: reapply your own afterwards. With
// `snapshot_path`, the first slide is saved as a PNG once drawn and the mode ends.
void run_presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views,
                      MapRenderer& map, LabelLayer& labels, std::size_t start = 0,
                      const char* snapshot_path = nullptr);

} // namespace steppe::ui
