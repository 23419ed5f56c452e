#include "ui/export_panel.hpp"

#include "core/callout.hpp"
#include "core/map_visual.hpp"

#include <glad/gl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/error.hpp"
#include "export/export_presets.hpp"
#include "ui/export_settings.hpp"
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
    scene.labels.carries_data = carries_data_of(*thematic.choropleth());
  }
  if (thematic.points() != nullptr) scene.points = thematic.points();
  // One or two places: a callout each, as `steppe render` draws them (core/map_visual).
  if (const Indicator* shown = thematic.current();
      shown != nullptr && thematic.choropleth() != nullptr && map_visual(*shown) == MapVisual::Callout)
    apply_callouts(scene, build_callouts(*shown, atlas));
  scene.legend = thematic.legend();
  // A topic: its places coloured and called out, as `steppe render --topic` draws them.
  if (const TopicMap* topic = thematic.topic()) {
    scene.region_colours = thematic.region_colors(style.region_fill);
    scene.region_patterns.assign(atlas.regions.size(), kPatternSolid);
    apply_callouts(scene, topic->callouts);
  }
  return scene;
}

void ExportPanel::select_preset(const std::string& id) {
  if (find_export_preset(id) == nullptr || id == preset_) return;
  preset_ = id;
  if (const auto file = export_settings_path()) {
    try {
      save_export_preset(*file, id);
    } catch (const Error& e) {
      status_ = std::string("warning: the size preset is not remembered: ") + e.what();
    }
  }
}

ExportPanel::ExportPanel(const std::string& title) {
  if (const auto file = export_settings_path()) {
    if (const auto id = load_export_preset(*file)) preset_ = *id;
  }
  if (!title.empty()) {
    copy_into(title_, title);
    decorations_.title = title;
    visible = true;
  }
}

std::string ExportPanel::glyph_text() {
  std::string all = "导出地图文件标题副致谢标签语言中英双无图例比例尺指北针正在完成失败像素打印…尺寸";
  for (const ExportPreset& p : export_presets()) all += non_ascii(std::string(p.label).c_str());
  return all;
}

void ExportPanel::request(const std::string& path) {
  copy_into(path_, path);
  pending_ = true;
}

ExportOptions ExportPanel::options_for(const Camera& view) const {
  ExportOptions o = decorations_;
  o.out = path_.data();
  (void)o.format(); // names the extensions it accepts
  const ExportPreset* preset = find_export_preset(preset_);
  if (preset == nullptr) preset = &export_presets().front();
  if (preset->kind == ExportPresetKind::CustomPaper) {
    o.physical = parse_physical_size(physical_.data());
    o.dpi = dpi_;
  } else if (preset->kind == ExportPresetKind::CustomPixels) {
    o.width_px = width_px_;
    o.height_px = height_px_;
    o.dpi = dpi_;
  } else {
    apply_export_preset(*preset, view, o);
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
    const ImVec2 size = ImGui::GetWindowSize();
    settling_ = size.x != last_size_.x || size.y != last_size_.y;
    last_size_ = size;
    if (heading != nullptr) ImGui::PushFont(heading);
    ImGui::TextUnformatted("导出地图 Export map");
    if (heading != nullptr) ImGui::PopFont();
    ImGui::InputText("文件 File", path_.data(), path_.size());
    note_widget("export_file");
    note_text("export_file_text", path_.data()); // (tests: what the field holds)
    ImGui::TextDisabled(".png, .svg or .pdf: the format follows the name");

    // Every size in view at once (radio buttons, not a drop-down): a presenter
    // sees the choices without opening anything.
    ImGui::TextDisabled("尺寸 Size");
    note_widget("export_size");
    const float column = ImGui::GetContentRegionAvail().x / 2;
    int shown = 0;
    for (const ExportPreset& p : export_presets()) {
      if (shown++ % 2 == 1) ImGui::SameLine(column);
      const std::string item = std::string(p.label) + "##" + std::string(p.id);
      if (ImGui::RadioButton(item.c_str(), p.id == preset_)) select_preset(std::string(p.id));
      note_widget(("export_preset_" + std::string(p.id)).c_str());
    }
    const ExportPreset* chosen = find_export_preset(preset_);
    if (chosen == nullptr) chosen = &export_presets().front();
    if (chosen->kind == ExportPresetKind::CustomPaper) {
      ImGui::InputText("Size", physical_.data(), physical_.size());
      ImGui::InputFloat("DPI", &dpi_, 0, 0, "%.0f");
    } else if (chosen->kind == ExportPresetKind::CustomPixels) {
      ImGui::InputInt("Width px", &width_px_);
      ImGui::InputInt("Height px", &height_px_);
      ImGui::InputFloat("DPI", &dpi_, 0, 0, "%.0f");
    } else {
      ExportOptions sized;
      apply_export_preset(*chosen, view, sized);
      try {
        ImGui::TextDisabled("%d x %d px at %.0f DPI", sized.resolved_width_px(), sized.resolved_height_px(), sized.dpi);
      } catch (const Error& e) {
        ImGui::TextDisabled("%s", e.what());
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
    // Beside them when the panel is wide enough, else on the next line (never clipped).
    const ImGuiStyle& st = ImGui::GetStyle();
    const float locator_w = ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + ImGui::CalcTextSize("位置图 Locator").x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < locator_w) ImGui::NewLine();
    ImGui::Checkbox("位置图 Locator", &decorations_.show_locator);
    note_widget("export_locator");
    note_text("export_locator_state", decorations_.show_locator ? "on" : "off"); // (tests: the checkbox's state)

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
      note_text("export_status", status_.substr(0, status_.find('\n')).c_str()); // (tests: what the last export did)
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
