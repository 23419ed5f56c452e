#include "ui/ui_fonts.hpp"

#include <imgui_freetype.h>

#include "core/error.hpp"
#include "render/font_finder.hpp"
#include "ui/ui_text.hpp"

namespace steppe::ui {

UiFonts::UiFonts(const std::string& text) {
  const FontFile file = find_cjk_font(FontWeight::Regular);
  path_ = file.path;
  face_index_ = file.face_index;

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault()); // Latin-1: ², ·, é
  builder.AddText(text.c_str());
  for (const char* s : text::kAll) builder.AddText(s);
  builder.AddText("…−–—→");
  builder.BuildRanges(&ranges_);
  for (int i = 0; i + 1 < ranges_.Size; i += 2) {
    glyph_count_ += static_cast<std::size_t>(ranges_[i + 1] - ranges_[i] + 1);
  }
}

void UiFonts::build(float pixel_ratio, float framebuffer_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // FreeType hints CJK strokes far better than stb_truetype at these sizes.
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();

  auto add = [&](float logical_px) {
    ImFontConfig cfg;
    cfg.FontNo = face_index_;
    cfg.OversampleH = 1; // FreeType renders at the final size; no oversampling needed
    cfg.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF(path_.c_str(), logical_px * pixel_ratio, &cfg,
                                                ranges_.Data);
    if (font == nullptr) {
      throw Error(path_ + ": ImGui could not load face " + std::to_string(face_index_) +
                  " of this font; reinstall fonts-noto-cjk");
    }
    return font;
  };
  body_ = add(kBodyLogicalPx);
  heading_ = add(kHeadingLogicalPx);
  if (!io.Fonts->Build()) throw Error(path_ + ": ImGui could not build its font atlas");
  // Glyphs are rasterised in framebuffer pixels; ImGui lays out in window units.
  io.FontGlobalScale = 1.0f / framebuffer_ratio;
  io.FontDefault = body_;
}

} // namespace steppe::ui
