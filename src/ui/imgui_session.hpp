#pragma once
// The ImGui context bound to a GlWindow through the GLFW and OpenGL 3 backends.
// Create after the window, destroy before it (RAII order in one scope does both).
struct GLFWwindow;

namespace steppe::ui {

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

private:
  bool frame_begun_ = false; // the backend has uploaded a font texture
};

} // namespace steppe::ui
