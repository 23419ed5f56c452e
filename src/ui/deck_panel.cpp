#include "ui/deck_panel.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "core/error.hpp"
#include "io/deck_file.hpp"
#include "io/indicator_reader.hpp"
#include "ui/gl_window.hpp"
#include "ui/presentation_mode.hpp"

namespace steppe::ui {

DeckPanel::DeckPanel(std::filesystem::path path) : path_(path.string()) {
  deck_.title = "新简报 / New briefing";
}

bool DeckPanel::open(const std::filesystem::path& path, const ViewChecks& checks) {
  checks_ = &checks;
  try {
    deck_ = read_deck_file(path, checks);
    path_ = path.string();
    status_ = "opened " + std::to_string(deck_.views.size()) + " views";
    return true;
  } catch (const Error& e) {
    status_ = e.what();
    return false;
  }
}

void DeckPanel::add(MapView view) {
  deck_.views.push_back(std::move(view));
  status_ = "added view " + std::to_string(deck_.views.size()) + " (save to keep it)";
}

std::string DeckPanel::glyph_text() const {
  std::string text = deck_.title + status_ + "简报打开保存添加当前视图演示导出上移下移删除新：，（）";
  for (const MapView& v : deck_.views) text += v.title;
  return text;
}

std::filesystem::path DeckPanel::png_folder_for(const std::filesystem::path& deck_path) {
  return deck_path.parent_path() / (deck_path.stem().string() + "-slides");
}

DeckPanelActions DeckPanel::draw(float x, float y, float width, float height, ImFont* heading) {
  DeckPanelActions actions;
  ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;
  if (ImGui::Begin("简报 Deck###deck", nullptr, flags)) {
    ImGui::PushFont(heading);
    ImGui::TextWrapped("%s", deck_.title.c_str());
    ImGui::PopFont();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##deckpath", &path_); // grows with the text: no truncated paths
    const std::filesystem::path file = path();
    if (ImGui::Button("打开 Open")) {
      if (checks_ != nullptr) {
        open(file, *checks_);
      } else {
        try {
          deck_ = read_deck_file(file);
          status_ = "opened " + std::to_string(deck_.views.size()) + " views";
        } catch (const Error& e) {
          status_ = e.what();
        }
      }
    }
    ImGui::SameLine();
    if (ImGui::Button("保存 Save")) {
      try {
        write_deck_file(file, deck_);
        status_ = "saved " + file.string();
      } catch (const Error& e) {
        status_ = e.what();
      }
    }
    ImGui::SameLine();
    if (ImGui::Button("添加当前视图 Add view")) actions.add_current_view = true;
    draw_views(actions);
    ImGui::Separator();
    const bool empty = deck_.views.empty();
    if (empty) ImGui::BeginDisabled();
    if (ImGui::Button("演示 Present (F5)")) actions.present = true;
    ImGui::SameLine();
    if (ImGui::Button("导出 PDF")) {
      std::filesystem::path pdf = file;
      actions.export_to = pdf.replace_extension(".pdf");
    }
    ImGui::SameLine();
    if (ImGui::Button("导出 PNGs")) actions.export_to = png_folder_for(file);
    if (empty) ImGui::EndDisabled();
    if (!status_.empty()) ImGui::TextWrapped("%s", status_.c_str());
  }
  ImGui::End();
  return actions;
}

void DeckPanel::draw_views(DeckPanelActions& actions) {
  std::optional<std::size_t> up, down, remove;
  for (std::size_t i = 0; i < deck_.views.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const MapView& v = deck_.views[i];
    const std::string label = std::to_string(i + 1) + ". " + (v.title.empty() ? view_slug(v) : v.title);
    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) &&
        ImGui::IsMouseDoubleClicked(0)) {
      actions.present = true;
      actions.present_from = i;
    }
    if (ImGui::SmallButton("上移 Up")) up = i;
    ImGui::SameLine();
    if (ImGui::SmallButton("下移 Down")) down = i;
    ImGui::SameLine();
    if (ImGui::SmallButton("删除 Remove")) remove = i;
    ImGui::PopID();
  }
  auto& views = deck_.views;
  if (up && *up > 0) std::swap(views[*up], views[*up - 1]);
  if (down && *down + 1 < views.size()) std::swap(views[*down], views[*down + 1]);
  if (remove) views.erase(views.begin() + static_cast<std::ptrdiff_t>(*remove));
}

} // namespace steppe::ui

// ---- DeckWorkspace -----------------------------------------------------------

