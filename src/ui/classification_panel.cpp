#include "ui/classification_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/palette.hpp"

namespace steppe::ui {
namespace {

const ImVec4 kErrorColour{0.70f, 0.12f, 0.05f, 1.0f};

const char* method_label(ClassMethod m) {
  switch (m) {
  case ClassMethod::EqualInterval: return "等间距 Equal interval";
  case ClassMethod::Quantile: return "分位数 Quantile";
  case ClassMethod::NaturalBreaks: return "自然断点 Natural breaks";
  case ClassMethod::StdDev: return "标准差 Std deviation";
  case ClassMethod::Manual: return "手动 Manual breaks";
  }
  return "";
}

const char* rating(Suitability s) {
  switch (s) {
  case Suitability::Ok: return "yes";
  case Suitability::Maybe: return "maybe";
  case Suitability::Bad: return "no";
  }
  return "";
}

// "✓ 色盲 CB  ✓ 打印 print" style flags for a palette at `classes` classes.
std::string flags(const Palette& p) {
  std::string s;
  if (p.colour_blind_safe()) s += "  色盲友好 CB-safe";
  if (p.print_safe()) s += "  可打印 print";
  return s;
}

// A strip of the palette's colours, `height` tall, at the cursor.
void colour_strip(const Palette& p, float width, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = width / static_cast<float>(std::max<std::size_t>(1, p.colours.size()));
  for (std::size_t i = 0; i < p.colours.size(); ++i) {
    const Rgb c = p.colours[i];
    const float x = at.x + w * static_cast<float>(i);
    dl->AddRectFilled(ImVec2(x, at.y), ImVec2(x + w, at.y + height), IM_COL32(c.r, c.g, c.b, 255));
  }
  dl->AddRect(at, ImVec2(at.x + width, at.y + height), IM_COL32(110, 110, 110, 255));
  ImGui::Dummy(ImVec2(width, height));
}

} // namespace

void ClassificationPanel::draw(ThematicState& state) {
  const Choropleth* c = state.choropleth();
  if (c == nullptr) return;
  if (state.revision() != synced_revision_) {
    // Start editing from the breaks in force (manual or not).
    const std::vector<double>& b = c->classes.breaks;
    breaks_ = state.spec().method == ClassMethod::Manual
                  ? state.spec().manual_breaks
                  : (b.size() > 2 ? std::vector<double>(b.begin() + 1, b.end() - 1) : std::vector<double>{});
    breaks_problem_.clear();
    synced_revision_ = state.revision();
  }
  ImGui::PushID("classification");
  draw_method(state);
  if (state.spec().method == ClassMethod::Manual) draw_manual_breaks(state);
  draw_palette(state);
  if (!c->classes.note.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", c->classes.note.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::PopID();
}

void ClassificationPanel::draw_method(ThematicState& state) {
  const ChoroplethSpec& spec = state.spec();
  const ClassMethod current = spec.method.value_or(ClassMethod::Quantile);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##method", method_label(current))) {
    for (ClassMethod m : {ClassMethod::EqualInterval, ClassMethod::Quantile, ClassMethod::NaturalBreaks,
                          ClassMethod::StdDev, ClassMethod::Manual}) {
      if (ImGui::Selectable(method_label(m), m == current) && m != current) state.set_method(m);
    }
    ImGui::EndCombo();
  }
  if (current != ClassMethod::Manual) {
    int classes = spec.classes;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##classes", &classes, kMinClasses, kMaxClasses, "%d 类 classes") && classes != spec.classes) {
      ChoroplethSpec next = spec;
      next.classes = classes;
      state.set_spec(next);
    }
  }
}

void ClassificationPanel::draw_manual_breaks(ThematicState& state) {
  ImGui::TextDisabled("断点 Breaks (inner thresholds)");
  bool edited = false;
  std::optional<std::size_t> remove;
  for (std::size_t i = 0; i < breaks_.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() * 1.6f);
    // Applied when the field is left or Enter pressed, so typing "12" passes no "1".
    ImGui::InputDouble("##break", &breaks_[i], 0, 0, "%.6g");
    if (ImGui::IsItemDeactivatedAfterEdit()) edited = true;
    ImGui::SameLine();
    if (ImGui::Button("−", ImVec2(ImGui::GetFrameHeight() * 1.2f, 0)) && breaks_.size() > 1) remove = i;
    ImGui::PopID();
  }
  if (remove) {
    breaks_.erase(breaks_.begin() + static_cast<std::ptrdiff_t>(*remove));
    edited = true;
  }
  if (breaks_.size() < static_cast<std::size_t>(kMaxClasses - 1) && ImGui::Button("+ 添加断点 Add break")) {
    const double top = state.choropleth()->classes.breaks.empty() ? 0 : state.choropleth()->classes.breaks.back();
    breaks_.push_back(breaks_.empty() ? top : (breaks_.back() + top) / 2);
    edited = true;
  }
  if (edited) {
    breaks_problem_ = manual_breaks_problem(breaks_);
    if (breaks_problem_.empty()) {
      ChoroplethSpec next = state.spec();
      next.manual_breaks = breaks_;
      if (!state.set_spec(next)) breaks_problem_ = state.error();
    }
  }
  if (!breaks_problem_.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(kErrorColour, "%s", breaks_problem_.c_str());
    ImGui::PopTextWrapPos();
  }
}

void ClassificationPanel::draw_palette(ThematicState& state) {
  const ChoroplethSpec& spec = state.spec();
  const int classes = std::clamp(state.choropleth()->classes.class_count(), kMinPaletteClasses, kMaxPaletteClasses);
  const float strip_w = ImGui::GetFontSize() * 5.0f;
  const float strip_h = ImGui::GetFontSize() * 0.8f;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##palette", (spec.palette + flags(make_palette(spec.palette, classes))).c_str(),
                        ImGuiComboFlags_HeightLarge)) {
    for (PaletteKind kind : {PaletteKind::Sequential, PaletteKind::Diverging}) {
      ImGui::TextDisabled("%s", kind == PaletteKind::Sequential ? "顺序 Sequential" : "发散 Diverging");
      for (const std::string& name : palette_names(kind)) {
        const Palette p = make_palette(name, classes, spec.reversed);
        colour_strip(p, strip_w, strip_h);
        ImGui::SameLine();
        if (ImGui::Selectable((name + flags(p)).c_str(), name == spec.palette) && name != spec.palette) {
          ChoroplethSpec next = spec;
          next.palette = name;
          state.set_spec(next);
        }
      }
    }
    ImGui::EndCombo();
  }
  const Palette current = state.choropleth()->palette;
  colour_strip(current, ImGui::GetContentRegionAvail().x, strip_h * 1.3f);
  ImGui::TextDisabled("色盲友好 colour-blind safe: %s · 可打印 print: %s", rating(current.colour_blind),
                      rating(current.print));
  bool reversed = spec.reversed;
  if (ImGui::Checkbox("反转颜色 Reverse", &reversed)) {
    ChoroplethSpec next = spec;
    next.reversed = reversed;
    state.set_spec(next);
  }
}

} // namespace steppe::ui
