#include "ui/export_panel.hpp"

#include <glad/gl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/error.hpp"
#include "ui/widget_probe.hpp"

namespace steppe::ui {

namespace {

template <std::size_t N>
void copy_into(std::array<char, N>& buffer, const std::string& text) {
  std::snprintf(buffer.data(), N, "%s", text.c_str());
}

std::string non_ascii(const char* text) {
  std::string out;
  for (const char* p = text; *p != '\0'; ++p)
    if (static_cast<unsigned char>(*p) >= 0x80) out += *p;
  return out;
}

} // namespace

ExportScene window_export_scene(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                                const MapStyle& style, const ThematicState& thematic, const LabelOptions& labels) {
  ExportScene scene;
  scene.atlas = &atlas;
  scene.projection = &projection;
  scene.geometry = &geometry;
  scene.style = style;
  scene.labels = labels;
  if (thematic.choropleth() != nullptr) {
    scene.region_colours = thematic.region_colors(style.region_fill);
    scene.region_patterns = thematic.region_patterns();
    scene.data_regions = choropleth_data_regions(atlas, *thematic.choropleth());
  }
  if (thematic.points() != nullptr) scene.points = thematic.points();
  scene.legend = thematic.legend();
  return scene;
}

ExportPanel::ExportPanel(const std::string& title) {
  if (!title.empty()) {
    copy_into(title_, title);
    decorations_.title = title;
    visible = true;
  }
}

std::string ExportPanel::glyph_text() {
  return "导出地图文件标题副致谢标签语言中英双无图例比例尺指北针正在完成失败像素打印…";
}

void ExportPanel::request(const std::string& path) {
  copy_into(path_, path);
  pending_ = true;
}

ExportOptions ExportPanel::options_for(const Camera& view) const {
  ExportOptions o = decorations_;
  o.out = path_.data();
  (void)o.format(); // names the extensions it accepts
  if (physical_size_) {
    o.physical = parse_physical_size(physical_.data());
    o.dpi = dpi_;
  } else if (window_size_) {
    o.width_px = view.width_px;
    o.height_px = view.height_px;
    o.dpi = 96.0 * view.pixel_ratio;
  } else {
    o.width_px = width_px_;
    o.height_px = height_px_;
    o.dpi = dpi_;
  }
  if (!(o.dpi > 0)) throw Error("the DPI must be positive (e.g. 96 for screens, 300 for print)");
  o.language = language_ < 0 ? window_language_ : static_cast<LabelLanguage>(language_);
  o.view = view;
  o.view_fills_canvas = true; // as on screen
  (void)o.resolved_width_px();
  (void)o.resolved_height_px();
  return o;
}

std::string ExportPanel::draw(const Camera& view, LabelLanguage window_language, ImFont* heading,
                              ImVec2 bottom_right) {
  window_language_ = window_language;
  if (path_[0] == '\0') copy_into(path_, "steppe-map.png");
  if (physical_[0] == '\0') copy_into(physical_, "297x210mm");
  if (!visible) return {};
  std::string glyphs;
  if (!glyphs_given_) {
    glyphs = glyph_text();
    glyphs_given_ = true;
  }
  const float w = 25 * ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(bottom_right.x - 8, bottom_right.y - 8), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Always);
  if (ImGui::Begin("导出地图 Export map###export", &visible, ImGuiWindowFlags_NoCollapse)) {
    note_window("export_panel");
    if (heading != nullptr) ImGui::PushFont(heading);
    ImGui::TextUnformatted("导出地图 Export map");
    if (heading != nullptr) ImGui::PopFont();
    ImGui::InputText("文件 File", path_.data(), path_.size());
    note_widget("export_file");
    ImGui::TextDisabled(".png, .svg or .pdf: the format follows the name");

    ImGui::Checkbox("Physical size 打印", &physical_size_);
    if (physical_size_) {
      ImGui::InputText("Size", physical_.data(), physical_.size());
      ImGui::InputFloat("DPI", &dpi_, 0, 0, "%.0f");
    } else {
      ImGui::Checkbox("Window size 像素", &window_size_);
      if (window_size_) {
        ImGui::Text("%d x %d px at %.0f DPI", view.width_px, view.height_px, 96.0 * view.pixel_ratio);
      } else {
        ImGui::InputInt("Width px", &width_px_);
        ImGui::InputInt("Height px", &height_px_);
        ImGui::InputFloat("DPI", &dpi_, 0, 0, "%.0f");
      }
    }
    bool edited = false;
    ImGui::InputText("标题 Title", title_.data(), title_.size());
    edited = ImGui::IsItemDeactivatedAfterEdit() || edited;
    ImGui::InputText("副标题 Subtitle", subtitle_.data(), subtitle_.size());
    edited = ImGui::IsItemDeactivatedAfterEdit() || edited;
    ImGui::InputText("致谢 Credits", credits_.data(), credits_.size());
    edited = ImGui::IsItemDeactivatedAfterEdit() || edited;
    if (edited) glyphs += non_ascii(title_.data()) + non_ascii(subtitle_.data()) + non_ascii(credits_.data());

    const char* languages[] = {"无 none", "中 Chinese", "英 English", "双 both"};
    const char* current = language_ < 0 ? "as the window" : languages[language_];
    if (ImGui::BeginCombo("标签 Labels", current)) {
      if (ImGui::Selectable("as the window", language_ < 0)) language_ = -1;
      for (int i = 0; i < 4; ++i)
        if (ImGui::Selectable(languages[i], language_ == i)) language_ = i;
      ImGui::EndCombo();
    }
    ImGui::Checkbox("图例 Legend", &decorations_.show_legend);
    ImGui::SameLine();
    ImGui::Checkbox("比例尺 Scale bar", &decorations_.show_scale_bar);
    ImGui::SameLine();
    ImGui::Checkbox("指北针 North", &decorations_.show_north_arrow);

    // One decision per frame: clicking sets pending_ between Begin/EndDisabled,
    // so the pair must not read it twice (that aborted the app).
    const bool busy = pending_;
    ImGui::BeginDisabled(busy);
    if (ImGui::Button("导出 Export")) pending_ = true;
    note_widget("export_button");
    ImGui::EndDisabled();
    // Enter (or Ctrl+Enter) anywhere in the focused panel exports, as the button.
    if (!busy && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)))
      pending_ = true;
    if (pending_) {
      ImGui::SameLine();
      ImGui::ProgressBar(static_cast<float>(progress_), ImVec2(-1, 0), "正在导出 exporting…");
    }
    if (!status_.empty()) {
      if (failed_) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.12f, 0.05f, 1));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(status_.c_str());
      ImGui::PopTextWrapPos();
      if (failed_) ImGui::PopStyleColor();
    }
  }
  ImGui::End();
  decorations_.title = title_.data();
  decorations_.subtitle = subtitle_.data();
  decorations_.credits = credits_.data();
  return glyphs;
}

