#include "ui/split_controls.hpp"

#include <imgui.h>

#include <string>

#include "core/indicator_summary.hpp"

namespace steppe::ui {
namespace {

constexpr const char* kHeading = "对比视图 Compare maps";
constexpr const char* kOne = "单图 One";
constexpr const char* kSplit = "分屏 Split";
constexpr const char* kPeriods = "各时期 Periods";
constexpr const char* kNeedsChoropleth = "先选一个面状指标 Choose a region indicator first (points cannot be split)";
constexpr const char* kRightPane = "右侧 Right pane";
constexpr const char* kOnePeriod = "此指标只有一个时期 This indicator has one period: choose one with several (系列 series)";
constexpr const char* kPanes = "个时期 periods, one camera";

std::string item_label(const IndicatorMeta& m) {
  return indicator_list_line(m) + "##split" + m.id;
}

void hint(const char* text) {
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", text);
  ImGui::PopTextWrapPos();
}

} // namespace

bool draw_split_controls(SplitPanes& panes, const ThematicState& main) {
  ImGui::Separator();
  ImGui::TextDisabled("%s", kHeading);
  int mode = static_cast<int>(panes.mode());
  ImGui::RadioButton(kOne, &mode, static_cast<int>(PaneMode::One));
  ImGui::SameLine();
  ImGui::RadioButton(kSplit, &mode, static_cast<int>(PaneMode::Split));
  ImGui::SameLine();
  ImGui::RadioButton(kPeriods, &mode, static_cast<int>(PaneMode::Periods));
  bool changed = panes.set_mode(main, static_cast<PaneMode>(mode));
  if (panes.mode() == PaneMode::One) return changed;
  if (main.choropleth() == nullptr) {
    hint(kNeedsChoropleth);
    return changed;
  }
  if (panes.mode() == PaneMode::Periods) {
    changed = panes.sync(main) || changed;
    if (panes.pane_count() < 2) hint(kOnePeriod);
    else ImGui::TextDisabled("%zu %s", panes.pane_count(), kPanes);
    return changed;
  }
  const ThematicState* right = panes.right();
  const Indicator* current = right != nullptr ? right->current() : nullptr;
  ImGui::TextDisabled("%s", kRightPane);
  ImGui::SetNextItemWidth(-1);
  const std::string preview = current != nullptr ? pane_title(current->meta) : std::string("—");
  if (ImGui::BeginCombo("##split_right", preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    const std::vector<Indicator>& all = main.indicators();
    for (const IndicatorGroup& g : main.groups()) {
      if (g.level == IndicatorLevel::Point) continue;
      for (std::size_t i : g.members) {
        if (ImGui::Selectable(item_label(all[i].meta).c_str(), panes.right_index() == i)) {
          panes.set_right(main, i);
          changed = true;
        }
      }
    }
    ImGui::EndCombo();
  }
  if (right != nullptr && !right->error().empty()) hint(right->error().c_str());
  return changed;
}

} // namespace steppe::ui
