#include "ui/comparison_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace steppe::ui {

namespace {

constexpr const char* kTitle = "排名比较 Ranking";
constexpr const char* kDescending = "从高到低 High → low";
constexpr const char* kAscending = "从低到高 Low → high";
constexpr const char* kRank = "名次 #";
constexpr const char* kRegion = "地区 Region";
constexpr const char* kValue = "数值 Value";
constexpr const char* kPeriod = "时期 Period";
constexpr const char* kSource = "来源 Source";
constexpr const char* kEmpty = "选择地区以比较 (Ctrl/Shift+点击) · Select regions to compare (Ctrl/Shift-click)";

constexpr ImU32 kBarColour = IM_COL32(86, 120, 170, 255);
constexpr ImU32 kBarHover = IM_COL32(226, 126, 48, 255); // the map's selection tint
constexpr ImU32 kAxisColour = IM_COL32(90, 90, 90, 255);

} // namespace

std::vector<BarGeometry> layout_bars(const Ranking& ranking, float width) {
  double max_pos = 0, max_neg = 0;
  for (const RankedRegion& r : ranking.rows) {
    if (!r.value) continue;
    max_pos = std::max(max_pos, *r.value);
    max_neg = std::max(max_neg, -*r.value);
  }
  const double span = max_pos + max_neg;
  std::vector<BarGeometry> bars;
  if (span <= 0) return bars;
  const double axis = width * max_neg / span;
  for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
    const std::optional<double>& v = ranking.rows[i].value;
    if (!v) continue;
    const double end = axis + width * *v / span;
    BarGeometry b;
    b.row = i;
    b.negative = *v < 0;
    b.x0 = static_cast<float>(std::min(axis, end));
    b.x1 = static_cast<float>(std::max(axis, end));
    bars.push_back(b);
  }
  return bars;
}

ComparisonActions ComparisonPanel::draw(const Ranking& ranking, std::optional<std::size_t> hovered) {
  ComparisonActions actions;
  ImGui::TextDisabled("%s", kTitle);
  if (ImGui::RadioButton(kDescending, order_ == RankOrder::Descending)) {
    actions.order_changed = order_ != RankOrder::Descending;
    order_ = RankOrder::Descending;
  }
  ImGui::SameLine();
  if (ImGui::RadioButton(kAscending, order_ == RankOrder::Ascending)) {
    actions.order_changed = order_ != RankOrder::Ascending;
    order_ = RankOrder::Ascending;
  }
  if (ranking.rows.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", kEmpty);
    ImGui::PopTextWrapPos();
    return actions;
  }
  draw_bars(ranking, hovered, actions);
  draw_table(ranking, hovered, actions);
  return actions;
}

void ComparisonPanel::draw_table(const Ranking& ranking, std::optional<std::size_t> hovered,
                                 ComparisonActions& actions) {
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                    ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
  if (!ImGui::BeginTable("ranking", 5, flags)) return;
  for (const char* h : {kRank, kRegion, kValue, kPeriod, kSource}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const RankedRegion& row : ranking.rows) {
    const Region& r = directory_.region(row.region);
    ImGui::TableNextRow();
    if (hovered == row.region) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(246, 214, 186, 255));
    ImGui::TableNextColumn();
    const std::string rank = row.rank ? std::to_string(*row.rank) : "—";
    const std::string label = rank + "##" + r.code;
    if (ImGui::Selectable(label.c_str(), hovered == row.region, ImGuiSelectableFlags_SpanAllColumns))
      actions.fly_to = row.region;
    if (ImGui::IsItemHovered()) actions.hovered = row.region;
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.name_zh.c_str());
    ImGui::TableNextColumn();
    if (row.value) ImGui::TextUnformatted(row.value_text.c_str());
    else ImGui::TextDisabled("%s", row.value_text.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.period.c_str());
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", row.source.c_str());
    if (ImGui::IsItemHovered() && !row.quote.empty()) ImGui::SetTooltip("“%s”", row.quote.c_str());
  }
  ImGui::EndTable();
}

void ComparisonPanel::draw_bars(const Ranking& ranking, std::optional<std::size_t> hovered,
                                ComparisonActions& actions) {
  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  const float name_w = std::min(ImGui::GetContentRegionAvail().x * 0.35f, 9 * ImGui::GetFontSize());
  const float chart_w = std::max(40.0f, ImGui::GetContentRegionAvail().x - name_w - 4);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float height = row_h * static_cast<float>(ranking.rows.size());
  ImGui::InvisibleButton("bars", ImVec2(name_w + chart_w, std::max(height, 1.0f)));
  const bool chart_hovered = ImGui::IsItemHovered();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImDrawList* draw = ImGui::GetWindowDrawList();

  const std::vector<BarGeometry> bars = layout_bars(ranking, chart_w);
  for (std::size_t i = 0; i < ranking.rows.size(); ++i) {
    const RankedRegion& row = ranking.rows[i];
    const float y = origin.y + row_h * static_cast<float>(i);
    if (chart_hovered && mouse.y >= y && mouse.y < y + row_h) actions.hovered = row.region;
    const bool lit = hovered == row.region || actions.hovered == row.region;
    const Region& r = directory_.region(row.region);
    draw->AddText(ImVec2(origin.x, y), ImGui::GetColorU32(lit ? ImGuiCol_Text : ImGuiCol_TextDisabled),
                  r.name_zh.c_str());
    const auto bar = std::find_if(bars.begin(), bars.end(), [i](const BarGeometry& b) { return b.row == i; });
    const float x = origin.x + name_w;
    if (bar == bars.end()) {
      draw->AddText(ImVec2(x + 2, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), row.value_text.c_str());
      continue;
    }
    draw->AddRectFilled(ImVec2(x + bar->x0, y + row_h * 0.15f), ImVec2(x + bar->x1, y + row_h * 0.85f),
                        lit ? kBarHover : kBarColour);
  }
  if (!bars.empty()) {
    // The zero axis: where bars of either sign start.
    const BarGeometry& b = bars.front();
    const float axis = origin.x + name_w + (b.negative ? b.x1 : b.x0);
    draw->AddLine(ImVec2(axis, origin.y), ImVec2(axis, origin.y + height), kAxisColour);
  }
  if (chart_hovered && actions.hovered) {
    if (const RankedRegion* row = ranking.find(*actions.hovered))
      ImGui::SetTooltip("%s  %s", directory_.region(row->region).name_zh.c_str(), row->value_text.c_str());
  }
  if (chart_hovered && actions.hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left))
    actions.fly_to = actions.hovered;
}

std::string comparison_ui_text() {
  std::string all;
  for (const char* s : {kTitle, kDescending, kAscending, kRank, kRegion, kValue, kPeriod, kSource, kEmpty,
                        "搜索 Search 名称、代码或拼音首字母 name, code or initials 无结果 no match",
                        "全区 区域统一分级 Region-wide breaks 本地分级 Local breaks › 下钻 Drill down",
                        "时期 Period 分屏 Split view 右侧指标 Right pane indicator 时期不同 无数据 / no data —",
                        kNotCoveredLabel})
    all += s;
  return all;
}

} // namespace steppe::ui
