#include "ui/imgui_session.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "core/error.hpp"
#include "ui/imgui_key_queue.hpp"

namespace steppe::ui {

ImGuiSession::ImGuiSession(GLFWwindow* window) : window_(window) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr; // the layout is fixed; do not litter the working directory
  if (!ImGui_ImplGlfw_InitForOpenGL(window, true) || !ImGui_ImplOpenGL3_Init("#version 330")) {
    ImGui::DestroyContext();
    throw Error("ImGui could not initialise its GLFW/OpenGL 3 backends");
  }
  keys_ = std::make_unique<ImGuiKeyQueue>(window);
}

ImGuiSession::~ImGuiSession() {
  keys_.reset();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiSession::apply_style(float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.WindowBorderSize = 0;
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 7);
  style.IndentSpacing = 18;
  style.ScrollbarSize = 16;
  // Opaque: map labels must never show through a panel or a tooltip.
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.965f, 0.95f, 1.0f);
  style.Colors[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  // Radio buttons and frames must stand out from the pale panel.
  style.Colors[ImGuiCol_FrameBg] = ImVec4(0.84f, 0.83f, 0.80f, 1.0f);
  style.Colors[ImGuiCol_FrameBgHovered] = ImVec4(0.78f, 0.77f, 0.73f, 1.0f);
  style.Colors[ImGuiCol_CheckMark] = ImVec4(0.75f, 0.38f, 0.12f, 1.0f);
  style.Colors[ImGuiCol_Button] = ImVec4(0.84f, 0.83f, 0.80f, 1.0f);
  style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.886f, 0.494f, 0.188f, 0.45f);
  style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.886f, 0.494f, 0.188f, 0.7f);
  style.Colors[ImGuiCol_Header] = ImVec4(0.886f, 0.494f, 0.188f, 0.45f); // the selection tint
  style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.886f, 0.494f, 0.188f, 0.25f);
  style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.886f, 0.494f, 0.188f, 0.6f);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

void ImGuiSession::reload_fonts() {
  // Before the first frame the backend has not uploaded anything yet and will
  // upload the new atlas itself. (Not judged by TexID: ImFontAtlas::Clear resets it.)
  if (!frame_begun_) return;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void ImGuiSession::begin_frame() {
  frame_begun_ = true;
  ImGui_ImplOpenGL3_NewFrame();
  keys_->feed();
  ImGui_ImplGlfw_NewFrame();
  if (mouse_discarded_) {
    // The backend remembers presses it saw while no frame ran; ImGui gets the
    // buttons as they are now instead.
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < static_cast<int>(IM_ARRAYSIZE(io.MouseDown)) && i <= GLFW_MOUSE_BUTTON_LAST; ++i) {
      io.MouseDown[i] = glfwGetMouseButton(window_, i) == GLFW_PRESS;
    }
    mouse_discarded_ = false;
  }
  ImGui::NewFrame();
}

bool ImGuiSession::input_pending() const { return keys_->pending(); }

void ImGuiSession::discard_input() {
  keys_->discard();
  mouse_discarded_ = true;
}

void ImGuiSession::end_frame() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace steppe::ui
