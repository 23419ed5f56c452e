#pragma once
// Presentation mode: a deck's views full screen, one at a time, with no UI
// chrome — the map, a large title and a legend sized for the back of a room.
// Right/PageDown/Space go forward (presentation clickers send PageDown/PageUp),
// Left/PageUp back, Home/End to the ends, Esc leaves. P switches between the
// audience's slide and the presenter view (one screen split: the current
// slide, the next one, the notes and the elapsed time; export/presenter_screen);
// T switches the page theme between the deck's and the projector theme. Moving between views
// animates the camera for kTransitionSeconds; the loop only redraws while
// animating and otherwise waits for events.
//
// PresentationController is the whole behaviour without a window (keys ->
// slide index, time -> camera), so it is tested headless.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/camera.hpp"
#include "core/geometry.hpp"
#include "ui/slide_picture.hpp"

namespace steppe {
struct Atlas;
class LabelLayer;
class MapRenderer;
struct MapGeometry;
class Projection;
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
  // framed in the part below `top_inset_px` (the title band). Forgets the
  // cameras given by set_target.
  void resize(int width_px, int height_px, double pixel_ratio, double top_inset_px = 0);
  // Slide `index` ends at `camera` (its page composition's) instead of the fit.
  void set_target(std::size_t index, const Camera& camera);

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
  std::vector<std::optional<Camera>> targets_; // set_target's, per slide
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
// Each slide is the deck's page at the screen's size (export/deck_export:
// view_export_options + the export's composition), so the PDF handout is
// what the room saw. `map` and `labels` are the caller's (same GL context);
// each slide passes its own paint. With `snapshot_path`, the first slide is
// saved as a PNG once drawn and the mode ends.
void run_presentation(GlWindow& window, const Deck& deck, const std::vector<ResolvedView>& views,
                      const SlideSource& source, MapRenderer& map, LabelLayer& labels, std::size_t start = 0,
                      const char* snapshot_path = nullptr);

} // namespace steppe::ui