bool ExportPanel::run_pending(const ExportScene& scene, const Camera& view, int framebuffer_w, int framebuffer_h) {
  return run_pending_with(
      [&scene](const ExportOptions& options, const ProgressCallback& progress) {
        ExportScene s = scene;
        s.render_in_current_context = options.format() == ExportFormat::Png;
        return export_map(options, s, progress);
      },
      view, framebuffer_w, framebuffer_h);
}

bool ExportPanel::run_pending_with(const Exporter& exporter, const Camera& view, int framebuffer_w,
                                   int framebuffer_h) {
  if (!pending_) return false;
  pending_ = false;
  progress_ = 0;
  const auto start = std::chrono::steady_clock::now();
  try {
    decorations_.title = title_.data();
    decorations_.subtitle = subtitle_.data();
    decorations_.credits = credits_.data();
    const ExportOptions options = options_for(view);
    const ExportResult r = exporter(options, [this](double fraction, std::string_view stage) {
      progress_ = fraction;
      if (on_progress) on_progress(fraction, stage);
      return true;
    });
    if (on_progress) on_progress(1.0, "");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[160];
    std::snprintf(line, sizeof line, " (%d x %d px, %.1f s)", r.width_px, r.height_px, seconds);
    status_ = "完成 wrote " + r.path.string() + line;
    for (const std::string& w : r.warnings) status_ += "\nwarning: " + w;
    failed_ = false;
  } catch (const std::exception& e) {
    status_ = std::string("失败 Export failed: ") + e.what();
    failed_ = true;
  }
  // export_map drew with this context: give the window its framebuffer back.
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, framebuffer_w, framebuffer_h);
  glDisable(GL_SCISSOR_TEST);
  return true;
}

} // namespace steppe::ui