namespace steppe::ui {

MapView view_from_window(const Camera& camera, const Projection& projection, const Indicator* indicator,
                         const ChoroplethSpec& spec, const std::string& selected_code, LabelLanguage labels) {
  MapView v;
  const Bounds world = camera.visible_world();
  Bounds ll;
  for (const Vec2 corner : {Vec2{world.min_x, world.min_y}, Vec2{world.max_x, world.min_y},
                            Vec2{world.min_x, world.max_y}, Vec2{world.max_x, world.max_y}}) {
    ll.expand(projection.inverse(corner));
  }
  ll = Bounds{std::max(ll.min_x, -180.0), std::max(ll.min_y, -90.0), std::min(ll.max_x, 180.0), std::min(ll.max_y, 90.0)};
  v.extent.lonlat = ll;
  if (indicator != nullptr) {
    v.indicator = indicator->meta.id;
    v.title = indicator->meta.title_zh + " / " + indicator->meta.title_en;
    v.classification = spec;
  }
  if (!selected_code.empty()) v.selection.push_back(selected_code);
  v.labels = view_labels(labels);
  return v;
}

namespace {
std::vector<std::string> region_codes(const Atlas& atlas) {
  std::vector<std::string> codes;
  for (const Region& r : atlas.regions) codes.push_back(r.code);
  return codes;
}
} // namespace

DeckWorkspace::DeckWorkspace(const Atlas& atlas, const Projection& projection, const MapGeometry& geometry,
                             const std::string& deck, std::size_t present_from)
    : atlas_(atlas), projection_(projection), geometry_(geometry), checks_(builtin_view_checks(region_codes(atlas))),
      resolver_(atlas, projection, geometry, builtin_indicator_dir()), panel_(builtin_deck_dir() / "briefing.toml") {
  if (!deck.empty()) {
    visible = true;
    if (!panel_.open(deck, checks_)) std::cerr << "steppe: warning: " << panel_.status() << "\n";
    if (present_from > 0 && !panel_.deck().views.empty()) {
      pending_present_ = present_from - 1;
      present_then_close_ = true;
    }
  } else {
    panel_.open(panel_.path(), checks_); // the shipped briefing, ready to present
  }
}

std::string DeckWorkspace::take_new_glyphs() {
  const std::string text = panel_.glyph_text();
  if (text == glyphs_given_) return {};
  glyphs_given_ = text;
  return text;
}

void DeckWorkspace::draw(float right, float display_h, float width, ImFont* heading, const MapView& current_view) {
  if (!visible) return;
  const DeckPanelActions a = panel_.draw(right - width, 0, width, display_h, heading);
  if (a.add_current_view) panel_.add(current_view);
  if (a.present) pending_present_ = a.present_from;
  if (a.export_to) pending_export_ = a.export_to;
}

bool DeckWorkspace::run_pending(GlWindow& window, MapRenderer& map, LabelLayer& labels, const char* snapshot,
                                bool* close_window) {
  if (pending_export_) {
    const std::filesystem::path out = *pending_export_;
    pending_export_.reset();
    try {
      DeckExportOptions o;
      o.out = out;
      if (out.extension() == ".pdf" || out.extension() == ".PDF") o.dpi = kSlidePdfDpi; // 338.7 x 190.5 mm
      const DeckExportResult r = export_deck(panel_.deck(), resolver_, atlas_, projection_, geometry_, o);
      panel_.set_status("exported " + std::to_string(r.pages) + " pages to " + out.string());
    } catch (const Error& e) {
      panel_.set_status(e.what());
    }
    glfwMakeContextCurrent(window.handle()); // a PNG export made its own EGL context current
  }
  if (!pending_present_) return false;
  const std::size_t from = *pending_present_;
  pending_present_.reset();
  const Deck& deck = panel_.deck();
  if (deck.views.empty()) return false;
  std::vector<ResolvedView> views;
  try {
    for (std::size_t i = 0; i < deck.views.size(); ++i) {
      views.push_back(resolver_.resolve(deck.views[i], deck.labels_of(deck.views[i]), i + 1));
    }
  } catch (const Error& e) {
    panel_.set_status(e.what());
    visible = true;
    return false;
  }
  run_presentation(window, deck, views, {atlas_, projection_, geometry_}, map, labels, std::min(from, views.size() - 1),
                   present_then_close_ ? snapshot : nullptr);
  if (close_window != nullptr) *close_window = present_then_close_;
  present_then_close_ = false;
  return true;
}

} // namespace steppe::ui
