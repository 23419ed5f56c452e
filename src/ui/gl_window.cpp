#include "ui/gl_window.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>

namespace steppe::ui {
namespace {

// As ImGui's defaults (io.MouseDoubleClickTime / MouseDoubleClickMaxDist).
constexpr double kDoubleClickSeconds = 0.30;
constexpr double kDoubleClickSlop = 6.0;

std::string last_glfw_error() {
  const char* description = nullptr;
  glfwGetError(&description);
  return description != nullptr ? description : "no details from GLFW";
}

bool set_in_environment(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0';
}

GLFWwindow* create(const char* title, int width, int height) {
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  // No multisampled visual: the map is multisampled offscreen (MapCanvas),
  // exactly like headless renders, and ImGui anti-aliases its own shapes.
  glfwWindowHint(GLFW_SAMPLES, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  return glfwCreateWindow(width, height, title, nullptr, nullptr);
}

} // namespace

bool display_missing_from_environment() {
  return !set_in_environment("DISPLAY") && !set_in_environment("WAYLAND_DISPLAY");
}

GlWindow::GlWindow(const char* title, int width, int height) {
  if (display_missing_from_environment()) {
    throw NoDisplayError("neither DISPLAY nor WAYLAND_DISPLAY is set");
  }
  if (glfwInit() != GLFW_TRUE) throw NoDisplayError("GLFW could not start: " + last_glfw_error());

  // Leave room for panels and the taskbar on small screens.
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &w, &h);
    float sx = 1, sy = 1;
    glfwGetMonitorContentScale(monitor, &sx, &sy);
    // GLFW_SCALE_TO_MONITOR multiplies by the content scale afterwards.
    if (w > 0 && h > 0 && sx > 0 && sy > 0) {
      width = std::min(width, static_cast<int>(0.92f * static_cast<float>(w) / sx));
      height = std::min(height, static_cast<int>(0.92f * static_cast<float>(h) / sy));
    }
  }
  window_ = create(title, width, height);
  if (window_ == nullptr) {
    const std::string why = last_glfw_error();
    glfwTerminate();
    throw Error("could not open an OpenGL 3.3 core window (" + why +
                "); update the graphics driver, or render headless with `steppe render`");
  }
  glfwMakeContextCurrent(window_);
  if (gladLoadGL(glfwGetProcAddress) == 0) {
    glfwDestroyWindow(window_);
    glfwTerminate();
    throw Error("could not load the OpenGL 3.3 functions through glad");
  }
  glfwSwapInterval(1);
  // Installed before ImGui's backend, which calls these from its own callbacks.
  glfwSetWindowUserPointer(window_, this);
  glfwSetKeyCallback(window_, on_key);
  glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int mods) {
    GlWindow& self = of(w);
    ++self.events_;
    if (button != GLFW_MOUSE_BUTTON_LEFT || action != GLFW_PRESS) return;
    Press p;
    p.extend = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SHIFT)) != 0;
    glfwGetCursorPos(w, &p.at.x, &p.at.y);
    const double now = glfwGetTime();
    const bool again = now - self.last_press_time_ < kDoubleClickSeconds &&
                       std::hypot(p.at.x - self.last_press_at_.x, p.at.y - self.last_press_at_.y) <
                           kDoubleClickSlop;
    p.clicks = again ? 2 : 1;
    // A third quick press starts a new pair rather than counting as another double-click.
    self.last_press_time_ = again ? -1e9 : now;
    self.last_press_at_ = p.at;
    self.left_presses_.push_back(p);
  });
  glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { ++of(w).events_; });
  glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double) { ++of(w).events_; });
  glfwSetCharCallback(window_, on_char);
  glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int) { ++of(w).events_; });
  glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { ++of(w).events_; });
  glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { ++of(w).events_; });
  glfwSetWindowContentScaleCallback(window_, [](GLFWwindow* w, float, float) { ++of(w).events_; });
  glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { ++of(w).events_; });
}

void GlWindow::on_key(GLFWwindow* window, int key, int, int action, int mods) {
  GlWindow& self = of(window);
  ++self.events_;
  if (action != GLFW_RELEASE) self.key_presses_.push_back(key);
  if (action == GLFW_PRESS && (mods & GLFW_MOD_CONTROL) != 0) self.ctrl_key_presses_.push_back(key);
}

void GlWindow::on_char(GLFWwindow* window, unsigned int) { ++of(window).events_; }

GlWindow& GlWindow::of(GLFWwindow* window) {
  return *static_cast<GlWindow*>(glfwGetWindowUserPointer(window));
}

std::vector<GlWindow::Press> GlWindow::take_left_presses() {
  std::vector<Press> presses;
  presses.swap(left_presses_);
  return presses;
}

int GlWindow::take_event_count() { return std::exchange(events_, 0); }

std::vector<int> GlWindow::take_key_presses() {
  std::vector<int> keys;
  keys.swap(key_presses_);
  return keys;
}

std::vector<int> GlWindow::take_ctrl_key_presses() {
  std::vector<int> keys;
  keys.swap(ctrl_key_presses_);
  return keys;
}

GlWindow::~GlWindow() {
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool GlWindow::should_close() const { return glfwWindowShouldClose(window_) != 0; }

GlWindow::Metrics GlWindow::metrics() const {
  Metrics m;
  int ww = 0, wh = 0;
  glfwGetWindowSize(window_, &ww, &wh);
  glfwGetFramebufferSize(window_, &m.framebuffer_w, &m.framebuffer_h);
  float sx = 1, sy = 1;
  glfwGetWindowContentScale(window_, &sx, &sy);
  m.framebuffer_ratio = ww > 0 ? static_cast<float>(m.framebuffer_w) / static_cast<float>(ww) : 1.0f;
  if (!(m.framebuffer_ratio > 0)) m.framebuffer_ratio = 1;
  // macOS/Wayland report the scale both ways; X11 only through the content scale.
  m.pixel_ratio = std::max({m.framebuffer_ratio, sx, 1.0f});
  m.framebuffer_w = std::max(1, m.framebuffer_w);
  m.framebuffer_h = std::max(1, m.framebuffer_h);
  return m;
}

} // namespace steppe::ui
