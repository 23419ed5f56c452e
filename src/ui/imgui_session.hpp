#pragma once
// The ImGui context bound to a GlWindow through the GLFW and OpenGL 3 backends.
// Create after the window, destroy before it (RAII order in one scope does both).
#include <memory>

struct GLFWwindow;

namespace steppe::ui {

class ImGuiKeyQueue;

class ImGuiSession {
public:
  explicit ImGuiSession(GLFWwindow* window);
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

  // Applies steppe's look at `scale` window coordinates per logical pixel
  // (spacing, rounding, a light theme that matches the paper-white map).
  void apply_style(float scale);
  // Re-uploads the font texture after UiFonts::build.
  void reload_fonts();

  void begin_frame();
  void end_frame(); // renders ImGui's draw data into the bound framebuffer

  // Keys or characters still queued for ImGui (ui/imgui_key_queue): the loop
  // must draw another frame rather than wait for events.
  bool input_pending() const;
  // Forgets input made while ImGui was not drawing (a full-screen presentation):
  // queued keys and characters, the wheel, and mouse presses not yet seen.
  void discard_input();

private:
  GLFWwindow* window_ = nullptr;
  std::unique_ptr<ImGuiKeyQueue> keys_;
  bool frame_begun_ = false; // the backend has uploaded a font texture
  bool mouse_discarded_ = false;
};

} // namespace steppe::ui
