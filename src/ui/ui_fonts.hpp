#pragma once
// The ImGui fonts: Noto Sans CJK SC (found through fontconfig, face index
// included for the .ttc) with only the glyphs the atlas names and UI strings
// use, at a size legible from the back of a room, rebuilt when the content
// scale changes. Needs a current ImGui context.
#include <string>

#include <imgui.h>

namespace steppe::ui {

class UiFonts {
public:
  static constexpr float kBodyLogicalPx = 18.0f;
  static constexpr float kHeadingLogicalPx = 24.0f;

  // `text` holds every string the UI may show beyond the fixed UI strings
  // (the atlas names). Throws steppe::Error when no CJK font is installed.
  explicit UiFonts(const std::string& text);

  // Rasterises the fonts for `pixel_ratio` framebuffer pixels per logical pixel,
  // where ImGui coordinates are `framebuffer_ratio` framebuffer pixels each
  // (2 on macOS Retina, 1 on X11 even at 2x scale). Clears io.Fonts first;
  // the caller re-uploads the texture (ImGui_ImplOpenGL3_CreateFontsTexture).
  void build(float pixel_ratio, float framebuffer_ratio);

  ImFont* body() const { return body_; }
  ImFont* heading() const { return heading_; }
  std::size_t glyph_count() const { return glyph_count_; }

private:
  std::string path_;
  int face_index_ = 0;
  ImVector<ImWchar> ranges_; // must outlive the font atlas build
  std::size_t glyph_count_ = 0;
  ImFont* body_ = nullptr;
  ImFont* heading_ = nullptr;
};

} // namespace steppe::ui
