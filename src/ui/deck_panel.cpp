#include "ui/deck_panel.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "core/chinese_variants.hpp"
#include "core/error.hpp"
#include "core/text_clean.hpp"
#include "io/deck_file.hpp"
#include "io/indicator_reader.hpp"
#include "ui/gl_window.hpp"
#include "ui/presentation_mode.hpp"
#include "ui/widget_probe.hpp"

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
  text += "备注";
  for (const MapView& v : deck_.views) text += v.title + v.notes;
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
    note_widget("deck_path");
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
    note_widget("deck_open");
    ImGui::SameLine();
    if (ImGui::Button("保存 Save")) {
      try {
        write_deck_file(file, deck_);
        status_ = "saved " + file.string();
      } catch (const Error& e) {
        status_ = e.what();
      }
    }
    note_widget("deck_save");
    ImGui::SameLine();
    if (ImGui::Button("添加当前视图 Add view")) actions.add_current_view = true;
    note_widget("deck_add_view");
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
    note_widget("deck_export_pdf");
    ImGui::SameLine();
    if (ImGui::Button("导出 PNGs")) actions.export_to = png_folder_for(file);
    if (empty) ImGui::EndDisabled();
    if (!status_.empty()) ImGui::TextWrapped("%s", status_.c_str());
    note_text("deck_status", status_.c_str());
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
    if (!v.annotations.empty()) ImGui::TextDisabled("标注 %zu annotation(s)", v.annotations.size());
    edit_notes(i);
    ImGui::PopID();
  }
  auto& views = deck_.views;
  if (up && *up > 0) std::swap(views[*up], views[*up - 1]);
  if (down && *down + 1 < views.size()) std::swap(views[*down], views[*down + 1]);
  if (remove) views.erase(views.begin() + static_cast<std::ptrdiff_t>(*remove));
}

namespace {

// While a text field is active ImGui edits its own copy of the text, so the
// limits are applied inside its edit callback: what the field shows is what
// the deck holds. As a deck file is read: cleaned text (tab and newline kept),
// at most kMaxTextFieldChars code points.
struct NotesLimit {
  bool truncated = false;
};

int limit_notes(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  auto* limit = static_cast<NotesLimit*>(data->UserData);
  const std::string_view text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  CleanText clean = clean_text(text, /*keep_newlines=*/true);
  std::string kept = clean.changed() ? std::move(clean.text) : std::string(text);
  if (code_point_count(kept) > kMaxTextFieldChars) {
    std::size_t bytes = 0;
    for (std::size_t n = 0; n < kMaxTextFieldChars && bytes < kept.size(); ++n) {
      do ++bytes;
      while (bytes < kept.size() && (static_cast<unsigned char>(kept[bytes]) & 0xC0) == 0x80);
    }
    kept.resize(bytes);
    limit->truncated = true;
  }
  if (kept != text) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, kept.data(), kept.data() + kept.size());
  }
  return 0;
}

} // namespace

void DeckPanel::edit_notes(std::size_t i) {
  std::string& notes = deck_.views[i].notes;
  const std::size_t count = code_point_count(notes);
  if (count + 100 >= kMaxTextFieldChars) { // near the limit: say how near, beside the field
    ImGui::TextDisabled("备注 Notes  %zu / %zu", count, kMaxTextFieldChars);
  } else {
    ImGui::TextDisabled("备注 Notes");
  }
  NotesLimit limit;
  if (ImGui::InputTextMultiline("##notes", &notes, ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 3.2f),
                                ImGuiInputTextFlags_CallbackEdit, limit_notes, &limit)) {
    status_ = limit.truncated
                  ? "notes are limited to " + std::to_string(kMaxTextFieldChars) + " characters"
                  : "view " + std::to_string(i + 1) + ": notes changed (save to keep them)";
  }
  note_widget(("deck_notes_" + std::to_string(i + 1)).c_str());
}

} // namespace steppe::ui

// ---- DeckWorkspace -----------------------------------------------------------

namespace steppe::ui {


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
  // Only characters the font has not been given: typing notes in Latin script
  // (always in the font) rebuilds nothing, and each new CJK character once.
  std::u32string fresh;
  for (const char32_t c : utf8_to_u32(panel_.glyph_text())) {
    if (c > 0xFF && glyphs_given_.insert(c).second) fresh.push_back(c);
  }
  return u32_to_utf8(fresh);
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
