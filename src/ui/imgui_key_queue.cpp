#include "ui/imgui_key_queue.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <deque>
#include <vector>

#include "ui/gl_window.hpp"

namespace steppe::ui {

struct ImGuiKeyQueue::Impl {
  struct Event {
    bool is_char = false;
    int key = 0, scancode = 0, action = 0, mods = 0;
    unsigned int codepoint = 0;
  };
  GLFWwindow* window = nullptr;
  std::deque<Event> events;
};

namespace {

ImGuiKeyQueue::Impl* g_queue = nullptr; // GLFW callbacks carry no user data of ours

bool is_modifier(int key) {
  return key == GLFW_KEY_LEFT_SHIFT || key == GLFW_KEY_RIGHT_SHIFT || key == GLFW_KEY_LEFT_CONTROL ||
         key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT ||
         key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

bool imgui_key_down(int key) {
  const ImGuiIO& io = ImGui::GetIO();
  return key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(io.KeysDown)) && io.KeysDown[key];
}

// What ImGui 1.86's GLFW backend does with a key event (its callback would also
// call the window's own callback a second time): the key's down state, then the
// modifiers from the keys that are down.
void to_imgui_key(int key, int action) {
  ImGuiIO& io = ImGui::GetIO();
  if (key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(io.KeysDown))) {
    if (action == GLFW_PRESS) io.KeysDown[key] = true;
    if (action == GLFW_RELEASE) io.KeysDown[key] = false;
  }
  io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
  io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
  io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
  io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  GlWindow::on_key(window, key, scancode, action, mods); // shortcuts and presentations see it now
  if (g_queue == nullptr || window != g_queue->window) return;
  g_queue->events.push_back({false, key, scancode, action, mods, 0});
}

void on_char(GLFWwindow* window, unsigned int codepoint) {
  GlWindow::on_char(window, codepoint);
  if (g_queue == nullptr || window != g_queue->window) return;
  ImGuiKeyQueue::Impl::Event e;
  e.is_char = true;
  e.codepoint = codepoint;
  g_queue->events.push_back(e);
}

} // namespace

ImGuiKeyQueue::ImGuiKeyQueue(GLFWwindow* window) : impl_(new Impl) {
  impl_->window = window;
  g_queue = impl_;
  glfwSetKeyCallback(window, on_key);
  glfwSetCharCallback(window, on_char);
}

ImGuiKeyQueue::~ImGuiKeyQueue() {
  glfwSetKeyCallback(impl_->window, GlWindow::on_key);
  glfwSetCharCallback(impl_->window, GlWindow::on_char);
  if (g_queue == impl_) g_queue = nullptr;
  delete impl_;
}

bool ImGuiKeyQueue::pending() const { return !impl_->events.empty(); }

void ImGuiKeyQueue::feed() {
  std::vector<int> touched; // keys changed this frame
  bool chars = false;       // characters delivered this frame
  bool pressed = false;     // a non-modifier key pressed this frame
  auto& q = impl_->events;
  while (!q.empty()) {
    Impl::Event e = q.front();
    if (e.is_char) {
      if (pressed) break;
      q.pop_front();
      ImGui::GetIO().AddInputCharacter(e.codepoint);
      chars = true;
      continue;
    }
    if (std::find(touched.begin(), touched.end(), e.key) != touched.end()) break;
    const bool press = e.action != GLFW_RELEASE;
    if (press && chars && !is_modifier(e.key)) break;
    // ImGui reads the modifiers once per frame: Ctrl let go (or pressed) after
    // End in the same frame would turn Ctrl+End into End. Wait for the next.
    if (pressed && is_modifier(e.key)) break;
    if (e.action == GLFW_REPEAT && imgui_key_down(e.key)) {
      // ImGui sees a new press only after a frame with the key up.
      to_imgui_key(e.key, GLFW_RELEASE);
      q.front().action = GLFW_PRESS;
      break;
    }
    q.pop_front();
    to_imgui_key(e.key, e.action == GLFW_REPEAT ? GLFW_PRESS : e.action);
    touched.push_back(e.key);
    if (press && !is_modifier(e.key)) pressed = true;
  }
}

void ImGuiKeyQueue::discard() {
  impl_->events.clear();
  ImGuiIO& io = ImGui::GetIO();
  for (bool& down : io.KeysDown) down = false;
  io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
  io.InputQueueCharacters.resize(0);
  io.MouseWheel = io.MouseWheelH = 0;
  for (bool& down : io.MouseDown) down = false;
}

} // namespace steppe::ui
