#include "ui/indicator_panel.hpp"

#include "core/indicator_summary.hpp"
#include "ui/widget_probe.hpp"

namespace steppe::ui {
namespace {

const ImVec4 kErrorColour{0.70f, 0.12f, 0.05f, 1.0f};
constexpr const char* kNone = "无 None — 仅底图 plain atlas";
constexpr const char* kFilterHint = "筛选 Filter: 名称 name, 单位 unit, 年份 year…";

// "原煤产量  1-7月 · 万吨" (first line: title, period, kind, unit) + English title
// and what the map will show (second line: "呼和浩特市  (callout)", "2/8 banners of 通辽市").
std::string item_label(const IndicatorMeta& m, const std::string& coverage) {
  return indicator_list_line(m) + "\n" + m.title_en + (coverage.empty() ? "" : "  |  " + coverage) + "##" + m.id;
}

std::string preview(const ThematicState& state) {
  if (const TopicMap* topic = state.topic()) return "主题图 Topic: " + topic->topic;
  const Indicator* ind = state.current();
  if (ind == nullptr) return kNone;
  const IndicatorMeta& m = ind->meta;
  return m.title_zh + "  " + period_label(m);
}

} // namespace

std::string IndicatorPanel::draw(ThematicState& state, const DockRect& dock, const std::function<void()>& more) {
  ImGui::SetNextWindowPos(ImVec2(dock.x, dock.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(dock.w, dock.h), ImGuiCond_Always);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  std::string glyphs;
  if (ImGui::Begin("专题地图 Thematic map###thematic", nullptr, flags)) {
    note_window("thematic_panel");
    draw_picker(state);
    draw_current(state);
    if (state.choropleth() != nullptr &&
        ImGui::CollapsingHeader("分类与配色 Classes & colours", ImGuiTreeNodeFlags_DefaultOpen)) {
      classification_.draw(state);
    }
    const bool table_open = ImGui::CollapsingHeader("我的表格 Your own table");
    note_widget("table_header");
    if (table_open) glyphs = table_.draw(state);
    if (more) more();
  }
  ImGui::End();
  return glyphs;
}

void IndicatorPanel::draw_picker(ThematicState& state) {
  ImGui::SetNextItemWidth(-1);
  const bool list_open = ImGui::BeginCombo("##indicator", preview(state).c_str(), ImGuiComboFlags_HeightLargest);
  note_widget("indicator_picker"); // (tests: where the picker is, and what it shows)
  note_text("indicator_current", state.current() != nullptr ? state.current()->meta.id.c_str()
                                 : state.topic() != nullptr  ? ("topic:" + state.topic()->topic).c_str()
                                                             : "");
  if (!list_open) return;
  // Hundreds of indicators: type to narrow the list (every term must match).
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  // Beside the filter, once something is typed: the topic map of what was
  // typed (core/topic_map): every figure on it as a callout on one map
  // ("算力,智算": either word; "煤 2024": both). A button, not a list item, so
  // the list does not move under the pointer while typing.
  constexpr const char* kTopicButton = "主题图 Topic map";
  const bool typed = std::string_view(filter_.data()).find_first_not_of(" ,") != std::string_view::npos;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_w = ImGui::CalcTextSize(kTopicButton).x + 2 * style.FramePadding.x;
  ImGui::SetNextItemWidth(typed ? -(button_w + style.ItemSpacing.x) : -1);
  ImGui::InputTextWithHint("##filter", kFilterHint, filter_.data(), filter_.size());
  note_widget("indicator_filter");
  note_text("indicator_filter_text", filter_.data());
  const std::string_view query(filter_.data());
  if (typed) {
    ImGui::SameLine();
    if (ImGui::Button(kTopicButton)) {
      state.select_topic(query);
      ImGui::CloseCurrentPopup();
    }
    note_widget("indicator_topic");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("每个「%s」数字一张图 — every figure on 「%s」 as a callout on one map", filter_.data(),
                        filter_.data());
  }
  if (ImGui::Selectable(kNone, state.current() == nullptr && state.topic() == nullptr)) state.select_none();
  const std::vector<Indicator>& all = state.indicators();
  std::optional<IndicatorLevel> level;
  std::size_t shown = 0;
  for (const IndicatorGroup& g : state.groups()) {
    std::vector<std::size_t> members;
    for (std::size_t i : g.members)
      if (indicator_matches(all[i].meta, query)) members.push_back(i);
    if (members.empty()) continue;
    shown += members.size();
    if (level != g.level) {
      ImGui::Separator();
      ImGui::TextDisabled("%s", level_heading(g.level).c_str());
      level = g.level;
    }
    const bool series = g.members.size() > 1;
    if (series) {
      ImGui::TextDisabled("  系列 series: %s", g.series.c_str());
      ImGui::Indent();
    }
    for (std::size_t i : members) {
      if (ImGui::Selectable(item_label(all[i].meta, state.coverage(i)).c_str(), state.selected() == i)) state.select(i);
      note_widget(("indicator_item_" + all[i].meta.id).c_str()); // (tests: the items the filter left)
      if (state.selected() == i && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.4f);
    }
    if (series) ImGui::Unindent();
  }
  if (!query.empty()) ImGui::TextDisabled("%zu / %zu", shown, all.size());
  ImGui::EndCombo();
}

void IndicatorPanel::draw_current(const ThematicState& state) {
  ImGui::PushTextWrapPos(0);
  if (const Indicator* ind = state.current()) {
    const IndicatorMeta& m = ind->meta;
    if (!m.title_en.empty()) ImGui::TextUnformatted(m.title_en.c_str());
    ImGui::TextDisabled("%s · %s%s%s", level_heading(m.level).c_str(), period_label(m).c_str(),
                        m.unit.empty() ? "" : " · 单位 unit: ", m.unit.c_str());
    ImGui::TextDisabled("%s", source_line(m.source).c_str());
    if (const PointLayer* p = state.points(); p != nullptr && p->approximate_count > 0) {
      ImGui::TextDisabled("%zu items located to their banner only, drawn as %zu grouped symbols",
                          p->approximate_count, p->group_count);
    }
    if (const std::optional<std::size_t> i = state.selected()) ImGui::TextDisabled("%s", state.coverage(*i).c_str());
  }
  if (const TopicMap* topic = state.topic()) {
    ImGui::TextDisabled("%zu figures from %zu indicators as callouts", topic->callouts.size(),
                        topic->indicator_ids.size());
    for (const std::string& f : topic->region_figures) ImGui::TextDisabled("%s", f.c_str());
    if (topic->periods.size() > 1) ImGui::TextDisabled("mixed periods 时期不同: the callouts say which");
    for (const std::string& src : topic->sources) ImGui::TextDisabled("%s", src.c_str());
  }
  if (!state.error().empty()) ImGui::TextColored(kErrorColour, "%s", state.error().c_str());
  ImGui::PopTextWrapPos();
}

} // namespace steppe::ui
