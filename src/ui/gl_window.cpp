#include "ui/gl_window.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace steppe::ui {
namespace {

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
  glfwSetWindowUserPointer(window_, this);
  glfwSetKeyCallback(window_, [](GLFWwindow* w, int key, int, int action, int) {
    if (action == GLFW_RELEASE) return;
    static_cast<GlWindow*>(glfwGetWindowUserPointer(w))->key_presses_.push_back(key);
  });
}

std::vector<int> GlWindow::take_key_presses() {
  std::vector<int> keys;
  keys.swap(key_presses_);
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
