#pragma once
// The GLFW window with an OpenGL 3.3 core context (forward-compatible), GL
// loaded through glad. The map is multisampled 4x offscreen (ui/map_canvas).
// Owns GLFW's global state too: one GlWindow per process. Move-less RAII.
#include <vector>

#include "core/error.hpp"
#include "core/geometry.hpp"

struct GLFWwindow;

namespace steppe::ui {

// No display to open a window on (no X11/Wayland, or GLFW cannot start there).
class NoDisplayError : public Error {
public:
  using Error::Error;
};

class GlWindow {
public:
  // `width`/`height` in logical pixels, scaled to the monitor and capped to its work area.
  // Throws NoDisplayError without a display, Error when no GL 3.3 core context can be made.
  GlWindow(const char* title, int width, int height);
  ~GlWindow();
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;

  GLFWwindow* handle() const { return window_; }
  bool should_close() const;

  struct Metrics {
    int framebuffer_w = 1, framebuffer_h = 1; // pixels the map is drawn in
    float framebuffer_ratio = 1;              // framebuffer pixels per window coordinate
    float pixel_ratio = 1;                    // framebuffer pixels per logical (1/96 in) pixel
  };
  Metrics metrics() const;

  // GLFW key codes pressed (or repeated) since the last call. Recorded from the
  // events themselves: a tap whose press and release arrive in one batch is not
  // lost, unlike ImGui 1.86's per-frame key state. Installed before ImGui's
  // backend, which chains to it.
  std::vector<int> take_key_presses();
  // The same, only the presses made with Ctrl held (shortcuts such as Ctrl+Q),
  // judged by the modifiers GLFW reported with the press itself.
  std::vector<int> take_ctrl_key_presses();

  struct Press {
    Vec2 at;        // window coordinates (multiply by framebuffer_ratio for pixels)
    int clicks = 1; // 2 for the second press of a double-click
    bool extend = false; // Ctrl or Shift held: add to / remove from the selection
  };
  // Left-button presses since the last call, timed when they happened rather
  // than when a (possibly slow) frame saw them, so double-clicks are not missed.
  std::vector<Press> take_left_presses();

  // The window's own key and character callbacks (recording presses, counting
  // events), for a callback installed later that must pass events on at once
  // (ui/imgui_key_queue).
  static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
  static void on_char(GLFWwindow* window, unsigned int codepoint);

  // Input and window events seen since the last call. A batch of events can
  // hold a whole click (press and release), which ImGui 1.86 spreads over two
  // frames, so the loop keeps drawing while events keep coming.
  int take_event_count();

private:
  static GlWindow& of(GLFWwindow* window);

  GLFWwindow* window_ = nullptr;
  std::vector<int> key_presses_;
  std::vector<int> ctrl_key_presses_;
  std::vector<Press> left_presses_;
  double last_press_time_ = -1e9;
  Vec2 last_press_at_{};
  int events_ = 0;
};

// True when neither DISPLAY nor WAYLAND_DISPLAY is set (no point trying GLFW).
bool display_missing_from_environment();

} // namespace steppe::ui
