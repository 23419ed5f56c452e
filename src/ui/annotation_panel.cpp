#include "ui/annotation_panel.hpp"

#include <imgui_stdlib.h>

#include <cstdio>
#include <string_view>

#include "core/chinese_variants.hpp"
#include "core/text_clean.hpp"
#include "io/view_file.hpp"
#include "ui/widget_probe.hpp"

namespace steppe::ui {

namespace {

// As a view file is read: cleaned text (newlines become spaces in this
// one-line field) of at most kMaxTextFieldChars characters, applied inside the
// field's edit callback so the field shows what the view holds.
int limit_text(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  const std::string_view text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  CleanText clean = clean_text(text);
  std::string kept = clean.changed() ? std::move(clean.text) : std::string(text);
  if (code_point_count(kept) > kMaxTextFieldChars) {
    std::size_t bytes = 0;
    for (std::size_t n = 0; n < kMaxTextFieldChars && bytes < kept.size(); ++n) {
      do ++bytes;
      while (bytes < kept.size() && (static_cast<unsigned char>(kept[bytes]) & 0xC0) == 0x80);
    }
    kept.resize(bytes);
  }
  if (kept != text) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, kept.data(), kept.data() + kept.size());
  }
  return 0;
}

const char* kind_label(AnnotationKind k) {
  switch (k) {
  case AnnotationKind::Text: return "文字框 Text";
  case AnnotationKind::Arrow: return "箭头 Arrow";
  case AnnotationKind::Callout: return "标注框 Callout";
  }
  return "";
}

} // namespace

bool AnnotationPanel::place(Vec2 lonlat) {
  if (!placing_) return false;
  const auto kind = static_cast<AnnotationKind>(kind_);
  if (kind == AnnotationKind::Arrow && !tail_) {
    tail_ = lonlat;
    status_ = "click where the arrow points (its head)";
    return false;
  }
  if (list_.size() >= kMaxAnnotationsPerView) {
    status_ = "a view may have at most " + std::to_string(kMaxAnnotationsPerView) + " annotations";
    placing_ = false;
    tail_.reset();
    return false;
  }
  Annotation a;
  a.kind = kind;
  a.at = tail_.value_or(lonlat);
  if (kind == AnnotationKind::Arrow) a.to = lonlat;
  list_.push_back(a);
  placing_ = false;
  tail_.reset();
  focus_text_ = list_.size() - 1;
  focus_wait_ = 0;
  char where[64];
  std::snprintf(where, sizeof where, "%.4f, %.4f", a.at.x, a.at.y);
  status_ = "placed at " + std::string(where) + ": type its text, then Return";
  changed();
  return true;
}

MapView AnnotationPanel::with_annotations(MapView view) const {
  for (const Annotation& a : list_) {
    // A box without text is not finished (a view file would refuse it).
    if (a.kind != AnnotationKind::Arrow && a.text.empty()) continue;
    view.annotations.push_back(a);
  }
  return view;
}

std::string AnnotationPanel::take_new_glyphs() {
  std::string text = status_ + "地图标注文字框箭头标注框添加取消点击指向处删除";
  for (const Annotation& a : list_) text += a.text;
  std::u32string fresh;
  for (const char32_t c : utf8_to_u32(text)) {
    if (c > 0xFF && glyphs_given_.insert(c).second) fresh.push_back(c);
  }
  return u32_to_utf8(fresh);
}

bool AnnotationPanel::draw(float x, float y, float width, ImFont* heading) {
  if (!visible) {
    placing_ = false;
    tail_.reset();
    return false;
  }
  const std::uint64_t before = revision_;
  // A mark just placed: the panel takes the keyboard for its text field, a
  // frame after the click (ImGui unfocuses every window at the end of a frame
  // with a click outside them).
  const bool focus_now = focus_text_ && ++focus_wait_ > 1;
  if (focus_now) ImGui::SetNextWindowFocus();
  ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_AlwaysAutoResize;
  if (ImGui::Begin("标注 Annotations###annotations", nullptr, flags)) {
    note_window("annotation_panel");
    ImGui::PushFont(heading);
    ImGui::TextUnformatted("地图标注 Annotations");
    ImGui::PopFont();
    for (AnnotationKind k : {AnnotationKind::Callout, AnnotationKind::Text, AnnotationKind::Arrow}) {
      if (k != AnnotationKind::Callout) ImGui::SameLine();
      ImGui::RadioButton(kind_label(k), &kind_, static_cast<int>(k));
      note_widget(("annot_kind_" + std::string(to_string(k))).c_str());
    }
    if (placing_) {
      if (ImGui::Button("取消 Cancel")) {
        placing_ = false;
        tail_.reset();
        status_.clear();
      }
      note_widget("annot_cancel"); // (tests: the panel waits for a click on the map)
      ImGui::SameLine();
      ImGui::TextWrapped("%s", tail_ ? "点击箭头指向处 click the head" : "点击地图 click the map");
    } else if (ImGui::Button("添加 Add")) {
      placing_ = true;
      status_ = static_cast<AnnotationKind>(kind_) == AnnotationKind::Arrow ? "click the arrow's tail, then its head"
                                                                               : "click the map where it points";
    }
    note_widget("annot_add");
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < list_.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      Annotation& a = list_[i];
      ImGui::Text("%zu. %s", i + 1, kind_label(a.kind));
      ImGui::SameLine();
      if (ImGui::SmallButton("删除 Delete")) remove = i;
      note_widget(("annot_delete_" + std::to_string(i + 1)).c_str());
      if (focus_now && focus_text_ == i) {
        ImGui::SetKeyboardFocusHere();
        focus_text_.reset();
        focus_wait_ = 0;
      }
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText("##text", &a.text, ImGuiInputTextFlags_CallbackEdit, limit_text)) changed();
      note_widget(("annot_text_" + std::to_string(i + 1)).c_str());
      note_text(("annot_value_" + std::to_string(i + 1)).c_str(), a.text.c_str());
      // Return (or leaving the field) with no text: a box needs some.
      if (ImGui::IsItemDeactivated() && a.kind != AnnotationKind::Arrow &&
          a.text.find_first_not_of(" \t") == std::string::npos)
        remove = i;
      ImGui::PopID();
    }
    if (remove) {
      list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(*remove));
      status_ = "removed annotation " + std::to_string(*remove + 1);
      changed();
    }
    if (!status_.empty()) ImGui::TextWrapped("%s", status_.c_str());
  }
  ImGui::End();
  // Frames follow while the text field is about to take the keyboard.
  return revision_ != before || focus_text_.has_value() || focus_now;
}

} // namespace steppe::ui
